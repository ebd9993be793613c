/** A talent's profile as the company may see it (masked while anonymous) and the contact request form. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { usePageTitle } from '../ui/use-page-title';
import { ContactRequestForm } from './contact-request-form';
import './i18n';
import { QueryState } from './query-state';
import { basinLabel, formatDate, formatEuros, roleFamilyLabel, trackLabel } from './reference-labels';
import { keys, recruiterApi } from './recruiter-api';

export function TalentProfilePage() {
  const { t: tr } = useTranslation('recruiter');
  const { candidateId = '' } = useParams();
  const profile = useQuery({ queryKey: keys.candidate(candidateId), queryFn: () => recruiterApi.candidate(candidateId) });
  const p = profile.data;
  const name = p && !p.masked ? p.displayName : tr('talents.anonymous');
  usePageTitle(p ? name : tr('talents.profileTitle'));

  return (
    <>
      <p><Link to={`${paths.recruiter}/talents`}>{tr('talents.back')}</Link></p>
      {!p ? (
        <QueryState isPending={profile.isPending} error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <>
          <h1>{name}</h1>
          {p.headline && <p className="lead">{p.headline}</p>}
          {p.masked && <p className="banner banner--info">{tr('talents.maskedExplained')}</p>}
          <dl className="details">
            <dt>{tr('talents.roleFamily')}</dt>
            <dd>{p.roleFamilies.map(roleFamilyLabel).join(', ') || '—'}</dd>
            <dt>{tr('talents.experienceLabel')}</dt>
            <dd>{tr('pipeline.experience', { count: p.yearsOfExperience })}</dd>
            <dt>{tr('talents.track')}</dt>
            <dd>{trackLabel(p.track) || '—'}</dd>
            <dt>{tr('talents.basin')}</dt>
            <dd>{basinLabel(p.basinCode) || '—'}{p.town ? ` — ${p.town}` : ''}{p.mobilityRadiusKm ? ` (${tr('talents.mobility', { km: p.mobilityRadiusKm })})` : ''}</dd>
            <dt>{tr('talents.contract')}</dt>
            <dd>{p.contractTypes.map((c) => tr(`contract.${c}`)).join(', ') || '—'}</dd>
            <dt>{tr('offerEditor.remote')}</dt>
            <dd>{p.remotePreference ? tr(`remote.${p.remotePreference}`) : '—'}</dd>
            <dt>{tr('talents.availability')}</dt>
            <dd>{p.availableFrom ? tr('talents.availableFrom', { date: formatDate(p.availableFrom) }) : tr('talents.availableNow')}</dd>
            <dt>{tr('talents.salary')}</dt>
            <dd>{p.salaryMin !== null || p.salaryMax !== null ? `${p.salaryMin !== null ? formatEuros(p.salaryMin) : '…'} – ${p.salaryMax !== null ? formatEuros(p.salaryMax) : '…'}` : '—'}</dd>
            {!p.masked && p.email && (
              <>
                <dt>{tr('talents.email')}</dt>
                <dd><a href={`mailto:${p.email}`}>{p.email}</a></dd>
              </>
            )}
          </dl>
          {p.skills.length > 0 && (
            <section aria-labelledby="profile-skills">
              <h2 id="profile-skills">{tr('talents.skills')}</h2>
              <ul className="chip-list">
                {p.skills.map((skill) => <li key={skill.slug} className="chip">{tr('talents.skillLevel', { name: skill.name, level: skill.level })}</li>)}
              </ul>
            </section>
          )}
          {p.bio && <section aria-labelledby="profile-bio"><h2 id="profile-bio">{tr('talents.bio')}</h2><p className="pre-line">{p.bio}</p></section>}
          {p.trainings.length > 0 && (
            <section aria-labelledby="profile-trainings">
              <h2 id="profile-trainings">{tr('talents.trainings')}</h2>
              <ul>
                {p.trainings.map((training, index) => (
                  <li key={index}>{[training.programme, training.organisation ?? tr('talents.maskedSchool'), training.year].filter(Boolean).join(' — ')}</li>
                ))}
              </ul>
            </section>
          )}
          {p.masked && <ContactRequestForm candidateId={p.id} />}
        </>
      )}
    </>
  );
}
