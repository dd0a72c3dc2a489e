import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/keys';

export type Approval = Schemas['ApprovalDto'];
export type ApprovalType = Approval['type'];
export type CreditPosition = Schemas['CreditPositionDto'];
export type ReleasePosition = Schemas['ReleasePositionDto'];
export type ReleaseBlocker = Schemas['ReleaseBlockerDto'];

export const APPROVAL_TYPES: readonly ApprovalType[] = [
  'release_before_payment',
  'void_after_release',
  'credit_terms',
  'below_floor_price',
  'other',
];

/**
 * Approvals are keyed under `['approvals']` (api/keys.ts): the live stream marks them stale when an approval
 * about a shipment is asked or decided (live/useLiveUpdates.ts), and a decision here does the same.
 */
export const approvalKeys = {
  list: (query: object) => [...queryKeys.approvalsAll, 'list', query] as const,
  pendingCount: [...queryKeys.approvalsAll, 'pending-count'] as const,
  credit: (clientId: string) => [...queryKeys.approvalsAll, 'credit', clientId] as const,
};

export interface ApprovalListQuery {
  decided: 'true' | 'false';
  type?: ApprovalType;
  state?: 'approved' | 'rejected';
  cursor?: string;
}

export function useApprovals(query: ApprovalListQuery) {
  return useQuery({
    queryKey: approvalKeys.list(query),
    queryFn: () => ok(api.GET('/api/v1/approvals', { params: { query: { ...query, limit: 50 } } })),
  });
}

/** A client's credit position (limit, days, open and overdue receivables), for the approval about it. */
export function useCreditPosition(clientId: string | null) {
  return useQuery({
    queryKey: approvalKeys.credit(clientId ?? ''),
    enabled: Boolean(clientId),
    queryFn: () =>
      ok(api.GET('/api/v1/clients/{id}/credit-position', { params: { path: { id: clientId! } } })),
    staleTime: 30_000,
  });
}

/** Approve or reject, with the note recorded beside the decision. */
export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: 'approve' | 'reject'; note?: string }) =>
      decision === 'approve'
        ? ok(api.POST('/api/v1/approvals/{id}/approve', { params: { path: { id } }, body: { note } }))
        : ok(api.POST('/api/v1/approvals/{id}/reject', { params: { path: { id } }, body: { note } })),
    onSettled: (approval) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.approvalsAll });
      if (approval?.shipmentId)
        void queryClient.invalidateQueries({ queryKey: queryKeys.shipment(approval.shipmentId) });
    },
  });
}

/** Why the shipment's B/L can or cannot go: under the shipment's key, so the stream keeps it fresh. */
export function useReleasePosition(shipmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.shipment(shipmentId), 'release-position'],
    enabled,
    queryFn: () =>
      ok(api.GET('/api/v1/shipments/{id}/release-position', { params: { path: { id: shipmentId } } })),
  });
}

/** Ask a manager to let the B/L go before payment. */
export function useRequestRelease(shipmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      ok(
        api.POST('/api/v1/approvals', {
          body: { type: 'release_before_payment', shipmentId, reason },
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.shipment(shipmentId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.approvalsAll });
    },
  });
}
