/**
 * Structured JSON logs (pino). The worker logs ids, event types, counts and error messages only: event payloads
 * and job data are never logged, so no personal data reaches the logs even if a producer slips some in.
 */
import pino, { type Logger } from 'pino';
import type { WorkerConfig } from './config';

export type { Logger };

export function createLogger(config: Pick<WorkerConfig, 'LOG_LEVEL'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: 'worker', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Belt and braces: should a payload ever be passed to a log call, it is dropped rather than written.
    redact: { paths: ['payload', 'data', '*.payload', '*.data'], remove: true },
  });
}

/** Error text safe to log or store: the message only (no stack, no attached data), bounded in length. */
export function errorMessage(err: unknown, max = 500): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
