import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';
import type { Me } from '../../auth/session';

export { balancesByCurrency } from './sums';

export type Client = Schemas['ClientDto'];
export type DebitNote = Schemas['DebitNoteDto'];
export type AgingRow = Schemas['AgingRowDto'];
export type ClientShipment = Schemas['ShipmentDto'];

/** The list filters the clients screen keeps in its URL (GET /api/v1/clients takes each of them). */
export const CLIENT_FILTERS = ['q', 'grade', 'paymentTerms'] as const;
export type ClientFilters = Partial<Record<(typeof CLIENT_FILTERS)[number], string>>;

const PAGE = 50;

/**
 * Keys of this area. Everything about one client is under `['clients', 'one', id]` (the shipment page's
 * useClient reads the same key), so an edit here refreshes it there too.
 */
export const clientKeys = {
  list: (filters: object, cursor: string | undefined) => ['clients', 'list', filters, cursor] as const,
  one: (id: string) => ['clients', 'one', id] as const,
  shipments: (id: string, cursor: string | undefined) => ['shipments', { clientId: id, cursor }] as const,
  openNotes: (clientId: string) => ['debit-notes', 'open', clientId] as const,
  aging: (asOf: string | undefined) => ['receivables', 'aging', asOf ?? 'today'] as const,
};

/** A page of clients (the service scopes it: a salesperson's own, a manager's team's, everyone's for others). */
export function useClients(filters: ClientFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: clientKeys.list(filters, cursor),
    queryFn: () =>
      ok(
        api.GET('/api/v1/clients', {
          params: {
            query: {
              q: filters.q,
              grade: filters.grade as Client['grade'] | undefined,
              paymentTerms: filters.paymentTerms as Client['paymentTerms'] | undefined,
              cursor,
              limit: PAGE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useClientRecord(id: string) {
  return useQuery({
    queryKey: clientKeys.one(id),
    queryFn: () => ok(api.GET('/api/v1/clients/{id}', { params: { path: { id } } })),
  });
}

/** The client's shipments, newest first, a page at a time. */
export function useClientShipments(clientId: string, cursor: string | undefined) {
  return useQuery({
    queryKey: clientKeys.shipments(clientId, cursor),
    queryFn: () => ok(api.GET('/api/v1/shipments', { params: { query: { clientId, cursor, limit: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

/** At most this many of one status are read for a client's open notes; more is a case for the notes list. */
const OPEN_NOTES_LIMIT = 200;

/**
 * The client's receivable notes still open now: issued, or paid in part (GET /debit-notes, both statuses),
 * oldest due first. A client user reads its own the same way (the service shows it its issued bills only).
 */
export function useOpenNotes(clientId: string | null | undefined) {
  return useQuery({
    queryKey: clientKeys.openNotes(clientId ?? ''),
    enabled: Boolean(clientId),
    queryFn: async () => {
      const pages = await Promise.all(
        (['issued', 'partially_paid'] as const).map((status) =>
          ok(
            api.GET('/api/v1/debit-notes', {
              params: {
                query: { clientId: clientId!, direction: 'receivable', status, limit: OPEN_NOTES_LIMIT },
              },
            }),
          ),
        ),
      );
      return {
        notes: pages
          .flatMap((p) => p.items)
          .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id.localeCompare(b.id)),
        complete: pages.every((p) => !p.nextCursor),
      };
    },
  });
}

/** GET /receivables/aging: every client in the caller's scope with open receivables on `asOf` (today if none). */
export function useAging(asOf: string | undefined, enabled = true) {
  return useQuery({
    queryKey: clientKeys.aging(asOf),
    enabled,
    queryFn: () => ok(api.GET('/api/v1/receivables/aging', { params: { query: { asOf } } })),
    placeholderData: keepPreviousData,
  });
}

/** Credit terms are a manager's (or admin's) to set (docs/domain.md "Cash first"); the service refuses others. */
export function setsCreditTerms(me: Me | null | undefined): boolean {
  return me?.role === 'manager' || me?.role === 'admin';
}

/** Who may create and edit clients: the roles the permission matrix lets PATCH them. */
export function editsClients(me: Me | null | undefined): boolean {
  return Boolean(me?.permissions.includes('PATCH /api/v1/clients/:id'));
}

/** The statement of account's address (a PDF the service draws on each request). */
export function statementUrl(clientId: string, asOf?: string): string {
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  return `/api/v1/clients/${encodeURIComponent(clientId)}/statement/pdf${query}`;
}

/** A period statement's address: opening balance, notes issued, payments received, closing balance. */
export function periodStatementUrl(clientId: string, from: string, to: string): string {
  const query = `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return `/api/v1/clients/${encodeURIComponent(clientId)}/statement/pdf${query}`;
}

export function debitNotePdfUrl(noteId: string): string {
  return `/api/v1/debit-notes/${encodeURIComponent(noteId)}/pdf`;
}
