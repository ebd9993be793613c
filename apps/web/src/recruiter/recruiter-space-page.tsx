/** Home of the recruiter space (guarded by RequireRole in the router, code-split). */
import { useTranslation } from 'react-i18next';
import { SpaceWelcome } from '../ui/space-welcome';

export function RecruiterSpacePage() {
  const { t } = useTranslation();
  return <SpaceWelcome spaceName={t('space.recruiter')} />;
}
