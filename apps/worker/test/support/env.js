/** Per-worker test environment: quiet logs, fast polling. QUEUE_PREFIX and DATABASE_URL come from globalSetup. */
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
process.env.OUTBOX_POLL_MS = '20';
process.env.OUTBOX_MAX_BACKOFF_MS = '200';
