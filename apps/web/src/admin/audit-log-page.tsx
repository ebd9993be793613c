/**
 * The audit trail (GET /admin/audit-log): who did what to which record, newest first. Filters by action,
 * actor, target type and period are a form applied on submit (validated with the API's own AuditLogQuery);
 * actions and target types are shown in words, with the raw code as a fallback for ones the UI does not know.
 */
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AuditLogQuery, type AuditLogItem } from '@talents/shared';
import { currentLocale } from '../i18n';
import { validate, type FieldErrors } from '../lib/validation';
import { TextField } from '../ui/text-field';
import { usePageTitle } from '../ui/use-page-title';
import { adminApi, adminKeys } from './admin-api';
import { formatDateTime, formatNumber } from './charts';
import './i18n';
import { Pager } from './pager';
import { QueryState } from './query-state';
import { ScrollRegion } from './scroll-region';

/** The actions the API records today (recordAudit calls); the filter offers these. */
export const AUDIT_ACTIONS = [
  'company.verify', 'company.unverify', 'company.suspend', 'company.reinstate',
  'user.suspend', 'user.reinstate', 'user.erase', 'user.export',
  'candidate.view', 'candidate.cv.download',
] as const;
export const AUDIT_TARGET_TYPES = ['company', 'user', 'candidate'] as const;
const PAGE_SIZE = 25;

interface Filters {
  action: string;
  actorId: string;
  targetType: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { action: '', actorId: '', targetType: '', from: '', to: '' };

export function AuditLogPage() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [query, setQuery] = useState<AuditLogQuery>({ page: 1, pageSize: PAGE_SIZE });
  const audit = useQuery({ queryKey: adminKeys.audit(query), queryFn: () => adminApi.auditLog(query), placeholderData: keepPreviousData });
  usePageTitle(ta('audit.title'));
  const actionLabel = useActionLabel();

  function apply(filters: Filters) {
    const values = Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, value.trim() || undefined]));
    const result = validate(AuditLogQuery, { ...values, pageSize: PAGE_SIZE }, currentLocale(), t('form.required'));
    if (!result.success) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setQuery(result.data);
  }
  const field = (key: keyof Filters) => ({ value: draft[key], onValueChange: (value: string) => setDraft({ ...draft, [key]: value }), error: errors[key] });

  return (
    <>
      <h1>{ta('audit.title')}</h1>
      <p>{ta('audit.intro')}</p>
      <form className="audit-filters" aria-label={ta('audit.filtersLabel')} noValidate onSubmit={(event: FormEvent) => { event.preventDefault(); apply(draft); }}>
        <div className="field">
          <label htmlFor="audit-action">{ta('audit.filterAction')}</label>
          <select id="audit-action" value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.target.value })}>
            <option value="">{ta('audit.any')}</option>
            {AUDIT_ACTIONS.map((action) => <option key={action} value={action}>{actionLabel(action)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-target-type">{ta('audit.filterTargetType')}</label>
          <select id="audit-target-type" value={draft.targetType} onChange={(event) => setDraft({ ...draft, targetType: event.target.value })}>
            <option value="">{ta('audit.any')}</option>
            {AUDIT_TARGET_TYPES.map((type) => <option key={type} value={type}>{ta(`audit.targetTypes.${type}`)}</option>)}
          </select>
        </div>
        <TextField name="actorId" label={ta('audit.filterActor')} hint={ta('audit.filterActorHint')} autoComplete="off" spellCheck={false} {...field('actorId')} />
        <TextField name="from" type="date" label={ta('audit.filterFrom')} {...field('from')} />
        <TextField name="to" type="date" label={ta('audit.filterTo')} {...field('to')} />
        <div className="button-row">
          <button type="submit" className="button">{ta('audit.apply')}</button>
          <button type="button" className="button button--secondary" onClick={() => { setDraft(NO_FILTERS); apply(NO_FILTERS); }}>{ta('audit.reset')}</button>
        </div>
      </form>
      <QueryState query={audit} />
      {audit.data && (
        <div aria-busy={audit.isFetching || undefined}>
          <p role="status">{ta('audit.count', { count: audit.data.total, formatted: formatNumber(audit.data.total) })}</p>
          {audit.data.items.length === 0 ? <p className="empty">{ta('audit.empty')}</p> : <AuditTable items={audit.data.items} />}
          <Pager label={ta('audit.pagination')} page={audit.data.page} total={audit.data.total} pageSize={audit.data.pageSize} onPage={(page) => setQuery({ ...query, page })} />
        </div>
      )}
    </>
  );
}

function useActionLabel() {
  const { t: ta } = useTranslation('admin');
  return (action: string) => ta(`audit.actions.${action}` as 'audit.actions.company.verify', { defaultValue: action });
}

function AuditTable({ items }: { items: AuditLogItem[] }) {
  const { t: ta } = useTranslation('admin');
  const actionLabel = useActionLabel();
  return (
    <ScrollRegion label={ta('audit.title')}>
      <table className="data-table">
        <caption className="visually-hidden">{ta('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{ta('audit.when')}</th>
            <th scope="col">{ta('audit.action')}</th>
            <th scope="col">{ta('audit.actor')}</th>
            <th scope="col">{ta('audit.target')}</th>
            <th scope="col">{ta('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.id}>
              <td><time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, 'medium')}</time></td>
              <td>{actionLabel(entry.action)}</td>
              <td>
                {entry.actorId ? (
                  <>
                    {entry.actorRole ? ta(`audit.roles.${entry.actorRole}`) : null}
                    <span className="audit-id">{entry.actorId}</span>
                  </>
                ) : ta('audit.system')}
              </td>
              <td>
                {ta(`audit.targetTypes.${entry.targetType}` as 'audit.targetTypes.company', { defaultValue: entry.targetType })}
                {entry.targetId && <span className="audit-id">{entry.targetId}</span>}
              </td>
              <td><Metadata metadata={entry.metadata} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Metadata({ metadata }: { metadata: Record<string, unknown> }) {
  const { t: ta } = useTranslation('admin');
  const entries = Object.entries(metadata).filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (!entries.length) return <>—</>;
  // Codes (access reasons, visibilities, roles) in words; free text (a suspension reason) as written.
  const describeValue = (value: unknown) =>
    typeof value === 'string' && /^[A-Z][A-Z_]+$/.test(value)
      ? ta(`audit.codes.${value}` as 'audit.codes.APPLIED', { defaultValue: value })
      : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return (
    <dl className="audit-metadata">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{ta(`audit.metadata.${key}` as 'audit.metadata.reason', { defaultValue: key })}</dt>
          <dd>{describeValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
