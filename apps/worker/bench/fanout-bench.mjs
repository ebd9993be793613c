/**
 * Alert fan-out bench: `pnpm --filter @talents/worker bench:fanout [-- --alerts N] [-- --runs N]` (root:
 * `pnpm bench:fanout`). In a throwaway database (created, migrated, dropped) it writes N users (10,000) with one
 * matching INSTANT offer alert each, then publishes an offer the way the API does (status + outbox event) and
 * times, through the real worker pieces (outbox relay → `domain-events` queue on Redis → handlers), the moment
 * the event is picked up until its job completes: every delivery and notification written, every mail job queued
 * (counts checked). Each run publishes a new offer. The same run times one bulk INSERT of the same notification
 * rows as the floor to compare with. Writes the "Alert fan-out" section of docs/benchmarks.md.
 * Queues live under a random key prefix on the shared Redis and are obliterated at the end.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const dist = join(here, '..', 'dist');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const ALERTS = option('--alerts', 10_000);
const RUNS = option('--runs', 3);
const KEEP = args.includes('--keep');
const TARGET_MS = 10_000;
const log = (line) => process.stderr.write(`${line}\n`);

if (!existsSync(join(dist, 'main.js'))) throw new Error('apps/worker/dist is missing: run `pnpm --filter @talents/worker build` first');
const { createTestDatabase, dropTestDatabase } = require(join(repoRoot, 'packages/db/testing/test-database.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const elapsed = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/** 10,000 candidates with an INSTANT alert each ("développeur", Développement, Lille) and one verified company. */
async function seed(prisma) {
  const { withSirenKey } = require('@talents/shared');
  await prisma.$executeRawUnsafe(`
    INSERT INTO users (id, email, role, updated_at)
    SELECT gen_random_uuid(), 'bench.' || g || '@example.fr', 'CANDIDATE', now() FROM generate_series(1, ${ALERTS}) AS g`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO alerts (id, user_id, kind, name, query, filters, frequency, updated_at)
    SELECT gen_random_uuid(), u.id, 'OFFERS', 'Dev à Lille', 'développeur',
      '{"roleFamily": ["DEV"], "basin": ["LILLE"], "contractType": ["CDI", "CDD"]}'::jsonb, 'INSTANT', now()
    FROM users u WHERE u.role = 'CANDIDATE'`);
  const recruiter = await prisma.user.create({ data: { email: 'bench.recruiter@example.fr', role: 'RECRUITER' } });
  const company = await prisma.company.create({
    data: { name: 'Bench Startup', siren: withSirenKey('12345678'), size: 'MICRO', basinCode: 'LILLE', verifiedAt: new Date(), memberships: { create: { userId: recruiter.id, role: 'OWNER' } } },
  });
  await prisma.$executeRawUnsafe('ANALYZE');
  return { recruiterId: recruiter.id, companyId: company.id };
}

/** What POST /offers/:id/publish writes: the published offer and its outbox event, in one transaction. */
async function publishOffer(prisma, { recruiterId, companyId }, n) {
  const { recordEvent } = require('@talents/db');
  return prisma.$transaction(async (tx) => {
    const offer = await tx.offer.create({
      data: {
        companyId, createdById: recruiterId, title: `Développeur·se TypeScript n°${n}`, description: 'Une startup lilloise recrute.',
        roleFamilyCode: 'DEV', contractType: 'CDI', basinCode: 'LILLE', remotePolicy: 'HYBRID', salaryMin: 38000, salaryMax: 45000,
        experienceLevel: 'JUNIOR', status: 'PUBLISHED', publishedAt: new Date(), expiresAt: new Date(Date.now() + 30 * 864e5),
      },
    });
    await recordEvent(tx, { type: 'offer.published', aggregateType: 'offer', aggregateId: offer.id, payload: { companyId } });
    return offer.id;
  });
}

async function main() {
  const db = await createTestDatabase('talents_bench_fanout');
  log(`database ${db.name}`);
  const prefix = `talents-bench-${randomBytes(4).toString('hex')}`;
  Object.assign(process.env, { DATABASE_URL: db.url, QUEUE_PREFIX: prefix, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  const { createPrismaClient } = require('@talents/db');
  const { Indexer, createSearchEngine } = require('@talents/search');
  const { Queue } = require('bullmq');
  const { loadConfig } = require(join(dist, 'config.js'));
  const { createLogger } = require(join(dist, 'logger.js'));
  const { OutboxRelay } = require(join(dist, 'outbox/outbox-relay.js'));
  const { DomainEventPublisher } = require(join(dist, 'queues/domain-event-publisher.js'));
  const { createDomainEventsWorker } = require(join(dist, 'processors/domain-events.processor.js'));
  const { createHandlerRegistry } = require(join(dist, 'processors/event-handlers.js'));
  const { eventHandlers } = require(join(dist, 'processors/handlers.js'));
  const { createMailQueue } = require(join(dist, 'mail/mail-queue.js'));
  const { closeRedis, consumerConnectionOptions, createProducerConnection } = require(join(dist, 'redis.js'));

  const config = loadConfig();
  const logger = createLogger(config);
  const prisma = createPrismaClient(config.DATABASE_URL, { max: config.DATABASE_POOL_SIZE, applicationName: 'talents-bench-fanout' });
  const producer = createProducerConnection({ url: config.REDIS_URL, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS, logger });
  const publisher = new DomainEventPublisher({ connection: producer, prefix, attempts: 1, logger });
  const relay = new OutboxRelay({ prisma, publisher, logger, batchSize: 100, pollMs: 20, maxBackoffMs: 200, publishTimeoutMs: 5000 });
  const mail = createMailQueue({ redisUrl: config.REDIS_URL, prefix, attempts: 3, logger });
  const mailQueue = mail.queue;
  const domainEvents = new Queue(require('@talents/shared').QUEUE_NAMES.domainEvents, { connection: consumerConnectionOptions(config.REDIS_URL), prefix });
  const completed = new Map();
  const worker = createDomainEventsWorker({
    redisUrl: config.REDIS_URL, prefix, concurrency: 1, registry: createHandlerRegistry(eventHandlers), prisma,
    indexer: new Indexer(prisma, createSearchEngine(config, prisma)), mail, logger,
  });
  worker.on('completed', (job) => completed.get(job.id)?.resolve());
  worker.on('failed', (job, err) => completed.get(job.id)?.reject(err));
  try {
    await worker.waitUntilReady();
    await new Promise((r) => (producer.status === 'ready' ? r() : producer.once('ready', r)));
    log(`seeding ${ALERTS} users and alerts…`);
    const fixtures = await seed(prisma);

    const fanOut = [];
    for (let run = 1; run <= RUNS; run++) {
      const offerId = await publishOffer(prisma, fixtures, run);
      const event = await prisma.outboxEvent.findFirstOrThrow({ where: { aggregateId: offerId } });
      const done = new Promise((resolve, reject) => completed.set(event.id, { resolve, reject }));
      const t0 = process.hrtime.bigint();
      await relay.relayOnce();
      await done;
      const took = elapsed(t0);
      const notifications = await prisma.$queryRaw`SELECT count(*)::int AS n FROM notifications WHERE payload->>'itemId' = ${offerId}`;
      const mails = (await mailQueue.getJobCounts('waiting')).waiting;
      if (notifications[0].n !== ALERTS || mails !== ALERTS * run) throw new Error(`run ${run}: ${notifications[0].n} notifications, ${mails} mail jobs`);
      fanOut.push(took);
      log(`run ${run}: ${ms(took)} (${ALERTS} deliveries, notifications, mail jobs)`);
    }

    // The floor: the same ${ALERTS} notification rows written by one INSERT … SELECT, nothing else.
    const bulk = [];
    for (let run = 1; run <= RUNS; run++) {
      const t0 = process.hrtime.bigint();
      await prisma.$executeRawUnsafe(`
        INSERT INTO notifications (id, user_id, type, payload, created_at)
        SELECT gen_random_uuid(), a.user_id, 'alert.match',
          jsonb_build_object('alertId', a.id, 'alertName', a.name, 'kind', 'OFFERS', 'itemId', gen_random_uuid()::text, 'title', 'Développeur·se TypeScript'), now()
        FROM alerts a`);
      bulk.push(elapsed(t0));
    }
    log(`bulk insert: ${bulk.map(ms).join(', ')}`);
    if (!KEEP) writeReport(fanOut, bulk);
  } finally {
    await relay.stop();
    await worker.close();
    for (const queue of [domainEvents, mailQueue]) await queue.obliterate({ force: true }).catch((err) => log(`obliterate: ${err.message}`));
    await domainEvents.close();
    await mailQueue.close();
    await publisher.close();
    await closeRedis(producer);
    await prisma.$disconnect();
    if (KEEP) log(`kept ${db.url}`);
    else await dropTestDatabase(db.name);
  }
}

function writeReport(fanOut, bulk) {
  const file = join(repoRoot, 'docs', 'benchmarks.md');
  const [f, b] = [median(fanOut), median(bulk)];
  const section = `## Alert fan-out

One offer published to ${ALERTS.toLocaleString('en')} matching INSTANT alerts (${ALERTS.toLocaleString('en')} users), through the real worker pieces:
outbox relay → \`domain-events\` queue (Redis) → handlers (search sync + alert fan-out). Timed from the relay picking
the event up to the job's completion, when every delivery row and in-app notification is written and every mail job
is queued (counts checked after each run). Median of ${RUNS} runs, a new offer each run. Target: under ${TARGET_MS / 1000} s —
${f < TARGET_MS ? '**met**' : '**missed**'}.

| measure | median | runs |
|---|---|---|
| fan-out, event picked up → all notifications written and mails queued | ${ms(f)} | ${fanOut.map(ms).join(', ')} |
| the same ${ALERTS.toLocaleString('en')} notification rows in one bulk \`INSERT … SELECT\` | ${ms(b)} | ${bulk.map(ms).join(', ')} |
| ratio fan-out ÷ bulk insert | ×${(f / b).toFixed(1)} | |

- Machine: ${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, PostgreSQL 15 and Redis 7 on the same host (shared with other work), run on ${new Date().toISOString().slice(0, 10)}.
- Command: \`pnpm --filter @talents/worker build && pnpm bench:fanout\` (\`-- --alerts N --runs N\` to change the size).
- How: matching is done in PostgreSQL, one statement per batch of 1,000 alerts that also records the deliveries,
  the notifications and \`last_run_at\`; mail jobs are queued with one \`addBulk\` per batch. See
  docs/decisions/0011-alert-fan-out.md.
`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured figures, each section written by its bench script.\n';
  const start = current.indexOf('## Alert fan-out');
  const next = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const updated = start < 0 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start)}${section}${next < 0 ? '' : current.slice(next + 1)}`;
  writeFileSync(file, updated.endsWith('\n') ? updated : `${updated}\n`);
  log(`fan-out median ${ms(f)} · bulk insert median ${ms(b)} · ratio ×${(f / b).toFixed(1)} → docs/benchmarks.md`);
}

main().then(
  () => process.exit(0),
  (err) => {
    log(`bench failed: ${err.stack ?? err}`);
    process.exit(1);
  },
);
