/** Asks an anonymous candidate to reveal their profile to the company, with a personal message. */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CreateContactRequest } from '@talents/shared';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { fieldErrorsFromApi, validate, type FieldErrors } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { SubmitButton } from '../ui/submit-button';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { TextAreaField } from './fields';
import './i18n';
import { recruiterApi } from './recruiter-api';

export function ContactRequestForm({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (body: CreateContactRequest) => recruiterApi.contact(candidateId, body),
    onError: (error) => {
      setFormError(describeError(error, t));
      if (error instanceof ApiError) setErrors(fieldErrorsFromApi(error));
      focusErrors();
    },
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const result = validate(CreateContactRequest, { message }, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      focusErrors();
      return;
    }
    setErrors({});
    mutation.mutate(result.data);
  }

  if (mutation.isSuccess) {
    return <p role="status" className="alert alert--success">{tr('contact.sent')}</p>;
  }
  return (
    <form ref={formRef} className="form form--wide" onSubmit={handleSubmit} noValidate aria-labelledby="contact-title">
      <h2 id="contact-title">{tr('contact.title')}</h2>
      <p className="field__hint">{tr('contact.intro')}</p>
      <FormAlert message={formError} />
      <TextAreaField name="message" label={tr('contact.message')} hint={tr('contact.messageHint')} value={message} onValueChange={setMessage} error={errors.message} maxLength={2000} />
      <SubmitButton pending={mutation.isPending} label={tr('contact.send')} pendingLabel={tr('common.sending')} />
    </form>
  );
}
