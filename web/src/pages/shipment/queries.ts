import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { Me } from '../../auth/session';
import type { ShipmentEvent } from './stages';

export type Shipment = Schemas['ShipmentDto'];
export type Container = Schemas['ContainerDto'];
export type NextAction = Schemas['NextActionDto'];
export type Email = Schemas['EmailDto'];

/**
 * Everything of one shipment is keyed under `['shipment', id]` (api/keys.ts): the live stream marks it all
 * stale when the shipment changes, and a write of this page does the same.
 */
export const shipmentKeys = {
  all: (id: string) => queryKeys.shipment(id),
  events: (id: string) => [...queryKeys.shipment(id), 'events'] as const,
  nextActions: (id: string) => [...queryKeys.shipment(id), 'next-actions'] as const,
  emails: (id: string) => [...queryKeys.shipment(id), 'emails'] as const,
};

/** The shipment itself: the page's query, and what a reload after a 412 fetches afresh. */
export const shipmentQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.shipment(id),
    queryFn: () => ok(api.GET('/api/v1/shipments/{id}', { params: { path: { id } } })),
  });

export function useShipment(id: string) {
  return useQuery(shipmentQuery(id));
}

/** A page of the history is 200 events; a shipment rarely has more than a few dozen, but all are read. */
const EVENTS_PAGE = 200;

export function useShipmentEvents(id: string) {
  return useQuery({
    queryKey: shipmentKeys.events(id),
    queryFn: async (): Promise<ShipmentEvent[]> => {
      const events: ShipmentEvent[] = [];
      let cursor: string | undefined;
      do {
        const page = await ok(
          api.GET('/api/v1/shipments/{id}/events', {
            params: { path: { id }, query: { limit: EVENTS_PAGE, cursor } },
          }),
        );
        events.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return events;
    },
  });
}

export function useNextActions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: shipmentKeys.nextActions(id),
    enabled,
    queryFn: () => ok(api.GET('/api/v1/shipments/{id}/next-actions', { params: { path: { id } } })),
  });
}

/** The e-mails written for the shipment, newest last as the outbox lists them (one page: a shipment has few). */
export function useShipmentEmails(id: string, enabled: boolean) {
  return useQuery({
    queryKey: shipmentKeys.emails(id),
    enabled,
    queryFn: async () =>
      (await ok(api.GET('/api/v1/emails', { params: { query: { shipmentId: id, limit: 200 } } }))).items,
  });
}

export function useClient(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['clients', 'one', id],
    enabled: enabled && Boolean(id),
    queryFn: () => ok(api.GET('/api/v1/clients/{id}', { params: { path: { id: id! } } })),
    staleTime: 5 * 60_000,
  });
}

export function useCarrier(id: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['carriers', 'one', id],
    enabled: enabled && Boolean(id),
    queryFn: () => ok(api.GET('/api/v1/carriers/{id}', { params: { path: { id: id! } } })),
    staleTime: 5 * 60_000,
  });
}

export function useCarrierSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.carriers(q), 'shipment-page'],
    enabled,
    queryFn: async () =>
      (await ok(api.GET('/api/v1/carriers', { params: { query: { q: q || undefined, limit: 20 } } }))).items,
    staleTime: 60_000,
  });
}

export interface Person {
  id: string;
  name: string;
}

/**
 * Whom the shipment can be assigned to, and the names to show for ids. Only an admin may list users
 * (GET /api/v1/users); everyone else picks among the people they can know of: themself (if an operator),
 * the assigned operator, and the staff who have worked on this shipment (its history's actors). The service
 * refuses anyone who is not an active operator, and the page says so.
 */
export function usePeople(me: Me | null | undefined, events: readonly ShipmentEvent[] | undefined) {
  const mayListUsers = Boolean(me?.permissions.includes('GET /api/v1/users'));
  const users = useQuery({
    queryKey: ['users', 'all'],
    enabled: mayListUsers,
    queryFn: async () => (await ok(api.GET('/api/v1/users', { params: { query: { limit: 200 } } }))).items,
    staleTime: 5 * 60_000,
  });
  const names = new Map<string, string>();
  for (const event of events ?? []) if (event.actor.id) names.set(event.actor.id, event.actor.name);
  for (const user of users.data ?? []) names.set(user.id, user.name);
  if (me) names.set(me.id, me.name);

  let choices: Person[];
  if (users.data) {
    choices = users.data
      .filter((u) => u.role === 'operator' && u.active)
      .map((u) => ({ id: u.id, name: u.name }));
  } else {
    const known = new Map<string, string>();
    if (me?.role === 'operator') known.set(me.id, me.name);
    for (const event of events ?? []) {
      if (event.actor.id && event.actor.id !== me?.id) known.set(event.actor.id, event.actor.name);
    }
    choices = [...known].map(([id, name]) => ({ id, name }));
  }
  return { names, choices, complete: Boolean(users.data) };
}
