/** "Mes alertes": the candidate's saved offer searches (the page itself is shared with recruiters). */
import { AlertsPage } from '../alerts/alerts-page';

export function CandidateAlertsPage() {
  return <AlertsPage kind="OFFERS" />;
}
