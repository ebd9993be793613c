/**
 * Search index sync: each event that changes what a candidate or offer document contains re-reads the row and
 * upserts or removes its document (idempotent: running twice gives the same index). PostgreSQL stays the source
 * of truth; if the engine is down the job fails and BullMQ retries it with backoff, so the index catches up.
 */
import { z } from 'zod';
import { defineEventHandler, type EventHandlerDefinition } from './event-handlers';

const anyPayload = z.record(z.string(), z.unknown());

const CANDIDATE_EVENTS = ['candidate.profile-updated'] as const;
const OFFER_EVENTS = ['offer.published', 'offer.updated', 'offer.unpublished', 'offer.closed'] as const;

const candidateHandlers = CANDIDATE_EVENTS.map((eventType) =>
  defineEventHandler({
    id: `search.sync-candidate.${eventType}`,
    version: 1,
    eventType,
    payloadSchema: anyPayload,
    handle: async (event, ctx) => {
      await ctx.indexer.syncCandidate(event.aggregateId);
    },
  }),
);

const offerHandlers = OFFER_EVENTS.map((eventType) =>
  defineEventHandler({
    id: `search.sync-offer.${eventType}`,
    version: 1,
    eventType,
    payloadSchema: anyPayload,
    handle: async (event, ctx) => {
      await ctx.indexer.syncOffer(event.aggregateId);
    },
  }),
);

/**
 * An erased account's document must go even if the API's own removal after commit failed; an archived one's
 * (retention) too, for an external engine (the PostgreSQL document went in the archiving transaction).
 */
const erasureHandlers = (['user.erased', 'user.archived'] as const).map((eventType) =>
  defineEventHandler({
    id: eventType === 'user.erased' ? 'search.remove-erased-candidate' : 'search.remove-archived-candidate',
    version: 1,
    eventType,
    payloadSchema: z.object({ candidateId: z.string().nullable().optional() }).passthrough(),
    handle: async (event, ctx) => {
      if (event.payload.candidateId) await ctx.indexer.syncCandidate(event.payload.candidateId);
    },
  }),
);

/** A company's name or status appears in its offers' documents. */
const companyHandler = defineEventHandler({
  id: 'search.sync-company-offers',
  version: 1,
  eventType: 'company.updated',
  payloadSchema: anyPayload,
  handle: async (event, ctx) => {
    const offers = await ctx.prisma.offer.findMany({ where: { companyId: event.aggregateId }, select: { id: true } });
    for (const offer of offers) await ctx.indexer.syncOffer(offer.id);
  },
});

export const searchSyncHandlers: readonly EventHandlerDefinition[] = [...candidateHandlers, ...offerHandlers, ...erasureHandlers, companyHandler] as EventHandlerDefinition[];
