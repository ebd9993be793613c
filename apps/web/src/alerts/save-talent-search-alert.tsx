/** The talent search page's "save as alert" action (lazy chunk): the applied criteria as a TALENTS alert. */
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { talentAlertFromSearch, type TalentSearchCriteria } from './alert-search';
import { SaveAlertPanel } from './save-alert-panel';

export function SaveTalentSearchAlert({ criteria, availableBefore }: { criteria: TalentSearchCriteria; availableBefore: string }) {
  const { t } = useTranslation('account');
  return (
    <SaveAlertPanel
      search={{ kind: 'TALENTS', ...talentAlertFromSearch(criteria) }}
      alertsHref={`${paths.recruiter}/alerts`}
      notice={availableBefore ? t('alertForm.droppedAvailability') : undefined}
    />
  );
}
