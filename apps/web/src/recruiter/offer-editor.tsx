/**
 * Offer editor (create and edit). The salary range is mandatory: the form says why (pay transparency). Checked
 * with the shared CreateOfferRequest schema first, including the contract-dependent salary floor.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  BASIN_CODES, CONTRACT_TYPES, CreateOfferRequest, EXPERIENCE_LEVELS, REMOTE_POLICIES, salaryFloor, type ContractType,
  type OfferView,
} from '@talents/shared';
import { paths } from '../app/paths';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { fieldErrorsFromApi, validate, type FieldErrors } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { SubmitButton } from '../ui/submit-button';
import { TextField } from '../ui/text-field';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { usePageTitle } from '../ui/use-page-title';
import { SelectField, TextAreaField } from './fields';
import './i18n';
import { QueryState } from './query-state';
import { basinLabel, formatEuros, roleFamilies, roleFamilyLabel } from './reference-labels';
import { keys, recruiterApi } from './recruiter-api';
import { useMyCompanyId } from './use-my-company';

/** Route element: /recruiter/offers/new and /recruiter/offers/:offerId/edit. */
export function OfferEditorPage() {
  const { t: tr } = useTranslation('recruiter');
  const { offerId } = useParams();
  const companyId = useMyCompanyId();
  const offer = useQuery({ queryKey: keys.offer(offerId ?? 'new'), queryFn: () => recruiterApi.offer(offerId as string), enabled: !!offerId });
  usePageTitle(offerId ? tr('offerEditor.editTitle') : tr('offerEditor.createTitle'));
  if (!companyId) return <p>{tr('offers.noCompany')}</p>;
  if (offerId && !offer.data) return <QueryState isPending={offer.isPending} error={offer.error} onRetry={() => void offer.refetch()} />;
  return (
    <>
      <h1>{offerId ? tr('offerEditor.editTitle') : tr('offerEditor.createTitle')}</h1>
      <OfferEditor companyId={companyId} offer={offer.data} />
    </>
  );
}

const skillsText = (offer: OfferView | undefined, required: boolean) =>
  offer?.skills.filter((skill) => skill.required === required).map((skill) => skill.name).join(', ') ?? '';

const parseSkills = (text: string) =>
  text.split(',').map((name) => name.trim()).filter(Boolean).map((name) => ({ name }));

