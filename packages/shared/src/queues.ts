/**
 * BullMQ queue names, shared by the worker (producers and consumers) and the API (queue depth in /health,
 * the admin queue dashboard, the import producer). Payload schemas live with the worker's job definitions.
 */
export const QUEUE_NAMES = {
  /** Outbox events relayed from PostgreSQL. */
  domainEvents: 'domain-events',
  /** Scheduled housekeeping: offer expiry, digests, nudges, retention. */
  maintenance: 'maintenance',
  /** Outgoing e-mail, with retries and backoff. */
  mail: 'mail',
  /** Bulk candidate imports. */
  imports: 'imports',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];
export const ALL_QUEUE_NAMES: readonly QueueName[] = Object.values(QUEUE_NAMES);
