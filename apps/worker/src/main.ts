/**
 * Worker process: the outbox relay plus the queue processors. It keeps no local state (the outbox rows and
 * the queues are the state), so any number of instances can run side by side.
 */
import { createPrismaClient, LocalFileStore } from '@talents/db';
import { Queue } from 'bullmq';
import { Indexer, createSearchEngine } from '@talents/search';
import { loadConfig, type WorkerConfig } from './config';
import { createLogger, errorMessage, type Logger } from './logger';
import { OutboxRelay } from './outbox/outbox-relay';
import { createDomainEventsWorker } from './processors/domain-events.processor';
import { createHandlerRegistry } from './processors/event-handlers';
import { eventHandlers } from './processors/handlers';
import { DomainEventPublisher } from './queues/domain-event-publisher';
import { QUEUE_NAMES } from './queues/definitions';
import { importRequestedHandler } from './imports/import-requested.handler';
import { createImportsWorker } from './imports/imports.processor';
import { createMaintenance, registerMaintenanceSchedules } from './scheduled/maintenance';
import { closeRedis, createProducerConnection } from './redis';

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
  const files = new LocalFileStore(config.FILE_STORE_DIR);
  // Producers of the mail and imports queues share the relay's producer connection (fail-fast command timeout).
  const mailQueue = new Queue(QUEUE_NAMES.mail, { connection: producer, prefix: config.QUEUE_PREFIX });
  const importsQueue = new Queue(QUEUE_NAMES.imports, { connection: producer, prefix: config.QUEUE_PREFIX });
  for (const queue of [mailQueue, importsQueue]) queue.on('error', (err) => logger.debug({ err: errorMessage(err), queue: queue.name }, 'queue producer error'));
  const registry = createHandlerRegistry([...eventHandlers, importRequestedHandler(importsQueue, config.JOB_ATTEMPTS)]);
  const indexer = new Indexer(prisma, createSearchEngine(config, prisma));
  const worker = createDomainEventsWorker({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, concurrency: config.WORKER_CONCURRENCY, registry, prisma, indexer, logger });

  const now = () => new Date();
  const accountMail = { mail: mailQueue, mailAttempts: config.JOB_ATTEMPTS, files, now };
  const maintenance = createMaintenance({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, prisma, logger, ...accountMail });
  const importsWorker = createImportsWorker({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, prisma, logger, ...accountMail });
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
        await relay.stop();
        // Waits for the jobs in progress to finish; no new job is taken. Closes the worker's own connections.
        await worker.close();
        await maintenance.worker.close();
        await maintenance.queue.close();
        await importsWorker.close();
        await mailQueue.close();
        await importsQueue.close();
        await publisher.close();
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
  const running = startWorker(config, logger);

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
    running.stop().then(
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
