/**
 * Keeps the search indexes in step with PostgreSQL, the source of truth. syncCandidate/syncOffer are what the
 * worker calls for each outbox event (profile or offer changed, account erased): they read the row again and
 * upsert its document, or remove it when the row is gone, HIDDEN or unpublished. reindex rebuilds a whole
 * index in batches (cli reindex).
 */
import type { PrismaClient } from '@talents/db';
import { candidateDocument, offerDocument, type CandidateDocument, type OfferDocument } from './documents';
import type { IndexName, SearchEngine } from './search-engine';

export const REINDEX_BATCH_SIZE = 1000;

const CANDIDATE_INCLUDE = {
  skills: { select: { level: true, skill: { select: { name: true, slug: true } } } },
  roleFamilies: { select: { roleFamilyCode: true } },
} as const;

const OFFER_INCLUDE = {
  company: { select: { name: true, verifiedAt: true, suspendedAt: true } },
  skills: { select: { required: true, skill: { select: { name: true, slug: true } } } },
} as const;

export interface ReindexProgress {
  index: IndexName;
  done: number;
  total: number;
  indexed: number;
  removed: number;
}

/** The searchable document of a profile, read now from PostgreSQL; null when the profile is gone or HIDDEN. */
export async function loadCandidateDocument(prisma: PrismaClient, id: string): Promise<CandidateDocument | null> {
  const row = await prisma.candidateProfile.findUnique({ where: { id }, include: CANDIDATE_INCLUDE });
  return row ? candidateDocument(row) : null;
}

/** The searchable document of an offer, read now from PostgreSQL; null when the offer is gone or not published. */
export async function loadOfferDocument(prisma: PrismaClient, id: string): Promise<OfferDocument | null> {
  const row = await prisma.offer.findUnique({ where: { id }, include: OFFER_INCLUDE });
  return row ? offerDocument(row) : null;
}

/** Used by the API (IndexerService), the worker's index-sync handlers and the reindex command. */
export class Indexer {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly engine: SearchEngine,
  ) {}

  /** Returns whether the profile is now in the index. */
  async syncCandidate(id: string): Promise<boolean> {
    const doc = await loadCandidateDocument(this.prisma, id);
    if (doc) await this.engine.upsert('candidates', [doc]);
    else await this.engine.remove('candidates', [id]);
    return doc !== null;
  }

  /** Returns whether the offer is now in the index. */
  async syncOffer(id: string): Promise<boolean> {
    const doc = await loadOfferDocument(this.prisma, id);
    if (doc) await this.engine.upsert('offers', [doc]);
    else await this.engine.remove('offers', [id]);
    return doc !== null;
  }

  /**
   * Walks every row of the source table by id (keyset pagination, stable under concurrent writes), upserting
   * searchable documents and removing the others. Documents of rows deleted meanwhile are removed by their
   * own sync events.
   */
  async reindex(index: IndexName, onProgress?: (p: ReindexProgress) => void): Promise<ReindexProgress> {
    const total = index === 'candidates' ? await this.prisma.candidateProfile.count() : await this.prisma.offer.count();
    const progress: ReindexProgress = { index, done: 0, total, indexed: 0, removed: 0 };
    let cursor: string | undefined;
    for (;;) {
      const page = { take: REINDEX_BATCH_SIZE, orderBy: { id: 'asc' as const }, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) };
      const rows =
        index === 'candidates'
          ? await this.prisma.candidateProfile.findMany({ ...page, include: CANDIDATE_INCLUDE })
          : await this.prisma.offer.findMany({ ...page, include: OFFER_INCLUDE });
      if (rows.length === 0) break;
      const docs: (CandidateDocument | OfferDocument)[] = [];
      const gone: string[] = [];
      for (const row of rows) {
        const doc = index === 'candidates' ? candidateDocument(row as never) : offerDocument(row as never);
        if (doc) docs.push(doc);
        else gone.push(row.id);
      }
      await this.engine.upsert(index, docs as never[]);
      await this.engine.remove(index, gone);
      progress.done += rows.length;
      progress.indexed += docs.length;
      progress.removed += gone.length;
      onProgress?.({ ...progress });
      cursor = rows[rows.length - 1]!.id;
    }
    await this.engine.compact?.(index);
    return progress;
  }
}
