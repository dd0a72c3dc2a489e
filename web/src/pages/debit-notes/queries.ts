import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, ok, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/keys';

export type DebitNote = Schemas['DebitNoteDto'];
export type DebitNoteStatus = DebitNote['status'];
export type NoteBody = Schemas['CreateDebitNoteDto'];
export type NotePreview = Schemas['DebitNotePreviewDto'];
export type FxRate = Schemas['FxRateDto'];
export type Payment = Schemas['PaymentDto'];

export const NOTE_STATUSES: DebitNoteStatus[] = ['draft', 'issued', 'partially_paid', 'paid', 'void'];

/** The filters the debit-note list keeps in its URL: what GET /debit-notes takes. */
export const NOTE_FILTERS = [
  'status',
  'clientId',
  'currency',
  'dueBefore',
  'overdue',
  'direction',
  'carrierId',
] as const;
export type NoteFilters = Partial<Record<(typeof NOTE_FILTERS)[number], string>>;

/**
 * Keys of the accounts screens: a note under `['debit-note', id]`, lists under `['debit-notes', …]`, a
 * shipment's notes and profit under the shipment's own key, so the live stream's invalidation of a
 * shipment refreshes them.
 */
export const noteKeys = {
  list: (query: object) => ['debit-notes', query] as const,
  all: ['debit-notes'] as const,
  one: (id: string) => ['debit-note', id] as const,
  ofShipment: (shipmentId: string) => [...queryKeys.shipment(shipmentId), 'debit-notes'] as const,
  profit: (shipmentId: string) => [...queryKeys.shipment(shipmentId), 'profit'] as const,
  fxTerms: (clientId: string) => ['fx-terms', clientId] as const,
  payments: (query: object) => ['payments', query] as const,
  paymentsAll: ['payments'] as const,
};

export function useDebitNotes(filters: NoteFilters, cursor: string | undefined, limit = 50) {
  const query = {
    ...filters,
    cursor,
    limit,
    status: filters.status as DebitNoteStatus | undefined,
    direction: filters.direction as DebitNote['direction'] | undefined,
    overdue: filters.overdue === 'true' ? ('true' as const) : undefined,
    currency: filters.currency as NonNullable<Schemas['DebitNoteDto']['currency']> | undefined,
  };
  return useQuery({
    queryKey: noteKeys.list(query),
    queryFn: () => ok(api.GET('/api/v1/debit-notes', { params: { query: query as never } })),
    placeholderData: keepPreviousData,
  });
}

export function useDebitNote(id: string) {
  return useQuery({
    queryKey: noteKeys.one(id),
    queryFn: () => ok(api.GET('/api/v1/debit-notes/{id}', { params: { path: { id } } })),
  });
}

export function useShipmentDebitNotes(shipmentId: string) {
  return useQuery({
    queryKey: noteKeys.ofShipment(shipmentId),
    queryFn: () =>
      ok(
        api.GET('/api/v1/shipments/{id}/debit-notes', {
          params: { path: { id: shipmentId }, query: { limit: 200 } },
        }),
      ),
  });
}

export function useProfit(shipmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: noteKeys.profit(shipmentId),
    enabled,
    queryFn: () => ok(api.GET('/api/v1/shipments/{id}/profit', { params: { path: { id: shipmentId } } })),
  });
}

export function useFxTerms(clientId: string | null | undefined) {
  return useQuery({
    queryKey: noteKeys.fxTerms(clientId ?? ''),
    enabled: Boolean(clientId),
    queryFn: () => ok(api.GET('/api/v1/clients/{id}/fx-terms', { params: { path: { id: clientId! } } })),
    staleTime: 60_000,
  });
}

/** The draft priced by the service as it stands in the form (nothing saved); errors are answers here. */
export function usePreview(body: (NoteBody & { shipmentId: string }) | null) {
  return useQuery({
    queryKey: ['debit-note-preview', body],
    enabled: body !== null,
    retry: false,
    placeholderData: keepPreviousData,
    queryFn: () => ok(api.POST('/api/v1/debit-notes/preview', { body: body! })),
  });
}

/** After a write to a note: the note, the lists and its shipment (status, notes, profit) read again. */
function useAfterNoteWrite() {
  const queryClient = useQueryClient();
  return (note: DebitNote) => {
    queryClient.setQueryData(noteKeys.one(note.id), note);
    void queryClient.invalidateQueries({ queryKey: noteKeys.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.shipment(note.shipmentId) });
  };
}

export function useCreateDraft(shipmentId: string) {
  const after = useAfterNoteWrite();
  return useMutation({
    mutationFn: (body: NoteBody) =>
      ok(api.POST('/api/v1/shipments/{id}/debit-notes', { params: { path: { id: shipmentId } }, body })),
    onSuccess: after,
  });
}

export function useSaveDraft(id: string) {
  const after = useAfterNoteWrite();
  return useMutation({
    mutationFn: ({ body, version }: { body: Schemas['UpdateDebitNoteDto']; version: number }) =>
      ok(
        api.PATCH('/api/v1/debit-notes/{id}', {
          params: { path: { id } },
          body,
          headers: ifMatch(version),
        }),
      ),
    onSuccess: after,
  });
}

export function useIssue(id: string) {
  const after = useAfterNoteWrite();
  return useMutation({
    mutationFn: (version: number) =>
      ok(
        api.POST('/api/v1/debit-notes/{id}/issue', {
          params: { path: { id } },
          body: {},
          headers: ifMatch(version),
        }),
      ),
    onSuccess: after,
  });
}

export function useVoid(id: string) {
  const after = useAfterNoteWrite();
  return useMutation({
    mutationFn: ({ reason, version }: { reason: string; version: number }) =>
      ok(
        api.POST('/api/v1/debit-notes/{id}/void', {
          params: { path: { id } },
          body: { reason },
          headers: ifMatch(version),
        }),
      ),
    onSuccess: after,
  });
}
