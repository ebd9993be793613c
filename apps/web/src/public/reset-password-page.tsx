/** Landing page of the reset e-mail: new password (twice) for the ?token= of the link. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ResetPasswordRequest } from '@talents/shared';
import { paths } from '../app/paths';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { authApi } from '../lib/auth-api';
import { fieldErrorsFromApi, validate, type FieldErrors } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { SubmitButton } from '../ui/submit-button';
import { TextField } from '../ui/text-field';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { usePageTitle } from '../ui/use-page-title';
import { PasswordRules } from './password-rules';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const rulesId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const reset = useMutation({
    mutationFn: (input: { token: string; password: string }) => authApi.resetPassword(input.token, input.password),
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrorsFromApi(error));
      focusErrors();
    },
  });
  usePageTitle(t('reset.title'));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const result = validate(ResetPasswordRequest, { token, password }, currentLocale(), t('form.required'));
    const next: FieldErrors = result.success ? {} : { ...result.errors };
    if (!next.password && password !== confirm) next.confirm = t('reset.mismatch');
    if (!result.success || next.confirm) {
      setErrors(next);
      focusErrors();
      return;
    }
    setErrors({});
    reset.mutate(result.data);
  }

  if (!token) {
    return (
      <>
        <h1>{t('reset.title')}</h1>
        <div role="alert" className="alert alert--error">
          {t('reset.missingToken')}
        </div>
        <p>
          <Link to={paths.forgotPassword}>{t('reset.requestAgain')}</Link>
        </p>
      </>
    );
  }

  if (reset.isSuccess) {
    return (
      <>
        <h1>{t('reset.title')}</h1>
        <FormAlert tone="success" message={t('reset.success')} />
        <p>
          <Link to={paths.login}>{t('reset.loginLink')}</Link>
        </p>
      </>
    );
  }

  // A malformed token is reported at the top: the user cannot fix it in a field, only ask for a new link.
  const topError = errors.token ?? (reset.isError ? describeError(reset.error, t) : null);
  return (
    <>
      <h1>{t('reset.title')}</h1>
      <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
        <FormAlert message={topError} />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('reset.password')}
          value={password}
          onValueChange={setPassword}
          error={errors.password}
          describedBy={rulesId}
        />
        <PasswordRules id={rulesId} password={password} />
        <TextField
          name="confirm"
          type="password"
          autoComplete="new-password"
          label={t('reset.confirm')}
          value={confirm}
          onValueChange={setConfirm}
          error={errors.confirm}
        />
        <SubmitButton pending={reset.isPending} label={t('reset.submit')} pendingLabel={t('reset.submitting')} />
      </form>
      <p>
        <Link to={paths.forgotPassword}>{t('reset.requestAgain')}</Link>
      </p>
    </>
  );
}
