import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/keys';

export type Charge = Schemas['ChargeDto'];

/** Under the shipment's keys: the live stream marks them stale when the shipment changes (a stage's charges). */
const chargeKeys = {
  of: (shipmentId: string) => [...queryKeys.shipment(shipmentId), 'charges'] as const,
};

export function useCharges(shipmentId: string) {
  return useQuery({
    queryKey: chargeKeys.of(shipmentId),
    queryFn: () => ok(api.GET('/api/v1/shipments/{id}/charges', { params: { path: { id: shipmentId } } })),
  });
}

export function useAddCharge(shipmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateChargeDto']) =>
      ok(api.POST('/api/v1/shipments/{id}/charges', { params: { path: { id: shipmentId } }, body })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: chargeKeys.of(shipmentId) }),
  });
}

export function useUpdateCharge(shipmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Schemas['UpdateChargeDto'] }) =>
      ok(api.PATCH('/api/v1/charges/{id}', { params: { path: { id } }, body })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: chargeKeys.of(shipmentId) }),
  });
}

export function useVoidCharge(shipmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      ok(api.POST('/api/v1/charges/{id}/void', { params: { path: { id } }, body: { reason } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: chargeKeys.of(shipmentId) }),
  });
}

/** Drafts from the charges: the shipment's charges and its debit notes change together. */
export function useDraftFromCharges(shipmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (direction: 'receivable' | 'payable') =>
      ok(
        api.POST('/api/v1/shipments/{id}/debit-notes/from-charges', {
          params: { path: { id: shipmentId } },
          body: { direction },
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.shipment(shipmentId) });
      void queryClient.invalidateQueries({ queryKey: ['debit-notes'] });
    },
  });
}
