import { checkDigit } from '../../src/containers/domain/container-number';
import type { ShipmentStatus } from '../../src/shipments/domain/shipment-status';
import type { TestApp } from '../utils/test-app';

let seq = 0;
const unique = (): string => `${process.pid % 1000}${++seq}`.slice(-6).padStart(6, '0');

/** A valid ISO 6346 number: the owner code, a serial, and its check digit. */
export function containerNumber(owner = 'MSKU', serial?: number): string {
  const digits = String(serial ?? Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
  return `${owner}${digits}${checkDigit(`${owner}${digits}`)}`;
}

export async function createClient(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; code: string }> {
  const token = await t.tokenFor('admin');
  const code = `CL${unique()}`;
  const res = await t
    .http()
    .post('/api/v1/clients')
    .auth(token, { type: 'bearer' })
    .send({
      code,
      name: `Client ${code}`,
      emails: [`ops@${code.toLowerCase()}.example`],
      salesUserId: await t.userIdFor('sales'),
      paymentTerms: 'prepaid',
      grade: 'b',
      ...overrides,
    });
  if (res.status !== 201) throw new Error(`create client: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; code: string };
}

export async function createCarrier(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; code: string }> {
  const token = await t.tokenFor('admin');
  const code = `CA${unique()}`;
  const res = await t
    .http()
    .post('/api/v1/carriers')
    .auth(token, { type: 'bearer' })
    .send({ code, name: `Carrier ${code}`, requiresDocPrint: true, ...overrides });
  if (res.status !== 201) throw new Error(`create carrier: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; code: string };
}

export interface ShipmentBody {
  clientId: string;
  carrierId?: string;
  [key: string]: unknown;
}

export function shipmentBody(base: ShipmentBody): Record<string, unknown> {
  return {
    pol: 'CNYTN',
    pod: 'USLAX',
    commodity: 'Wooden furniture',
    containers: [{ type: '40HC', quantity: 2 }],
    freightTerm: 'prepaid',
    agreedRate: { amount: '1850.00', currency: 'USD' },
    ...base,
  };
}

const inDays = (days: number, hour = 17): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

export const releaseSoBody = (): Record<string, unknown> => ({
  soNumber: `SO${unique()}`,
  carrierBookingReference: `BK${unique()}`,
  vessel: 'MSC OSCAR',
  voyage: 'FE546W',
  etd: inDays(10),
  cutoffs: { cy: inDays(8), si: inDays(7, 12) },
});

export const siBody = (): Record<string, unknown> => ({
  shipper: { name: 'Shenzhen Oak Furniture Co., Ltd.', address: 'Bao’an, Shenzhen, China' },
  consignee: { name: 'West Coast Home Inc.', address: 'Long Beach, CA, USA' },
  marks: 'N/M',
  description: '1,200 CARTONS OF WOODEN FURNITURE',
  packages: 1200,
  grossWeightKg: '18250.500',
  measurementCbm: '67.800',
  blType: 'telex',
});

/** The statuses this issue reaches by actions, in order, and how to take the next step from each. */
export const REACHABLE: ShipmentStatus[] = [
  'booking',
  'booking_confirmed',
  'space_requested',
  'so_released',
  'picked_up',
  'stuffed',
  'gated_in',
  'customs_declared',
  'customs_released',
  'si_submitted',
  'bl_checked',
];

export interface ShipmentRef {
  id: string;
  containers: { id: string }[];
  status: ShipmentStatus;
}

/** POST a shipment action as an operator (or the given token); returns the response. */
export function act(
  t: TestApp,
  token: string,
  id: string,
  action: string,
  body: Record<string, unknown> = {},
) {
  return t
    .http()
    .post(`/api/v1/shipments/${id}/actions/${action}`)
    .auth(token, { type: 'bearer' })
    .send(body);
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
    .auth(token, { type: 'bearer' })
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
  const created = await t
    .http()
    .post('/api/v1/shipments')
    .auth(op, { type: 'bearer' })
    .send(shipmentBody({ ...base, clientId, carrierId }));
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
