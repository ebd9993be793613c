/**
 * Words a notification from its type and payload (the API stores facts, the SPA phrases them in the UI
 * language) and says where it leads. Unknown types get a neutral sentence rather than nothing.
 */
import type { TFunction } from 'i18next';
import type { NotificationView } from '@talents/shared';
import { offerPath, paths } from '../app/paths';
import { candidateSections } from './candidate-sections';

function str(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

export function describeNotification(
  notification: NotificationView,
  t: TFunction<'candidate'>,
): { text: string; href: string | null } {
  const p = notification.payload;
  const inSpace = (section: string) => `${paths.candidate}/${section}`;
  // The seed data writes snake_case types ("application.status_changed"); the API writes kebab-case.
  const type = notification.type.replace(/_/g, '-').replace('contact-request.received', 'contact-request.created');
  switch (type) {
    case 'application.status-changed': {
      const status = str(p, 'status');
      const step = status ? t(`applicationStatus.${status}` as 'applicationStatus.APPLIED', { defaultValue: status }) : '';
      const title = str(p, 'offerTitle');
      return {
        text: title
          ? t('notifications.statusChanged', { title, status: step })
          : t('notifications.statusChangedNoTitle', { status: step }),
        href: inSpace(candidateSections.applications),
      };
    }
    case 'contact-request.created':
      return {
        text: str(p, 'offerTitle')
          ? t('notifications.contactRequestAbout', { company: str(p, 'companyName'), title: str(p, 'offerTitle') })
          : str(p, 'companyName')
            ? t('notifications.contactRequest', { company: str(p, 'companyName') })
            : t('notifications.contactRequestNoCompany'),
        href: inSpace(candidateSections.contactRequests),
      };
    case 'offer.closed':
      return {
        text: t('notifications.offerClosed', { title: str(p, 'title') }),
        href: str(p, 'offerId') ? offerPath(str(p, 'offerId')) : null,
      };
    default:
      return { text: t('notifications.generic'), href: null };
  }
}
