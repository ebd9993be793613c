/** Account mails, sent inline by the API: e-mail check, password reset and change, company invitation. */
import type { Locale } from '@talents/shared';
import type { MailContent } from './content';

export interface AccountTemplateData {
  'verify-email': { link: string };
  'reset-password': { link: string };
  'password-changed': Record<string, never>;
  'company-invitation': { link: string };
}

type Copy = { subject: string; intro: string; action?: string; outro: string };

const COPY: { [K in keyof AccountTemplateData]: Record<Locale, Copy> } = {
  'company-invitation': {
    fr: {
      subject: 'Invitation à rejoindre une entreprise sur la Banque des talents',
      intro: 'Un recruteur vous invite à rejoindre son entreprise sur la Banque des talents du numérique des Hauts-de-France. Créez un compte recruteur avec cette adresse e-mail (ou connectez-vous), puis acceptez l’invitation.',
      action: 'Accepter l’invitation',
      outro: 'Ce lien est valable 7 jours et ne sert qu’une fois. Si vous ne connaissez pas cette entreprise, ignorez ce message.',
    },
    en: {
      subject: 'Invitation to join a company on the talent bank',
      intro: 'A recruiter invites you to join their company on the Hauts-de-France digital talent bank. Create a recruiter account with this e-mail address (or log in), then accept the invitation.',
      action: 'Accept the invitation',
      outro: 'This link is valid for 7 days and works once. If you do not know this company, ignore this message.',
    },
  },
  'verify-email': {
    fr: {
      subject: 'Confirmez votre adresse e-mail',
      intro: 'Bienvenue dans la Banque des talents du numérique des Hauts-de-France ! Confirmez votre adresse pour activer votre compte.',
      action: 'Confirmer mon adresse',
      outro: 'Ce lien est valable 24 heures. Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
    },
    en: {
      subject: 'Confirm your e-mail address',
      intro: 'Welcome to the Hauts-de-France digital talent bank! Confirm your address to activate your account.',
      action: 'Confirm my address',
      outro: 'This link is valid for 24 hours. If you did not sign up, ignore this message.',
    },
  },
  'reset-password': {
    fr: {
      subject: 'Réinitialisez votre mot de passe',
      intro: 'Vous avez demandé à changer votre mot de passe.',
      action: 'Choisir un nouveau mot de passe',
      outro: 'Ce lien est valable 1 heure et ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
    },
    en: {
      subject: 'Reset your password',
      intro: 'You asked to change your password.',
      action: 'Choose a new password',
      outro: 'This link is valid for 1 hour and works once. If you did not ask, ignore this message: your password is unchanged.',
    },
  },
  'password-changed': {
    fr: {
      subject: 'Votre mot de passe a été modifié',
      intro: 'Le mot de passe de votre compte vient d’être modifié et vos sessions ouvertes ont été fermées.',
      outro: 'Si ce n’est pas vous, réinitialisez-le immédiatement et contactez-nous.',
    },
    en: {
      subject: 'Your password was changed',
      intro: 'Your account password was just changed and your open sessions were closed.',
      outro: 'If this was not you, reset it at once and contact us.',
    },
  },
};

export function accountContent<K extends keyof AccountTemplateData>(name: K, locale: Locale, data: AccountTemplateData[K]): MailContent {
  const copy = COPY[name][locale];
  const link = (data as { link?: string }).link;
  return {
    subject: copy.subject,
    intro: [copy.intro],
    ...(link && copy.action ? { action: { label: copy.action, url: link } } : {}),
    outro: [copy.outro],
  };
}

export const ACCOUNT_TEMPLATES = Object.keys(COPY) as (keyof AccountTemplateData)[];
