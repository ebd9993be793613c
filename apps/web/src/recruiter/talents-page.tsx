/**
 * Talent search: free text plus filters, with the facet counts of the current result next to each choice.
 * Anonymous profiles show no name ("Candidat·e anonyme"): the company asks to be introduced instead.
 */
import { Suspense, useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BASIN_CODES, CONTRACT_TYPES, TRACKS, type SearchFacets } from '@talents/shared';
import type { TalentSearchCriteria } from '../alerts/alert-search';
import { lazyNamed } from '../app/lazy-named';
import { paths } from '../app/paths';
import { ApiError } from '../lib/api-error';
import { TextField } from '../ui/text-field';
import { usePageTitle } from '../ui/use-page-title';
import './i18n';
import { QueryState } from './query-state';
import { basinLabel, formatDate, roleFamilies, roleFamilyLabel, trackLabel } from './reference-labels';
import { keys, recruiterApi } from './recruiter-api';

/** What an alert keeps, plus the availability date (alerts do not keep it). */
interface Filters extends TalentSearchCriteria {
  availableBefore: string;
}

const SaveTalentSearchAlert = lazyNamed(() => import('../alerts/save-talent-search-alert'), 'SaveTalentSearchAlert');

const EMPTY: Filters = { q: '', skills: '', roleFamily: [], basin: [], track: [], contractType: [], minExperience: '', availableBefore: '' };
const PAGE_SIZE = 20;

