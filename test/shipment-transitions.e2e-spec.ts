import { actionsFrom, CONTAINER_ACTIONS, USER_ACTIONS } from '../src/shipments/domain/shipment-machine';
import { act, actOnContainer, REACHABLE, shipmentAt, ShipmentRef } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer } from './utils/http';

// Every action from every status this issue can reach over HTTP: a refused action answers 409
// SHIPMENT_INVALID_TRANSITION with exactly the actions the status allows, and changes nothing;
// next-actions lists the same actions. (What each allowed action does is the lifecycle test's job.)
describe('every action from every status, over HTTP', () => {
  let t: TestApp;
  const at = new Map<string, ShipmentRef>();
  let op: string;

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
    for (const status of [...REACHABLE, 'cancelled' as const]) at.set(status, await shipmentAt(t, status));
  });
  afterAll(() => t.close());

  const cases = [...REACHABLE, 'cancelled' as const].flatMap((status) =>
    USER_ACTIONS.filter((action) => !actionsFrom(status).includes(action)).map(
      (action) => [status, action] as const,
    ),
  );

  it.each(cases)('from %s, %s is refused with 409 and the allowed actions', async (status, action) => {
    const ref = at.get(status)!;
    const before = await t.http().get(`/api/v1/shipments/${ref.id}`).auth(op, bearer);
    const token = action === 'release-bl' ? await t.tokenFor('accounts') : op;
    const body = VALID_BODIES[action] ?? {};
    const res = (CONTAINER_ACTIONS as readonly string[]).includes(action)
      ? await actOnContainer(t, token, ref.id, ref.containers[0]!.id, action, body)
      : await act(t, token, ref.id, action, body);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('SHIPMENT_INVALID_TRANSITION');
    expect(res.body.details).toEqual({ status, action, allowedActions: actionsFrom(status) });
    const after = await t.http().get(`/api/v1/shipments/${ref.id}`).auth(op, bearer);
    expect(after.body.version).toBe(before.body.version);
  });

  it.each([...REACHABLE, 'cancelled' as const])(
    'next-actions from %s lists exactly what the table allows',
    async (status) => {
      const res = await t
        .http()
        .get(`/api/v1/shipments/${at.get(status)!.id}/next-actions`)
        .auth(op, bearer)
        .expect(200);
      expect(res.body.map((a: { action: string }) => a.action)).toEqual(actionsFrom(status));
    },
  );
});

const VALID_BODIES: Record<string, Record<string, unknown>> = {
  'release-so': {
    soNumber: 'SO1',
    carrierBookingReference: 'BK1',
    vessel: 'V',
    voyage: '1',
    etd: '2030-01-10T00:00:00Z',
    cutoffs: { cy: '2030-01-08T00:00:00Z', si: '2030-01-07T00:00:00Z' },
  },
  'declare-customs': { declarationNumber: 'D1' },
  'submit-si': {
    shipper: { name: 'S', address: 'A' },
    consignee: { name: 'C', address: 'A' },
    marks: 'N/M',
    description: 'D',
    packages: 1,
    grossWeightKg: '1',
    measurementCbm: '1',
    blType: 'telex',
  },
  'approve-bl': { party: 'client', revision: 1 },
  'release-bl': { mode: 'telex' },
  roll: { vessel: 'V', voyage: '2', etd: '2030-01-17T00:00:00Z', reason: 'r' },
  cancel: { reason: 'r' },
  'shut-out': { reason: 'r' },
  pickup: { containerNumber: 'MSKU9070323', sealNumber: 'S1' },
};
