/**
 * Account lifecycle mails sent by the worker, both essential (outside the daily cap): the invitation of a
 * candidate imported by a partner school to choose a password, and the warning before an inactive account is
 * archived (docs/imports.md, docs/architecture.md "retention").
 */
import type { Locale } from '@talents/shared';
import { formatDay, type MailContent } from './content';

export interface LifecycleTemplateData {
  /** `link` carries a one-time set-password token created when the mail is sent; `expiresAt` is its end (ISO). */
  'import.invitation': { firstName: string; link: string; expiresAt: string };
  /** `archiveOn`: the day the account will be archived (ISO); `loginUrl`: logging in before keeps the account. */
  'account.inactivity-warning': { archiveOn: string; loginUrl: string };
}

export function importInvitationContent(locale: Locale, data: LifecycleTemplateData['import.invitation']): MailContent {
  const fr = locale === 'fr';
  const until = formatDay(locale, data.expiresAt);
  return {
    subject: fr ? 'Votre compte sur la Banque des talents du numérique vous attend' : 'Your account on the digital talent bank is waiting for you',
    intro: [
      fr ? `Bonjour ${data.firstName},` : `Hello ${data.firstName},`,
      fr
        ? 'Votre organisme de formation vous a inscrit·e, avec votre accord, à la Banque des talents du numérique des Hauts-de-France : votre profil peut être proposé aux entreprises de la région. Choisissez un mot de passe pour accéder à votre compte, compléter votre profil et régler sa visibilité.'
        : 'Your training organisation registered you, with your consent, with the Hauts-de-France digital talent bank: your profile can be put forward to companies in the region. Choose a password to access your account, complete your profile and set its visibility.',
    ],
    action: { label: fr ? 'Choisir mon mot de passe' : 'Choose my password', url: data.link },
    outro: [
      fr
        ? `Ce lien ne sert qu’une fois et reste valable jusqu’au ${until}. Vous pourrez ensuite supprimer votre compte à tout moment depuis votre espace.`
        : `This link works once and is valid until ${until}. You can delete your account at any time from your space afterwards.`,
    ],
  };
}

export function inactivityWarningContent(locale: Locale, data: LifecycleTemplateData['account.inactivity-warning']): MailContent {
  const fr = locale === 'fr';
  const day = formatDay(locale, data.archiveOn);
  return {
    subject: fr ? 'Votre compte inactif sera archivé' : 'Your inactive account will be archived',
    intro: [
      fr
        ? 'Vous ne vous êtes pas connecté·e à la Banque des talents du numérique depuis deux ans. Pour ne pas garder vos données plus longtemps que nécessaire, votre compte sera archivé le ' +
          `${day} : vos données personnelles seront effacées et le compte ne pourra plus être utilisé.`
        : `You have not logged in to the digital talent bank for two years. So as not to keep your data longer than needed, your account will be archived on ${day}: your personal data will be erased and the account can no longer be used.`,
    ],
    action: { label: fr ? 'Me connecter pour garder mon compte' : 'Log in to keep my account', url: data.loginUrl },
    outro: [fr ? 'Une simple connexion avant cette date suffit à conserver votre compte.' : 'Logging in once before that day is enough to keep your account.'],
  };
}
