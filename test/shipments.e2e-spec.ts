import { createCarrier, createClient } from './factories/master-data';
import {
  containerNumber,
  EVENTS_TO_SO_RELEASED,
  releaseSoBody,
  shipmentBody,
  siBody,
} from './factories/shipments';
import { book, act, actOnContainer, shipmentAt } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer } from './utils/http';

describe('shipments over HTTP', () => {
  let t: TestApp;
  let op: string;
  let client: { id: string };
  let carrier: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
    client = await createClient(t);
    carrier = await createCarrier(t);
  });
  afterAll(() => t.close());

  const get = (id: string) => t.http().get(`/api/v1/shipments/${id}`).auth(op, bearer);
  const events = async (id: string) =>
    (await t.http().get(`/api/v1/shipments/${id}/events`).auth(op, bearer).expect(200)).body.items as {
      seq: number;
      type: string;
      fromStatus: string | null;
      toStatus: string | null;
      dcsaCode: string | null;
      actor: { id: string; name: string };
      data: Record<string, unknown>;
    }[];

  describe('booking', () => {
    it('creates a shipment with a reference, ISO container types and one row per container', async () => {
      const res = await book(
        t,
        op,
        shipmentBody({
          clientId: client.id,
          pol: 'cn ytn',
          containers: [
            { type: '40hc', quantity: 2 },
            { type: '22G1', quantity: 1 },
          ],
        }),
      ).expect(201);
      expect(res.body).toMatchObject({
        status: 'booking',
        version: 1,
        pol: 'CNYTN',
        pod: 'USLAX',
        inspection: 'none',
        agreedRate: { amount: '1850.00', currency: 'USD' },
        freightTerm: 'prepaid',
      });
      expect(res.body.reference).toMatch(/^SE\d{4}-\d{4}$/);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body.containers.map((c: { type: string; status: string }) => [c.type, c.status])).toEqual([
        ['45G1', 'planned'],
        ['45G1', 'planned'],
        ['22G1', 'planned'],
      ]);
      const history = await events(res.body.id);
      expect(history).toEqual([
        expect.objectContaining({ seq: 1, type: 'booking_created', fromStatus: null, toStatus: 'booking' }),
      ]);
    });

    it('numbers references in order without gaps, even when created at once', async () => {
      const refs = await Promise.all(
        Array.from({ length: 6 }, () => book(t, op, shipmentBody({ clientId: client.id }))),
      );
      const numbers = refs.map((r) => Number(String(r.body.reference).split('-')[1])).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 6 }, (_v, i) => numbers[0]! + i));
    });

    it.each([
      [{ pol: 'CNYT' }, 'pol'],
      [{ pod: 'US1AX' }, 'pod'],
      [{ containers: [{ type: '41XX', quantity: 1 }] }, 'containers[0].type'],
      [{ containers: [{ type: '20GP', quantity: 0 }] }, 'containers[0].quantity'],
      [{ containers: [] }, 'containers'],
      [{ agreedRate: { amount: 1850, currency: 'USD' } }, 'agreedRate.amount'],
      [{ agreedRate: { amount: '1850.505', currency: 'USD' } }, 'agreedRate.amount'],
      [{ agreedRate: { amount: '1850.00', currency: 'XXX' } }, 'agreedRate.currency'],
      [{ freightTerm: 'cod' }, 'freightTerm'],
      [{ etd: '2026-12-05 18:00' }, 'etd'],
      [{ commodity: '' }, 'commodity'],
      [{ extra: 1 }, 'extra'],
    ])('refuses %j naming %s, and writes nothing', async (override, field) => {
      const before = await t.dataSource.query('SELECT count(*)::int AS n FROM shipments');
      const res = await book(t, op, shipmentBody({ clientId: client.id, ...override })).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM shipments')).toEqual(before);
    });

    it('refuses an unknown client with 422 INVALID_REFERENCE', async () => {
      const res = await book(
        t,
        op,
        shipmentBody({ clientId: '00000000-0000-4000-8000-000000000001' }),
      ).expect(422);
      expect(res.body).toMatchObject({
        code: 'INVALID_REFERENCE',
        details: { fields: [{ field: 'clientId' }] },
      });
    });
  });

  describe('the whole way to bl_checked', () => {
    it('takes two containers through pickup, stuffing and gate-in, an inspection, a roll, SI and the B/L check', async () => {
      const created = await book(t, op, shipmentBody({ clientId: client.id })).expect(201);
      const id: string = created.body.id;
      const [c1, c2] = created.body.containers as { id: string }[];
      const sales = await t.tokenFor('sales');

      expect((await act(t, sales, id, 'confirm-booking')).body.status).toBe('booking_confirmed');
      const noCarrier = await act(t, op, id, 'request-space');
      expect(noCarrier.status).toBe(422);
      expect(noCarrier.body.details.missing).toEqual([expect.stringContaining('carrier')]);
      const spaced = await act(t, op, id, 'request-space', { carrierId: carrier.id });
      expect(spaced.body).toMatchObject({ status: 'space_requested', carrierId: carrier.id });

      const so = releaseSoBody();
      const released = await act(t, op, id, 'release-so', so);
      expect(released.status).toBe(200);
      expect(released.body).toMatchObject({
        status: 'so_released',
        soNumber: so.soNumber,
        vessel: 'MSC OSCAR',
      });

      // Gate-in before stuffing: refused, with the reason.
      const n1 = containerNumber('MSKU', 907032);
      const n2 = containerNumber('TGHU', 876238);
      await actOnContainer(t, op, id, c1!.id, 'pickup', {
        containerNumber: `${n1.slice(0, 4).toLowerCase()} ${n1.slice(4, 10)}-${n1.slice(10)}`,
        sealNumber: 'ml123',
      }).expect(200);
      const early = await actOnContainer(t, op, id, c1!.id, 'gate-in', {});
      expect(early.status).toBe(422);
      expect(early.body.details.missing[0]).toContain('must be stuffed first');

      const afterOne = await get(id);
      expect(afterOne.body.status).toBe('so_released');
      expect(afterOne.body.containers[0]).toMatchObject({
        status: 'picked_up',
        containerNumber: n1,
        sealNumber: 'ML123',
      });

      await actOnContainer(t, op, id, c1!.id, 'stuff', { packages: 600, grossWeightKg: '9120.500' }).expect(
        200,
      );
      expect(
        (await actOnContainer(t, op, id, c2!.id, 'pickup', { containerNumber: n2, sealNumber: 'ML124' })).body
          .status,
      ).toBe('picked_up');
      expect((await actOnContainer(t, op, id, c2!.id, 'stuff', {})).body.status).toBe('stuffed');
      await actOnContainer(t, op, id, c1!.id, 'gate-in', { terminal: 'YICT' }).expect(200);
      expect((await get(id)).body.status).toBe('stuffed');
      expect((await actOnContainer(t, op, id, c2!.id, 'gate-in', { terminal: 'YICT' })).body.status).toBe(
        'gated_in',
      );

      await act(t, op, id, 'declare-customs', { declarationNumber: '531620261000123456' }).expect(200);
      const flagged = await act(t, op, id, 'flag-inspection', {
        fee: { amount: '550.00', currency: 'CNY' },
        note: 'Yantian',
      });
      expect(flagged.body).toMatchObject({
        inspection: 'pending',
        inspectionFee: { amount: '550.00', currency: 'CNY' },
      });
      const blocked = await act(t, op, id, 'release-customs');
      expect(blocked.status).toBe(422);
      expect(blocked.body.code).toBe('REQUIREMENTS_UNMET');
      expect(blocked.body.details.missing).toEqual([expect.stringContaining('inspection')]);

      // Inspection on cut-off day: the cargo misses the vessel and is rolled to the next one.
      const rolled = await act(t, op, id, 'roll', {
        vessel: 'MSC ANNA',
        voyage: 'FE550W',
        etd: '2030-01-20T10:00:00+08:00',
        cutoffs: { cy: '2030-01-18T17:00:00+08:00', si: '2030-01-17T12:00:00+08:00' },
        reason: 'Inspection on cut-off day',
      });
      expect(rolled.body).toMatchObject({ status: 'customs_declared', vessel: 'MSC ANNA', voyage: 'FE550W' });

      await act(t, op, id, 'clear-inspection', { note: 'no findings' }).expect(200);
      expect((await act(t, op, id, 'release-customs')).body).toMatchObject({
        status: 'customs_released',
        inspection: 'cleared',
      });

      const si1 = await act(t, op, id, 'submit-si', siBody());
      expect(si1.body).toMatchObject({ status: 'si_submitted', siRevision: 1 });
      await act(t, op, id, 'approve-bl', { party: 'client', revision: 1 }).expect(200);
      // The client asks for a change: revision 2, approvals cleared.
      const si2 = await act(t, op, id, 'submit-si', { ...siBody(), marks: 'WCH/LA/1-1200' });
      expect(si2.body).toMatchObject({ siRevision: 2, blApprovals: { client: null, carrier: null } });
      const stale = await act(t, op, id, 'approve-bl', { party: 'carrier', revision: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('SI_REVISION_MISMATCH');
      await act(t, op, id, 'approve-bl', { party: 'carrier', revision: 2 }).expect(200);
      const twice = await act(t, op, id, 'approve-bl', { party: 'carrier', revision: 2 });
      expect(twice.status).toBe(409);
      const checked = await act(t, op, id, 'approve-bl', { party: 'client', revision: 2 });
      expect(checked.body).toMatchObject({ status: 'bl_checked', blApprovals: { client: 2, carrier: 2 } });

      const history = await events(id);
      expect(history.map((e) => e.seq)).toEqual(history.map((_e, i) => i + 1));
      expect(history.map((e) => e.type)).toEqual([
        ...EVENTS_TO_SO_RELEASED,
        'container_picked_up',
        'container_stuffed',
        'container_picked_up',
        'all_containers_picked_up',
        'container_stuffed',
        'all_containers_stuffed',
        'container_gated_in',
        'container_gated_in',
        'all_containers_gated_in',
        'customs_declared',
        'inspection_flagged',
        'rolled',
        'inspection_cleared',
        'customs_released',
        'si_submitted',
        'bl_approved',
        'si_submitted',
        'bl_approved',
        'bl_approved',
        'bl_checked',
      ]);
      const byType = (type: string) => history.filter((e) => e.type === type);
      expect(byType('container_picked_up').map((e) => [e.dcsaCode, e.data.emptyIndicator])).toEqual([
        ['GTOT', 'EMPTY'],
        ['GTOT', 'EMPTY'],
      ]);
      expect(byType('container_stuffed')[0]!.dcsaCode).toBe('STUF');
      expect(byType('container_gated_in')[0]).toMatchObject({
        dcsaCode: 'GTIN',
        data: { emptyIndicator: 'LADEN' },
      });
      expect(byType('inspection_flagged')[0]!.dcsaCode).toBe('CUSI');
      expect(byType('customs_released')[0]!.dcsaCode).toBe('CUSR');
      expect(byType('booking_confirmed')[0]).toMatchObject({
        dcsaCode: 'CONF',
        actor: { name: expect.stringContaining('sales') },
      });
      expect(byType('rolled')[0]!.data).toMatchObject({
        reason: 'Inspection on cut-off day',
        from: { vessel: 'MSC OSCAR', voyage: 'FE546W' },
        to: { vessel: 'MSC ANNA', voyage: 'FE550W', cutoffs: { cy: '2030-01-18T09:00:00.000Z' } },
      });
    });
  });

  describe('containers', () => {
    it.each([
      ['MSKU9070324', 'check digit'],
      ['MSKA9070323', 'category'],
      ['MSK9070323', '4 letters, 6 digits'],
    ])('refuses %s with 400 CONTAINER_NUMBER_INVALID (%s)', async (number, reason) => {
      const s = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
      const res = await actOnContainer(t, op, s.id, s.containers[0]!.id, 'pickup', {
        containerNumber: number,
        sealNumber: 'S1',
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('CONTAINER_NUMBER_INVALID');
      expect(res.body.message).toContain(reason);
      expect((await get(s.id)).body.version).toBe((await get(s.id)).body.version);
    });

    it('accepts a check digit 0 from a remainder of 10', async () => {
      const s = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
      await actOnContainer(t, op, s.id, s.containers[0]!.id, 'pickup', {
        containerNumber: 'CSQU3054450',
        sealNumber: 'S1',
      }).expect(200);
    });

    it('refuses a number already on another active shipment with 409, and frees it once that one is cancelled', async () => {
      const a = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
      const b = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
      const number = containerNumber('OOLU', 123450);
      await actOnContainer(t, op, a.id, a.containers[0]!.id, 'pickup', {
        containerNumber: number,
        sealNumber: 'S1',
      }).expect(200);
      const clash = await actOnContainer(t, op, b.id, b.containers[0]!.id, 'pickup', {
        containerNumber: number,
        sealNumber: 'S2',
      });
      expect(clash.status).toBe(409);
      expect(clash.body).toMatchObject({
        code: 'CONFLICT',
        details: { fields: [{ field: 'containerNumber' }] },
      });
      await act(t, op, a.id, 'cancel', { reason: 'client withdrew' }).expect(200);
      await actOnContainer(t, op, b.id, b.containers[0]!.id, 'pickup', {
        containerNumber: number,
        sealNumber: 'S2',
      }).expect(200);
    });

    it('refuses a bad seal number and a time in the future', async () => {
      const s = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
      const seal = await actOnContainer(t, op, s.id, s.containers[0]!.id, 'pickup', {
        containerNumber: containerNumber(),
        sealNumber: 'TOO-LONG-SEAL-NUMBER',
      });
      expect(seal.status).toBe(400);
      expect(seal.body.details.fields[0].field).toBe('sealNumber');
      const future = await actOnContainer(t, op, s.id, s.containers[0]!.id, 'pickup', {
        containerNumber: containerNumber(),
        sealNumber: 'S1',
        at: '2099-01-01T00:00:00Z',
      });
      expect(future.status).toBe(400);
      expect(future.body.details.fields[0].field).toBe('at');
    });

    it('answers 404 for a container of another shipment', async () => {
      const a = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
      const b = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
      await actOnContainer(t, op, a.id, b.containers[0]!.id, 'pickup', {
        containerNumber: containerNumber(),
        sealNumber: 'S',
      }).expect(404);
    });
  });

  describe('cancel', () => {
    it('is refused once customs released', async () => {
      const s = await shipmentAt(t, 'customs_released', { clientId: client.id, carrierId: carrier.id });
      const res = await act(t, op, s.id, 'cancel', { reason: 'too late' });
      expect(res.status).toBe(409);
      expect(res.body.details.allowedActions).not.toContain('cancel');
    });
  });

  describe('concurrency and retries', () => {
    it('answers a stale If-Match with 412 and changes nothing', async () => {
      const s = await shipmentAt(t, 'booking', { clientId: client.id });
      const read = await get(s.id);
      const etag = read.headers.etag as string;
      await t
        .http()
        .post(`/api/v1/shipments/${s.id}/actions/confirm-booking`)
        .auth(op, bearer)
        .set('If-Match', etag)
        .send({})
        .expect(200);
      const stale = await t
        .http()
        .post(`/api/v1/shipments/${s.id}/actions/cancel`)
        .auth(op, bearer)
        .set('If-Match', etag)
        .send({ reason: 'x' });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      expect((await get(s.id)).body.status).toBe('booking_confirmed');
      expect((await events(s.id)).length).toBe(2);
      await t
        .http()
        .post(`/api/v1/shipments/${s.id}/actions/cancel`)
        .auth(op, bearer)
        .set('If-Match', 'garbage')
        .send({ reason: 'x' })
        .expect(400);
    });

    it('lets exactly one of eight identical presses win, with one event', async () => {
      const s = await shipmentAt(t, 'booking', { clientId: client.id });
      const results = await Promise.all(Array.from({ length: 8 }, () => act(t, op, s.id, 'confirm-booking')));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
      expect((await events(s.id)).filter((e) => e.type === 'booking_confirmed')).toHaveLength(1);
    });

    it('with the same If-Match, one wins and the others get 412', async () => {
      const s = await shipmentAt(t, 'booking', { clientId: client.id });
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          t
            .http()
            .post(`/api/v1/shipments/${s.id}/actions/confirm-booking`)
            .auth(op, bearer)
            .set('If-Match', '"1"')
            .send({}),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412, 412]);
      expect((await events(s.id)).filter((e) => e.type === 'booking_confirmed')).toHaveLength(1);
    });

    it('replays the first response for a retried Idempotency-Key, and refuses the key with another body', async () => {
      const s = await shipmentAt(t, 'booking', { clientId: client.id });
      const send = (body: Record<string, unknown>, action = 'confirm-booking') =>
        t
          .http()
          .post(`/api/v1/shipments/${s.id}/actions/${action}`)
          .auth(op, bearer)
          .set('Idempotency-Key', 'press-1')
          .send(body);
      const first = await send({}).expect(200);
      const again = await send({}).expect(200);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.headers.etag).toBe(first.headers.etag);
      expect((await events(s.id)).filter((e) => e.type === 'booking_confirmed')).toHaveLength(1);
      const other = await send({ reason: 'no' }, 'cancel');
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      await t
        .http()
        .post(`/api/v1/shipments/${s.id}/actions/cancel`)
        .auth(op, bearer)
        .set('Idempotency-Key', 'k'.repeat(256))
        .send({ reason: 'x' })
        .expect(400);
    });

    it('creates one shipment for parallel POSTs with one Idempotency-Key', async () => {
      const body = shipmentBody({ clientId: client.id, commodity: 'idempotent furniture' });
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          t.http().post('/api/v1/shipments').auth(op, bearer).set('Idempotency-Key', 'create-42').send(body),
        ),
      );
      const created = results.filter((r) => r.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
      expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM shipments WHERE commodity = 'idempotent furniture'`,
      );
      expect(n).toBe(1);
    });
  });

  describe('history', () => {
    it('is append-only: the database refuses UPDATE and DELETE', async () => {
      const s = await shipmentAt(t, 'booking', { clientId: client.id });
      await expect(
        t.dataSource.query(`UPDATE shipment_events SET type = 'x' WHERE shipment_id = $1`, [s.id]),
      ).rejects.toThrow(/append-only/);
      await expect(
        t.dataSource.query(`DELETE FROM shipment_events WHERE shipment_id = $1`, [s.id]),
      ).rejects.toThrow(/append-only/);
      expect(await events(s.id)).toHaveLength(1);
    });
  });

  describe('lists', () => {
    let listClient: { id: string };
    let ids: string[];
    beforeAll(async () => {
      listClient = await createClient(t);
      ids = [];
      for (const status of ['booking', 'booking_confirmed', 'so_released', 'so_released'] as const) {
        ids.push((await shipmentAt(t, status, { clientId: listClient.id, carrierId: carrier.id })).id);
      }
    });
    const list = (query: Record<string, string | number>) =>
      t.http().get('/api/v1/shipments').query(query).auth(op, bearer);

    it('filters by client and status, newest first', async () => {
      const all = await list({ clientId: listClient.id }).expect(200);
      expect(all.body.items.map((s: { id: string }) => s.id)).toEqual([...ids].reverse());
      const released = await list({ clientId: listClient.id, status: 'so_released,booking' }).expect(200);
      expect(released.body.items).toHaveLength(3);
      await list({ status: 'shipped' }).expect(400);
    });

    it('pages with a cursor without repeats or gaps', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await list({
          clientId: listClient.id,
          limit: 1,
          ...(cursor ? { cursor } : {}),
        }).expect(200);
        seen.push(...res.body.items.map((s) => s.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());
    });

    it('finds by a prefix of the reference, S/O or container number, and by CY cut-off', async () => {
      const s = (await get(ids[2]!)).body;
      expect(
        (await list({ q: s.reference }).expect(200)).body.items.map((x: { id: string }) => x.id),
      ).toEqual([s.id]);
      expect(
        (await list({ q: s.soNumber.toLowerCase() }).expect(200)).body.items.map((x: { id: string }) => x.id),
      ).toEqual([s.id]);
      const number = containerNumber('CMAU', 765432);
      await actOnContainer(t, op, s.id, s.containers[0].id, 'pickup', {
        containerNumber: number,
        sealNumber: 'S9',
      }).expect(200);
      const byBox = await list({ q: `${number.slice(0, 4)} ${number.slice(4, 8)}` }).expect(200);
      expect(byBox.body.items.map((x: { id: string }) => x.id)).toEqual([s.id]);
      const soon = await list({
        clientId: listClient.id,
        cutoffBefore: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      }).expect(200);
      expect(soon.body.items).toHaveLength(2);
      const none = await list({ clientId: listClient.id, cutoffBefore: new Date().toISOString() }).expect(
        200,
      );
      expect(none.body.items).toHaveLength(0);
    });
  });

  describe('search (q): each kind of number by its own index, merged', () => {
    it('pages one merged list newest first across S/O, booking, B/L and container numbers, each once', async () => {
      const serial = 100_000 + Math.floor(Math.random() * 899_999);
      const prefix = `QZXU${String(serial).slice(0, 3)}`;
      const mine = await createClient(t);
      const at = (status: 'booking' | 'so_released') =>
        shipmentAt(t, status, { clientId: mine.id, carrierId: carrier.id });
      const set = (id: string, column: string, value: string) =>
        t.dataSource.query(`UPDATE shipments SET ${column} = $2 WHERE id = $1`, [id, value]);
      const bySo = await at('booking');
      await set(bySo.id, 'so_number', `${prefix}A1`);
      const byBooking = await at('booking');
      await set(byBooking.id, 'carrier_booking_reference', `${prefix}A2`);
      const byBl = await at('booking');
      await set(byBl.id, 'bl_number', `${prefix}A3`);
      const byBox = await at('so_released');
      await actOnContainer(t, op, byBox.id, byBox.containers[0]!.id, 'pickup', {
        containerNumber: containerNumber('QZXU', serial),
        sealNumber: 'S1',
      }).expect(200);
      // Found twice (its S/O and its box): listed once.
      const twice = await at('so_released');
      await set(twice.id, 'so_number', `${prefix}B`);
      await actOnContainer(t, op, twice.id, twice.containers[0]!.id, 'pickup', {
        containerNumber: containerNumber('QZXU', serial + 1),
        sealNumber: 'S2',
      }).expect(200);
      await at('booking'); // no match
      const elsewhere = await shipmentAt(t, 'booking', { carrierId: carrier.id });
      await set(elsewhere.id, 'so_number', `${prefix}C`);

      const list = (query: Record<string, string | number>) =>
        t.http().get('/api/v1/shipments').query(query).auth(op, bearer);
      const newestFirst = [twice.id, byBox.id, byBl.id, byBooking.id, bySo.id];
      const pages = async (limit: number, filter: Record<string, string>) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await list({
            q: prefix.toLowerCase(),
            limit,
            ...filter,
            ...(cursor ? { cursor } : {}),
          }).expect(200);
          expect(res.body.items.length).toBeLessThanOrEqual(limit);
          seen.push(...res.body.items.map((x) => x.id));
          cursor = res.body.nextCursor;
        } while (cursor);
        return seen;
      };
      for (const limit of [1, 2, 3, 5, 50]) {
        expect(await pages(limit, { clientId: mine.id })).toEqual(newestFirst);
      }
      expect(await pages(2, {})).toEqual([elsewhere.id, ...newestFirst]);
      expect(await pages(2, { clientId: mine.id, status: 'so_released' })).toEqual([twice.id, byBox.id]);
      expect(await pages(2, { clientId: mine.id, q: `${prefix}Z` })).toEqual([]);
    });
  });

  describe('roles', () => {
    it('lets sales create and confirm bookings but not run operations', async () => {
      const sales = await t.tokenFor('sales');
      const created = await book(
        t,
        sales,
        shipmentBody({ clientId: client.id, carrierId: carrier.id }),
      ).expect(201);
      await act(t, sales, created.body.id, 'confirm-booking').expect(200);
      const res = await act(t, sales, created.body.id, 'request-space');
      expect(res.status).toBe(403);
    });

    it('lets everyone inside read, and no one outside', async () => {
      const s = await shipmentAt(t, 'booking', { clientId: client.id });
      for (const role of ['manager', 'accounts', 'sales', 'operator', 'admin'] as const) {
        await t
          .http()
          .get(`/api/v1/shipments/${s.id}`)
          .auth(await t.tokenFor(role), bearer)
          .expect(200);
      }
      await t.http().get(`/api/v1/shipments/${s.id}`).expect(401);
      const accounts = await t.tokenFor('accounts');
      await book(t, accounts, shipmentBody({ clientId: client.id })).expect(403);
    });

    it('answers 404 for an unknown shipment', async () => {
      await get('00000000-0000-4000-8000-000000000000').expect(404);
      await act(t, op, '00000000-0000-4000-8000-000000000000', 'confirm-booking').expect(404);
    });
  });
});
