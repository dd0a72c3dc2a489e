import type { Actor } from '../common/roles';
import { CLIENT_FACING_EVENTS, clientData } from '../shipments/domain/shipment-events';

/**
 * What a connection may see, like every read (docs/security.md, "Scopes"): the clients in its actor's
 * scope, and for a client user only the client-facing events. The one table of what a client sees is the
 * shipments' (domain/shipment-events.ts, shared with the history read on purpose): the stream follows it
 * rather than keeping a copy.
 */
export type StreamScope = { all: true } | { all: false; clientIds: ReadonlySet<string> };

const VIEWS = new Map<string, (typeof CLIENT_FACING_EVENTS)[number]['view']>(
  CLIENT_FACING_EVENTS.map(({ type, view }) => [type, view]),
);

/** Every type a client user may see, some only for some data (CONDITIONAL_TYPES). */
export const CLIENT_FACING_TYPES: readonly string[] = CLIENT_FACING_EVENTS.map((e) => e.type);
/** The client-facing types shown only when the event's data says so (a bill to the client, not ours). */
export const CONDITIONAL_TYPES: readonly string[] = CLIENT_FACING_EVENTS.filter((e) => e.view.when).map(
  (e) => e.type,
);

/** Whether a client user sees events of this type: always, never, or depending on the event's data. */
export function clientSeesType(type: string): 'yes' | 'no' | 'data' {
  const view = VIEWS.get(type);
  if (!view) return 'no';
  return view.when ? 'data' : 'yes';
}

/** Whether a client user sees this event, its data read (for a type whose visibility depends on it). */
export function clientSeesEvent(type: string, data: Readonly<Record<string, unknown>>): boolean {
  return clientData(type, data) !== null;
}

/** Whether the actor's role sees only client-facing events. */
export const seesClientFacingOnly = (actor: Actor): boolean => actor.role === 'client';

/** Whether the scope holds the client. */
export const inScope = (scope: StreamScope, clientId: string): boolean =>
  scope.all || scope.clientIds.has(clientId);
