/** Previous / next for the admin lists (page kept in the page's state), with "Page n sur m" between. */
import { useTranslation } from 'react-i18next';
import './i18n';

interface PagerProps {
  label: string;
  page: number;
  total: number;
  pageSize: number;
  onPage(page: number): void;
}

export function Pager({ label, page, total, pageSize, onPage }: PagerProps) {
  const { t: ta } = useTranslation('admin');
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {ta('common.previous')}
      </button>
      <span>{ta('common.pageStatus', { page, pageCount })}</span>
      <button type="button" className="button button--secondary button--small" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {ta('common.next')}
      </button>
    </nav>
  );
}
