import { USER_CHANGED_CHANNEL } from '../src/users/active-users';
import { createCarrier, createClient } from './factories/master-data';
import { containerNumber, releaseSoBody, siBody } from './factories/shipments';
import { act, actOnContainer, shipmentAt } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';
import { createTestDatabase } from './utils/test-database';
import { bearer } from './utils/http';

interface EventRow {
  seq: number;
  type: string;
  toStatus: string;
}

/** The shipment as a GET shows it (200 expected). */
const readShipment = (t: TestApp, id: string, token: string) =>
  t.http().get(`/api/v1/shipments/${id}`).auth(token, bearer).expect(200);

const eventsOf = async (t: TestApp, id: string): Promise<EventRow[]> => {
  const token = await t.tokenFor('operator');
  const res = await t.http().get(`/api/v1/shipments/${id}/events`).auth(token, bearer).expect(200);
  return (res.body as { items: EventRow[] }).items;
};

// Actions read the shipment without a lock and write it in one statement if its version is unchanged
// (src/shipments/shipment-writer.ts, `change`): a step that lost the race is decided again.
describe('the optimistic write path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('picks up six containers of one shipment at once: every pickup lands, each recorded once, in order', async () => {
    const op = await t.tokenFor('operator');
    const s = await shipmentAt(t, 'so_released', {
      clientId: (await createClient(t)).id,
      carrierId: (await createCarrier(t)).id,
      containers: [{ type: '40HC', quantity: 6 }],
    });
    const numbers = s.containers.map(() => containerNumber());
    const answers = await Promise.all(
      s.containers.map((c, i) =>
        actOnContainer(t, op, s.id, c.id, 'pickup', { containerNumber: numbers[i], sealNumber: `SL${i}` }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(s.containers.map(() => 200));

    const shipment = await readShipment(t, s.id, op);
    expect(shipment.body.status).toBe('picked_up');
    expect(
      shipment.body.containers.map((c: { containerNumber: string }) => c.containerNumber).sort(),
    ).toEqual([...numbers].sort());
    const events = await eventsOf(t, s.id);
    expect(events.filter((e) => e.type === 'container_picked_up')).toHaveLength(6);
    expect(events.filter((e) => e.type === 'all_containers_picked_up')).toHaveLength(1);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    // One version per change: created at 1, three actions to so_released, six pickups.
    expect(shipment.body.version).toBe(1 + 3 + 6);
  });

  it('answers the version it wrote and the shipment as written, ETag included', async () => {
    const op = await t.tokenFor('operator');
    const s = await shipmentAt(t, 'gated_in');
    const before = await readShipment(t, s.id, op);
    const res = await act(t, op, s.id, 'declare-customs', { declarationNumber: 'DEC-0001' }).expect(200);
    expect(res.body.version).toBe(before.body.version + 1);
    expect(res.headers.etag).toBe(`"${before.body.version + 1}"`);
    const after = await readShipment(t, s.id, op);
    expect(res.body).toEqual(after.body);
  });

  it('with a stale If-Match, refuses with 412 even when the action would still be allowed', async () => {
    const op = await t.tokenFor('operator');
    const s = await shipmentAt(t, 'customs_declared');
    const { version } = (await readShipment(t, s.id, op)).body as { version: number };
    await act(t, op, s.id, 'flag-inspection', {}).set('If-Match', `"${version}"`).expect(200);
    const res = await act(t, op, s.id, 'clear-inspection', {}).set('If-Match', `"${version}"`).expect(412);
    expect(res.body.code).toBe('PRECONDITION_FAILED');
    expect((await eventsOf(t, s.id)).filter((e) => e.type === 'inspection_cleared')).toHaveLength(0);
  });

  // The write sends back only what the database sets (version, updated_at): the answer is the shipment as
  // the change left it. It must be what a read shows, field for field, whatever the input's spelling.
  it('answers every action with the shipment exactly as a later read shows it', async () => {
    const op = await t.tokenFor('operator');
    const carrier = await createCarrier(t);
    const s = await shipmentAt(t, 'booking', { containers: [{ type: '40HC', quantity: 2 }] });
    const [c1, c2] = s.containers as [{ id: string }, { id: string }];
    const steps: [string, () => ReturnType<typeof act>][] = [
      ['confirm-booking', () => act(t, op, s.id, 'confirm-booking')],
      ['request-space', () => act(t, op, s.id, 'request-space', { carrierId: carrier.id.toUpperCase() })],
      ['release-so', () => act(t, op, s.id, 'release-so', releaseSoBody())],
      [
        'roll',
        () =>
          act(t, op, s.id, 'roll', {
            vessel: 'MSC ANNA',
            voyage: 'FE550W',
            etd: '2030-01-20T10:00:00.123+08:00',
            cutoffs: { cy: '2030-01-18T17:00:00+08:00', si: '2030-01-17T12:00:00Z' },
            reason: ' missed the vessel ',
          }),
      ],
      [
        'pickup 1',
        () =>
          actOnContainer(t, op, s.id, c1.id, 'pickup', {
            containerNumber: containerNumber().toLowerCase(),
            sealNumber: 'sl001',
          }),
      ],
      [
        'pickup 2',
        () =>
          actOnContainer(t, op, s.id, c2.id, 'pickup', {
            containerNumber: containerNumber(),
            sealNumber: 'SL2',
          }),
      ],
      [
        'stuff 1',
        () =>
          actOnContainer(t, op, s.id, c1.id, 'stuff', { packages: 1, grossWeightKg: '0.5', vgmKg: '007' }),
      ],
      ['stuff 2', () => actOnContainer(t, op, s.id, c2.id, 'stuff', {})],
      ['gate-in 1', () => actOnContainer(t, op, s.id, c1.id, 'gate-in', { terminal: 'YICT' })],
      ['gate-in 2', () => actOnContainer(t, op, s.id, c2.id, 'gate-in', {})],
      ['declare-customs', () => act(t, op, s.id, 'declare-customs', { declarationNumber: 'dec-0001' })],
      [
        'flag-inspection',
        () => act(t, op, s.id, 'flag-inspection', { fee: { amount: '350.00', currency: 'CNY' } }),
      ],
      ['clear-inspection', () => act(t, op, s.id, 'clear-inspection', { note: 'no findings' })],
      ['release-customs', () => act(t, op, s.id, 'release-customs')],
      ['submit-si', () => act(t, op, s.id, 'submit-si', siBody())],
      ['approve-bl client', () => act(t, op, s.id, 'approve-bl', { party: 'client', revision: 1 })],
      ['approve-bl carrier', () => act(t, op, s.id, 'approve-bl', { party: 'carrier', revision: 1 })],
    ];
    for (const [label, step] of steps) {
      const res = await step();
      expect([label, res.status]).toEqual([label, 200]);
      const read = await readShipment(t, s.id, op);
      expect([label, res.body]).toEqual([label, read.body]);
      expect([label, res.headers.etag]).toEqual([label, read.headers.etag]);
    }
    expect((await readShipment(t, s.id, op)).body).toMatchObject({
      status: 'bl_checked',
      carrierId: carrier.id,
    });
  });

  it('answers a stuffing with the weights as the database keeps them', async () => {
    const op = await t.tokenFor('operator');
    const s = await shipmentAt(t, 'picked_up');
    const container = s.containers[0]!;
    const res = await actOnContainer(t, op, s.id, container.id, 'stuff', {
      packages: 600,
      grossWeightKg: '9120.5',
      vgmKg: '012920',
    }).expect(200);
    expect(res.body.containers[0]).toMatchObject({ grossWeightKg: '9120.500', vgmKg: '12920.000' });
    const after = await readShipment(t, s.id, op);
    expect(res.body).toEqual(after.body);
    const stuffed = (await eventsOf(t, s.id)).find((e) => e.type === 'container_stuffed') as unknown as {
      data: Record<string, unknown>;
    };
    expect(stuffed.data).toMatchObject({ grossWeightKg: '9120.500', vgmKg: '12920.000' });
  });
});

