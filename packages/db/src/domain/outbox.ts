/**
 * Transactional outbox: a domain event is a row written in the same transaction as the change it describes,
 * so it is never lost when Redis is down; the worker's relay publishes it to the queues later.
 */
import type { Prisma } from '../generated/prisma/client';

export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  /** Identifiers and facts needed by consumers; never personal data (consumers read it from the database). */
  payload?: Prisma.InputJsonObject;
}

export async function recordEvent(tx: Prisma.TransactionClient, event: DomainEvent): Promise<void> {
  await tx.outboxEvent.create({
    data: { type: event.type, aggregateType: event.aggregateType, aggregateId: event.aggregateId, payload: event.payload ?? {} },
  });
}
