/** Home of the admin space (guarded by RequireRole in the router, code-split). */
import { useTranslation } from 'react-i18next';
import { SpaceWelcome } from '../ui/space-welcome';

export function AdminSpacePage() {
  const { t } = useTranslation();
  return <SpaceWelcome spaceName={t('space.admin')} />;
}
