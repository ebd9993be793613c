/** Sections 6–8 of the profile editor: languages & links, visibility, optional data. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, LANGUAGE_LEVELS, LINK_KINDS, VISIBILITIES, type Visibility } from '@talents/shared';
import { TextField } from '../../ui/text-field';
import { ChoiceGroup, SelectField } from './fields';
import { updateRow, type SectionProps } from './section-props';
import { COMMON_LANGUAGES } from './skill-vocabulary';


export function LanguagesLinksSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation('candidate');
  const languagesId = useId();
  return (
    <fieldset className="profile-section" id="section-languages">
      <legend>{t('profile.sections.languages')}</legend>
      <fieldset className="fieldset list-editor">
        <legend>{t('profile.languages')}</legend>
        <datalist id={languagesId}>
          {COMMON_LANGUAGES.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
        {form.languages.map((language, index) => (
          <div className="list-row" key={index}>
            <TextField name={`languages.${index}.code`} label={t('profile.languageCode', { n: index + 1 })} hint={t('profile.languageCodeHint')} list={languagesId} autoComplete="off" value={language.code} onValueChange={(v) => set('languages', updateRow(form.languages, index, { code: v }))} error={errors[`languages.${index}.code`]} />
            <SelectField
              name={`languages.${index}.level`}
              label={t('profile.languageLevel', { n: index + 1 })}
              options={LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`languageLevel.${level}`) }))}
              value={language.level}
              onValueChange={(v) => set('languages', updateRow(form.languages, index, { level: v }))}
              error={errors[`languages.${index}.level`]}
            />
            <button type="button" className="button button--secondary button--small" onClick={() => set('languages', form.languages.filter((_, i) => i !== index))}>
              {t('profile.remove')}
              <span className="visually-hidden"> {t('profile.languageCode', { n: index + 1 })}</span>
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary button--small" onClick={() => set('languages', [...form.languages, { code: '', level: 'B2' }])}>
          {t('profile.addLanguage')}
        </button>
      </fieldset>
      <fieldset className="fieldset list-editor">
        <legend>{t('profile.links')}</legend>
        {form.links.map((link, index) => (
          <div className="list-row" key={index}>
            <SelectField
              name={`links.${index}.kind`}
              label={t('profile.linkKind', { n: index + 1 })}
              options={LINK_KINDS.map((kind) => ({ value: kind, label: t(`linkKind.${kind}`) }))}
              value={link.kind}
              onValueChange={(v) => set('links', updateRow(form.links, index, { kind: v }))}
              error={errors[`links.${index}.kind`]}
            />
            <TextField name={`links.${index}.url`} type="url" label={t('profile.linkUrl', { n: index + 1 })} placeholder="https://" value={link.url} onValueChange={(v) => set('links', updateRow(form.links, index, { url: v }))} error={errors[`links.${index}.url`]} />
            <button type="button" className="button button--secondary button--small" onClick={() => set('links', form.links.filter((_, i) => i !== index))}>
              {t('profile.remove')}
              <span className="visually-hidden"> {t('profile.linkUrl', { n: index + 1 })}</span>
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary button--small" onClick={() => set('links', [...form.links, { kind: 'LINKEDIN', url: '' }])}>
          {t('profile.addLink')}
        </button>
      </fieldset>
    </fieldset>
  );
}

export function VisibilitySection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation('candidate');
  return (
    <fieldset className="profile-section" id="section-visibility">
      <legend>{t('profile.sections.visibility')}</legend>
      <ChoiceGroup
        type="radio"
        name="visibility"
        label={t('profile.visibility')}
        options={VISIBILITIES.map((value) => ({
          value,
          label: t(`visibility.${value}.label`),
          description: t(`visibility.${value}.text`),
        }))}
        selected={[form.visibility]}
        onSelectedChange={([v]) => set('visibility', (v ?? 'ANONYMOUS') as Visibility)}
        error={errors.visibility}
      />
    </fieldset>
  );
}

export function OptionalSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation('candidate');
  return (
    <fieldset className="profile-section" id="section-optional">
      <legend>{t('profile.sections.optional')}</legend>
      <SelectField
        name="gender"
        label={t('profile.gender')}
        hint={t('profile.genderHint')}
        placeholder={t('profile.notSaid')}
        options={GENDERS.map((value) => ({ value, label: t(`gender.${value}`) }))}
        value={form.gender}
        onValueChange={(v) => set('gender', v)}
        error={errors.gender}
      />
    </fieldset>
  );
}
