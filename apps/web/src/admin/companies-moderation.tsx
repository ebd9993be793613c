/**
 * Company moderation: companies awaiting verification first, verify / withdraw verification, suspend (with a
 * reason) / reinstate. Every action asks for confirmation; the list updates optimistically.
 */
import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AdminCompanyUpdate } from '@talents/shared';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { usePageTitle } from '../ui/use-page-title';
import { adminApi, adminKeys, type AdminCompanyItem, type CompanyFilter, type Paged } from './admin-api';
import './i18n';

const FILTERS: CompanyFilter[] = ['pending', 'verified', 'suspended', 'all'];
type Action = 'verify' | 'unverify' | 'suspend' | 'reinstate';
const BODY: Record<Action, AdminCompanyUpdate> = {
  verify: { verified: true }, unverify: { verified: false }, suspend: { suspended: true }, reinstate: { suspended: false },
};

export function CompaniesModeration() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const [filter, setFilter] = useState<CompanyFilter>('pending');
  const [page, setPage] = useState(1);
  // The outcome is announced here, not in the row: a verified company leaves the "À vérifier" list at once,
  // and a live region removed with its row would never be read (nor seen).
  const [done, setDone] = useState('');
  const list = useQuery({ queryKey: adminKeys.companies(filter, '', page), queryFn: () => adminApi.companies(filter, '', page), placeholderData: keepPreviousData });
  usePageTitle(ta('companies.title'));

  return (
    <>
      <h1>{ta('companies.title')}</h1>
      <div className="button-row" role="group" aria-label={ta('companies.filterLabel')}>
        {FILTERS.map((value) => (
          <button key={value} type="button" className="button button--secondary button--small" aria-pressed={filter === value} onClick={() => { setFilter(value); setPage(1); }}>
            {ta(`companies.filter.${value}`)}
          </button>
        ))}
      </div>
      <div role="status" className="alert alert--success">{done}</div>
      {list.error && !list.data && <p role="alert" className="alert alert--error">{describeError(list.error, t)}</p>}
      {list.isPending && <p role="status">{t('common.loading')}</p>}
      {list.data && (
        list.data.items.length === 0 ? (
          <p className="empty">{ta('companies.empty')}</p>
        ) : (
          <ul className="stack-list">
            {list.data.items.map((company) => <CompanyRow key={company.id} company={company} queryKey={adminKeys.companies(filter, '', page)} onDone={setDone} />)}
          </ul>
        )
      )}
      {list.data && list.data.total > list.data.pageSize && (
        <nav className="button-row" aria-label={ta('companies.pagination')}>
          <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => setPage(page - 1)}>{ta('companies.previous')}</button>
          <button type="button" className="button button--secondary button--small" disabled={page * list.data.pageSize >= list.data.total} onClick={() => setPage(page + 1)}>{ta('companies.next')}</button>
        </nav>
      )}
    </>
  );
}

function CompanyRow({ company, queryKey, onDone }: { company: AdminCompanyItem; queryKey: readonly unknown[]; onDone(message: string): void }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const reasonId = `reason-${company.id}`;

  const mutation = useMutation({
    mutationFn: (body: AdminCompanyUpdate) => adminApi.updateCompany(company.id, body),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<Paged<AdminCompanyItem>>(queryKey);
      queryClient.setQueryData<Paged<AdminCompanyItem>>(queryKey, (data) => data && {
        ...data,
        items: data.items.map((item) => item.id !== company.id ? item : {
          ...item,
          ...(body.verified !== undefined ? { verified: body.verified } : {}),
          ...(body.suspended !== undefined ? { suspended: body.suspended, suspensionReason: body.suspended ? (body.reason ?? null) : null } : {}),
        }),
      });
      return { previous };
    },
    onError: (_error, _body, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: () => {
      onDone(ta(`companies.done.${action ?? 'verify'}`, { name: company.name }));
      setAction(null);
      setReason('');
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.allCompanies }),
  });

  function confirm() {
    if (!action) return;
    const needsReason = action === 'suspend';
    if (needsReason && reason.trim().length < 3) {
      setReasonError(true);
      return;
    }
    mutation.mutate({ ...BODY[action], ...(reason.trim() ? { reason: reason.trim() } : {}) });
  }

  const status = company.suspended ? 'suspended' : company.verified ? 'verified' : 'pending';
  return (
    <li className="card">
      <h2 className="card__title">{company.name}</h2>
      <p>
        <span className={`badge badge--${status}`}>{ta(`companies.status.${status}`)}</span>{' '}
        {ta('companies.meta', { siren: company.siren, naf: company.nafCode ?? '—', members: company.memberCount, offers: company.publishedOfferCount })}
      </p>
      {company.suspensionReason && <p>{ta('companies.reasonShown', { reason: company.suspensionReason })}</p>}
      {company.website && <p><a href={company.website} rel="noopener noreferrer">{company.website}</a></p>}
      {!action && (
        <div className="button-row">
          {!company.verified && <button type="button" className="button button--small" onClick={() => setAction('verify')}>{ta('companies.verify')}<span className="visually-hidden"> {company.name}</span></button>}
          {company.verified && <button type="button" className="button button--secondary button--small" onClick={() => setAction('unverify')}>{ta('companies.unverify')}<span className="visually-hidden"> {company.name}</span></button>}
          {!company.suspended && <button type="button" className="button button--secondary button--small" onClick={() => setAction('suspend')}>{ta('companies.suspend')}<span className="visually-hidden"> {company.name}</span></button>}
          {company.suspended && <button type="button" className="button button--secondary button--small" onClick={() => setAction('reinstate')}>{ta('companies.reinstate')}<span className="visually-hidden"> {company.name}</span></button>}
        </div>
      )}
      {action && (
        <div className="confirm" role="group" aria-label={ta(`companies.confirm.${action}`, { name: company.name })}>
          <p>{ta(`companies.confirm.${action}`, { name: company.name })}</p>
          <div className="field">
            <label htmlFor={reasonId}>{action === 'suspend' ? ta('companies.reasonRequired') : ta('companies.reasonOptional')}</label>
            <textarea
              id={reasonId}
              autoFocus
              rows={3}
              value={reason}
              onChange={(event) => { setReason(event.target.value); setReasonError(false); }}
              aria-invalid={reasonError || undefined}
              aria-describedby={reasonError ? `${reasonId}-error` : undefined}
            />
            {reasonError && <p id={`${reasonId}-error`} className="field__error">{ta('companies.reasonMissing')}</p>}
          </div>
          <FormAlert message={mutation.isError ? describeError(mutation.error, t) : null} />
          <div className="button-row">
            <button type="button" className="button button--small" disabled={mutation.isPending} onClick={confirm}>{ta('companies.confirmButton')}</button>
            <button type="button" className="button button--secondary button--small" onClick={() => { mutation.reset(); setAction(null); }}>{ta('common.cancel')}</button>
          </div>
        </div>
      )}
    </li>
  );
}
