/** @talents/mail — one mail implementation for the API (account mails) and the worker (the `mail` queue). */
export { Mailer, type MailerOptions, type OutgoingMail, type SentMail } from './mailer';
export { renderMail, isTemplateName, type TemplateData, type TemplateName, type RenderedMail, type AlertItem, type OfferItem, type TalentItem } from './templates';
