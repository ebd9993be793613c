/** Sections 4–5 of the profile editor: place & mobility, contract & availability. */
import { useTranslation } from 'react-i18next';
import { CONTRACT_TYPES, REMOTE_POLICIES } from '@talents/shared';
import { BASINS, useReferenceLabels } from '../../public/offers/reference-labels';
import { TextField } from '../../ui/text-field';
import { ChoiceGroup, SelectField } from './fields';
import { groupError } from './profile-form-state';
import type { SectionProps } from './section-props';

export function PlaceSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation('candidate');
  const { t: offers } = useTranslation('offers');
  const labels = useReferenceLabels();
  return (
    <fieldset className="profile-section" id="section-place">
      <legend>{t('profile.sections.place')}</legend>
      <SelectField
        name="basinCode"
        label={t('profile.basin')}
        hint={t('profile.basinHint')}
        placeholder={t('profile.choose')}
        options={BASINS.map((basin) => ({ value: basin.code, label: labels.basin(basin.code) }))}
        value={form.basinCode}
        onValueChange={(v) => set('basinCode', v)}
        error={errors.basinCode}
      />
      <TextField name="town" label={t('profile.town')} autoComplete="address-level2" value={form.town} onValueChange={(v) => set('town', v)} error={errors.town} />
      <TextField name="mobilityRadiusKm" type="number" inputMode="numeric" min={0} max={300} label={t('profile.mobility')} hint={t('profile.mobilityHint')} value={form.mobilityRadiusKm} onValueChange={(v) => set('mobilityRadiusKm', v)} error={errors.mobilityRadiusKm} />
      <SelectField
        name="remotePreference"
        label={t('profile.remote')}
        placeholder={t('profile.notSaid')}
        options={REMOTE_POLICIES.map((code) => ({ value: code, label: offers(`remote.${code}`) }))}
        value={form.remotePreference}
        onValueChange={(v) => set('remotePreference', v)}
        error={errors.remotePreference}
      />
    </fieldset>
  );
}

export function ContractSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation('candidate');
  const { t: offers } = useTranslation('offers');
  return (
    <fieldset className="profile-section" id="section-contract">
      <legend>{t('profile.sections.contract')}</legend>
      <ChoiceGroup
        type="checkbox"
        name="contractTypes"
        label={t('profile.contractTypes')}
        options={CONTRACT_TYPES.map((code) => ({ value: code, label: offers(`contractType.${code}`) }))}
        selected={form.contractTypes}
        onSelectedChange={(v) => set('contractTypes', v)}
        error={groupError(errors, 'contractTypes')}
      />
      <TextField name="availableFrom" type="date" label={t('profile.availableFrom')} hint={t('profile.availableFromHint')} value={form.availableFrom} onValueChange={(v) => set('availableFrom', v)} error={errors.availableFrom} />
      <TextField name="salaryMin" type="number" inputMode="numeric" label={t('profile.salaryMin')} hint={t('profile.salaryHint')} value={form.salaryMin} onValueChange={(v) => set('salaryMin', v)} error={errors.salaryMin} />
      <TextField name="salaryMax" type="number" inputMode="numeric" label={t('profile.salaryMax')} value={form.salaryMax} onValueChange={(v) => set('salaryMax', v)} error={errors.salaryMax} />
    </fieldset>
  );
}
