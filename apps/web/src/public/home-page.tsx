/** One screen that says what the service is, for whom, and where to start. */
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { usePageTitle } from '../ui/use-page-title';

// The three professions in tension (CORE_ROLE_FAMILIES of the contract), listed here to keep zod out of the
// entry bundle; the translation keys are typed, so a code without a label does not compile.
const PROFESSIONS = ['DEV', 'DEVOPS_SECURITY', 'SALES'] as const;

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(null);
  // Set by the account deletion (src/account/delete-account.tsx); router state, so a reload does not repeat it.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <>
      <div role="status">
        {notice === 'accountDeleted' && <p className="alert alert--success">{t('home.accountDeleted')}</p>}
      </div>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>

      <h2 className="visually-hidden">{t('home.audiencesTitle')}</h2>
      <ul className="card-grid">
        <li className="card">
          <h3>{t('home.candidatesTitle')}</h3>
          <p>{t('home.candidatesText')}</p>
        </li>
        <li className="card">
          <h3>{t('home.startupsTitle')}</h3>
          <p>{t('home.startupsText')}</p>
        </li>
        <li className="card">
          <h3>{t('home.operatorTitle')}</h3>
          <p>{t('home.operatorText')}</p>
        </li>
      </ul>

      <h2>{t('home.professionsTitle')}</h2>
      <ul className="tag-list">
        {PROFESSIONS.map((code) => (
          <li key={code} className="tag">
            {t(`roleFamily.${code}`)}
          </li>
        ))}
      </ul>

      <h2 className="visually-hidden">{t('home.ctaTitle')}</h2>
      <div className="button-row">
        <Link className="button" to={`${paths.register}?role=CANDIDATE`}>
          {t('home.ctaCandidate')}
        </Link>
        <Link className="button" to={`${paths.register}?role=RECRUITER`}>
          {t('home.ctaRecruiter')}
        </Link>
        <Link className="button button--secondary" to={paths.login}>
          {t('home.ctaLogin')}
        </Link>
      </div>
    </>
  );
}
