/**
 * @talents/db — the Prisma client generated from prisma/schema.prisma, wired to PostgreSQL through the pg
 * driver adapter (Prisma 7 has no Rust query engine: queries run on node-postgres). Processes build their one
 * client with createPrismaClient (or extend PrismaClient with createPgAdapter, as Nest services do) and inject it.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type { PoolConfig } from 'pg';
import { Prisma, PrismaClient } from './generated/prisma/client';

export * from './generated/prisma/client';
export { skillSlug } from './skill-slug';
export { uuidv7 } from './uuid-v7';
export { hashToken, newOpaqueToken } from './one-time-token';
export { normaliseSkills, type NormalisedSkill, type SkillNormalisation } from './skill-normalise';
export { FILE_KEY_PATTERN, type FileStore, type StoredFileInfo } from './files/file-store';
export { LocalFileStore } from './files/local-file-store';
export { removePersonalData, lockAccount, archivedEmail, REMOVAL_EVENT_TYPES, type RemovalMode, type RemovedAccount } from './domain/personal-data-removal';
export { seedReferenceData } from './seed/reference-data';
export { recordEvent, type DomainEvent } from './domain/outbox';
export { notify } from './domain/notify';
export { closeOffer, expireOffers } from './domain/close-offer';
export { signLink, verifyLink, type LinkPurpose } from './link-signing';

export interface PoolOptions {
  /** Maximum connections of this process's pool (node-postgres default: 10). */
  max?: number;
  /** Shown in pg_stat_activity, handy to tell the API from the worker. */
  applicationName?: string;
}

export interface CreatePrismaClientOptions extends PoolOptions {
  log?: Prisma.LogLevel[];
}

export function createPgAdapter(databaseUrl: string, opts: PoolOptions = {}): PrismaPg {
  const pool: PoolConfig = { connectionString: databaseUrl };
  if (opts.max !== undefined) pool.max = opts.max;
  if (opts.applicationName !== undefined) pool.application_name = opts.applicationName;
  return new PrismaPg(pool);
}

export function createPrismaClient(databaseUrl: string, opts: CreatePrismaClientOptions = {}): PrismaClient {
  return new PrismaClient({ adapter: createPgAdapter(databaseUrl, opts), log: opts.log ?? [] });
}

/** What repositories accept so that they work both inside and outside a transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
