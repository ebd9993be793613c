/** Loading and error states of a query: announced (role=status / role=alert), with a retry button. */
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import './i18n';

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
  onRetry(): void;
}

/** Renders the state when the query has no data to show yet; null once it has (the caller renders the data). */
export function QueryState({ isPending, error, onRetry }: QueryStateProps) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  if (error) {
    return (
      <div role="alert" className="alert alert--error">
        <p>{describeError(error, t)}</p>
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {tr('common.retry')}
        </button>
      </div>
    );
  }
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  return null;
}
