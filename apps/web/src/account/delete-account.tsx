/**
 * Account erasure (DELETE /me). The dialog says what is erased and what is kept, and asks for the password
 * again (the API requires it): nothing is sent before the person types it and confirms. On success the local
 * session is dropped and the person lands on the home page, which says the account is gone.
 */
import './account-i18n';
import '../candidate/candidate.css';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DeleteAccountRequest, type UserRole } from '@talents/shared';
import { paths } from '../app/paths';
import { ConfirmDialog } from '../candidate/confirm-dialog';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { useAuth } from '../lib/auth';
import { validate } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { TextField } from '../ui/text-field';
import { accountApi } from './account-api';

/** Router state the home page reads to say "your account was deleted". */
export const ACCOUNT_DELETED_NOTICE = 'accountDeleted';

export function DeleteAccount({ role }: { role: UserRole }) {
  const { t } = useTranslation('account');
  const { t: common } = useTranslation();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  const erase = useMutation({
    mutationFn: (body: DeleteAccountRequest) => accountApi.deleteAccount(body),
    onSuccess: async () => {
      // The account is gone: the logout call can only fail (no session left server-side); what matters is that
      // logout() forgets the token and every cached answer locally, which it does in any case.
      await logout().catch(() => undefined);
      void navigate(paths.home, { replace: true, state: { notice: ACCOUNT_DELETED_NOTICE } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.statusCode === 401) setFieldError(t('deleteAccount.wrongPassword'));
    },
  });

  function close() {
    setOpen(false);
    setPassword('');
    setFieldError(undefined);
    erase.reset();
  }

  function confirm() {
    const result = validate(DeleteAccountRequest, { password }, currentLocale(), t('deleteAccount.passwordRequired'));
    if (!result.success) {
      setFieldError(result.errors.password ?? t('deleteAccount.passwordRequired'));
      return;
    }
    setFieldError(undefined);
    erase.mutate(result.data);
  }

  const otherError = erase.isError && !(erase.error instanceof ApiError && erase.error.statusCode === 401);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('myData.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('deleteAccount.title')}
        confirmLabel={erase.isPending ? t('deleteAccount.deleting') : t('deleteAccount.confirm')}
        cancelLabel={t('cancel')}
        danger
        pending={erase.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        <p>{t('deleteAccount.erasedIntro')}</p>
        <ul>
          {role === 'CANDIDATE' && <li>{t('deleteAccount.erasedCandidate')}</li>}
          {role === 'CANDIDATE' && <li>{t('deleteAccount.erasedApplications')}</li>}
          {role === 'RECRUITER' && <li>{t('deleteAccount.erasedRecruiter')}</li>}
          <li>{t('deleteAccount.erasedCommon')}</li>
        </ul>
        <p>{t('deleteAccount.kept')}</p>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <TextField
            name="password"
            type="password"
            autoComplete="current-password"
            label={t('deleteAccount.passwordLabel')}
            value={password}
            onValueChange={setPassword}
            error={fieldError}
            required
          />
        </form>
        <div role="alert">{otherError ? <p className="alert alert--error">{describeError(erase.error, common)}</p> : null}</div>
      </ConfirmDialog>
    </>
  );
}
