import { createCarrier, createClient } from './factories/master-data';
import { shipmentBody } from './factories/shipments';
import { book, shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';

/** The assigned operator: set on booking, changed by operators and managers, each change an event. */
describe('the assigned operator (operatorId)', () => {
  let t: TestApp;
  let op: { id: string; token: string };
  let other: { id: string; token: string };
  let client: { id: string };
  let carrier: { id: string };

  const get = (id: string, token = op.token) => t.http().get(`/api/v1/shipments/${id}`).auth(token, bearer);
  const patch = (id: string, body: Record<string, unknown>, token: string, version: number) =>
    t.http().patch(`/api/v1/shipments/${id}`).auth(token, bearer).set('If-Match', `"${version}"`).send(body);
  const events = async (id: string, token = op.token) =>
    (await t.http().get(`/api/v1/shipments/${id}/events`).auth(token, bearer)).body.items as {
      type: string;
      data: Record<string, unknown>;
      actor: { id: string | null };
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.createUser({ role: 'operator', name: 'Op One' });
    other = await t.createUser({ role: 'operator', name: 'Op Two' });
    client = await createClient(t);
    carrier = await createCarrier(t);
  });
  afterAll(() => t.close());

  it('is the booking operator by default, the one named when given, nobody when sales books', async () => {
    const own = await book(t, op.token, shipmentBody({ clientId: client.id, carrierId: carrier.id })).expect(
      201,
    );
    expect(own.body.operatorId).toBe(op.id);
    const named = await book(
      t,
      op.token,
      shipmentBody({ clientId: client.id, carrierId: carrier.id, operatorId: other.id }),
    ).expect(201);
    expect(named.body.operatorId).toBe(other.id);
    const bySales = await book(
      t,
      await t.tokenFor('sales'),
      shipmentBody({ clientId: client.id, carrierId: carrier.id }),
    ).expect(201);
    expect(bySales.body.operatorId).toBeNull();
  });

  it('refuses anyone but an active operator, naming operatorId, and books nothing', async () => {
    const sales = await t.userIdFor('sales');
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM shipments`);
    const res = await book(
      t,
      op.token,
      shipmentBody({ clientId: client.id, carrierId: carrier.id, operatorId: sales }),
    );
    expect(res.status).toBe(422);
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['operatorId']);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM shipments`)).toEqual(before);
  });

  it('is changed by an operator or a manager under If-Match, as an event with before and after', async () => {
    const s = await shipmentAt(t, 'booking', { clientId: client.id, carrierId: carrier.id });
    const current = (await get(s.id).expect(200)).body;
    const moved = await patch(s.id, { operatorId: other.id }, op.token, current.version).expect(200);
    expect(moved.body.operatorId).toBe(other.id);
    const manager = await t.tokenFor('manager');
    const back = await patch(s.id, { operatorId: null }, manager, moved.body.version).expect(200);
    expect(back.body.operatorId).toBeNull();
    const assigned = (await events(s.id)).filter((e) => e.type === 'operator_assigned');
    expect(assigned.map((e) => e.data)).toEqual([
      { from: current.operatorId, to: other.id },
      { from: other.id, to: null },
    ]);
    // A manager changes only the assignment; a stale version changes nothing.
    const refused = await patch(s.id, { blNumber: 'COSU1234567' }, manager, back.body.version);
    expect(refused.status).toBe(403);
    await patch(s.id, { operatorId: op.id }, op.token, current.version).expect(412);
    expect((await get(s.id)).body.operatorId).toBeNull();
    // Sales and accounts may not.
    expect(
      (await patch(s.id, { operatorId: op.id }, await t.tokenFor('sales'), back.body.version)).status,
    ).toBe(403);
  });

  it('is staff-only: a client user reads it as null and never sees the assignment events', async () => {
    const s = await shipmentAt(t, 'booking', { clientId: client.id, carrierId: carrier.id });
    const version = (await get(s.id)).body.version;
    await patch(s.id, { operatorId: other.id }, op.token, version).expect(200);
    const clientUser = await t.createUser({ role: 'client', clientId: client.id });
    expect((await get(s.id, clientUser.token).expect(200)).body.operatorId).toBeNull();
    expect((await events(s.id, clientUser.token)).map((e) => e.type)).not.toContain('operator_assigned');
  });

  it("filters the list and the board by operator, and 'mine' is the caller's", async () => {
    const mineClient = await createClient(t);
    const a = await book(
      t,
      other.token,
      shipmentBody({ clientId: mineClient.id, carrierId: carrier.id }),
    ).expect(201);
    await book(t, op.token, shipmentBody({ clientId: mineClient.id, carrierId: carrier.id })).expect(201);
    const list = await t
      .http()
      .get('/api/v1/shipments')
      .query({ clientId: mineClient.id, operatorId: other.id })
      .auth(op.token, bearer)
      .expect(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([a.body.id]);
    const board = await t
      .http()
      .get('/api/v1/board')
      .query({ clientId: mineClient.id, mine: 'true' })
      .auth(other.token, bearer)
      .expect(200);
    const booking = board.body.columns.find((c: { status: string }) => c.status === 'booking');
    expect(booking.count).toBe(1);
    expect(booking.items[0]).toMatchObject({
      id: a.body.id,
      operatorId: other.id,
      nextAction: 'confirm-booking',
    });
  });
});
