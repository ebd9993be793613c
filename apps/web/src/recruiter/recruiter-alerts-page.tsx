/** The recruiter's saved talent searches (the page itself is shared with candidates). */
import { AlertsPage } from '../alerts/alerts-page';

export function RecruiterAlertsPage() {
  return <AlertsPage kind="TALENTS" />;
}
