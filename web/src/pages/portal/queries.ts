import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { queryKeys } from '../../api/keys';

/**
 * The portal reads what the service lets a client user read, scoped to its own company by the service:
 * its shipments, each shipment's history (client-facing events only), its issued bills and their PDFs, its
 * statement. Keys start like the staff screens' (`shipments`, `shipment`), so the live stream refreshes them.
 */
export function usePortalShipments(cursor: string | undefined) {
  const query = { cursor, limit: 20 };
  return useQuery({
    queryKey: queryKeys.shipments({ portal: true, ...query }),
    queryFn: () => ok(api.GET('/api/v1/shipments', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** The shipment's bills to the client (the service lists a client user its issued receivable notes only). */
export function useShipmentBills(shipmentId: string) {
  return useQuery({
    queryKey: [...queryKeys.shipment(shipmentId), 'bills'],
    queryFn: async () =>
      (
        await ok(
          api.GET('/api/v1/shipments/{id}/debit-notes', {
            params: { path: { id: shipmentId }, query: { limit: 200 } },
          }),
        )
      ).items,
  });
}
