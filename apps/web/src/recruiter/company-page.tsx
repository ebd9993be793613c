/**
 * "Entreprise": creation when the recruiter has none, else the company card with its verification status,
 * the edit form, the members and the invitation form.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CompanyView } from '@talents/shared';
import { refreshSession } from '../lib/api-client';
import { usePageTitle } from '../ui/use-page-title';
import { CompanyForm } from './company-form';
import { CompanyMembers } from './company-members';
import './i18n';
import { QueryState } from './query-state';
import { basinLabel, formatDate } from './reference-labels';
import { keys } from './recruiter-api';
import { useMyCompany } from './use-my-company';
import { VerificationBanner } from './verification-banner';

export function CompanyPage() {
  const { t: tr } = useTranslation('recruiter');
  const queryClient = useQueryClient();
  const { companyId, data: company, isPending, error, refetch } = useMyCompany();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(tr('company.title'));

  async function handleCreated(created: CompanyView) {
    queryClient.setQueryData(keys.company(created.id), created);
    // The session's companyIds come from the server: refresh it so every page knows the new company.
    await refreshSession();
    setSaved(tr('company.created'));
  }

  if (!companyId) {
    return (
      <>
        <h1>{tr('company.createTitle')}</h1>
        <p className="lead">{tr('company.createIntro')}</p>
        <CompanyForm onSaved={(created) => void handleCreated(created)} />
      </>
    );
  }
  if (!company) return <QueryState isPending={isPending} error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <h1>{company.name}</h1>
      <div role="status" className="alert alert--success">{saved ?? ''}</div>
      <VerificationBanner company={company} />
      {editing ? (
        <section aria-labelledby="company-edit-title">
          <h2 id="company-edit-title">{tr('company.editTitle')}</h2>
          <CompanyForm
            company={company}
            onSaved={(updated) => {
              queryClient.setQueryData(keys.company(updated.id), updated);
              setEditing(false);
              setSaved(tr('company.saved'));
            }}
          />
          <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
            {tr('common.cancel')}
          </button>
        </section>
      ) : (
        <section aria-labelledby="company-card-title" className="card">
          <h2 id="company-card-title">{tr('company.details')}</h2>
          <dl className="details">
            <dt>{tr('company.siren')}</dt>
            <dd>{company.siren}</dd>
            <dt>{tr('company.naf')}</dt>
            <dd>{company.nafCode ?? '—'}</dd>
            <dt>{tr('company.size')}</dt>
            <dd>{tr(`companySize.${company.size}`)}</dd>
            <dt>{tr('company.basin')}</dt>
            <dd>{basinLabel(company.basinCode)}{company.town ? ` — ${company.town}` : ''}</dd>
            <dt>{tr('company.supportStructure')}</dt>
            <dd>{company.supportStructure ?? tr('company.noSupportStructure')}</dd>
            <dt>{tr('company.website')}</dt>
            <dd>{company.website ? <a href={company.website} rel="noopener noreferrer">{company.website}</a> : '—'}</dd>
            <dt>{tr('company.createdAt')}</dt>
            <dd>{formatDate(company.createdAt)}</dd>
          </dl>
          {company.description && <p className="pre-line">{company.description}</p>}
          <button type="button" className="button button--secondary" onClick={() => { setSaved(null); setEditing(true); }}>
            {tr('company.edit')}
          </button>
        </section>
      )}
      <CompanyMembers companyId={company.id} canInvite={company.myRole !== null} />
    </>
  );
}