export function OfferEditor({ companyId, offer }: { companyId: string; offer?: OfferView }) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const [v, setValues] = useState({
    title: offer?.title ?? '',
    description: offer?.description ?? '',
    roleFamilyCode: offer?.roleFamilyCode ?? '',
    requiredSkills: skillsText(offer, true),
    niceToHaveSkills: skillsText(offer, false),
    contractType: offer?.contractType ?? '',
    basinCode: offer?.basinCode ?? '',
    town: offer?.town ?? '',
    remotePolicy: offer?.remotePolicy ?? '',
    salaryMin: offer ? String(offer.salaryMin) : '',
    salaryMax: offer ? String(offer.salaryMax) : '',
    experienceLevel: offer?.experienceLevel ?? '',
    startDate: offer?.startDate?.slice(0, 10) ?? '',
    romeCode: offer?.romeCode ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (field: keyof typeof v) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const mutation = useMutation({
    mutationFn: ({ companyId: _company, ...body }: CreateOfferRequest) =>
      offer ? recruiterApi.updateOffer(offer.id, body) : recruiterApi.createOffer({ companyId: _company, ...body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.offer(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: keys.allOffers });
      void navigate(`${paths.recruiter}/offers`, { state: { saved: saved.title } });
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
    const number = (text: string) => (text.trim() === '' ? '' : Number(text.replace(/\s/g, '')));
    const body = {
      companyId,
      title: v.title,
      description: v.description,
      roleFamilyCode: v.roleFamilyCode,
      requiredSkills: parseSkills(v.requiredSkills),
      niceToHaveSkills: parseSkills(v.niceToHaveSkills),
      contractType: v.contractType,
      basinCode: v.basinCode,
      town: v.town.trim() || null,
      remotePolicy: v.remotePolicy,
      salaryMin: number(v.salaryMin),
      salaryMax: number(v.salaryMax),
      experienceLevel: v.experienceLevel,
      startDate: v.startDate || null,
      romeCode: v.romeCode.trim().toUpperCase() || null,
    };
    const result = validate(CreateOfferRequest, body, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      setFormError(t('form.errorSummary'));
      focusErrors();
      return;
    }
    setErrors({});
    mutation.mutate(result.data);
  }

  const floor = v.contractType ? salaryFloor(v.contractType as ContractType) : null;
  const family = roleFamilies.find((item) => item.code === v.roleFamilyCode);

  return (
    <form ref={formRef} className="form form--wide" onSubmit={handleSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField name="title" label={tr('offerEditor.title')} value={v.title} onValueChange={set('title')} error={errors.title} />
      <TextAreaField name="description" label={tr('offerEditor.description')} hint={tr('offerEditor.descriptionHint')} value={v.description} onValueChange={set('description')} error={errors.description} rows={8} />
      <SelectField name="roleFamilyCode" label={tr('offerEditor.roleFamily')} value={v.roleFamilyCode} onValueChange={set('roleFamilyCode')} error={errors.roleFamilyCode} placeholder={tr('common.choose')}
        options={roleFamilies.map((item) => ({ value: item.code, label: roleFamilyLabel(item.code) }))} />
      <TextField name="requiredSkills" label={tr('offerEditor.requiredSkills')} hint={tr('offerEditor.skillsHint')} value={v.requiredSkills} onValueChange={set('requiredSkills')} error={errors.requiredSkills} />
      <TextField name="niceToHaveSkills" label={tr('offerEditor.niceToHaveSkills')} hint={tr('offerEditor.skillsHint')} value={v.niceToHaveSkills} onValueChange={set('niceToHaveSkills')} error={errors.niceToHaveSkills} />
      <SelectField name="contractType" label={tr('offerEditor.contract')} value={v.contractType} onValueChange={set('contractType')} error={errors.contractType} placeholder={tr('common.choose')}
        options={CONTRACT_TYPES.map((code) => ({ value: code, label: tr(`contract.${code}`) }))} />
      <SelectField name="basinCode" label={tr('offerEditor.basin')} value={v.basinCode} onValueChange={set('basinCode')} error={errors.basinCode} placeholder={tr('common.choose')}
        options={BASIN_CODES.map((code) => ({ value: code, label: basinLabel(code) }))} />
      <TextField name="town" label={tr('offerEditor.town')} value={v.town} onValueChange={set('town')} error={errors.town} />
      <SelectField name="remotePolicy" label={tr('offerEditor.remote')} value={v.remotePolicy} onValueChange={set('remotePolicy')} error={errors.remotePolicy} placeholder={tr('common.choose')}
        options={REMOTE_POLICIES.map((code) => ({ value: code, label: tr(`remote.${code}`) }))} />
      <fieldset className="fieldset">
        <legend>{tr('offerEditor.salaryLegend')}</legend>
        <p className="field__hint">
          {tr('offerEditor.salaryHint')} {floor !== null && tr('offerEditor.salaryFloor', { amount: formatEuros(floor) })}
        </p>
        <div className="field-row">
          <TextField name="salaryMin" inputMode="numeric" label={tr('offerEditor.salaryMin')} value={v.salaryMin} onValueChange={set('salaryMin')} error={errors.salaryMin} />
          <TextField name="salaryMax" inputMode="numeric" label={tr('offerEditor.salaryMax')} value={v.salaryMax} onValueChange={set('salaryMax')} error={errors.salaryMax} />
        </div>
      </fieldset>
      <SelectField name="experienceLevel" label={tr('offerEditor.experience')} value={v.experienceLevel} onValueChange={set('experienceLevel')} error={errors.experienceLevel} placeholder={tr('common.choose')}
        options={EXPERIENCE_LEVELS.map((code) => ({ value: code, label: tr(`experience.${code}`) }))} />
      <TextField name="startDate" type="date" label={tr('offerEditor.startDate')} value={v.startDate} onValueChange={set('startDate')} error={errors.startDate} />
      <TextField name="romeCode" label={tr('offerEditor.rome')} hint={family ? tr('offerEditor.romeHintFamily', { codes: family.rome.join(', ') }) : tr('offerEditor.romeHint')} value={v.romeCode} onValueChange={set('romeCode')} error={errors.romeCode} />
      <SubmitButton pending={mutation.isPending} label={offer ? tr('common.save') : tr('offerEditor.createDraft')} pendingLabel={tr('common.saving')} />
    </form>
  );
}
