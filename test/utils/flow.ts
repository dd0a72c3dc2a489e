import { SHIPMENT_STATUSES, type ShipmentStatus } from '../../src/shipments/domain/shipment-status';
import { createCarrier, createClient } from '../factories/master-data';
import {
  containerNumber,
  releaseSoBody,
  shipmentBody,
  siBody,
  unique,
  type ShipmentBody,
} from '../factories/shipments';
import { bearer } from './http';
import type { TestApp } from './test-app';

// Driving shipments through their actions over HTTP, as the people who take each step would.

/** The statuses this issue reaches by actions, in order, and how to take the next step from each. */
export const REACHABLE: ShipmentStatus[] = SHIPMENT_STATUSES.slice(
  0,
  SHIPMENT_STATUSES.indexOf('bl_checked') + 1,
);

export interface ShipmentRef {
  id: string;
  reference: string;
  containers: { id: string }[];
  status: ShipmentStatus;
}

/** POST a booking (a new shipment) with the given token; the request, for the caller to expect on. */
export function book(t: TestApp, token: string, body: Record<string, unknown>) {
  return t.http().post('/api/v1/shipments').auth(token, bearer).send(body);
}

/** POST a shipment action as an operator (or the given token); returns the response. */
export function act(
  t: TestApp,
  token: string,
  id: string,
  action: string,
  body: Record<string, unknown> = {},
) {
  return t.http().post(`/api/v1/shipments/${id}/actions/${action}`).auth(token, bearer).send(body);
}

export function actOnContainer(
  t: TestApp,
  token: string,
  id: string,
  containerId: string,
  action: string,
  body: Record<string, unknown> = {},
) {
  return t
    .http()
    .post(`/api/v1/shipments/${id}/containers/${containerId}/actions/${action}`)
    .auth(token, bearer)
    .send(body);
}

/** Creates a shipment and drives it through the actions up to `target`. */
export async function shipmentAt(
  t: TestApp,
  target: ShipmentStatus,
  base: Partial<ShipmentBody> = {},
): Promise<ShipmentRef> {
  const op = await t.tokenFor('operator');
  const clientId = base.clientId ?? (await createClient(t)).id;
  const carrierId = base.carrierId ?? (await createCarrier(t)).id;
  const created = await book(t, op, shipmentBody({ ...base, clientId, carrierId }));
  if (created.status !== 201)
    throw new Error(`create shipment: ${created.status} ${JSON.stringify(created.body)}`);
  const ref = created.body as ShipmentRef;
  const must = async (pending: PromiseLike<{ status: number; body: unknown }>): Promise<void> => {
    const res = await pending;
    if (res.status !== 200)
      throw new Error(`advancing to ${target}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const steps: Partial<Record<ShipmentStatus, () => Promise<void>>> = {
    booking: () => must(act(t, op, ref.id, 'confirm-booking')),
    booking_confirmed: () => must(act(t, op, ref.id, 'request-space')),
    space_requested: () => must(act(t, op, ref.id, 'release-so', releaseSoBody())),
    so_released: async () => {
      for (const c of ref.containers) {
        await must(
          actOnContainer(t, op, ref.id, c.id, 'pickup', {
            containerNumber: containerNumber(),
            sealNumber: `SL${unique()}`,
          }),
        );
      }
    },
    picked_up: async () => {
      for (const c of ref.containers)
        await must(actOnContainer(t, op, ref.id, c.id, 'stuff', { packages: 600 }));
    },
    stuffed: async () => {
      for (const c of ref.containers)
        await must(actOnContainer(t, op, ref.id, c.id, 'gate-in', { terminal: 'YICT' }));
    },
    gated_in: () => must(act(t, op, ref.id, 'declare-customs', { declarationNumber: `DEC${unique()}` })),
    customs_declared: () => must(act(t, op, ref.id, 'release-customs')),
    customs_released: () => must(act(t, op, ref.id, 'submit-si', siBody())),
    si_submitted: async () => {
      await must(act(t, op, ref.id, 'approve-bl', { party: 'client', revision: 1 }));
      await must(act(t, op, ref.id, 'approve-bl', { party: 'carrier', revision: 1 }));
    },
  };
  if (target === 'cancelled') {
    await must(act(t, op, ref.id, 'cancel', { reason: 'client withdrew' }));
    return { ...ref, status: 'cancelled' };
  }
  for (const status of REACHABLE) {
    if (status === target) return { ...ref, status };
    const step = steps[status];
    if (!step) break;
    await step();
  }
  throw new Error(`cannot drive a shipment to ${target} with actions alone`);
}
