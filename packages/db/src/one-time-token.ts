/**
 * One-time link tokens (e-mail check, password reset, import invitation), shared by the API's auth and the
 * worker's mails: 32 random bytes in base64url in the link, only their SHA-256 in the database, so a database
 * leak gives no usable link.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newOpaqueToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
