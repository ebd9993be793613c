/** The transactional outbox writer lives in @talents/db, shared with the worker. */
export { recordEvent, type DomainEvent } from '@talents/db';
