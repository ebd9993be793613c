/** Sections 1–3 of the profile editor: identity, professions & skills, training. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TRACKS, TRAINING_ROUTES } from '@talents/shared';
import { ROLE_FAMILY_CODES, useReferenceLabels } from '../../public/offers/reference-labels';
import { TextField } from '../../ui/text-field';
import { ChoiceGroup, SelectField, TextAreaField } from './fields';
import { groupError } from './profile-form-state';
import { LEVELS, updateRow, type SectionProps } from './section-props';
import { skillSuggestions } from './skill-vocabulary';

export function IdentitySection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation('candidate');
  return (
    <fieldset className="profile-section" id="section-identity">
      <legend>{t('profile.sections.identity')}</legend>
      <TextField name="firstName" label={t('profile.firstName')} autoComplete="given-name" value={form.firstName} onValueChange={(v) => set('firstName', v)} error={errors.firstName} />
      <TextField name="lastName" label={t('profile.lastName')} autoComplete="family-name" value={form.lastName} onValueChange={(v) => set('lastName', v)} error={errors.lastName} />
      <TextField name="phone" type="tel" label={t('profile.phone')} hint={t('profile.phoneHint')} autoComplete="tel" value={form.phone} onValueChange={(v) => set('phone', v)} error={errors.phone} />
      <TextField name="headline" label={t('profile.headline')} hint={t('profile.headlineHint')} value={form.headline} onValueChange={(v) => set('headline', v)} error={errors.headline} />
      <TextAreaField name="bio" label={t('profile.bio')} rows={5} value={form.bio} onValueChange={(v) => set('bio', v)} error={errors.bio} />
    </fieldset>
  );
}

export function SkillsSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation('candidate');
  const labels = useReferenceLabels();
  const datalistId = useId();
  const families = [...new Set([...ROLE_FAMILY_CODES, ...form.roleFamilies])];
  return (
    <fieldset className="profile-section" id="section-skills">
      <legend>{t('profile.sections.skills')}</legend>
      <ChoiceGroup
        type="checkbox"
        name="roleFamilies"
        label={t('profile.roleFamilies')}
        options={families.map((code) => ({ value: code, label: labels.roleFamily(code) }))}
        selected={form.roleFamilies}
        onSelectedChange={(v) => set('roleFamilies', v)}
        error={groupError(errors, 'roleFamilies')}
      />
      <TextField name="yearsOfExperience" type="number" inputMode="numeric" min={0} max={60} label={t('profile.yearsOfExperience')} value={form.yearsOfExperience} onValueChange={(v) => set('yearsOfExperience', v)} error={errors.yearsOfExperience} />
      <SelectField
        name="track"
        label={t('profile.track')}
        placeholder={t('profile.notSaid')}
        options={TRACKS.map((code) => ({ value: code, label: labels.track(code) }))}
        value={form.track}
        onValueChange={(v) => set('track', v)}
        error={errors.track}
      />
      <fieldset className="fieldset list-editor">
        <legend>{t('profile.skills')}</legend>
        <p className="field__hint">{t('profile.skillsHint')}</p>
        <datalist id={datalistId}>
          {skillSuggestions(form.roleFamilies).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {form.skills.map((skill, index) => (
          <div className="list-row" key={index}>
            <TextField name={`skills.${index}.name`} label={t('profile.skillName', { n: index + 1 })} list={datalistId} autoComplete="off" value={skill.name} onValueChange={(v) => set('skills', updateRow(form.skills, index, { name: v }))} error={errors[`skills.${index}.name`]} />
            <SelectField
              name={`skills.${index}.level`}
              label={t('profile.skillLevel', { n: index + 1 })}
              options={LEVELS.map((level) => ({ value: level, label: t(`profile.levels.${level}`) }))}
              value={skill.level}
              onValueChange={(v) => set('skills', updateRow(form.skills, index, { level: v }))}
              error={errors[`skills.${index}.level`]}
            />
            <button type="button" className="button button--secondary button--small" onClick={() => set('skills', form.skills.filter((_, i) => i !== index))}>
              {t('profile.remove')}
              <span className="visually-hidden"> {t('profile.skillName', { n: index + 1 })}</span>
            </button>
          </div>
        ))}
        {errors.skills && <p className="field__error">{errors.skills}</p>}
        <button type="button" className="button button--secondary button--small" onClick={() => set('skills', [...form.skills, { name: '', level: '3' }])}>
          {t('profile.addSkill')}
        </button>
      </fieldset>
    </fieldset>
  );
}

export function TrainingSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation('candidate');
  return (
    <fieldset className="profile-section" id="section-training">
      <legend>{t('profile.sections.training')}</legend>
      <p className="field__hint">{t('profile.trainingHint')}</p>
      {form.trainings.map((training, index) => (
        <fieldset className="fieldset list-row list-row--block" key={index}>
          <legend>{t('profile.trainingN', { n: index + 1 })}</legend>
          <TextField name={`trainings.${index}.organisation`} label={t('profile.organisation')} value={training.organisation} onValueChange={(v) => set('trainings', updateRow(form.trainings, index, { organisation: v }))} error={errors[`trainings.${index}.organisation`]} />
          <TextField name={`trainings.${index}.programme`} label={t('profile.programme')} value={training.programme} onValueChange={(v) => set('trainings', updateRow(form.trainings, index, { programme: v }))} error={errors[`trainings.${index}.programme`]} />
          <SelectField
            name={`trainings.${index}.route`}
            label={t('profile.route')}
            options={TRAINING_ROUTES.map((code) => ({ value: code, label: t(`trainingRoute.${code}`) }))}
            value={training.route}
            onValueChange={(v) => set('trainings', updateRow(form.trainings, index, { route: v }))}
            error={errors[`trainings.${index}.route`]}
          />
          <TextField name={`trainings.${index}.year`} type="number" inputMode="numeric" label={t('profile.year')} value={training.year} onValueChange={(v) => set('trainings', updateRow(form.trainings, index, { year: v }))} error={errors[`trainings.${index}.year`]} />
          <button type="button" className="button button--secondary button--small" onClick={() => set('trainings', form.trainings.filter((_, i) => i !== index))}>
            {t('profile.remove')}
            <span className="visually-hidden"> {t('profile.trainingN', { n: index + 1 })}</span>
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => set('trainings', [...form.trainings, { organisation: '', programme: '', route: 'HIGHER_EDUCATION', year: '' }])}
      >
        {t('profile.addTraining')}
      </button>
    </fieldset>
  );
}
