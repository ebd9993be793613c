/** Asks for a reset link. The API answers 204 whether or not the account exists, and so does this page. */
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ForgotPasswordRequest } from '@talents/shared';
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

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const request = useMutation({
    mutationFn: authApi.forgotPassword,
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrorsFromApi(error));
      focusErrors();
    },
  });
  usePageTitle(t('forgot.title'));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const result = validate(ForgotPasswordRequest, { email }, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      focusErrors();
      return;
    }
    setErrors({});
    request.mutate(result.data.email);
  }

  return (
    <>
      <h1>{t('forgot.title')}</h1>
      {request.isSuccess ? (
        <FormAlert tone="success" message={t('forgot.success')} />
      ) : (
        <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
          <p>{t('forgot.intro')}</p>
          <FormAlert message={request.isError ? describeError(request.error, t) : null} />
          <TextField
            name="email"
            type="email"
            autoComplete="email"
            label={t('forgot.email')}
            value={email}
            onValueChange={setEmail}
            error={errors.email}
          />
          <SubmitButton
            pending={request.isPending}
            label={t('forgot.submit')}
            pendingLabel={t('forgot.submitting')}
          />
        </form>
      )}
      <p>
        <Link to={paths.login}>{t('forgot.backToLogin')}</Link>
      </p>
    </>
  );
}
