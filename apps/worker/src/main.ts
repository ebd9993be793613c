/**
 * Worker process: the outbox relay plus the queue processors. It keeps no local state (the outbox rows and
 * the queues are the state), so any number of instances can run side by side.
 */
import { createPrismaClient, LocalFileStore } from '@talents/db';
import { Mailer } from '@talents/mail';
import { Indexer, createSearchEngine } from '@talents/search';
import { Queue } from 'bullmq';
import { loadConfig, type WorkerConfig } from './config';
import { createLogger, errorMessage, type Logger } from './logger';
import { DailyMailCap } from './mail/daily-cap';
import { createMailWorker } from './mail/mail.processor';
import { createMailQueue } from './mail/mail-queue';
import { OutboxRelay } from './outbox/outbox-relay';
import { createDomainEventsWorker } from './processors/domain-events.processor';
import { createHandlerRegistry } from './processors/event-handlers';
import { eventHandlers } from './processors/handlers';
import { DomainEventPublisher } from './queues/domain-event-publisher';
import { QUEUE_NAMES } from './queues/definitions';
import { importRequestedHandler } from './imports/import-requested.handler';
import { createImportsWorker } from './imports/imports.processor';
import { createMaintenance, registerMaintenanceSchedules } from './scheduled/maintenance';
import { closeRedis, createCommandConnection, createProducerConnection } from './redis';

export interface RunningWorker {
  stop(): Promise<void>;
}

export function startWorker(config: WorkerConfig, logger: Logger): RunningWorker {
  const prisma = createPrismaClient(config.DATABASE_URL, { max: config.DATABASE_POOL_SIZE, applicationName: 'talents-worker' });
  const producer = createProducerConnection({ url: config.REDIS_URL, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS, logger });

  const publisher = new DomainEventPublisher({ connection: producer, prefix: config.QUEUE_PREFIX, attempts: config.JOB_ATTEMPTS, logger });
  const relay = new OutboxRelay({
    prisma,
    publisher,
    logger,
    batchSize: config.OUTBOX_BATCH,
    pollMs: config.OUTBOX_POLL_MS,
    maxBackoffMs: config.OUTBOX_MAX_BACKOFF_MS,
    publishTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
  });
  // The imports queue's producer shares the relay's connection (fail-fast command timeout).
  const importsQueue = new Queue(QUEUE_NAMES.imports, { connection: producer, prefix: config.QUEUE_PREFIX });
  importsQueue.on('error', (err) => logger.debug({ err: errorMessage(err) }, 'imports queue error'));
  const registry = createHandlerRegistry([...eventHandlers, importRequestedHandler(importsQueue, config.JOB_ATTEMPTS)]);
  const indexer = new Indexer(prisma, createSearchEngine(config, prisma));
  const mail = createMailQueue({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, attempts: config.JOB_ATTEMPTS, logger });
  const worker = createDomainEventsWorker({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, concurrency: config.WORKER_CONCURRENCY, registry, prisma, indexer, mail, logger });

  const mailer = new Mailer({ transport: config.MAIL_TRANSPORT, dir: config.MAIL_DIR, from: config.MAIL_FROM, smtpUrl: config.SMTP_URL });
  const commands = createCommandConnection(config.REDIS_URL, config.REDIS_COMMAND_TIMEOUT_MS);
  commands.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis command connection error'));
  const mailWorker = createMailWorker({
    redisUrl: config.REDIS_URL,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.MAIL_CONCURRENCY,
    prisma,
    mailer,
    cap: new DailyMailCap(commands, config.QUEUE_PREFIX, config.MAIL_DAILY_CAP_PER_USER),
    logger,
    links: { webUrl: config.WEB_URL.replace(/\/+$/, ''), apiPublicUrl: config.API_PUBLIC_URL.replace(/\/+$/, '') },
    linkSecret: config.LINK_SIGNING_SECRET,
    now: () => new Date(),
  });

  const files = new LocalFileStore(config.FILE_STORE_DIR);
  const maintenance = createMaintenance({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, prisma, logger, mail, files, now: () => new Date() });
  const importsWorker = createImportsWorker({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, prisma, logger, mail, files, now: () => new Date() });
  // Redis may be down at start: keep trying until the schedules are registered.
  let scheduleRetry: NodeJS.Timeout | undefined;
  const registerSchedules = (): void => {
    registerMaintenanceSchedules(maintenance.queue).catch((err: unknown) => {
      logger.warn({ err: errorMessage(err) }, 'maintenance schedules not registered yet, retrying in 30 s');
      scheduleRetry = setTimeout(registerSchedules, 30_000);
      scheduleRetry.unref();
    });
  };
  registerSchedules();

  relay.start();
  logger.info(
    { queuePrefix: config.QUEUE_PREFIX, concurrency: config.WORKER_CONCURRENCY, handlers: [...registry.keys()], pollMs: config.OUTBOX_POLL_MS, batch: config.OUTBOX_BATCH },
    'worker started',
  );

  let stopping: Promise<void> | null = null;
  return {
    stop() {
      stopping ??= (async () => {
        clearTimeout(scheduleRetry);
        // A queue or worker closed while its connection is still starting rejects that start-up after its error
        // listeners are gone, which crashes the process (seen on a SIGTERM right after start): let each finish
        // starting first, for a bounded time since Redis may be down.
        const starting = [worker, maintenance.worker, maintenance.queue, importsWorker, importsQueue, mailWorker, mail.queue];
        await Promise.race([Promise.allSettled(starting.map((part) => part.waitUntilReady())), new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
        await relay.stop();
        // Waits for the jobs in progress to finish; no new job is taken. Closes the worker's own connections.
        await worker.close();
        await maintenance.worker.close();
        await maintenance.queue.close();
        await importsWorker.close();
        await importsQueue.close();
        // After the producers above (handlers, digests) have stopped queueing mails; the mail in flight is finished.
        await mailWorker.close();
        await mail.queue.close();
        mailer.close();
        await publisher.close();
        await closeRedis(commands);
        await closeRedis(producer);
        await prisma.$disconnect();
      })();
      return stopping;
    },
  };
}

function main(): void {
  const config = loadConfig();
  const logger = createLogger(config);
  // Handlers first: until Node has one, SIGTERM kills the process outright (an orchestrator stopping a worker
  // that has just logged "worker started" would get no graceful shutdown).
  let running: RunningWorker | undefined;

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (signalled) {
      logger.warn({ signal }, 'shutdown already in progress');
      return;
    }
    signalled = true;
    logger.info({ signal }, 'worker stopping');
    // A job that never ends must not keep a stopped container alive forever.
    const deadline = setTimeout(() => {
      logger.error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'graceful shutdown timed out');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    deadline.unref();
    (running?.stop() ?? Promise.resolve()).then(
      () => {
        clearTimeout(deadline);
        logger.info('worker stopped');
        // Remaining handles (if any) belong to libraries we have closed; exit rather than linger.
        logger.flush();
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err: errorMessage(err) }, 'error during shutdown');
        logger.flush();
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  running = startWorker(config, logger);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    // The logger may not exist yet (bad configuration): stderr is the only channel left.
    process.stderr.write(`Worker failed to start: ${errorMessage(err, 2000)}\n`);
    process.exit(1);
  }
}
