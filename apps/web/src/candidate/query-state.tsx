/** The loading and error states every candidate list shows, with a retry button on errors. */
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
  onRetry(): void;
}

export function QueryState({ isPending, error, onRetry }: QueryStateProps) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('candidate');
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  if (!error) return null;
  return (
    <div role="alert" className="alert alert--error">
      <p>{describeError(error, t)}</p>
      <button type="button" className="button button--small" onClick={onRetry}>
        {tc('retry')}
      </button>
    </div>
  );
}