export function TalentsPage() {
  const { t: tr } = useTranslation('recruiter');
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  usePageTitle(tr('talents.title'));
  const query = {
    q: applied.q.trim() || undefined,
    skills: applied.skills.split(',').map((s) => s.trim()).filter(Boolean),
    roleFamily: applied.roleFamily,
    basin: applied.basin,
    track: applied.track,
    contractType: applied.contractType,
    minExperience: applied.minExperience || undefined,
    availableBefore: applied.availableBefore || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const result = useQuery({ queryKey: keys.talents(query), queryFn: () => recruiterApi.talents(query), placeholderData: keepPreviousData });
  const facets: SearchFacets = result.data?.facets ?? {};
  // Very broad searches count facets on a sample (the API says so): show them as estimates.
  const approximate = result.data?.facetsApproximate === true;
  const notVerified = result.error instanceof ApiError && result.error.statusCode === 403;

  function submit(event: FormEvent) {
    event.preventDefault();
    setApplied(draft);
    setPage(1);
  }
  const toggle = (field: 'roleFamily' | 'basin' | 'track' | 'contractType', value: string) =>
    setDraft((current) => ({
      ...current,
      [field]: current[field].includes(value) ? current[field].filter((v) => v !== value) : [...current[field], value],
    }));
  const group = (field: 'roleFamily' | 'basin' | 'track' | 'contractType', legend: string, options: { value: string; label: string }[]) => (
    <fieldset className="fieldset filter-group">
      <legend>{legend}</legend>
      {options.map((option) => {
        const count = facets[field]?.[option.value];
        return (
          <label key={option.value} className="choice">
            <input type="checkbox" checked={draft[field].includes(option.value)} onChange={() => toggle(field, option.value)} />
            {option.label}
            {count !== undefined && <span className="facet-count"> ({approximate ? `≈ ${count}` : count})</span>}
          </label>
        );
      })}
    </fieldset>
  );

  return (
    <>
      <h1>{tr('talents.title')}</h1>
      <div className="search-layout">
        <form className="search-filters" onSubmit={submit} role="search" aria-label={tr('talents.searchLabel')}>
          <TextField name="q" type="search" label={tr('talents.q')} value={draft.q} onValueChange={(q) => setDraft({ ...draft, q })} />
          <TextField name="skills" label={tr('talents.skills')} hint={tr('talents.skillsHint')} value={draft.skills} onValueChange={(skills) => setDraft({ ...draft, skills })} />
          <button type="submit" className="button">{tr('talents.search')}</button>
          {group('roleFamily', tr('talents.roleFamily'), roleFamilies.map((f) => ({ value: f.code, label: roleFamilyLabel(f.code) })))}
          {group('contractType', tr('talents.contract'), CONTRACT_TYPES.map((c) => ({ value: c, label: tr(`contract.${c}`) })))}
          {group('track', tr('talents.track'), TRACKS.map((c) => ({ value: c, label: trackLabel(c) })))}
          <details>
            <summary>{tr('talents.basin')}</summary>
            {group('basin', tr('talents.basin'), BASIN_CODES.map((c) => ({ value: c, label: basinLabel(c) })))}
          </details>
          <TextField name="minExperience" inputMode="numeric" label={tr('talents.minExperience')} value={draft.minExperience} onValueChange={(minExperience) => setDraft({ ...draft, minExperience })} />
          <TextField name="availableBefore" type="date" label={tr('talents.availableBefore')} value={draft.availableBefore} onValueChange={(availableBefore) => setDraft({ ...draft, availableBefore })} />
          <div className="button-row">
            <button type="submit" className="button">{tr('talents.search')}</button>
            <button type="button" className="button button--secondary" onClick={() => { setDraft(EMPTY); setApplied(EMPTY); setPage(1); }}>
              {tr('talents.reset')}
            </button>
          </div>
        </form>
        <section aria-labelledby="talents-results" aria-busy={result.isFetching || undefined}>
          <h2 id="talents-results">{tr('talents.results')}</h2>
          {/* Only once the search answered: an unverified company (403) cannot watch talents either. */}
          {result.isSuccess && (
            <Suspense fallback={null}>
              <SaveTalentSearchAlert criteria={applied} availableBefore={applied.availableBefore} />
            </Suspense>
          )}
          {notVerified ? (
            <p className="banner banner--warning">{tr('talents.notVerified')}</p>
          ) : !result.data ? (
            <QueryState isPending={result.isPending} error={result.error} onRetry={() => void result.refetch()} />
          ) : (
            <>
              <p role="status">{tr(result.data.totalApproximate ? 'talents.countApprox' : 'talents.count', { count: result.data.total })}</p>
              {approximate && <p className="field__hint">{tr('talents.approximate')}</p>}
              {result.data.items.length === 0 ? (
                <p className="empty">{tr('talents.empty')}</p>
              ) : (
                <ul className="stack-list">
                  {result.data.items.map((talent) => (
                    <li key={talent.id} className="card">
                      <h3 className="card__title">{talent.displayName || tr('talents.anonymous')}</h3>
                      {talent.headline && <p>{talent.headline}</p>}
                      <p className="field__hint">
                        {talent.roleFamilies.map(roleFamilyLabel).join(', ')}
                        {talent.basinCode && ` · ${basinLabel(talent.basinCode)}`}
                        {' · '}{tr('pipeline.experience', { count: talent.yearsOfExperience })}
                        {talent.availableFrom && ` · ${tr('talents.availableFrom', { date: formatDate(talent.availableFrom) })}`}
                      </p>
                      {talent.skills.length > 0 && (
                        <ul className="chip-list" aria-label={tr('talents.skillsOf')}>
                          {talent.skills.slice(0, 8).map((skill) => <li key={skill.slug} className="chip">{skill.name}</li>)}
                        </ul>
                      )}
                      <Link to={`${paths.recruiter}/talents/${talent.id}`}>
                        {tr('talents.openProfile')}<span className="visually-hidden"> : {talent.displayName || tr('talents.anonymous')} {talent.headline ?? ''}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              <nav className="button-row" aria-label={tr('talents.pagination')}>
                <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => setPage(page - 1)}>{tr('talents.previous')}</button>
                <span>{tr('talents.page', { page, pages: Math.max(1, Math.ceil(result.data.total / PAGE_SIZE)) })}</span>
                <button type="button" className="button button--secondary button--small" disabled={page * PAGE_SIZE >= result.data.total} onClick={() => setPage(page + 1)}>{tr('talents.next')}</button>
              </nav>
            </>
          )}
        </section>
      </div>
    </>
  );
}
