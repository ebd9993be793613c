/**
 * The template registry: French and English, plain text and HTML. Each template is a function of typed data,
 * so the compiler checks every placeholder; the API and the worker render through renderMail only.
 */
import type { Locale } from '@talents/shared';
import { accountContent, type AccountTemplateData } from './account';
import { alertDigestContent, alertInstantContent, type AlertTemplateData } from './alerts';
import { offerClosedContent, unansweredNudgeContent, type ApplicationTemplateData } from './applications';
import { renderContent, type MailContent, type RenderedMail } from './content';
import { importInvitationContent, inactivityWarningContent, type LifecycleTemplateData } from './lifecycle';

export type { RenderedMail } from './content';
export type { AlertItem, OfferItem, TalentItem } from './alerts';

export type TemplateData = AccountTemplateData & AlertTemplateData & ApplicationTemplateData & LifecycleTemplateData;
export type TemplateName = keyof TemplateData;

const BUILDERS: { [K in TemplateName]: (locale: Locale, data: TemplateData[K]) => MailContent } = {
  'verify-email': (locale, data) => accountContent('verify-email', locale, data),
  'reset-password': (locale, data) => accountContent('reset-password', locale, data),
  'password-changed': (locale, data) => accountContent('password-changed', locale, data),
  'company-invitation': (locale, data) => accountContent('company-invitation', locale, data),
  'alert.instant': alertInstantContent,
  'alert.digest': alertDigestContent,
  'nudge.unanswered-applications': unansweredNudgeContent,
  'application.offer-closed': offerClosedContent,
  'import.invitation': importInvitationContent,
  'account.inactivity-warning': inactivityWarningContent,
};

export function isTemplateName(name: string): name is TemplateName {
  return Object.prototype.hasOwnProperty.call(BUILDERS, name);
}

export function renderMail<K extends TemplateName>(name: K, locale: Locale, data: TemplateData[K]): RenderedMail {
  return renderContent(locale, BUILDERS[name](locale, data));
}
