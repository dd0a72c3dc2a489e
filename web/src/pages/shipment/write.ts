import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';
import { isApiError } from '../../api/errors';
import { queryKeys } from '../../api/keys';
import type { Shipment } from './queries';

/** The headers of every write from this page: the version the user saw, and for a POST its key. */
export interface WriteHeaders {
  'If-Match': string;
  'Idempotency-Key'?: string;
}

/** The body each shipment action takes (src/shipments/dto/action.dto.ts, through the generated types). */
export interface ActionBodies {
  'confirm-booking': Schemas['EmptyActionDto'];
  'request-space': Schemas['RequestSpaceDto'];
  'release-so': Schemas['ReleaseSoDto'];
  'declare-customs': Schemas['DeclareCustomsDto'];
  'flag-inspection': Schemas['FlagInspectionDto'];
  'clear-inspection': Schemas['ClearInspectionDto'];
  'release-customs': Schemas['EmptyActionDto'];
  'submit-si': Schemas['SubmitSiDto'];
  'approve-bl': Schemas['ApproveBlDto'];
  'release-bl': Schemas['ReleaseBlDto'];
  roll: Schemas['RollDto'];
  cancel: Schemas['CancelDto'];
  'shut-out': Schemas['ShutOutDto'];
}
export type ShipmentActionName = keyof ActionBodies;

export interface ContainerBodies {
  pickup: Schemas['PickupDto'];
  stuff: Schemas['StuffDto'];
  'gate-in': Schemas['GateInDto'];
}
export type ContainerActionName = keyof ContainerBodies;

type Call<B> = (id: string, body: B, header: WriteHeaders) => Promise<Shipment>;
type ContainerCall<B> = (id: string, containerId: string, body: B, header: WriteHeaders) => Promise<Shipment>;

/** One typed call per action route, so each form's body is checked against its DTO. */
export const ACTION_CALLS: { [A in ShipmentActionName]: Call<ActionBodies[A]> } = {
  'confirm-booking': (id, body, header) =>
    ok(
      api.POST('/api/v1/shipments/{id}/actions/confirm-booking', { params: { path: { id }, header }, body }),
    ),
  'request-space': (id, body, header) =>
    ok(api.POST('/api/v1/shipments/{id}/actions/request-space', { params: { path: { id }, header }, body })),
  'release-so': (id, body, header) =>
    ok(api.POST('/api/v1/shipments/{id}/actions/release-so', { params: { path: { id }, header }, body })),
  'declare-customs': (id, body, header) =>
    ok(
      api.POST('/api/v1/shipments/{id}/actions/declare-customs', { params: { path: { id }, header }, body }),
    ),
  'flag-inspection': (id, body, header) =>
    ok(
      api.POST('/api/v1/shipments/{id}/actions/flag-inspection', { params: { path: { id }, header }, body }),
    ),
  'clear-inspection': (id, body, header) =>
    ok(
      api.POST('/api/v1/shipments/{id}/actions/clear-inspection', { params: { path: { id }, header }, body }),
    ),
  'release-customs': (id, body, header) =>
    ok(
      api.POST('/api/v1/shipments/{id}/actions/release-customs', { params: { path: { id }, header }, body }),
    ),
  'submit-si': (id, body, header) =>
    ok(api.POST('/api/v1/shipments/{id}/actions/submit-si', { params: { path: { id }, header }, body })),
  'approve-bl': (id, body, header) =>
    ok(api.POST('/api/v1/shipments/{id}/actions/approve-bl', { params: { path: { id }, header }, body })),
  'release-bl': (id, body, header) =>
    ok(api.POST('/api/v1/shipments/{id}/actions/release-bl', { params: { path: { id }, header }, body })),
  roll: (id, body, header) =>
    ok(api.POST('/api/v1/shipments/{id}/actions/roll', { params: { path: { id }, header }, body })),
  cancel: (id, body, header) =>
    ok(api.POST('/api/v1/shipments/{id}/actions/cancel', { params: { path: { id }, header }, body })),
  'shut-out': (id, body, header) =>
    ok(api.POST('/api/v1/shipments/{id}/actions/shut-out', { params: { path: { id }, header }, body })),
};

export const CONTAINER_CALLS: { [A in ContainerActionName]: ContainerCall<ContainerBodies[A]> } = {
  pickup: (id, containerId, body, header) =>
    ok(
      api.POST('/api/v1/shipments/{id}/containers/{containerId}/actions/pickup', {
        params: { path: { id, containerId }, header },
        body,
      }),
    ),
  stuff: (id, containerId, body, header) =>
    ok(
      api.POST('/api/v1/shipments/{id}/containers/{containerId}/actions/stuff', {
        params: { path: { id, containerId }, header },
        body,
      }),
    ),
  'gate-in': (id, containerId, body, header) =>
    ok(
      api.POST('/api/v1/shipments/{id}/containers/{containerId}/actions/gate-in', {
        params: { path: { id, containerId }, header },
        body,
      }),
    ),
};

export const patchShipment = (id: string, body: Schemas['UpdateShipmentDto'], header: WriteHeaders) =>
  ok(api.PATCH('/api/v1/shipments/{id}', { params: { path: { id }, header }, body }));

/** `If-Match` as the API reads it: the version in quotes, like the ETag it came in. */
export const ifMatchHeader = (version: number): WriteHeaders => ({ 'If-Match': `"${version}"` });

/**
 * A write to the shipment. Its answer is the shipment as it now is: shown at once, and everything else of
 * the shipment (history, next actions, e-mails) and the lists that show it reloaded, whether or not the live
 * stream is up.
 */
export function useShipmentWrite<V>(shipmentId: string, write: (variables: V) => Promise<Shipment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (shipment) => {
      queryClient.setQueryData(queryKeys.shipment(shipmentId), shipment);
      void queryClient.invalidateQueries({
        queryKey: queryKeys.shipment(shipmentId),
        predicate: (query) => query.queryKey.length > 2,
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.boardAll });
      void queryClient.invalidateQueries({ queryKey: queryKeys.shipmentsAll });
    },
    onError: (error) => {
      // Someone else's change won: read the shipment and its history again (who it was is the latest event).
      if (isApiError(error, 412))
        void queryClient.invalidateQueries({ queryKey: queryKeys.shipment(shipmentId) });
    },
  });
}

/**
 * Sends an action's body to its route. The body comes from the same action's form (ACTION_FORMS, typed
 * against ActionBodies), so the one cast here joins two tables keyed alike.
 */
export function sendAction(action: ShipmentActionName, id: string, body: unknown, header: WriteHeaders) {
  const call = ACTION_CALLS[action] as Call<unknown>;
  return call(id, body, header);
}

export function sendContainerAction(
  action: ContainerActionName,
  id: string,
  containerId: string,
  body: unknown,
  header: WriteHeaders,
) {
  const call = CONTAINER_CALLS[action] as ContainerCall<unknown>;
  return call(id, containerId, body, header);
}
