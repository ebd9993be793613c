/** The placeholder body of a space: its name, a welcome and who is logged in. Later issues replace it. */
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth';
import { usePageTitle } from './use-page-title';

export function SpaceWelcome({ spaceName }: { spaceName: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  usePageTitle(spaceName);
  return (
    <>
      <p className="field__hint">{spaceName}</p>
      <h1>{t('space.welcome')}</h1>
      {user && <p>{t('space.signedInAs', { email: user.email })}</p>}
      <p>{t('space.comingSoon')}</p>
    </>
  );
}
