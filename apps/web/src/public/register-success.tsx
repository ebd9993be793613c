import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { authApi } from '../lib/auth-api';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';

export function RegisterSuccess({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: () => authApi.resendVerification(email) });
  return (
    <>
      <h1>{t('register.successTitle')}</h1>
      <p role="status">{t('register.successText', { email })}</p>
      <FormAlert message={resend.isError ? describeError(resend.error, t) : null} />
      <FormAlert tone="success" message={resend.isSuccess ? t('register.resent') : null} />
      <button
        type="button"
        className="button button--secondary"
        disabled={resend.isPending}
        onClick={() => resend.mutate()}
      >
        {resend.isPending ? t('register.resending') : t('register.resend')}
      </button>
    </>
  );
}