// An instance remembers the shipments it has just written (src/shipments/recent-shipments.ts) and decides
// the next action on one without reading it. Here the database changes behind its back, as another
// instance would change it: plain SQL, the version bumped as every writer does.
describe('a shipment remembered by the instance that wrote it, changed elsewhere since', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** The shipment at customs_declared, just written by this instance (so remembered at that version). */
  const declared = async (): Promise<{ id: string; version: number; op: string }> => {
    const op = await t.tokenFor('operator');
    const s = await shipmentAt(t, 'gated_in');
    const res = await act(t, op, s.id, 'declare-customs', { declarationNumber: 'DEC-1' }).expect(200);
    return { id: s.id, version: res.body.version as number, op };
  };
  const elsewhere = (id: string, set: string) =>
    t.dataSource.query(`UPDATE shipments SET ${set}, version = version + 1 WHERE id = $1`, [id]);

  it('refuses what the shipment now forbids, though the remembered one allowed it', async () => {
    const { id, op } = await declared();
    await elsewhere(id, `inspection = 'pending'`);
    const res = await act(t, op, id, 'release-customs', {}).expect(422);
    expect(res.body.code).toBe('REQUIREMENTS_UNMET');
    expect((await eventsOf(t, id)).filter((e) => e.type === 'customs_released')).toHaveLength(0);
  });

  it('allows what the shipment now allows, though the remembered one refused it', async () => {
    const { id, op } = await declared();
    await elsewhere(id, `status = 'customs_released'`);
    const res = await act(t, op, id, 'submit-si', siBody()).expect(200);
    expect(res.body.status).toBe('si_submitted');
  });

  it('writes nothing on the remembered version: decides again on the shipment as it is', async () => {
    const { id, version, op } = await declared();
    await elsewhere(id, `declaration_number = 'DEC-2'`);
    const res = await act(t, op, id, 'flag-inspection', {}).expect(200);
    expect(res.body).toMatchObject({
      version: version + 2,
      declarationNumber: 'DEC-2',
      inspection: 'pending',
    });
    const after = await readShipment(t, id, op);
    expect(res.body).toEqual(after.body);
    expect((await eventsOf(t, id)).filter((e) => e.type === 'inspection_flagged')).toHaveLength(1);
  });

  it('takes an If-Match of the version as it is, not as remembered', async () => {
    const { id, version, op } = await declared();
    await elsewhere(id, `declaration_number = 'DEC-3'`);
    const stale = await act(t, op, id, 'flag-inspection', {}).set('If-Match', `"${version}"`).expect(412);
    expect(stale.body.details).toEqual({ currentVersion: version + 1 });
    const res = await act(t, op, id, 'flag-inspection', {})
      .set('If-Match', `"${version + 1}"`)
      .expect(200);
    expect(res.body.version).toBe(version + 2);
  });
});

