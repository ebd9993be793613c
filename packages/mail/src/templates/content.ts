/**
 * One shape for every mail: paragraphs, an optional list of items, an optional call to action, closing
 * paragraphs and, for alert mails, the unsubscribe line. Rendering it to plain text and to HTML in one place
 * keeps the two parts identical in substance and escapes every value that reaches the HTML.
 */
import type { Locale } from '@talents/shared';

export interface Link {
  label: string;
  url: string;
}

export interface ListItem {
  title: string;
  detail?: string;
  url?: string;
}

export interface MailContent {
  subject: string;
  intro: string[];
  items?: ListItem[];
  action?: Link;
  /** Closing paragraphs; a link is written "label : url" in text and as an anchor in HTML. */
  outro?: (string | Link)[];
  unsubscribe?: Link;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE: Record<Locale, string> = { fr: 'L’équipe de la Banque des talents', en: 'The talent bank team' };

export function renderContent(locale: Locale, content: MailContent): RenderedMail {
  const signature = SIGNATURE[locale];
  const text = [
    ...content.intro,
    ...(content.items?.length ? [content.items.map(itemText).join('\n\n')] : []),
    ...(content.action ? [`${content.action.label} : ${content.action.url}`] : []),
    ...(content.outro ?? []).map((p) => (typeof p === 'string' ? p : `${p.label} : ${p.url}`)),
    `— ${signature}`,
    ...(content.unsubscribe ? [`${content.unsubscribe.label} : ${content.unsubscribe.url}`] : []),
  ].join('\n\n');

  const html = [
    `<!doctype html><html lang="${locale}"><body>`,
    ...content.intro.map((p) => `<p>${escapeHtml(p)}</p>`),
    content.items?.length ? `<ul>${content.items.map(itemHtml).join('')}</ul>` : '',
    content.action ? `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>` : '',
    ...(content.outro ?? []).map((p) => (typeof p === 'string' ? `<p>${escapeHtml(p)}</p>` : `<p><a href="${escapeHtml(p.url)}">${escapeHtml(p.label)}</a></p>`)),
    `<p>— ${escapeHtml(signature)}</p>`,
    content.unsubscribe ? `<p><small><a href="${escapeHtml(content.unsubscribe.url)}">${escapeHtml(content.unsubscribe.label)}</a></small></p>` : '',
    '</body></html>',
  ].join('');
  return { subject: content.subject, text, html };
}

function itemText(item: ListItem): string {
  return [`- ${item.title}`, item.detail ? `  ${item.detail}` : '', item.url ? `  ${item.url}` : ''].filter(Boolean).join('\n');
}

function itemHtml(item: ListItem): string {
  const title = item.url ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>` : escapeHtml(item.title);
  return `<li>${title}${item.detail ? `<br>${escapeHtml(item.detail)}` : ''}</li>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Dates in mails are days, in the region's time zone. */
export function formatDay(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

export function formatEuros(locale: Locale, amount: number): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}
