/** Every domain-event handler the worker runs; events without one are acknowledged (logged at debug level). */
import type { EventHandlerDefinition } from './event-handlers';
import { alertFanOutHandlers } from './alert-fan-out.handlers';
import { offerClosedHandlers } from './offer-closed.handlers';
import { searchSyncHandlers } from './search-sync.handlers';

export const eventHandlers: readonly EventHandlerDefinition[] = [...searchSyncHandlers, ...offerClosedHandlers, ...alertFanOutHandlers];
