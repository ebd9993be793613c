import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from './paths';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t('footer.about')}</p>
        <p>{t('footer.complement')}</p>
        <p><Link to={paths.stats}>{t('footer.stats')}</Link></p>
      </div>
    </footer>
  );
}
