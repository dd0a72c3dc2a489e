import { SHIPMENT_EVENTS } from '../src/shipments/domain/shipment-events';
import { JobsService } from '../src/scheduler/jobs.service';
import {
  createDraft,
  decideApproval,
  issue,
  pay,
  payableBody,
  postApproval,
  postReleaseBl,
  receivableBody,
} from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { containerNumber, shipmentBody, siBody } from './factories/shipments';
import { book, act, actOnContainer, shipmentAt } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer, ok } from './utils/http';

interface EventOut {
  seq: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  dcsaCode: string | null;
  actor: { id: string | null; name: string };
  at: string;
  data: Record<string, unknown>;
}

/**
 * What a client user may see of each event type, written here independently of the table in the code:
 * `false` for staff-only, otherwise the keys of `data` it may see; `receivable` when only the events about
 * the client's own bills (receivable notes) are shown. A type the code writes that is missing here fails the
 * coverage test below.
 */
const CLIENT_VIEW: Record<string, false | { data: string[]; receivable?: true; clientVisible?: true }> = {
  booking_created: { data: ['reference', 'containers'] },
  booking_confirmed: { data: [] },
  space_requested: { data: [] },
  so_released: { data: ['soNumber', 'carrierBookingReference', 'vessel', 'voyage', 'etd'] },
  container_picked_up: {
    data: ['containerId', 'seq', 'containerNumber', 'sealNumber', 'at', 'emptyIndicator'],
  },
  container_stuffed: {
    data: [
      'containerId',
      'seq',
      'containerNumber',
      'at',
      'packages',
      'grossWeightKg',
      'vgmKg',
      'emptyIndicator',
    ],
  },
  container_gated_in: { data: ['containerId', 'seq', 'containerNumber', 'at', 'terminal', 'emptyIndicator'] },
  all_containers_picked_up: { data: [] },
  all_containers_stuffed: { data: [] },
  all_containers_gated_in: { data: [] },
  customs_declared: { data: ['declarationNumber'] },
  inspection_flagged: { data: [] },
  inspection_cleared: { data: [] },
  customs_released: { data: [] },
  rolled: { data: ['reason', 'from', 'to'] },
  si_submitted: { data: ['revision', 'blType'] },
  bl_approved: { data: ['party', 'revision', 'draft'] },
  bl_checked: { data: [] },
  bl_number_set: { data: ['from', 'to'] },
  operator_assigned: false,
  debit_note_issued: { data: ['debitNoteId', 'number', 'direction', 'total'], receivable: true },
  debit_noted: { data: [] },
  debit_note_voided: { data: ['debitNoteId', 'number', 'direction'], receivable: true },
  debit_notes_voided: { data: [] },
  payment_received: { data: ['reference', 'allocations'] },
  paid: { data: [] },
  carrier_paid: false,
  bl_released: { data: ['mode'] },
  cancelled: { data: [] },
  shut_out: { data: ['customsWithdrawalReference'] },
  booking_changed: { data: ['field', 'from', 'to'] },
  shipment_edited: false,
  approval_requested: false,
  approval_approved: false,
  approval_rejected: false,
  cutoff_alert: false,
  roll_risk: false,
  // Papers (docs/papers.md): those the client may see (were allowed to see), by kind and file name.
  attachment_added: { data: ['kind', 'filename'], clientVisible: true },
  attachment_removed: { data: ['kind', 'filename'], clientVisible: true },
  // Papers e-mailed to the client: which files, not the staff's note or the addresses.
  papers_sent: { data: ['files'] },
};

const STAFF_REASON = 'Client is slow to pay; Wang says keep them on a short leash';
const VOID_REASON = 'Wrong rate: our cost went up, re-bill at the new margin';
const CANCEL_REASON = 'Client credit blocked by finance';
const INSPECTION_NOTE = 'Broker says the HS code looked wrong';
const CARRIER_INVOICE = 'COSU-INV-77812';
const CARRIER_PAYMENT = 'BOC-OUT-CARRIER-4471';

