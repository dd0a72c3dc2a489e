import type { ShipmentStatus } from '../src/shipments/domain/shipment-status';
import { eventsOf, issuePayable, issueReceivable, pay, postVoid } from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { containerNumber, shipmentBody, siBody, unique } from './factories/shipments';
import { act, actOnContainer, book, shipmentAt, type ShipmentRef } from './utils/flow';
import { bearer } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';

// Issue 16: bookings that change (PATCH), late rolls and shut-outs, containers free only once sailed, and an
// SI that matches the boxes. Each rule at its edges, on the real database.

interface Shipment {
  id: string;
  status: ShipmentStatus;
  version: number;
  pod: string;
  commodity: string;
  carrierId: string | null;
  remarks: string | null;
  agreedRate: { amount: string; currency: string } | null;
  vessel: string | null;
  siRevision: number;
  blApprovals: { client: number | null; carrier: number | null };
  containers: { id: string; seq: number; type: string; status: string; containerNumber: string | null }[];
}

describe('shipment changes (issue 16)', () => {
  let t: TestApp;
  let op: string;
  let accounts: string;
  let clientId: string;
  let carrierId: string;

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
    accounts = await t.tokenFor('accounts');
    clientId = (await createClient(t)).id;
    carrierId = (await createCarrier(t)).id;
  });
  afterAll(() => t.close());

  const at = (status: ShipmentStatus, base: Record<string, unknown> = {}) =>
    shipmentAt(t, status, { clientId, carrierId, ...base });
  const get = async (id: string, token = op): Promise<Shipment> =>
    (await t.http().get(`/api/v1/shipments/${id}`).auth(token, bearer).expect(200)).body as Shipment;
  const patch = (id: string, body: Record<string, unknown>, token = op) =>
    t.http().patch(`/api/v1/shipments/${id}`).auth(token, bearer).send(body);
  const confirmations = async (id: string): Promise<number> => {
    const [row] = await t.dataSource.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM emails WHERE shipment_id = $1 AND template = 'booking_confirmed'`,
      [id],
    );
    return row.n;
  };
  const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const rollBody = (vessel = 'MSC ANNA') => ({
    vessel,
    voyage: 'FE550W',
    etd: later(17),
    cutoffs: { cy: later(15), si: later(14) },
    reason: 'Vessel full: next sailing',
  });

  describe('PATCH: what each stage still allows', () => {
    // Written here independently of src/shipments/domain/shipment-edits.ts: for each field, a change and the
    // statuses where it is refused (422) with words of why.
    const CHANGES: Record<
      string,
      { body: Record<string, unknown>; lockedFrom: ShipmentStatus[]; why: RegExp }
    > = {
      commodity: {
        body: { commodity: 'Steel shelving' },
        lockedFrom: ['si_submitted', 'bl_checked', 'cancelled'],
        why: /SI revision|not cancelled/,
      },
      pod: {
        body: { pod: 'uslgb' },
        lockedFrom: ['si_submitted', 'bl_checked', 'cancelled'],
        why: /POD is on the B\/L draft.*SI revision|not cancelled/,
      },
      agreedRate: {
        body: { agreedRate: { amount: '1900.00', currency: 'USD' } },
        lockedFrom: ['cancelled'],
        why: /not cancelled/,
      },
      carrierId: {
        body: {},
        lockedFrom: [
          'space_requested',
          'so_released',
          'picked_up',
          'customs_released',
          'si_submitted',
          'bl_checked',
          'cancelled',
        ],
        why: /space is not yet requested|not cancelled/,
      },
      remarks: {
        body: { remarks: 'Client wants photos of the stuffing' },
        lockedFrom: ['cancelled'],
        why: /not cancelled/,
      },
      containers: {
        body: { containers: { add: [{ type: '20GP', quantity: 1 }] } },
        lockedFrom: ['picked_up', 'customs_released', 'si_submitted', 'bl_checked', 'cancelled'],
        why: /only planned containers|not cancelled/,
      },
    };
    const STATUSES: ShipmentStatus[] = [
      'booking',
      'booking_confirmed',
      'space_requested',
      'so_released',
      'picked_up',
      'customs_released',
      'si_submitted',
      'bl_checked',
      'cancelled',
    ];
    const cases = STATUSES.flatMap((status) =>
      Object.keys(CHANGES).map(
        (field) => [field, status, !CHANGES[field]!.lockedFrom.includes(status)] as const,
      ),
    );

    it.each(cases)('%s from %s: allowed %s', async (field, status, allowed) => {
      const s = await at(status);
      const spec = CHANGES[field]!;
      const body = field === 'carrierId' ? { carrierId: (await createCarrier(t)).id } : spec.body;
      const before = await get(s.id);
      const res = await patch(s.id, body);
      if (!allowed) {
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('REQUIREMENTS_UNMET');
        expect(res.body.details.missing.join(' ')).toMatch(spec.why);
        expect((await get(s.id)).version).toBe(before.version);
        return;
      }
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(before.version + 1);
      // And the editable list says the same.
      const editable = await t.http().get(`/api/v1/shipments/${s.id}/editable`).auth(op, bearer).expect(200);
      expect(editable.body).toContainEqual({ field, editable: true });
    });

    it('records each change as an event with before and after, and re-sends the confirmation once', async () => {
      const s = await at('booking_confirmed');
      expect(await confirmations(s.id)).toBe(1);
      const before = await get(s.id);
      const res = await patch(s.id, {
        pod: 'USLGB',
        commodity: 'Steel shelving',
        agreedRate: { amount: '1900.00', currency: 'USD' },
        remarks: 'Photos please',
        containers: { add: [{ type: '20GP', quantity: 1 }], remove: [before.containers[0]!.id] },
      })
        .set('If-Match', `"${before.version}"`)
        .expect(200);
      expect(res.body).toMatchObject({
        pod: 'USLGB',
        commodity: 'Steel shelving',
        agreedRate: { amount: '1900.00', currency: 'USD' },
        remarks: 'Photos please',
        version: before.version + 1,
      });
      const types = (res.body as Shipment).containers.map((c) => [c.seq, c.type, c.status]);
      expect(types).toEqual([
        [2, '45G1', 'planned'],
        [3, '22G1', 'planned'],
      ]);
      // One confirmation re-sent for the whole edit, with the new figures.
      expect(await confirmations(s.id)).toBe(2);
      const events = (await eventsOf(t, s.id)).filter((e) =>
        ['booking_changed', 'shipment_edited'].includes(e.type),
      );
      expect(events.map((e) => [e.type, e.data.field, e.data.from, e.data.to])).toEqual([
        ['booking_changed', 'commodity', 'Wooden furniture', 'Steel shelving'],
        ['booking_changed', 'pod', 'USLAX', 'USLGB'],
        [
          'booking_changed',
          'agreedRate',
          { amount: '1850.00', currency: 'USD' },
          { amount: '1900.00', currency: 'USD' },
        ],
        ['shipment_edited', 'remarks', null, 'Photos please'],
        [
          'booking_changed',
          'containers',
          [{ type: '45G1', quantity: 2 }],
          [
            { type: '45G1', quantity: 1 },
            { type: '22G1', quantity: 1 },
          ],
        ],
      ]);
      expect(events[4]!.data).toMatchObject({
        added: [{ seq: 3, type: '22G1' }],
        removed: [{ containerId: before.containers[0]!.id, seq: 1, type: '45G1' }],
        confirmationResent: true,
      });
      // The same body again changes nothing: no event, no version, no e-mail.
      const again = await patch(s.id, { pod: 'USLGB', remarks: 'Photos please' }).expect(200);
      expect(again.body.version).toBe(before.version + 1);
      expect(await confirmations(s.id)).toBe(2);
    });

    it('before confirm-booking nothing is re-sent: the confirmation goes out with the changes', async () => {
      const s = await at('booking');
      await patch(s.id, { pod: 'USLGB' }).expect(200);
      expect(await confirmations(s.id)).toBe(0);
      const [changed] = (await eventsOf(t, s.id)).filter((e) => e.type === 'booking_changed');
      expect(changed!.data).toMatchObject({ field: 'pod', confirmationResent: false });
    });

    it('removes only planned containers, and keeps at least one', async () => {
      const s = await at('so_released');
      const [first, second] = s.containers;
      const picked = await actOnContainer(t, op, s.id, first!.id, 'pickup', {
        containerNumber: containerNumber(),
        sealNumber: 'SL1',
      });
      expect(picked.status).toBe(200);
      const refused = await patch(s.id, { containers: { remove: [first!.id] } });
      expect(refused.status).toBe(422);
      expect(refused.body.details.missing[0]).toMatch(/still planned: it is picked up/);
      const notOurs = await patch(s.id, { containers: { remove: ['00000000-0000-4000-8000-000000000000'] } });
      expect(notOurs.status).toBe(400);
      expect(notOurs.body.details.fields[0].field).toBe('containers.remove.0');
      // The last planned one removed: every box left is picked up, and the shipment moves on by itself.
      const res = await patch(s.id, { containers: { remove: [second!.id] } }).expect(200);
      expect(res.body.status).toBe('picked_up');
      expect(res.body.containers).toHaveLength(1);

      const one = await at('booking', { containers: [{ type: '40HC', quantity: 1 }] });
      const empty = await patch(one.id, { containers: { remove: [one.containers[0]!.id] } });
      expect(empty.status).toBe(400);
      expect(empty.body.message).toMatch(/at least one container/);
    });

    it('refuses a stale If-Match (412), a cleared commodity (400), a POD equal to the POL (400)', async () => {
      const s = await at('booking');
      const v = (await get(s.id)).version;
      await patch(s.id, { remarks: 'first' }).expect(200);
      const stale = await patch(s.id, { remarks: 'second' }).set('If-Match', `"${v}"`);
      expect(stale.status).toBe(412);
      expect((await get(s.id)).remarks).toBe('first');
      expect((await patch(s.id, { commodity: null })).status).toBe(400);
      const samePort = await patch(s.id, { pod: 'CNYTN' });
      expect(samePort.status).toBe(400);
      expect(samePort.body.details.fields[0].field).toBe('pod');
      expect((await patch(s.id, { carrierId: '00000000-0000-4000-8000-000000000000' })).status).toBe(422);
    });

    it('a manager may change only the operator; remarks are staff-only', async () => {
      const s = await at('booking');
      const manager = await t.tokenFor('manager');
      expect((await patch(s.id, { commodity: 'X' }, manager)).status).toBe(403);
      await patch(s.id, { remarks: 'Client is slow to pay' }).expect(200);
      const user = await t.createUser({ role: 'client', clientId });
      const seen = await get(s.id, user.token);
      expect(seen.remarks).toBeNull();
      const events = await t
        .http()
        .get(`/api/v1/shipments/${s.id}/events`)
        .auth(user.token, bearer)
        .expect(200);
      expect(events.body.items.map((e: { type: string }) => e.type)).not.toContain('shipment_edited');
      expect((await t.http().get(`/api/v1/shipments/${s.id}/editable`).auth(user.token, bearer)).status).toBe(
        403,
      );
    });

    it('request-space without a carrier points at the PATCH, which then provides it', async () => {
      const booked = await book(t, op, shipmentBody({ clientId })).expect(201);
      const s = booked.body as Shipment;
      expect(s.carrierId).toBeNull();
      await act(t, op, s.id, 'confirm-booking').expect(200);
      const refused = await act(t, op, s.id, 'request-space');
      expect(refused.status).toBe(422);
      expect(refused.body.details.missing).toEqual([
        'a carrier (give carrierId, or set one with PATCH /shipments/:id { carrierId })',
      ]);
      await patch(s.id, { carrierId }).expect(200);
      expect((await act(t, op, s.id, 'request-space')).status).toBe(200);
    });

    it('the POD after the SI changes with an SI revision, which re-sends the confirmation', async () => {
      const s = await at('si_submitted');
      const before = await confirmations(s.id);
      const res = await act(t, op, s.id, 'submit-si', { ...siBody(), pod: 'USLGB' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ pod: 'USLGB', siRevision: 2 });
      expect(await confirmations(s.id)).toBe(before + 1);
      const changed = (await eventsOf(t, s.id)).find((e) => e.type === 'booking_changed');
      expect(changed!.data).toMatchObject({ field: 'pod', from: 'USLAX', to: 'USLGB', via: 'submit-si' });
    });
  });

  describe('late rolls', () => {
    it.each([
      ['so_released', 'so_released', false],
      ['customs_released', 'customs_released', false],
      ['si_submitted', 'si_submitted', true],
      ['bl_checked', 'si_submitted', true],
    ] as const)('from %s: stays or goes to %s; B/L approvals cleared: %s', async (from, to, cleared) => {
      const s = await at(from);
      const res = await act(t, op, s.id, 'roll', rollBody());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: to, vessel: 'MSC ANNA' });
      if (cleared) expect(res.body.blApprovals).toEqual({ client: null, carrier: null });
      const rolled = (await eventsOf(t, s.id)).filter((e) => e.type === 'rolled');
      expect(rolled).toHaveLength(1);
      expect(rolled[0]).toMatchObject({ fromStatus: from, toStatus: to });
      expect(Boolean(rolled[0]!.data.blApprovalsCleared)).toBe(cleared);
    });

    it('from debit_noted and paid: back to si_submitted, and to where it was once both sides approve again', async () => {
      for (const paid of [false, true]) {
        const s = await at('bl_checked');
        const note = await issueReceivable(t, s.id);
        if (paid) await pay(t, [note]);
        expect((await get(s.id)).status).toBe(paid ? 'paid' : 'debit_noted');
        const res = await act(t, op, s.id, 'roll', rollBody());
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('si_submitted');
        // release-bl waits for the check again.
        expect((await act(t, accounts, s.id, 'release-bl', { mode: 'telex' })).status).toBe(409);
        await act(t, op, s.id, 'approve-bl', { party: 'client', revision: 1 }).expect(200);
        const back = await act(t, op, s.id, 'approve-bl', { party: 'carrier', revision: 1 }).expect(200);
        expect(back.body.status).toBe(paid ? 'paid' : 'debit_noted');
      }
    });

    it('is refused once the B/L is released (409)', async () => {
      const s = await at('bl_checked');
      await pay(t, [await issueReceivable(t, s.id)]);
      await act(t, accounts, s.id, 'release-bl', { mode: 'telex' }).expect(200);
      const res = await act(t, op, s.id, 'roll', rollBody());
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SHIPMENT_INVALID_TRANSITION');
    });
  });

  describe('shut-out', () => {
    it('from customs_released: cancelled, with the reason and the withdrawal reference, boxes freed', async () => {
      const s = await at('customs_released');
      const boxes = (await get(s.id)).containers.map((c) => c.containerNumber!);
      const res = await act(t, op, s.id, 'shut-out', {
        reason: 'Overweight box refused at loading',
        customsWithdrawalReference: 'wd-531620261000123456',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Overweight box refused at loading',
      });
      const [event] = (await eventsOf(t, s.id)).filter((e) => e.type === 'shut_out');
      expect(event).toMatchObject({
        fromStatus: 'customs_released',
        toStatus: 'cancelled',
        data: {
          reason: 'Overweight box refused at loading',
          customsWithdrawalReference: 'WD-531620261000123456',
        },
      });
      // The withdrawn boxes can go on another shipment at once.
      const other = await at('so_released');
      const picked = await actOnContainer(t, op, other.id, other.containers[0]!.id, 'pickup', {
        containerNumber: boxes[0],
        sealNumber: 'SL2',
      });
      expect(picked.status).toBe(200);
    });

    it('needs a reason (400); before customs release it is a cancel (409)', async () => {
      const s = await at('customs_released');
      expect((await act(t, op, s.id, 'shut-out', {})).status).toBe(400);
      const early = await at('customs_declared');
      const res = await act(t, op, early.id, 'shut-out', { reason: 'r' });
      expect(res.status).toBe(409);
      expect(res.body.details.allowedActions).toContain('cancel');
    });

    it("follows cancel's billing rule: refused with an issued debit note, allowed once it is voided", async () => {
      const s = await at('bl_checked');
      const note = await issuePayable(t, s.id);
      const refused = await act(t, op, s.id, 'shut-out', { reason: 'Shut out' });
      expect(refused.status).toBe(422);
      expect(refused.body.details.missing).toEqual(['void the 1 issued debit note(s) first']);
      expect((await postVoid(t, note.id)).status).toBe(200);
      expect((await act(t, op, s.id, 'shut-out', { reason: 'Shut out' })).status).toBe(200);
      // And from debit_noted, the receivable note is in the way the same.
      const billed = await at('bl_checked');
      await issueReceivable(t, billed.id);
      expect((await act(t, op, billed.id, 'shut-out', { reason: 'Shut out' })).status).toBe(422);
    });

    it('only operations may shut out', async () => {
      const s = await at('customs_released');
      expect((await act(t, accounts, s.id, 'shut-out', { reason: 'r' })).status).toBe(403);
    });
  });

  describe('a container number is in use until its shipment has sailed', () => {
    const released = async () => {
      const s = await at('bl_checked');
      await pay(t, [await issueReceivable(t, s.id)]);
      await act(t, accounts, s.id, 'release-bl', { mode: 'telex' }).expect(200);
      return { s, box: (await get(s.id)).containers[0]!.containerNumber! };
    };
    const pickup = (ref: ShipmentRef, box: string) =>
      actOnContainer(t, op, ref.id, ref.containers[0]!.id, 'pickup', {
        containerNumber: box,
        sealNumber: 'SL9',
      });

    it('refuses a box whose released shipment has not sailed (422 CONTAINER_IN_USE), takes it once the ETD has passed', async () => {
      const { s, box } = await released();
      const next = await at('so_released');
      const refused = await pickup(next, box);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('CONTAINER_IN_USE');
      expect(refused.body.details).toMatchObject({
        containerNumber: box,
        fields: [{ field: 'containerNumber' }],
      });
      expect(refused.body.message).toMatch(/has not sailed/);
      // The vessel leaves: one second ago.
      await t.dataSource.query(`UPDATE shipments SET etd = now() - interval '1 second' WHERE id = $1`, [
        s.id,
      ]);
      expect((await pickup(next, box)).status).toBe(200);
    });

    it('a box on a live shipment stays 409 as before', async () => {
      const live = await at('picked_up');
      const box = (await get(live.id)).containers[0]!.containerNumber!;
      const res = await pickup(await at('so_released'), box);
      expect(res.status).toBe(409);
    });
  });

  describe('the SI matches the boxes', () => {
    /** At customs_released with two boxes stuffed with 500 packages and 4,000.25 kg each. */
    const stuffedWith = async () => {
      const s = await at('so_released');
      for (const c of s.containers) {
        await actOnContainer(t, op, s.id, c.id, 'pickup', {
          containerNumber: containerNumber(),
          sealNumber: 'S',
        }).expect(200);
        await actOnContainer(t, op, s.id, c.id, 'stuff', { packages: 500, grossWeightKg: '4000.25' }).expect(
          200,
        );
        await actOnContainer(t, op, s.id, c.id, 'gate-in', {}).expect(200);
      }
      await act(t, op, s.id, 'declare-customs', { declarationNumber: `D${unique()}` }).expect(200);
      await act(t, op, s.id, 'release-customs').expect(200);
      return s;
    };
    const si = (packages: number, grossWeightKg: string, more: Record<string, unknown> = {}) => ({
      ...siBody(),
      packages,
      grossWeightKg,
      ...more,
    });

    it('accepts the stuffed totals however the weight is written', async () => {
      const s = await stuffedWith();
      const res = await act(t, op, s.id, 'submit-si', si(1000, '8000.5'));
      expect(res.status).toBe(200);
      const [event] = (await eventsOf(t, s.id)).filter((e) => e.type === 'si_submitted');
      expect(event!.data.mismatch).toBeUndefined();
    });

    it.each([
      [999, '8000.500', ['packages']],
      [1000, '8000.501', ['grossWeightKg']],
      [999, '1', ['packages', 'grossWeightKg']],
    ] as const)('refuses %s packages and %s kg naming both figures', async (packages, kg, fields) => {
      const s = await stuffedWith();
      const res = await act(t, op, s.id, 'submit-si', si(packages, kg));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('SI_CONTAINERS_MISMATCH');
      expect(res.body.details.mismatches.map((m: { field: string }) => m.field)).toEqual(fields);
      if (fields.includes('packages' as never)) {
        expect(res.body.details.mismatches[0]).toEqual({ field: 'packages', si: packages, containers: 1000 });
        expect(res.body.message).toContain(`the SI says ${packages}, the stuffed containers 1000`);
      }
      if (fields.includes('grossWeightKg' as never))
        expect(res.body.message).toMatch(
          /grossWeightKg: the SI says [\d.]+, the stuffed containers 8000\.500/,
        );
      expect((await get(s.id)).siRevision).toBe(0);
    });

    it('takes a difference acknowledged with a note, and records both in the event', async () => {
      const s = await stuffedWith();
      const noNote = await act(t, op, s.id, 'submit-si', si(999, '8000.5', { acknowledgeMismatch: true }));
      expect(noNote.status).toBe(400);
      expect(noNote.body.details.fields[0].field).toBe('mismatchNote');
      const res = await act(
        t,
        op,
        s.id,
        'submit-si',
        si(999, '8000.5', { acknowledgeMismatch: true, mismatchNote: 'One carton damaged, left behind' }),
      );
      expect(res.status).toBe(200);
      const [event] = (await eventsOf(t, s.id)).filter((e) => e.type === 'si_submitted');
      expect(event!.data.mismatch).toEqual({
        figures: [{ field: 'packages', si: 999, containers: 1000 }],
        note: 'One carton damaged, left behind',
      });
      // The client sees the revision, not our note.
      const user = await t.createUser({ role: 'client', clientId });
      const seen = await t
        .http()
        .get(`/api/v1/shipments/${s.id}/events`)
        .auth(user.token, bearer)
        .expect(200);
      const submitted = seen.body.items.find((e: { type: string }) => e.type === 'si_submitted');
      expect(submitted.data).toEqual({ revision: 1, blType: 'telex' });
    });

    it('does not compare a figure some box did not record', async () => {
      // The flow stuffs 600 packages per box and weighs nothing: packages are compared, the weight not.
      const s = await at('customs_released');
      expect((await act(t, op, s.id, 'submit-si', si(1200, '1'))).status).toBe(200);
      const other = await at('customs_released');
      expect((await act(t, op, other.id, 'submit-si', si(1201, '1'))).status).toBe(422);
    });
  });
});
