/**
 * Words a notification from its type and payload (the API stores facts, the SPA phrases them in the UI
 * language) and says where it leads — in the candidate's or the recruiter's space, as the reader is one or
 * the other. Unknown types get a neutral sentence rather than nothing.
 */
import type { TFunction } from 'i18next';
import type { NotificationView, UserRole } from '@talents/shared';
import { offerPath, paths } from '../app/paths';
import { candidateSections } from './candidate-sections';

function str(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

function num(payload: Record<string, unknown>, key: string): number | null {
  const value = payload[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function describeNotification(
  notification: NotificationView,
  t: TFunction<'candidate'>,
  role: UserRole = 'CANDIDATE',
): { text: string; href: string | null } {
  const p = notification.payload;
  const recruiter = role === 'RECRUITER';
  const inSpace = (section: string) => `${recruiter ? paths.recruiter : paths.candidate}/${section}`;
  const pipeline = () => (str(p, 'offerId') ? inSpace(`offers/${encodeURIComponent(str(p, 'offerId'))}/pipeline`) : inSpace('applications'));
  const title = str(p, 'offerTitle') || str(p, 'title');
  // The seed data writes snake_case types ("application.status_changed"); the API writes kebab-case.
  const type = notification.type.replace(/_/g, '-').replace('contact-request.received', 'contact-request.created');
  switch (type) {
    case 'application.status-changed': {
      const status = str(p, 'status');
      const step = status ? t(`applicationStatus.${status}` as 'applicationStatus.APPLIED', { defaultValue: status }) : '';
      return {
        text: title ? t('notifications.statusChanged', { title, status: step }) : t('notifications.statusChangedNoTitle', { status: step }),
        href: recruiter ? pipeline() : inSpace(candidateSections.applications),
      };
    }
    case 'application.created':
      return {
        text: title ? t('notifications.applicationCreated', { title }) : t('notifications.applicationCreatedNoTitle'),
        href: pipeline(),
      };
    case 'application.offer-closed':
      return {
        text: title ? t('notifications.applicationOfferClosed', { title }) : t('notifications.applicationOfferClosedNoTitle'),
        href: inSpace(candidateSections.applications),
      };
    case 'contact-request.created':
      return {
        text: str(p, 'offerTitle')
          ? t('notifications.contactRequestAbout', { company: str(p, 'companyName'), title: str(p, 'offerTitle') })
          : str(p, 'companyName')
            ? t('notifications.contactRequest', { company: str(p, 'companyName') })
            : t('notifications.contactRequestNoCompany'),
        href: inSpace(candidateSections.contactRequests),
      };
    case 'contact-request.answered':
      return {
        text: str(p, 'status') === 'ACCEPTED' ? t('notifications.contactRequestAccepted') : t('notifications.contactRequestDeclined'),
        href: str(p, 'candidateId') ? inSpace(`talents/${encodeURIComponent(str(p, 'candidateId'))}`) : null,
      };
    case 'offer.closed':
      return {
        text: t('notifications.offerClosed', { title }),
        href: str(p, 'offerId') ? offerPath(str(p, 'offerId')) : null,
      };
    case 'alert.match': {
      // The worker writes one notification per new item of an INSTANT alert: { alertName, kind, itemId, title }.
      const name = str(p, 'alertName') || str(p, 'name');
      const itemId = str(p, 'itemId');
      if (itemId && title) {
        return {
          text: t('notifications.alertMatchItem', { name, title }),
          href: str(p, 'kind') === 'TALENTS' ? inSpace(`talents/${encodeURIComponent(itemId)}`) : offerPath(itemId),
        };
      }
      const count = num(p, 'count');
      return {
        text: count === null ? t('notifications.alertMatchNoCount', { name }) : t('notifications.alertMatch', { name, count }),
        href: inSpace(candidateSections.alerts),
      };
    }
    case 'company.invitation':
      return {
        text: str(p, 'companyName')
          ? t('notifications.companyInvitation', { company: str(p, 'companyName') })
          : t('notifications.companyInvitationNoCompany'),
        // Accepting needs the token of the invitation e-mail, which the notification does not carry.
        href: null,
      };
    case 'company.verified':
    case 'company.unverified':
    case 'company.suspended':
    case 'company.reinstated': {
      const key = ({
        'company.verified': 'companyVerified',
        'company.unverified': 'companyUnverified',
        'company.suspended': 'companySuspended',
        'company.reinstated': 'companyReinstated',
      } as const)[type];
      return { text: t(`notifications.${key}`, { company: str(p, 'companyName') }), href: recruiter ? inSpace('company') : null };
    }
    case 'company.member-joined':
      return { text: t('notifications.memberJoined'), href: recruiter ? inSpace('company') : null };
    default:
      return { text: t('notifications.generic'), href: null };
  }
}
