import { createDraft, issue, receivableBody } from './factories/billing';
import { createClient } from './factories/master-data';
import { containerNumber, releaseSoBody, shipmentBody, siBody } from './factories/shipments';
import { shipmentAt } from './utils/flow';
import type { ShipmentStatus } from '../src/shipments/domain/shipment-status';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer } from './utils/http';

const N = 8;

// Every state-changing endpoint, pressed N times at once with the same request: the effects of exactly one
// (one transition, one event, one number, one e-mail). Transitions are exclusive by state (the row lock);
// steps that could repeat (a new SI revision, a roll, a payment, a creation) by the Idempotency-Key a
// retrying client sends.
describe(`${N} identical requests at once have the effect of one`, () => {
  let t: TestApp;
  let op: string;
  let accounts: string;
  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
    accounts = await t.tokenFor('accounts');
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await t.dataSource.query<{ n: number }[]>(sql, params))[0]!.n;
  const events = (id: string) =>
    count('SELECT count(*)::int AS n FROM shipment_events WHERE shipment_id = $1', [id]);
  const emails = (id: string) => count('SELECT count(*)::int AS n FROM emails WHERE shipment_id = $1', [id]);
  const press = (token: string, url: string, body: object, key?: string) =>
    Promise.all(
      Array.from({ length: N }, () => {
        const req = t.http().post(url).auth(token, bearer);
        return (key ? req.set('Idempotency-Key', key) : req).send(body);
      }),
    );
  const wins = (results: { status: number }[], ok = 200) => results.filter((r) => r.status === ok).length;

  const transitions: [string, ShipmentStatus, string, object, number?][] = [
    ['confirm-booking', 'booking', 'confirm-booking', {}, 1],
    ['request-space', 'booking_confirmed', 'request-space', {}],
    // The S/O notice goes to the client once.
    ['release-so', 'space_requested', 'release-so', releaseSoBody(), 1],
    ['declare-customs', 'gated_in', 'declare-customs', { declarationNumber: 'D-1' }],
    ['flag-inspection', 'customs_declared', 'flag-inspection', {}],
    ['release-customs', 'customs_declared', 'release-customs', {}],
    ['approve-bl', 'si_submitted', 'approve-bl', { party: 'carrier', revision: 1 }],
    ['cancel', 'gated_in', 'cancel', { reason: 'client withdrew' }],
  ];

  it.each(transitions)('%s: one wins, one event', async (_name, status, action, body, mails = 0) => {
    const s = await shipmentAt(t, status);
    const before = { events: await events(s.id), emails: await emails(s.id) };
    const results = await press(op, `/api/v1/shipments/${s.id}/actions/${action}`, body);
    expect(wins(results)).toBe(1);
    for (const r of results) expect([200, 409, 422]).toContain(r.status);
    expect(await events(s.id)).toBe(before.events + 1);
    expect(await emails(s.id)).toBe(before.emails + mails);
  });

  it.each(['pickup', 'stuff', 'gate-in'] as const)('container %s: one wins, one event', async (step) => {
    const status: ShipmentStatus =
      step === 'pickup' ? 'so_released' : step === 'stuff' ? 'picked_up' : 'stuffed';
    const s = await shipmentAt(t, status);
    const before = await events(s.id);
    const body = step === 'pickup' ? { containerNumber: containerNumber(), sealNumber: 'S1' } : {};
    const results = await press(
      op,
      `/api/v1/shipments/${s.id}/containers/${s.containers[0]!.id}/actions/${step}`,
      body,
    );
    expect(wins(results)).toBe(1);
    expect(await events(s.id)).toBe(before + 1);
  });

  const repeatable: [string, ShipmentStatus, object][] = [
    ['submit-si', 'customs_released', siBody()],
    ['roll', 'gated_in', { vessel: 'NEXT', voyage: '2', etd: '2030-02-01T00:00:00Z', reason: 'late' }],
  ];
  it.each(repeatable)(
    '%s with one Idempotency-Key: done once, the first answer replayed',
    async (action, status, body) => {
      const s = await shipmentAt(t, status);
      const before = await events(s.id);
      const results = await press(
        op,
        `/api/v1/shipments/${s.id}/actions/${action}`,
        body,
        `${action}-${s.id}`,
      );
      const ok = results.filter((r) => r.status === 200);
      expect(ok.length).toBeGreaterThanOrEqual(1);
      for (const r of results) expect([200, 409]).toContain(r.status);
      expect(new Set(ok.map((r) => r.body.version)).size).toBe(1);
      expect(await events(s.id)).toBe(before + 1);
    },
  );

  it('release-bl: released once', async () => {
    const client = await createClient(t);
    const s = await shipmentAt(t, 'bl_checked', { clientId: client.id });
    const note = await issue(t, (await createDraft(t, s.id, receivableBody(client.id))).id);
    await t
      .http()
      .post('/api/v1/payments')
      .auth(accounts, bearer)
      .send({
        clientId: client.id,
        amount: note.total,
        receivedAt: new Date().toISOString(),
        reference: 'R1',
        allocations: [{ debitNoteId: note.id, amount: note.total }],
      })
      .expect(201);
    const results = await press(accounts, `/api/v1/shipments/${s.id}/actions/release-bl`, { mode: 'telex' });
    expect(wins(results)).toBe(1);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM shipment_events WHERE shipment_id = $1 AND type = 'bl_released'`,
        [s.id],
      ),
    ).toBe(1);
  });

  it('debit-note issue: one number, one e-mail', async () => {
    const client = await createClient(t);
    const s = await shipmentAt(t, 'bl_checked', { clientId: client.id });
    const draft = await createDraft(t, s.id, receivableBody(client.id));
    const numbersBefore = await count(`SELECT count(*)::int AS n FROM debit_notes WHERE number IS NOT NULL`);
    const results = await press(accounts, `/api/v1/debit-notes/${draft.id}/issue`, {});
    expect(wins(results)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM debit_notes WHERE number IS NOT NULL`)).toBe(
      numbersBefore + 1,
    );
    expect(
      await count(
        `SELECT count(*)::int AS n FROM emails WHERE shipment_id = $1 AND template = 'debit_note_issued'`,
        [s.id],
      ),
    ).toBe(1);
    const voids = await press(accounts, `/api/v1/debit-notes/${draft.id}/void`, { reason: 'twice' });
    expect(wins(voids)).toBe(1);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM shipment_events WHERE shipment_id = $1 AND type = 'debit_note_voided'`,
        [s.id],
      ),
    ).toBe(1);
  });

  it('payment with one Idempotency-Key: recorded once', async () => {
    const client = await createClient(t);
    const s = await shipmentAt(t, 'bl_checked', { clientId: client.id });
    const note = await issue(t, (await createDraft(t, s.id, receivableBody(client.id))).id);
    const body = {
      clientId: client.id,
      amount: note.total,
      receivedAt: new Date().toISOString(),
      reference: 'BANK-1',
      allocations: [{ debitNoteId: note.id, amount: note.total }],
    };
    const results = await press(accounts, '/api/v1/payments', body, `pay-${note.id}`);
    expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(await count('SELECT count(*)::int AS n FROM payments WHERE client_id = $1', [client.id])).toBe(1);
  });

  it('shipment and client creation with one Idempotency-Key: created once', async () => {
    const client = await createClient(t);
    const results = await press(
      op,
      '/api/v1/shipments',
      shipmentBody({ clientId: client.id }),
      `book-${client.id}`,
    );
    expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(await count('SELECT count(*)::int AS n FROM shipments WHERE client_id = $1', [client.id])).toBe(1);
    const admin = await t.tokenFor('admin');
    const code = `RACE${Date.now() % 100000}`;
    await press(
      admin,
      '/api/v1/clients',
      { code, name: 'Race Co', emails: ['r@race.example'], paymentTerms: 'prepaid', grade: 'c' },
      `client-${code}`,
    );
    expect(await count('SELECT count(*)::int AS n FROM clients WHERE code = $1', [code])).toBe(1);
  });

  it('approval decision: decided once', async () => {
    const s = await shipmentAt(t, 'booking');
    const asked = await t
      .http()
      .post('/api/v1/approvals')
      .auth(await t.tokenFor('sales'), bearer)
      .send({ type: 'release_before_payment', shipmentId: s.id, reason: 'promised Friday' })
      .expect(201);
    const results = await press(
      await t.tokenFor('manager'),
      `/api/v1/approvals/${asked.body.id}/approve`,
      {},
    );
    expect(wins(results)).toBe(1);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM shipment_events WHERE shipment_id = $1 AND type = 'approval_approved'`,
        [s.id],
      ),
    ).toBe(1);
  });
});
