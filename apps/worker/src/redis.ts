/**
 * Redis connections. The producer (outbox relay) and the consumer (BullMQ Worker) need opposite settings:
 * - producer: fail fast (no offline queue, a command timeout), because a failed publish simply leaves the events
 *   in the outbox for the next attempt — waiting on a dead Redis would only hold database locks. The relay owns
 *   this connection (it checks its status before publishing);
 * - consumer: wait forever (`maxRetriesPerRequest: null`, required by BullMQ for its blocking commands). BullMQ
 *   owns these connections (it creates and closes them), which keeps its shutdown clean while Redis is down.
 * Both reconnect by themselves, with a capped delay.
 */
import type { ConnectionOptions } from 'bullmq';
import Redis from 'ioredis';
import type { Logger } from './logger';

const retryStrategy = (times: number): number => Math.min(times * 250, 5000);
/** ioredis keeps a timer (2 s by default) after disconnecting a dead socket; shorter lets a stopped process exit. */
const disconnectTimeout = 500;

export interface ProducerConnectionOptions {
  url: string;
  commandTimeoutMs: number;
  logger: Logger;
}

export function createProducerConnection({ url, commandTimeoutMs, logger }: ProducerConnectionOptions): Redis {
  const client = new Redis(url, {
    connectionName: 'talents-worker-producer',
    connectTimeout: Math.max(commandTimeoutMs, 2000),
    retryStrategy,
    disconnectTimeout,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: commandTimeoutMs,
  });

  // ioredis emits an error on every failed reconnect: log the first of a streak, then stay quiet until it recovers.
  let failing = false;
  client.on('error', (err: Error) => {
    if (failing) return;
    failing = true;
    logger.warn({ redis: 'producer', err: err.message }, 'redis connection error');
  });
  client.on('ready', () => {
    if (failing) logger.info({ redis: 'producer' }, 'redis connection restored');
    failing = false;
  });
  return client;
}

/** Options (not a client) so that BullMQ owns the consumer connections; it forces maxRetriesPerRequest: null. */
export function consumerConnectionOptions(url: string): ConnectionOptions {
  return { url, connectionName: 'talents-worker-consumer', connectTimeout: 5000, retryStrategy, disconnectTimeout };
}

/** Polite QUIT, falling back to a hard disconnect when Redis is unreachable (QUIT would never be answered). */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}

/**
 * A plain command connection for small bookkeeping inside jobs (the mail cap): commands issued while it
 * (re)connects wait briefly in the offline queue, then fail, and the job is retried by BullMQ.
 */
export function createCommandConnection(url: string, commandTimeoutMs: number): Redis {
  return new Redis(url, { connectionName: 'talents-worker-commands', retryStrategy, disconnectTimeout, maxRetriesPerRequest: 2, commandTimeout: commandTimeoutMs });
}
