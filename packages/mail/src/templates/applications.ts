/**
 * Pipeline mails (sent by the worker): the weekly nudge to recruiters about applications still waiting for an
 * answer, and the notice to a candidate that an offer they applied to has closed.
 */
import type { Locale } from '@talents/shared';
import { formatDay, type MailContent } from './content';

export interface ApplicationTemplateData {
  'nudge.unanswered-applications': {
    companyName: string;
    /** One line per offer: how many applications wait, since when (ISO date of the oldest). */
    offers: { title: string; waiting: number; oldestAt: string; url: string }[];
    total: number;
  };
  'application.offer-closed': { offerTitle: string; companyName: string; applicationsUrl: string; offersUrl: string };
}

export function unansweredNudgeContent(locale: Locale, data: ApplicationTemplateData['nudge.unanswered-applications']): MailContent {
  const fr = locale === 'fr';
  return {
    subject: fr
      ? `${data.total} candidature(s) attendent votre réponse depuis plus de 7 jours`
      : `${data.total} application(s) have been waiting for your answer for over 7 days`,
    intro: [
      fr
        ? `Des candidats attendent une réponse de ${data.companyName}. Même un refus motivé les aide : répondre à chacun, c’est la première attente des candidats.`
        : `Candidates are waiting for an answer from ${data.companyName}. Even a reasoned rejection helps: hearing back is what candidates ask for first.`,
    ],
    items: data.offers.map((offer) => ({
      title: offer.title,
      detail: fr
        ? `${offer.waiting} candidature(s) sans réponse, la plus ancienne du ${formatDay(locale, offer.oldestAt)}`
        : `${offer.waiting} unanswered application(s), the oldest from ${formatDay(locale, offer.oldestAt)}`,
      url: offer.url,
    })),
  };
}

export function offerClosedContent(locale: Locale, data: ApplicationTemplateData['application.offer-closed']): MailContent {
  const fr = locale === 'fr';
  return {
    subject: fr ? `L’offre « ${data.offerTitle} » est clôturée` : `The offer “${data.offerTitle}” is closed`,
    intro: [
      fr
        ? `L’offre « ${data.offerTitle} » de ${data.companyName}, à laquelle vous avez postulé, est clôturée : elle ne recevra plus de candidatures.`
        : `The offer “${data.offerTitle}” from ${data.companyName}, which you applied to, is closed: it no longer takes applications.`,
    ],
    action: { label: fr ? 'Voir mes candidatures' : 'See my applications', url: data.applicationsUrl },
    outro: [{ label: fr ? 'Voir les autres offres' : 'See other offers', url: data.offersUrl }],
  };
}
