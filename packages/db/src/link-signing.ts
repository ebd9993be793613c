/**
 * Signed links for mails (one-click alert unsubscribe): `<subject>.<purpose-bound HMAC-SHA256>`, base64url.
 * The worker signs when it writes a mail, the API verifies when the link is followed; both read the same
 * LINK_SIGNING_SECRET. No expiry: an unsubscribe link must keep working as long as mails carrying it exist.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkPurpose = 'alert-unsubscribe';

function mac(secret: string, purpose: LinkPurpose, subject: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\n${subject}`).digest();
}

export function signLink(secret: string, purpose: LinkPurpose, subject: string): string {
  if (subject.includes('.')) throw new Error('link subject must not contain "."');
  return `${subject}.${mac(secret, purpose, subject).toString('base64url')}`;
}

/** The subject the token was signed for, or null when it was not signed with this secret and purpose. */
export function verifyLink(secret: string, purpose: LinkPurpose, token: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const subject = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = mac(secret, purpose, subject);
  return given.length === expected.length && timingSafeEqual(given, expected) ? subject : null;
}
