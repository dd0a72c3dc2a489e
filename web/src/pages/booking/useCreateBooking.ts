import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { api, idempotencyKey, ok } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { CreateShipment, Shipment } from './queries';

/**
 * POST /api/v1/shipments with one Idempotency-Key for the booking being made: a second click, or a retry after
 * an answer lost on the way, books nothing more (the service replays the first answer). A refused request
 * gives its key back (docs/api.md "Retries"), so the corrected form goes with the same key; a booking made
 * takes a new one. A click while a request is on its way is not sent at all.
 */
export function useCreateBooking() {
  const queryClient = useQueryClient();
  const key = useRef<string | null>(null);
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: (body: CreateShipment) => {
      key.current ??= idempotencyKey();
      return ok(api.POST('/api/v1/shipments', { body, headers: { 'Idempotency-Key': key.current } }));
    },
    onSuccess: () => {
      key.current = null;
      // The board and the lists show it at once, whether or not the live stream is up.
      void queryClient.invalidateQueries({ queryKey: queryKeys.boardAll });
      void queryClient.invalidateQueries({ queryKey: queryKeys.shipmentsAll });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const { mutate } = mutation;

  const book = useCallback(
    (
      body: CreateShipment,
      callbacks: { onSuccess: (shipment: Shipment) => void; onError: (error: unknown) => void },
    ) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutate(body, callbacks);
    },
    [mutate],
  );

  return { book, pending: mutation.isPending };
}
