/** Members of the company and the form to invite a colleague by e-mail (the API sends the link). */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CreateInvitationRequest } from '@talents/shared';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { fieldErrorsFromApi, validate, type FieldErrors } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { SubmitButton } from '../ui/submit-button';
import { TextField } from '../ui/text-field';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import './i18n';
import { QueryState } from './query-state';
import { formatDate } from './reference-labels';
import { keys, recruiterApi } from './recruiter-api';

export function CompanyMembers({ companyId, canInvite }: { companyId: string; canInvite: boolean }) {
  const { t: tr } = useTranslation('recruiter');
  const members = useQuery({ queryKey: keys.members(companyId), queryFn: () => recruiterApi.members(companyId) });
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{tr('members.title')}</h2>
      {members.data ? (
        <ul className="plain-list">
          {members.data.items.map((member) => (
            <li key={member.userId}>
              {member.email} — {tr(`members.role.${member.role}`)} · {tr('members.since', { date: formatDate(member.joinedAt) })}
            </li>
          ))}
        </ul>
      ) : (
        <QueryState isPending={members.isPending} error={members.error} onRetry={() => void members.refetch()} />
      )}
      {canInvite && <InviteForm companyId={companyId} />}
    </section>
  );
}

function InviteForm({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (address: string) => recruiterApi.invite(companyId, address),
    onSuccess: ({ invitation }) => {
      setSent(tr('members.invited', { email: invitation.email }));
      setEmail('');
    },
    onError: (error) => {
      setFormError(describeError(error, t));
      if (error instanceof ApiError) setErrors(fieldErrorsFromApi(error));
      focusErrors();
    },
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    setSent(null);
    const result = validate(CreateInvitationRequest, { email }, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      focusErrors();
      return;
    }
    setErrors({});
    mutation.mutate(result.data.email);
  }

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">{tr('members.inviteTitle')}</h3>
      <p className="field__hint">{tr('members.inviteHint')}</p>
      <FormAlert message={formError} />
      <FormAlert tone="success" message={sent} />
      <TextField name="email" type="email" autoComplete="off" label={tr('members.email')} value={email} onValueChange={setEmail} error={errors.email} />
      <SubmitButton pending={mutation.isPending} label={tr('members.invite')} pendingLabel={tr('common.sending')} />
    </form>
  );
}
