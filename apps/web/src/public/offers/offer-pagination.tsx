/** Previous / next links that keep the rest of the search in the URL. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor(page: number): string;
}

export function OfferPagination({ page, pageCount, hrefFor }: PaginationProps) {
  const { t } = useTranslation('offers');
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link className="button button--secondary button--small" to={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('pagination.status', { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className="button button--secondary button--small" to={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
