/** E-mail + password form. Validates with the shared LoginRequest schema before calling the API. */
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoginRequest, type UserView } from '@talents/shared';
import { paths } from '../app/paths';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { useAuth } from '../lib/auth';
import { fieldErrorsFromApi, validate, type FieldErrors } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { SubmitButton } from '../ui/submit-button';
import { TextField } from '../ui/text-field';
import { useFocusFirstError } from '../ui/use-focus-first-error';

export function LoginForm({ onSuccess }: { onSuccess(user: UserView): void }) {
  const { t } = useTranslation();
  const { login } = useAuth();
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (user) => onSuccess(user),
    onError: (error) => {
      setFormError(describeError(error, t));
      if (error instanceof ApiError) setErrors(fieldErrorsFromApi(error));
      focusErrors();
    },
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const result = validate(LoginRequest, { email, password }, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      focusErrors();
      return;
    }
    setErrors({});
    mutation.mutate(result.data);
  }

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t('login.email')}
        value={email}
        onValueChange={setEmail}
        error={errors.email}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('login.password')}
        value={password}
        onValueChange={setPassword}
        error={errors.password}
      />
      <SubmitButton pending={mutation.isPending} label={t('login.submit')} pendingLabel={t('login.submitting')} />
      <p>
        <Link to={paths.forgotPassword}>{t('login.forgotLink')}</Link>
      </p>
    </form>
  );
}
