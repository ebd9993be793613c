/**
 * `import.requested` (recorded by the API with the ImportJob row) → a job on the `imports` queue. The import
 * itself runs there, not in the domain-events job: it lasts seconds and must not hold up other events.
 */
import type { Queue } from 'bullmq';
import { z } from 'zod';
import { defineEventHandler, type EventHandlerDefinition } from '../processors/event-handlers';
import { enqueueImport } from './import-job';

export function importRequestedHandler(imports: Queue, attempts: number): EventHandlerDefinition {
  return defineEventHandler({
    id: 'imports.enqueue',
    version: 1,
    eventType: 'import.requested',
    payloadSchema: z.record(z.string(), z.unknown()),
    handle: async (event) => {
      await enqueueImport(imports, event.aggregateId, attempts);
    },
  }) as EventHandlerDefinition;
}
