/**
 * The loading and error states of an admin query. The error shows only while there is nothing to display:
 * a failed background refetch keeps the previous figures on screen.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import './i18n';

export function QueryState({ query }: { query: Pick<UseQueryResult, 'isPending' | 'error' | 'data' | 'refetch'> }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('admin');
  if (query.isPending && !query.error) return <p role="status">{t('common.loading')}</p>;
  if (!query.error || query.data !== undefined) return null;
  return (
    <div role="alert" className="alert alert--error">
      <p>{describeError(query.error, t)}</p>
      <button type="button" className="button button--secondary button--small" onClick={() => void query.refetch()}>{ta('common.retry')}</button>
    </div>
  );
}
