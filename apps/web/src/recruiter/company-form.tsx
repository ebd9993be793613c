/**
 * Company creation and edit. Validated with the shared schemas first, so the SIREN's Luhn key, the NAF format
 * and the https-only website are checked before any request; the server's field errors are shown the same way.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COMPANY_SIZES, CreateCompanyRequest, UpdateCompanyRequest, type CompanyView } from '@talents/shared';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { fieldErrorsFromApi, validate, type FieldErrors } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { SubmitButton } from '../ui/submit-button';
import { TextField } from '../ui/text-field';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { SelectField, TextAreaField } from './fields';
import './i18n';
import { basins, nafCodes, supportStructures } from './reference-labels';
import { recruiterApi } from './recruiter-api';

interface CompanyFormProps {
  /** Edit mode when given. */
  company?: CompanyView;
  onSaved(company: CompanyView): void;
}

const OTHER_NAF = '__other__';

export function CompanyForm({ company, onSaved }: CompanyFormProps) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  const formRef = useRef<HTMLFormElement>(null);
  const focusErrors = useFocusFirstError(formRef);
  const knownNaf = !company?.nafCode || nafCodes.some((naf) => naf.code === company.nafCode);
  const [values, setValues] = useState({
    name: company?.name ?? '',
    siren: company?.siren ?? '',
    nafChoice: knownNaf ? (company?.nafCode ?? '') : OTHER_NAF,
    nafOther: knownNaf ? '' : (company?.nafCode ?? ''),
    size: company?.size ?? '',
    basinCode: company?.basinCode ?? '',
    town: company?.town ?? '',
    supportStructure: company?.supportStructure ?? '',
    website: company?.website ?? '',
    description: company?.description ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (field: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const mutation = useMutation({
    mutationFn: (body: CreateCompanyRequest) =>
      company ? recruiterApi.updateCompany(company.id, body) : recruiterApi.createCompany(body),
    onSuccess: onSaved,
    onError: (error) => {
      setFormError(describeError(error, t));
      if (error instanceof ApiError) setErrors(fieldErrorsFromApi(error));
      focusErrors();
    },
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const body = {
      name: values.name,
      // A verified company's SIREN is locked (409): do not send it back unchanged.
      ...(company?.verified ? {} : { siren: values.siren }),
      nafCode: values.nafChoice === OTHER_NAF ? values.nafOther : values.nafChoice,
      size: values.size,
      basinCode: values.basinCode,
      town: values.town,
      supportStructure: values.supportStructure || null,
      website: values.website.trim() || null,
      description: values.description.trim() || null,
    };
    const schema = company ? UpdateCompanyRequest : CreateCompanyRequest;
    const result = validate(schema, body, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      setFormError(t('form.errorSummary'));
      focusErrors();
      return;
    }
    setErrors({});
    mutation.mutate(result.data as CreateCompanyRequest);
  }

  return (
    <form ref={formRef} className="form form--wide" onSubmit={handleSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField name="name" label={tr('company.name')} value={values.name} onValueChange={set('name')} error={errors.name} autoComplete="organization" />
      <TextField
        name="siren"
        label={tr('company.siren')}
        hint={company?.verified ? tr('company.sirenLocked') : tr('company.sirenHint')}
        value={values.siren}
        onValueChange={set('siren')}
        error={errors.siren}
        inputMode="numeric"
        readOnly={company?.verified}
      />
      <SelectField
        name="nafCode"
        label={tr('company.naf')}
        hint={tr('company.nafHint')}
        value={values.nafChoice}
        onValueChange={set('nafChoice')}
        error={values.nafChoice === OTHER_NAF ? undefined : errors.nafCode}
        placeholder={tr('common.choose')}
        options={[
          ...nafCodes.map((naf) => ({ value: naf.code, label: `${naf.code} — ${naf.label}`, group: tr(`naf.${naf.segment as 'SERVICES'}`) })),
          { value: OTHER_NAF, label: tr('company.nafOther'), group: tr('company.nafOtherGroup') },
        ]}
      />
      {values.nafChoice === OTHER_NAF && (
        <TextField name="nafCode" label={tr('company.nafOtherCode')} value={values.nafOther} onValueChange={set('nafOther')} error={errors.nafCode} />
      )}
      <SelectField
        name="size"
        label={tr('company.size')}
        value={values.size}
        onValueChange={set('size')}
        error={errors.size}
        placeholder={tr('common.choose')}
        options={COMPANY_SIZES.map((size) => ({ value: size, label: tr(`companySize.${size}`) }))}
      />
      <SelectField
        name="basinCode"
        label={tr('company.basin')}
        value={values.basinCode}
        onValueChange={set('basinCode')}
        error={errors.basinCode}
        placeholder={tr('common.choose')}
        options={basins.map((basin) => ({ value: basin.code, label: basin.label }))}
      />
      <TextField name="town" label={tr('company.town')} value={values.town} onValueChange={set('town')} error={errors.town} autoComplete="address-level2" />
      <SelectField
        name="supportStructure"
        label={tr('company.supportStructure')}
        hint={tr('company.supportStructureHint')}
        value={values.supportStructure}
        onValueChange={set('supportStructure')}
        error={errors.supportStructure}
        placeholder={tr('company.noSupportStructure')}
        options={supportStructures.map((structure) => ({ value: structure.name, label: `${structure.name} (${structure.city})` }))}
      />
      <TextField
        name="website"
        type="url"
        label={tr('company.website')}
        hint={tr('company.websiteHint')}
        value={values.website}
        onValueChange={set('website')}
        error={errors.website}
        autoComplete="url"
      />
      <TextAreaField name="description" label={tr('company.description')} value={values.description} onValueChange={set('description')} error={errors.description} />
      <SubmitButton
        pending={mutation.isPending}
        label={company ? tr('common.save') : tr('company.create')}
        pendingLabel={tr('common.saving')}
      />
    </form>
  );
}
