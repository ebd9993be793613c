/**
 * Alerts: a published offer goes to the OFFERS alerts it matches, a published or updated profile (PUBLIC or
 * ANONYMOUS; an update that leaves it HIDDEN alerts nobody) to the TALENTS alerts it matches. The fan-out builds
 * the item's search document itself from PostgreSQL rather than reading the search index, so it neither waits
 * for nor depends on the index sync that reacts to the same event (which may run later, fail and retry, or
 * target Meilisearch).
 */
import { z } from 'zod';
import { fanOutCandidate, fanOutOffer, type FanOutDeps, type FanOutResult } from '../alerts/alert-fan-out';
import { defineEventHandler, type EventHandlerDefinition } from './event-handlers';

type FanOut = (deps: FanOutDeps, itemId: string, eventAt: Date) => Promise<FanOutResult>;

const FAN_OUTS: [id: string, eventType: string, fanOut: FanOut][] = [
  ['alerts.fan-out-offer', 'offer.published', fanOutOffer],
  ['alerts.fan-out-candidate', 'candidate.profile-updated', fanOutCandidate],
];

export const alertFanOutHandlers: readonly EventHandlerDefinition[] = FAN_OUTS.map(([id, eventType, fanOut]) =>
  defineEventHandler({
    id,
    version: 1,
    eventType,
    // The item is re-read from the database: the payload's facts may be stale by now.
    payloadSchema: z.record(z.string(), z.unknown()),
    handle: async (event, ctx) => {
      await fanOut({ prisma: ctx.prisma, mail: ctx.mail, logger: ctx.logger }, event.aggregateId, new Date(event.createdAt));
    },
  }),
) as EventHandlerDefinition[];
