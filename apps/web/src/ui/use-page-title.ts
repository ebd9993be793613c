/** Sets document.title per page: the first thing a screen reader announces after navigation. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(page: string | null): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('common.pageTitle', { page }) : t('common.siteName');
  }, [page, t]);
}
