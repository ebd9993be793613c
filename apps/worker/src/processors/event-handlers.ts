/**
 * Domain-event handlers and their registry. A handler is a versioned definition (id, version, the event type it
 * reacts to, a zod schema of that event's payload, the handler function). Several handlers may react to the same
 * event type (e.g. search index sync and alerts); they run in the job of that event, so a retry re-runs all of
 * them: handlers must be idempotent.
 */
import type { PrismaClient } from '@talents/db';
import type { Indexer } from '@talents/search';
import type { z } from 'zod';
import type { Logger } from '../logger';
import type { MailQueue } from '../mail/mail-queue';
import type { DomainEventJob } from '../queues/definitions';

export interface HandlerContext {
  prisma: PrismaClient;
  /** Keeps the search index in step with PostgreSQL. */
  indexer: Indexer;
  /** Where handlers queue mails (`enqueueMail(ctx.mail.queue, job, dedupeKey, ctx.mail.attempts)`). */
  mail: MailQueue;
  /** Child logger already bound to the event id, type and handler id. */
  logger: Logger;
  /** 1 on the first run of the job, 2 on its first retry, … */
  attempt: number;
}

export type TypedDomainEvent<TPayload> = Omit<DomainEventJob, 'payload'> & { payload: TPayload };

export interface EventHandlerDefinition<TPayload = unknown> {
  /** Stable identifier, e.g. `search.sync-candidate`. */
  id: string;
  /** Bumped when the handler's expectations of the payload change. */
  version: number;
  eventType: string;
  payloadSchema: z.ZodType<TPayload>;
  handle(event: TypedDomainEvent<TPayload>, ctx: HandlerContext): Promise<void>;
}

export function defineEventHandler<TPayload>(definition: EventHandlerDefinition<TPayload>): EventHandlerDefinition<TPayload> {
  return definition;
}

export type HandlerRegistry = ReadonlyMap<string, readonly EventHandlerDefinition[]>;

/** Groups handlers by event type; a duplicated handler id is a programming error caught at start-up. */
export function createHandlerRegistry(definitions: readonly EventHandlerDefinition[]): HandlerRegistry {
  const registry = new Map<string, EventHandlerDefinition[]>();
  const ids = new Set<string>();
  for (const definition of definitions) {
    if (ids.has(definition.id)) throw new Error(`Duplicate event handler id: ${definition.id}`);
    ids.add(definition.id);
    const list = registry.get(definition.eventType) ?? [];
    list.push(definition);
    registry.set(definition.eventType, list);
  }
  return registry;
}


