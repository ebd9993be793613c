/**
 * Mail templates, French and English, plain text and HTML. Each template is a function of its data so the
 * compiler checks every placeholder. HTML is escaped; links come from WEB_URL.
 */
import type { Locale } from '@talents/shared';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface TemplateData {
  'verify-email': { link: string };
  'reset-password': { link: string };
  'password-changed': Record<string, never>;
  'company-invitation': { link: string };
}
export type TemplateName = keyof TemplateData;

type Copy = { subject: string; intro: string; action?: string; outro: string };
type Templates = { [K in TemplateName]: Record<Locale, Copy> };

const COPY: Templates = {
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

export function renderMail<K extends TemplateName>(name: K, locale: Locale, data: TemplateData[K]): RenderedMail {
  const copy = COPY[name][locale];
  const link = (data as { link?: string }).link;
  const signature = locale === 'fr' ? 'L’équipe de la Banque des talents' : 'The talent bank team';
  const text = [copy.intro, link && copy.action ? `${copy.action} : ${link}` : '', copy.outro, '', `— ${signature}`]
    .filter((line, i) => line !== '' || i === 3)
    .join('\n\n');
  const button = link && copy.action ? `<p><a href="${escapeHtml(link)}">${escapeHtml(copy.action)}</a></p>` : '';
  const html = `<!doctype html><html lang="${locale}"><body><p>${escapeHtml(copy.intro)}</p>${button}<p>${escapeHtml(copy.outro)}</p><p>— ${escapeHtml(signature)}</p></body></html>`;
  return { subject: copy.subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
