/**
 * How complete the saved profile is, as a progress bar and the list of what is still missing (each a link to
 * its section). Required fields the API reports in `missing` (after a JSON Resume import) count as not done.
 */
import { useTranslation } from 'react-i18next';
import type { OwnerProfile } from '@talents/shared';

type Check = { key: 'identity' | 'headline' | 'roleFamilies' | 'skills' | 'place' | 'contract' | 'training' | 'languages' | 'cv'; done: boolean; anchor: string };

function checks(profile: OwnerProfile): Check[] {
  const missing = new Set(profile.missing);
  const has = (field: string, ok: boolean) => ok && !missing.has(field);
  return [
    { key: 'identity', done: has('firstName', !!profile.firstName) && has('lastName', !!profile.lastName), anchor: 'section-identity' },
    { key: 'headline', done: !!profile.headline, anchor: 'section-identity' },
    { key: 'roleFamilies', done: has('roleFamilies', profile.roleFamilies.length > 0), anchor: 'section-skills' },
    { key: 'skills', done: profile.skills.length >= 3, anchor: 'section-skills' },
    { key: 'training', done: profile.trainings.length > 0, anchor: 'section-training' },
    { key: 'place', done: has('basinCode', !!profile.basinCode), anchor: 'section-place' },
    { key: 'contract', done: has('contractTypes', profile.contractTypes.length > 0), anchor: 'section-contract' },
    { key: 'languages', done: profile.languages.length > 0, anchor: 'section-languages' },
    { key: 'cv', done: profile.cv !== null, anchor: 'section-cv' },
  ];
}

export function ProfileProgress({ profile }: { profile: OwnerProfile }) {
  const { t } = useTranslation('candidate');
  const list = checks(profile);
  const done = list.filter((check) => check.done).length;
  const percent = Math.round((done / list.length) * 100);
  const todo = list.filter((check) => !check.done);
  return (
    <section className="card profile-progress" aria-labelledby="profile-progress-title">
      <h2 id="profile-progress-title" className="profile-progress__title">
        {t('progress.title')}
      </h2>
      <label className="profile-progress__label">
        {t('progress.percent', { percent })}
        <progress max={100} value={percent}>
          {percent} %
        </progress>
      </label>
      {!profile.exists && <p>{t('progress.notCreated')}</p>}
      {todo.length > 0 ? (
        <>
          <p className="field__hint">{t('progress.todo')}</p>
          <ul>
            {todo.map((check) => (
              <li key={check.key}>
                <a href={`#${check.anchor}`}>{t(`progress.items.${check.key}`)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('progress.complete')}</p>
      )}
    </section>
  );
}
