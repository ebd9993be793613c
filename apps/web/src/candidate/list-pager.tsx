/** Previous / next buttons for the candidate's lists (page kept in component state, not the URL). */
import { useTranslation } from 'react-i18next';

interface ListPagerProps {
  page: number;
  total: number;
  pageSize: number;
  onPage(page: number): void;
}

export function ListPager({ page, total, pageSize, onPage }: ListPagerProps) {
  const { t } = useTranslation('offers');
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <span>{t('pagination.status', { page, pageCount })}</span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={page >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