describe('what a client user sees of a shipment history: the client-facing events only, as the client may see them', () => {
  let t: TestApp;
  let clientUser: { id: string; token: string };
  let otherClientUser: { id: string; token: string };
  let staffTokens: Record<'admin' | 'operator' | 'accounts' | 'sales' | 'manager', string>;
  let full: string;
  let cancelled: string;
  let shutOut: string;
  const staffEvents = new Map<string, EventOut[]>();
  const clientEvents = new Map<string, EventOut[]>();
  const staffNames = new Set<string>();
  let approvedByClient: Record<string, unknown>;

  const events = async (id: string, token: string, limit?: number): Promise<EventOut[]> => {
    const out: EventOut[] = [];
    let cursor: string | null = null;
    do {
      const res = await t
        .http()
        .get(`/api/v1/shipments/${id}/events`)
        .query({ ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) })
        .auth(token, bearer);
      expect(res.status).toBe(200);
      out.push(...(res.body.items as EventOut[]));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    return out;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const manager = await t.createUser({ role: 'manager', name: 'Wang Manager' });
    const sales = await t.createUser({ role: 'sales', name: 'Li Sales', teamLeadId: manager.id });
    const operator = await t.createUser({ role: 'operator', name: 'Chen Operator' });
    const accounts = await t.createUser({ role: 'accounts', name: 'Zhou Accounts' });
    staffTokens = {
      admin: await t.tokenFor('admin'),
      operator: operator.token,
      accounts: accounts.token,
      sales: sales.token,
      manager: manager.token,
    };
    for (const name of ['Wang Manager', 'Li Sales', 'Chen Operator', 'Zhou Accounts', 'Administrator'])
      staffNames.add(name);
    const op = operator.token;

    const client = await createClient(t, {
      salesUserId: sales.id,
      paymentTerms: 'monthly',
      creditLimit: { amount: '50000.00', currency: 'CNY' },
      creditDays: 30,
    });
    clientUser = await t.createUser({ role: 'client', clientId: client.id, name: 'Ms. Client' });
    const other = await createClient(t, { salesUserId: sales.id });
    otherClientUser = await t.createUser({ role: 'client', clientId: other.id });
    const carrier = await createCarrier(t);

    // The scheduler's alerts (staff-only) on a shipment that is then cancelled with a staff reason.
    const second = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
    cancelled = second.id;
    const cy = new Date(
      ((await ok(t.http().get(`/api/v1/shipments/${cancelled}`).auth(op, bearer))).cutoffs as { cy: string })
        .cy,
    );
    const jobs = t.app.get(JobsService);
    expect(await jobs.run('cutoffWatch', new Date(cy.getTime() - 10 * 3600_000))).toBe(1);
    expect(await jobs.run('rollRisk', new Date(cy.getTime() + 3600_000))).toBeGreaterThanOrEqual(1);
    await ok(act(t, op, cancelled, 'cancel', { reason: CANCEL_REASON }));

    // The whole flow, billing included, by the people who do each step.
    const created = await ok(book(t, op, shipmentBody({ clientId: client.id, carrierId: carrier.id })), 201);
    full = created.id;
    const containers = (created.containers as { id: string }[]).map((c) => c.id);
    await ok(act(t, op, full, 'confirm-booking'));
    // What the client confirmed changes (it sees before and after), and our remarks (it never sees them).
    await ok(t.http().patch(`/api/v1/shipments/${full}`).auth(op, bearer).send({ pod: 'USLGB' }));
    await ok(t.http().patch(`/api/v1/shipments/${full}`).auth(op, bearer).send({ remarks: STAFF_REASON }));
    await ok(act(t, op, full, 'request-space'));
    const etd = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const cutoff = new Date(Date.now() + 8 * 86_400_000).toISOString();
    await ok(
      act(t, op, full, 'release-so', {
        soNumber: 'SO-VIS-1',
        carrierBookingReference: 'BK-VIS-1',
        vessel: 'MSC OSCAR',
        voyage: 'FE546W',
        etd,
        cutoffs: { cy: cutoff, si: cutoff },
      }),
    );
    for (const [i, id] of containers.entries())
      await ok(
        actOnContainer(t, op, full, id, 'pickup', {
          containerNumber: containerNumber('TGHU'),
          sealNumber: `SLVIS${i}`,
        }),
      );
    for (const id of containers)
      await ok(actOnContainer(t, op, full, id, 'stuff', { packages: 600, grossWeightKg: '9125.25' }));
    for (const id of containers) await ok(actOnContainer(t, op, full, id, 'gate-in', { terminal: 'YICT' }));
    const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    await ok(
      act(t, op, full, 'roll', {
        vessel: 'MSC ANNA',
        voyage: 'FE550W',
        etd: later(17),
        cutoffs: { cy: later(15), si: later(15) },
        reason: 'Vessel full: next sailing',
      }),
    );
    await ok(act(t, op, full, 'declare-customs', { declarationNumber: 'DEC-VIS-1' }));
    await ok(
      act(t, op, full, 'flag-inspection', {
        fee: { amount: '550.00', currency: 'CNY' },
        note: INSPECTION_NOTE,
      }),
    );
    await ok(act(t, op, full, 'clear-inspection', { note: INSPECTION_NOTE }));
    await ok(act(t, op, full, 'release-customs'));
    await ok(act(t, op, full, 'submit-si', siBody()));
    // The client approves its side itself; the answer it gets is the shipment as a client may see it.
    approvedByClient = await ok(
      act(t, clientUser.token, full, 'approve-bl', { party: 'client', revision: 1 }),
    );
    await ok(act(t, op, full, 'approve-bl', { party: 'carrier', revision: 1, blNumber: 'COSU6284519370' }));
    await ok(
      t.http().patch(`/api/v1/shipments/${full}`).auth(op, bearer).send({ blNumber: 'COSU6284519371' }),
    );
    // Who works it inside is ours: the assignment never reaches the client.
    await ok(t.http().patch(`/api/v1/shipments/${full}`).auth(op, bearer).send({ operatorId: null }));

    // The carrier's bill to us (our cost, their invoice number), then a receivable issued and voided.
    const payable = await createDraft(
      t,
      full,
      payableBody(carrier.id, { carrierNumber: CARRIER_INVOICE }),
      accounts.token,
    );
    const bill = await issue(t, payable.id, accounts.token);
    // Paid to the carrier: our money out, in the staff's history only.
    await ok(
      t
        .http()
        .post('/api/v1/carrier-payments')
        .auth(accounts.token, bearer)
        .send({
          carrierId: carrier.id,
          amount: bill.total,
          paidAt: new Date().toISOString(),
          reference: CARRIER_PAYMENT,
          allocations: [{ debitNoteId: bill.id, amount: bill.total }],
        }),
      201,
    );
    const first = await createDraft(t, full, receivableBody(client.id), accounts.token);
    await issue(t, first.id, accounts.token);
    await ok(
      t
        .http()
        .post(`/api/v1/debit-notes/${first.id}/void`)
        .auth(accounts.token, bearer)
        .send({ reason: VOID_REASON }),
    );
    const rebill = await createDraft(
      t,
      full,
      receivableBody(client.id, {
        lines: [{ description: 'Ocean freight', amount: { amount: '1200.00', currency: 'CNY' } }],
      }),
      accounts.token,
    );
    const issued = await issue(t, rebill.id, accounts.token);

    // Approvals about the client: one rejected, one approved, with staff reasons and notes.
    const asked = await ok(
      postApproval(t, sales.token, {
        type: 'release_before_payment',
        shipmentId: full,
        reason: STAFF_REASON,
      }),
      201,
    );
    await ok(decideApproval(t, manager.token, asked.id, 'reject', 'Not this time: two notes overdue'));
    const again = await ok(
      postApproval(t, sales.token, {
        type: 'release_before_payment',
        shipmentId: full,
        reason: STAFF_REASON,
      }),
      201,
    );
    await ok(decideApproval(t, manager.token, again.id, 'approve', 'Fine, keep an eye on them'));

    await pay(t, [issued], { reference: 'BOC-VIS-1' });
    await ok(postReleaseBl(t, full, { mode: 'telex', approvalId: again.id }, accounts.token));

    // Papers: one the client may see and one it may not, each uploaded and removed (the reason is the staff's).
    for (const clientVisible of ['true', 'false']) {
      const paper = await ok(
        t
          .http()
          .post(`/api/v1/shipments/${full}/attachments`)
          .auth(op, bearer)
          .field('kind', 'packing_list')
          .field('clientVisible', clientVisible)
          .attach('file', Buffer.from(`%PDF-1.4\n% visibility ${clientVisible}\n%%EOF\n`), {
            filename: `pl-${clientVisible}.pdf`,
          }),
        201,
      );
      if (clientVisible === 'true') {
        await ok(
          t
            .http()
            .post(`/api/v1/shipments/${full}/attachments/send`)
            .auth(op, bearer)
            .send({ attachmentIds: [paper.id], note: STAFF_REASON }),
          201,
        );
      }
      await ok(
        t
          .http()
          .post(`/api/v1/attachments/${paper.id}/remove`)
          .auth(op, bearer)
          .send({ reason: STAFF_REASON }),
      );
    }

    // Shut out after customs release: the client sees the withdrawal reference, not the staff's reason.
    const third = await shipmentAt(t, 'customs_released', { clientId: client.id, carrierId: carrier.id });
    shutOut = third.id;
    await ok(
      act(t, op, shutOut, 'shut-out', { reason: CANCEL_REASON, customsWithdrawalReference: 'WD-VIS-1' }),
    );

    for (const id of [full, cancelled, shutOut]) {
      staffEvents.set(id, await events(id, op));
      clientEvents.set(id, await events(id, clientUser.token));
    }
  });
  afterAll(() => t.close());

  const all = (from: Map<string, EventOut[]>): EventOut[] => [...from.values()].flat();
  /** Events with the shipment they belong to, so that seq numbers of two shipments do not meet. */
  const tagged = (from: Map<string, EventOut[]>) =>
    [...from.entries()].flatMap(([shipment, list]) => list.map((e) => ({ key: `${shipment}:${e.seq}`, e })));

  it('the flow wrote every event type the code can write, and the visibility table covers each of them', () => {
    const written = new Set(all(staffEvents).map((e) => e.type));
    expect([...written].sort()).toEqual(Object.keys(SHIPMENT_EVENTS).sort());
    expect(Object.keys(CLIENT_VIEW).sort()).toEqual(Object.keys(SHIPMENT_EVENTS).sort());
  });

  it('the table in the code says what this test says, type by type', () => {
    for (const [type, view] of Object.entries(CLIENT_VIEW)) {
      const rule = SHIPMENT_EVENTS[type as keyof typeof SHIPMENT_EVENTS];
      expect({ type, client: rule.client === false ? false : [...rule.client.data].sort() }).toEqual({
        type,
        client: view === false ? false : [...view.data].sort(),
      });
    }
  });

  it.each(Object.keys(CLIENT_VIEW))(
    '%s: the client sees exactly what it may, staff see all of it',
    (type) => {
      const view = CLIENT_VIEW[type]!;
      const staff = tagged(staffEvents).filter(({ e }) => e.type === type);
      const client = tagged(clientEvents).filter(({ e }) => e.type === type);
      expect(staff.length).toBeGreaterThan(0);
      const expected =
        view === false
          ? []
          : staff.filter(
              ({ e }) =>
                (!view.receivable || e.data.direction === 'receivable') &&
                (!view.clientVisible || e.data.visibility === 'client'),
            );
      expect(client.map(({ key }) => key)).toEqual(expected.map(({ key }) => key));
      if (view === false) return;
      for (const { key, e: seen } of client) {
        const original = staff.find((s) => s.key === key)!.e;
        const allowed = Object.fromEntries(
          Object.entries(original.data).filter(([key]) => view.data.includes(key)),
        );
        expect(seen.data).toEqual(allowed);
        expect({ ...seen, data: null, actor: null }).toEqual({ ...original, data: null, actor: null });
      }
    },
  );

  it('staff see every event with its data and who did it, in every staff role', async () => {
    const types = all(staffEvents).map((e) => e.type);
    for (const role of ['admin', 'accounts', 'sales', 'manager'] as const) {
      const seen = [
        ...(await events(full, staffTokens[role])),
        ...(await events(cancelled, staffTokens[role])),
        ...(await events(shutOut, staffTokens[role])),
      ];
      expect(seen.map((e) => e.type)).toEqual(types);
    }
    const debit = all(staffEvents).find(
      (e) => e.type === 'debit_note_issued' && e.data.direction === 'payable',
    );
    expect(debit?.data).toMatchObject({ carrierNumber: CARRIER_INVOICE });
    expect(all(staffEvents).find((e) => e.type === 'approval_requested')?.data).toMatchObject({
      reason: STAFF_REASON,
    });
    expect(all(staffEvents).some((e) => e.actor.name === 'Chen Operator')).toBe(true);
  });

  it('nothing internal reaches the client: no costs, carrier invoice, reasons, notes, approvals or staff names', () => {
    const text = JSON.stringify(all(clientEvents));
    for (const secret of [
      CARRIER_INVOICE,
      CARRIER_PAYMENT,
      STAFF_REASON,
      VOID_REASON,
      CANCEL_REASON,
      INSPECTION_NOTE,
      '800.00',
      '550.00',
      'approval',
      ...staffNames,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(all(clientEvents).filter((e) => e.data.direction === 'payable')).toEqual([]);
  });

  it("staff appear to the client as the company; the client's own people as themselves", () => {
    const company = t.config.company.name;
    const actors = new Map(all(clientEvents).map((e) => [`${e.actor.id}:${e.actor.name}`, e.actor]));
    expect([...actors.values()].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [
        { id: null, name: company },
        { id: clientUser.id, name: 'Ms. Client' },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    const own = all(clientEvents).find((e) => e.type === 'bl_approved' && e.data.party === 'client');
    expect(own?.actor).toEqual({ id: clientUser.id, name: 'Ms. Client' });
  });

  it('pages over the client-facing events only, the same whatever the page size', async () => {
    const whole = clientEvents.get(full)!;
    expect(await events(full, clientUser.token, 3)).toEqual(whole);
  });

  it('the shipment itself shows a client no staff reason or cost, and another client nothing at all', async () => {
    const asClient = await ok(t.http().get(`/api/v1/shipments/${cancelled}`).auth(clientUser.token, bearer));
    expect(asClient).toMatchObject({ status: 'cancelled', cancelReason: null });
    const full1 = await ok(t.http().get(`/api/v1/shipments/${full}`).auth(clientUser.token, bearer));
    expect(full1.inspectionFee).toBeNull();
    expect(approvedByClient.inspectionFee).toBeNull();
    const list = await ok(t.http().get('/api/v1/shipments').auth(clientUser.token, bearer));
    expect(JSON.stringify(list)).not.toContain(CANCEL_REASON);
    expect(JSON.stringify(list)).not.toContain('550.00');
    const asStaff = await ok(
      t.http().get(`/api/v1/shipments/${cancelled}`).auth(staffTokens.operator, bearer),
    );
    expect(asStaff.cancelReason).toBe(CANCEL_REASON);
    await t.http().get(`/api/v1/shipments/${full}/events`).auth(otherClientUser.token, bearer).expect(404);
  });

  it('a voided bill shows the client it is void, never why', async () => {
    const res = await ok(
      t.http().get('/api/v1/debit-notes').query({ shipmentId: full }).auth(clientUser.token, bearer),
    );
    const notes = res.items as { status: string; voidReason: string | null; direction: string }[];
    expect(notes.map((n) => [n.direction, n.status]).sort()).toEqual([
      ['receivable', 'paid'],
      ['receivable', 'void'],
    ]);
    expect(notes.every((n) => n.voidReason === null)).toBe(true);
    const staff = await ok(
      t.http().get('/api/v1/debit-notes').query({ shipmentId: full }).auth(staffTokens.accounts, bearer),
    );
    expect(JSON.stringify(staff)).toContain(VOID_REASON);
  });

  it('the e-mails a client sees are the ones written for it, never the staff alerts', async () => {
    const mine = await ok(t.http().get('/api/v1/emails').auth(clientUser.token, bearer));
    const templates = new Set((mine.items as { template: string }[]).map((e) => e.template));
    expect([...templates].sort()).toEqual([
      'bl_draft',
      'bl_released',
      'booking_confirmed',
      'debit_note_issued',
      'papers_sent',
      'payment_received',
      'so_notice',
      'vessel_rolled',
    ]);
    const staff = await ok(
      t.http().get('/api/v1/emails').query({ shipmentId: cancelled }).auth(staffTokens.operator, bearer),
    );
    expect((staff.items as { template: string }[]).map((e) => e.template).sort()).toEqual(
      expect.arrayContaining(['cutoff_alert', 'roll_risk']),
    );
  });

  it('a client sees that a send failed, never why (the reason names our mail servers)', async () => {
    const reason = 'connect ECONNREFUSED smtp.internal.quayside:587';
    await t.dataSource.query(
      `UPDATE emails SET last_error = $1 WHERE template = 'booking_confirmed' AND shipment_id = $2`,
      [reason, full],
    );
    const mine = await ok(
      t.http().get('/api/v1/emails').query({ shipmentId: full }).auth(clientUser.token, bearer),
    );
    expect((mine.items as unknown[]).length).toBeGreaterThan(0);
    expect(JSON.stringify(mine)).not.toContain('ECONNREFUSED');
    const staff = await ok(
      t.http().get('/api/v1/emails').query({ shipmentId: full }).auth(staffTokens.operator, bearer),
    );
    expect(JSON.stringify(staff)).toContain(reason);
  });
});
