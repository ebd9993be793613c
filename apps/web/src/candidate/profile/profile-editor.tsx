/**
 * The profile form: eight sections, validated in the browser with the shared schema, saved with
 * PUT /candidates/me (the whole profile is replaced). Server field errors land next to their inputs.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OwnerProfile } from '@talents/shared';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-error';
import { describeError } from '../../ui/describe-error';
import { FormAlert } from '../../ui/form-alert';
import { SubmitButton } from '../../ui/submit-button';
import { useFocusFirstError } from '../../ui/use-focus-first-error';
import { candidateApi } from '../candidate-api';
import { candidateKeys } from '../candidate-keys';
import {
  bodyFromForm, formFromProfile, profileErrorsFromApi, validateProfile, type ProfileErrors, type ProfileForm,
} from './profile-form-state';
import { IdentitySection, SkillsSection, TrainingSection } from './sections-identity-skills';
import { LanguagesLinksSection, OptionalSection, VisibilitySection } from './sections-links-visibility';
import { ContractSection, PlaceSection } from './sections-place-contract';

export function ProfileEditor({ profile }: { profile: OwnerProfile }) {
  const { t } = useTranslation('candidate');
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const [form, setForm] = useState<ProfileForm>(() => formFromProfile(profile));
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: candidateApi.saveProfile,
    onSuccess: (updated) => {
      queryClient.setQueryData(candidateKeys.profile, updated);
      setForm(formFromProfile(updated));
      setSaved(true);
    },
    onError: (error) => {
      setFormError(describeError(error, common));
      if (error instanceof ApiError) setErrors(profileErrorsFromApi(error));
      focusErrors();
    },
  });

  function set<K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) {
    setSaved(false);
    setForm((current) => ({ ...current, [key]: value }));
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    setSaved(false);
    const result = validateProfile(bodyFromForm(form, profile), currentLocale(), common('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      setFormError(common('form.errorSummary'));
      focusErrors();
      return;
    }
    setErrors({});
    save.mutate(result.data);
  }

  const props = { form, set, errors };
  return (
    <form ref={formRef} className="form profile-form" onSubmit={handleSubmit} noValidate aria-label={t('profile.formLabel')}>
      <p className="field__hint">{t('profile.requiredNote')}</p>
      <IdentitySection {...props} />
      <SkillsSection {...props} />
      <TrainingSection {...props} />
      <PlaceSection {...props} />
      <ContractSection {...props} />
      <LanguagesLinksSection {...props} />
      <VisibilitySection {...props} />
      <OptionalSection {...props} />
      <FormAlert message={formError} />
      <FormAlert tone="success" message={saved ? t('profile.saved') : null} />
      <SubmitButton pending={save.isPending} label={t('profile.save')} pendingLabel={t('profile.saving')} />
    </form>
  );
}
