/**
 * Alert mails (sent by the worker): one matching offer or candidate (INSTANT alerts) or a digest of several
 * (DAILY, WEEKLY). Talent items never carry a name: anonymous profiles stay anonymous in a recruiter's inbox.
 * Every alert mail ends with its one-click unsubscribe link (the worker adds the matching headers).
 */
import type { Locale } from '@talents/shared';
import { formatEuros, type ListItem, type MailContent } from './content';

export interface OfferItem {
  type: 'offer';
  title: string;
  companyName: string;
  contractType: string;
  place: string;
  salaryMin: number;
  salaryMax: number;
  url: string;
}

export interface TalentItem {
  type: 'talent';
  /** The candidate's own headline, or the role family when there is none. */
  headline: string;
  place: string | null;
  yearsOfExperience: number;
  url: string;
}

export type AlertItem = OfferItem | TalentItem;

interface AlertMailBase {
  alertName: string;
  /** The site's search with the alert's criteria. */
  searchUrl: string;
  unsubscribeUrl: string;
}

export interface AlertTemplateData {
  'alert.instant': AlertMailBase & { item: AlertItem };
  'alert.digest': AlertMailBase & { frequency: 'DAILY' | 'WEEKLY'; items: AlertItem[]; /** Matches left for a later mail. */ remaining: number };
}

const CONTRACT: Record<Locale, Record<string, string>> = {
  fr: { CDI: 'CDI', CDD: 'CDD', ALTERNANCE: 'Alternance', STAGE: 'Stage', FREELANCE: 'Freelance' },
  en: { CDI: 'Permanent', CDD: 'Fixed-term', ALTERNANCE: 'Work-study', STAGE: 'Internship', FREELANCE: 'Freelance' },
};

function toListItem(locale: Locale, item: AlertItem): ListItem {
  if (item.type === 'offer') {
    const contract = CONTRACT[locale][item.contractType] ?? item.contractType;
    const pay = `${formatEuros(locale, item.salaryMin)} – ${formatEuros(locale, item.salaryMax)}`;
    return { title: `${item.title} — ${item.companyName}`, detail: [contract, item.place, pay].join(' · '), url: item.url };
  }
  const years = locale === 'fr' ? `${item.yearsOfExperience} an(s) d’expérience` : `${item.yearsOfExperience} year(s) of experience`;
  return { title: item.headline, detail: [item.place, years].filter(Boolean).join(' · '), url: item.url };
}

const UNSUBSCRIBE: Record<Locale, string> = { fr: 'Ne plus recevoir cette alerte', en: 'Stop this alert' };

export function alertInstantContent(locale: Locale, data: AlertTemplateData['alert.instant']): MailContent {
  const offer = data.item.type === 'offer';
  const fr = locale === 'fr';
  return {
    subject: fr
      ? `${offer ? 'Nouvelle offre' : 'Nouveau profil'} pour votre alerte « ${data.alertName} »`
      : `${offer ? 'New offer' : 'New profile'} for your alert “${data.alertName}”`,
    intro: [fr ? `${offer ? 'Une nouvelle offre correspond' : 'Un nouveau profil correspond'} à votre alerte « ${data.alertName} » :` : `${offer ? 'A new offer matches' : 'A new profile matches'} your alert “${data.alertName}”:`],
    items: [toListItem(locale, data.item)],
    action: { label: fr ? 'Voir tous les résultats' : 'See all results', url: data.searchUrl },
    unsubscribe: { label: UNSUBSCRIBE[locale], url: data.unsubscribeUrl },
  };
}

export function alertDigestContent(locale: Locale, data: AlertTemplateData['alert.digest']): MailContent {
  const fr = locale === 'fr';
  const n = data.items.length;
  const period = data.frequency === 'DAILY' ? (fr ? 'du jour' : 'daily') : fr ? 'de la semaine' : 'weekly';
  const remaining = data.remaining > 0
    ? [fr ? `Et ${data.remaining} autre(s) résultat(s) dans le prochain envoi, ou dès maintenant sur le site.` : `And ${data.remaining} more in the next mail, or right now on the site.`]
    : [];
  return {
    subject: fr ? `Votre sélection ${period} : ${n} résultat(s) pour « ${data.alertName} »` : `Your ${period} selection: ${n} result(s) for “${data.alertName}”`,
    intro: [fr ? `Les nouveautés pour votre alerte « ${data.alertName} » :` : `What is new for your alert “${data.alertName}”:`],
    items: data.items.map((item) => toListItem(locale, item)),
    action: { label: fr ? 'Voir tous les résultats' : 'See all results', url: data.searchUrl },
    outro: remaining,
    unsubscribe: { label: UNSUBSCRIBE[locale], url: data.unsubscribeUrl },
  };
}
