/**
 * The producer side of the `mail` queue as handlers and scheduled tasks receive it: the queue and the number of
 * attempts from the configuration (see enqueueMail in mail-job.ts).
 */
import { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@talents/shared';
import { errorMessage, type Logger } from '../logger';
import { consumerConnectionOptions } from '../redis';

export interface MailQueue {
  queue: Queue;
  attempts: number;
}

export function createMailQueue(opts: { redisUrl: string; prefix: string; attempts: number; logger: Logger }): MailQueue {
  const queue = new Queue(QUEUE_NAMES.mail, { connection: consumerConnectionOptions(opts.redisUrl), prefix: opts.prefix });
  queue.on('error', (err) => opts.logger.debug({ err: errorMessage(err) }, 'mail queue error'));
  return { queue, attempts: opts.attempts };
}
