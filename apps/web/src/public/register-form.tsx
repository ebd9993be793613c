/** Account creation: role, e-mail, password. Validated with the shared RegisterRequest schema first. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RegisterRequest, type SelfServiceRole } from '@talents/shared';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { useAuth } from '../lib/auth';
import { fieldErrorsFromApi, validate, type FieldErrors } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { SubmitButton } from '../ui/submit-button';
import { TextField } from '../ui/text-field';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { PasswordRules } from './password-rules';

interface RegisterFormProps {
  initialRole?: SelfServiceRole;
  onSuccess(email: string): void;
}

export function RegisterForm({ initialRole = 'CANDIDATE', onSuccess }: RegisterFormProps) {
  const { t } = useTranslation();
  const { register } = useAuth();
  const rulesId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const [role, setRole] = useState<SelfServiceRole>(initialRole);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: register,
    onSuccess: (user) => onSuccess(user.email),
    onError: (error) => {
      setFormError(describeError(error, t));
      if (error instanceof ApiError) setErrors(fieldErrorsFromApi(error));
      focusErrors();
    },
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const result = validate(RegisterRequest, { email, password, role }, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      setFormError(t('form.errorSummary'));
      focusErrors();
      return;
    }
    setErrors({});
    mutation.mutate(result.data); // useAuth().register adds the UI language as the account's locale
  }

  const roles: { value: SelfServiceRole; label: string }[] = [
    { value: 'CANDIDATE', label: t('register.roleCandidate') },
    { value: 'RECRUITER', label: t('register.roleRecruiter') },
  ];

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={formError} />
      <fieldset className="fieldset">
        <legend>{t('register.roleLegend')}</legend>
        {roles.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="role"
              value={option.value}
              checked={role === option.value}
              onChange={() => setRole(option.value)}
            />
            {option.label}
          </label>
        ))}
        {errors.role && <p className="field__error">{errors.role}</p>}
      </fieldset>
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t('register.email')}
        value={email}
        onValueChange={setEmail}
        error={errors.email}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={t('register.password')}
        value={password}
        onValueChange={setPassword}
        error={errors.password}
        describedBy={rulesId}
      />
      <PasswordRules id={rulesId} password={password} />
      <SubmitButton
        pending={mutation.isPending}
        label={t('register.submit')}
        pendingLabel={t('register.submitting')}
      />
    </form>
  );
}
