import { useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { Me } from '../../auth/session';

export type Shipment = Schemas['ShipmentDto'];
export type CreateShipment = Schemas['CreateShipmentDto'];

export type PartyKind = 'clients' | 'carriers';

export interface Party {
  id: string;
  code: string;
  name: string;
  nameLocal?: string | null;
}

/** How many matches a picker offers; typing more narrows it. */
const PICKER_PAGE = 20;

/**
 * The clients or carriers matching a search (code prefix, or part of either name: docs/api.md "Master data"),
 * and the one selected when it is not among them (a booking copied from an earlier one names a carrier
 * nobody searched for), so the picker can always show its name.
 */
export function useParties(kind: PartyKind, q: string, selected: string | undefined) {
  const list = useQuery({
    queryKey: [...(kind === 'clients' ? queryKeys.clients(q) : queryKeys.carriers(q)), PICKER_PAGE],
    queryFn: async (): Promise<Party[]> => {
      const query = { q: q || undefined, limit: PICKER_PAGE };
      const page =
        kind === 'clients'
          ? await ok(api.GET('/api/v1/clients', { params: { query } }))
          : await ok(api.GET('/api/v1/carriers', { params: { query } }));
      return page.items;
    },
    staleTime: 60_000,
  });
  const missing = Boolean(selected) && list.isSuccess && !list.data.some((p) => p.id === selected);
  const one = useQuery({
    queryKey: [kind, 'one', selected],
    enabled: missing,
    queryFn: async (): Promise<Party> => {
      const path = { id: selected! };
      return kind === 'clients'
        ? ok(api.GET('/api/v1/clients/{id}', { params: { path } }))
        : ok(api.GET('/api/v1/carriers/{id}', { params: { path } }));
    },
    staleTime: 60_000,
  });
  const parties = [...(list.data ?? [])];
  if (missing && one.data) parties.unshift(one.data);
  return { parties, loading: list.isFetching, error: list.error };
}

/** How many of a client's bookings "copy from a previous booking" offers (newest first). */
export const RECENT_BOOKINGS = 10;

/** The client's latest shipments, to copy a repeat lane from. */
export function useRecentShipments(clientId: string | undefined) {
  return useQuery({
    queryKey: [...queryKeys.shipments({ clientId, limit: RECENT_BOOKINGS })],
    enabled: Boolean(clientId),
    queryFn: async () =>
      (await ok(api.GET('/api/v1/shipments', { params: { query: { clientId, limit: RECENT_BOOKINGS } } })))
        .items,
    staleTime: 30_000,
  });
}

export interface OperatorChoice {
  id: string;
  name: string;
  me: boolean;
}

const USERS_PAGE = 200;

/**
 * Whom a booking can be assigned to. An operator books for themself by default (the service does the same
 * when no operator is sent). Only a role that may list users (GET /api/v1/users: an admin) can pick among
 * the active operators; everyone else leaves the choice to the service and to operations.
 */
export function useOperatorChoices(me: Me | null | undefined) {
  const mayListUsers = Boolean(me?.permissions.includes('GET /api/v1/users'));
  const users = useQuery({
    queryKey: ['users', 'operators'],
    enabled: mayListUsers,
    queryFn: async () =>
      (await ok(api.GET('/api/v1/users', { params: { query: { limit: USERS_PAGE } } }))).items,
    staleTime: 5 * 60_000,
  });
  const choices: OperatorChoice[] = [];
  if (me?.role === 'operator') choices.push({ id: me.id, name: me.name, me: true });
  for (const user of users.data ?? []) {
    if (user.role === 'operator' && user.active && user.id !== me?.id) {
      choices.push({ id: user.id, name: user.name, me: false });
    }
  }
  return { choices, loading: users.isFetching };
}