const onServer = process.env.DATABASE_URL ? describe : describe.skip;

/** Two apps on one fresh PostgreSQL database, as two instances behind a balancer. */
async function twoInstances(): Promise<{ a: TestApp; b: TestApp; close: () => Promise<void> }> {
  const db = await createTestDatabase();
  const a = await createTestApp({}, db);
  const b = await createTestApp({}, db);
  const close = async (): Promise<void> => {
    await a.close();
    await b.close();
    await db.dispose();
  };
  return { a, b, close };
}

// Who an active user is, is cached per instance and forgotten on every instance when it changes
// (src/users/active-users.ts). PGlite is one process by design, so this is for PostgreSQL.
onServer('a user changed on one instance, seen at once by another', () => {
  let a: TestApp;
  let b: TestApp;
  let close: () => Promise<void>;
  beforeAll(async () => ({ a, b, close } = await twoInstances()));
  afterAll(() => close());

  const get = (t: TestApp, token: string) => t.http().get('/api/v1/shipments').auth(token, bearer);
  /** PATCHes a user as the admin on instance a, expecting this status. */
  const patchUser = async (id: string, body: Record<string, unknown>, status: number) =>
    a
      .http()
      .patch(`/api/v1/users/${id}`)
      .auth(await a.tokenFor('admin'), bearer)
      .send(body)
      .expect(status);
  // NOTIFY is delivered on commit, asynchronously: allow the other instance its round trip.
  const heard = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('refuses a user deactivated through the other instance, on the very next request', async () => {
    const user = await a.createUser({ role: 'operator' });
    await get(b, user.token).expect(200); // b now knows the user
    await patchUser(user.id, { active: false }, 200);
    await heard();
    expect((await get(b, user.token).expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it('applies a new role through the other instance at once', async () => {
    const user = await a.createUser({ role: 'operator' });
    await get(b, user.token).expect(200);
    await patchUser(user.id, { role: 'client' }, 400); // a client user needs a client company: refused, nothing changed
    await get(b, user.token).expect(200);
    await patchUser(user.id, { role: 'accounts' }, 200);
    await heard();
    // Accounts may read shipments but not run operators' actions.
    const s = await shipmentAt(a, 'gated_in');
    const res = await act(b, user.token, s.id, 'declare-customs', { declarationNumber: 'D1' });
    expect(res.status).toBe(403);
  });

  it('stops trusting its cache when it stops hearing about changes', async () => {
    const user = await a.createUser({ role: 'operator' });
    await get(b, user.token).expect(200);
    // Cut every instance's listening connection, then change the user behind their backs (no NOTIFY).
    await a.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'quayside-listen' AND datname = current_database()`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await a.dataSource.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    await get(b, user.token).expect(401);
    // And it listens again by itself: a deactivation announced later reaches it too.
    const other = await a.createUser({ role: 'operator' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await get(b, other.token).expect(200);
    await a.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [other.id]);
    await a.dataSource.query('SELECT pg_notify($1, $2)', [USER_CHANGED_CHANNEL, other.id]);
    await heard();
    await get(b, other.token).expect(401);
  });
});

// Two instances behind a load balancer without affinity: each remembers what it wrote, and the other's
// steps make that stale. Every step still lands once, in order, on the shipment as it is.
onServer('one shipment taken through its steps by two instances in turn', () => {
  let a: TestApp;
  let b: TestApp;
  let close: () => Promise<void>;
  beforeAll(async () => ({ a, b, close } = await twoInstances()));
  afterAll(() => close());

  it('alternating instances: each action decided on the shipment as it is, every event once', async () => {
    const op = await a.tokenFor('operator');
    const s = await shipmentAt(a, 'so_released', { containers: [{ type: '40HC', quantity: 1 }] });
    const c = s.containers[0]!;
    const read = await readShipment(a, s.id, op);
    let version = read.body.version as number;
    const pickup = { containerNumber: containerNumber(), sealNumber: 'S1' };
    const steps: [() => ReturnType<typeof act>, string][] = [
      [() => actOnContainer(b, op, s.id, c.id, 'pickup', pickup), 'picked_up'],
      // Stuffed with what the SI will declare (submit-si checks the SI against the boxes).
      [
        () => actOnContainer(a, op, s.id, c.id, 'stuff', { packages: 1200, grossWeightKg: '18250.500' }),
        'stuffed',
      ],
      [() => actOnContainer(b, op, s.id, c.id, 'gate-in', {}), 'gated_in'],
      [() => act(a, op, s.id, 'declare-customs', { declarationNumber: 'DEC-9' }), 'customs_declared'],
      [() => act(b, op, s.id, 'release-customs', {}), 'customs_released'],
      [() => act(a, op, s.id, 'submit-si', siBody()), 'si_submitted'],
      // b last wrote it at customs_released: its write on that version fails, and on the shipment as it is
      // the SI is submitted again, as revision 2 (docs/domain.md step 10).
      [() => act(b, op, s.id, 'submit-si', siBody()), 'si_submitted'],
    ];
    for (const [step, status] of steps) {
      const res = await step().expect(200);
      expect(res.body).toMatchObject({ status, version: version + 1 });
      version += 1;
    }
    const after = await readShipment(b, s.id, op);
    expect(after.body).toMatchObject({ version, siRevision: 2 });
    // a last wrote it at si_submitted revision 1, and b's refusal of a step already taken is still 409.
    expect((await act(a, op, s.id, 'declare-customs', { declarationNumber: 'DEC-9' })).status).toBe(409);
    const events = await eventsOf(a, s.id);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.type === 'customs_released')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'si_submitted')).toHaveLength(2);
  });
});
