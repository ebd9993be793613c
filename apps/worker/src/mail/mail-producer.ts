/**
 * The `mail` queue as handlers see it: a thin producer over the worker's fail-fast Redis connection (see
 * redis.ts), so a handler that queues mails while Redis is down fails at once and its event is retried,
 * instead of hanging on a connection that may never come back.
 */
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { QUEUE_NAMES } from '@talents/shared';
import { errorMessage, type Logger } from '../logger';

export function createMailProducer(connection: Redis, prefix: string, logger: Logger): Queue {
  const queue = new Queue(QUEUE_NAMES.mail, { connection, prefix, skipWaitingForReady: true, skipVersionCheck: true });
  // Without a listener an 'error' event would crash the process; the failing job reports the error itself.
  queue.on('error', (err) => logger.debug({ err: errorMessage(err) }, 'mail queue error'));
  return queue;
}
