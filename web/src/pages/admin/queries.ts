import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, ok, type Schemas } from '../../api/client';

export type User = Schemas['UserDto'];
export type Role = User['role'];
export type Carrier = Schemas['CarrierDto'];
export type AuditRecord = Schemas['AuditRecordDto'];

export const ROLES: readonly Role[] = ['admin', 'manager', 'operator', 'sales', 'accounts', 'client'];

/** Admin screens' queries, each list under its own key; a write refreshes its list. */
export const adminKeys = {
  users: ['users'] as const,
  usersPage: (cursor: string | undefined) => ['users', 'page', cursor ?? ''] as const,
  managers: ['users', 'all'] as const,
  carriers: ['carriers'] as const,
  carriersPage: (q: string, cursor: string | undefined) => ['carriers', 'admin', q, cursor ?? ''] as const,
  audit: (query: object) => ['audit', query] as const,
};

export function useUsersPage(cursor: string | undefined) {
  return useQuery({
    queryKey: adminKeys.usersPage(cursor),
    queryFn: () => ok(api.GET('/api/v1/users', { params: { query: { cursor, limit: 50 } } })),
  });
}

/**
 * Every user, for the names of team leads and the choice of one (the same key as the shipment page's
 * people: GET /users answers at most 200 a page, and an office has fewer staff than that).
 */
export function useAllUsers() {
  return useQuery({
    queryKey: adminKeys.managers,
    queryFn: async () => (await ok(api.GET('/api/v1/users', { params: { query: { limit: 200 } } }))).items,
    staleTime: 60_000,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateUserDto']) => ok(api.POST('/api/v1/users', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Schemas['UpdateUserDto'] }) =>
      ok(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useCarriersPage(q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: adminKeys.carriersPage(q, cursor),
    queryFn: () =>
      ok(api.GET('/api/v1/carriers', { params: { query: { q: q || undefined, cursor, limit: 50 } } })),
  });
}

export function useCreateCarrier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateCarrierDto']) => ok(api.POST('/api/v1/carriers', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.carriers }),
  });
}

/** A carrier edit against the version the screen showed (If-Match): someone else's change first is a 412. */
export function useUpdateCarrier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: Schemas['UpdateCarrierDto'] }) =>
      ok(api.PATCH('/api/v1/carriers/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.carriers }),
  });
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  action?: string;
  cursor?: string;
}

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: adminKeys.audit(query),
    queryFn: () => ok(api.GET('/api/v1/audit', { params: { query: { ...query, limit: 50 } } })),
  });
}
