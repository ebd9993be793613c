/**
 * Passwords (argon2id) and opaque tokens (random, stored only as SHA-256). A dummy hash is verified when an
 * e-mail is unknown, so login takes the same time whether or not the account exists.
 */
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
// `Algorithm` is an ambient const enum, unusable under isolatedModules: 2 is its Argon2id member.
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash('dummy-password-for-timing', ARGON2);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Shared with the worker, which makes the import invitation's token when it sends the mail. */
export { hashToken, newOpaqueToken } from '@talents/db';
