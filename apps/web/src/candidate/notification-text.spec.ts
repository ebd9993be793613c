import { describe, expect, it } from 'vitest';
import type { NotificationView } from '@talents/shared';
import { i18n } from '../i18n';
import './candidate-i18n';
import { describeNotification } from './notification-text';

const t = i18n.getFixedT('fr', 'candidate');
const note = (type: string, payload: Record<string, unknown>): NotificationView => ({
  id: 'n1', type, payload, readAt: null, createdAt: '2026-11-28T10:00:00.000Z',
});

describe('describeNotification', () => {
  it('words an alert match and links to the new offer', () => {
    const result = describeNotification(
      note('alert.match', { alertId: 'a1', alertName: 'React Lille', kind: 'OFFERS', itemId: 'o1', title: 'Dev React' }), t);
    expect(result).toEqual({ text: 'Nouveau résultat pour votre alerte « React Lille » : Dev React.', href: '/offers/o1' });
  });

  it('sends a recruiter to the matched profile in the recruiter space', () => {
    const result = describeNotification(
      note('alert.match', { alertName: 'Devops', kind: 'TALENTS', itemId: 'c1', title: 'Ops senior' }), t, 'RECRUITER');
    expect(result.href).toBe('/recruiter/talents/c1');
  });

  it('words a closed offer and an invitation', () => {
    expect(describeNotification(note('application.offer-closed', { offerTitle: 'Dev Java' }), t)).toEqual({
      text: 'L’offre « Dev Java » à laquelle vous avez candidaté est close.',
      href: '/candidate/applications',
    });
    expect(describeNotification(note('company.invitation', { companyName: 'Nordtech' }), t, 'RECRUITER').text).toBe(
      'Nordtech vous invite à rejoindre son équipe de recrutement : le lien pour accepter est dans votre e-mail.',
    );
  });

  it('falls back to a neutral sentence for a type it does not know', () => {
    expect(describeNotification(note('something.new', {}), t)).toEqual({ text: 'Nouvelle notification.', href: null });
  });
});
