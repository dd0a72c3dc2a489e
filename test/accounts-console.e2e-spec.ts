import { createCarrier, createClient } from './factories/master-data';
import {
  createDraft,
  fixedFxTerm,
  fxRate,
  issue,
  money,
  pay,
  postDebitNote,
  receivableBody,
  setFxTerms,
  shiftDays,
  today,
  type DebitNote,
} from './factories/billing';
import { shipmentAt } from './utils/flow';
import { bearer, countRows } from './utils/http';
import { createTestApp, type TestApp } from './utils/test-app';

// What the accounts screens of the console read and ask: the debit-note list's filters (currency, due before,
// overdue), the preview that prices a draft without saving it, and the payments list with its scope.

describe('accounts console API: debit-note filters, draft preview, payments list', () => {
  let t: TestApp;
  let accounts: string;
  let clientA: { id: string };
  let clientB: { id: string };
  let shipmentA: string;
  let shipmentB: string;
  let salesB: { id: string; token: string };
  /** Client A: a CNY note overdue, a USD note due in 30 days, paid in part; client B: a CNY note. */
  let overdueCny: DebitNote;
  let laterUsd: DebitNote;
  let otherCny: DebitNote;

  const get = (token: string, path: string) => t.http().get(`/api/v1${path}`).auth(token, bearer);
  const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();

  beforeAll(async () => {
    t = await createTestApp();
    accounts = await t.tokenFor('accounts');
    salesB = await t.createUser({ role: 'sales', name: 'Sales B' });
    clientA = await createClient(t);
    clientB = await createClient(t, { salesUserId: salesB.id });
    shipmentA = (await shipmentAt(t, 'booking', { clientId: clientA.id })).id;
    shipmentB = (await shipmentAt(t, 'booking', { clientId: clientB.id })).id;
    const day = today(t);
    overdueCny = await issue(
      t,
      (await createDraft(t, shipmentA, receivableBody(clientA.id, { dueDate: shiftDays(day, -10) }))).id,
    );
    laterUsd = await issue(
      t,
      (
        await createDraft(
          t,
          shipmentA,
          receivableBody(clientA.id, {
            currency: 'USD',
            lines: [{ description: 'Ocean freight', amount: money('1200.00', 'USD') }],
            fxRates: [fxRate('7.1000')],
            dueDate: shiftDays(day, 30),
          }),
        )
      ).id,
    );
    otherCny = await issue(t, (await createDraft(t, shipmentB, receivableBody(clientB.id))).id);
    await pay(t, [{ note: laterUsd, amount: '200.00' }], { reference: 'BOC-A-USD' });
    await pay(t, [{ note: overdueCny, amount: '100.00' }], { reference: 'BOC-A-CNY' });
    await pay(t, [{ note: otherCny, amount: '300.00' }], { reference: 'BOC-B-CNY' });
  });
  afterAll(() => t.close());

  describe('GET /debit-notes filters', () => {
    it('filters by currency', async () => {
      const res = await get(accounts, `/debit-notes?clientId=${clientA.id}&currency=USD`).expect(200);
      expect(ids(res.body)).toEqual([laterUsd.id]);
    });

    it('filters by due date on or before a day', async () => {
      const day = today(t);
      const res = await get(accounts, `/debit-notes?clientId=${clientA.id}&dueBefore=${day}`).expect(200);
      expect(ids(res.body)).toEqual([overdueCny.id]);
      const all = await get(accounts, `/debit-notes?clientId=${clientA.id}&dueBefore=${shiftDays(day, 31)}`);
      expect(ids(all.body)).toEqual([overdueCny.id, laterUsd.id].sort());
    });

    it('lists only open receivables past their due date as overdue, in scope', async () => {
      const res = await get(accounts, '/debit-notes?overdue=true').expect(200);
      expect(ids(res.body)).toEqual([overdueCny.id]);
      // Client A is the default salesperson's, not Sales B's.
      expect(ids((await get(salesB.token, '/debit-notes?overdue=true').expect(200)).body)).toEqual([]);
    });

    it('refuses filters it does not know the form of, naming them', async () => {
      const res = await get(accounts, '/debit-notes?currency=XXX&dueBefore=tomorrow&overdue=yes').expect(400);
      const fields = [
        ...new Set((res.body.details.fields as { field: string }[]).map((f) => f.field)),
      ].sort();
      expect(fields).toEqual(['currency', 'dueBefore', 'overdue']);
    });
  });

  describe('POST /debit-notes/preview', () => {
    const twoCurrencies = () =>
      receivableBody(clientA.id, {
        currency: 'CNY',
        lines: [
          { description: 'Ocean freight', amount: money('1000.00', 'USD') },
          { description: 'THC', amount: money('850.00', 'CNY'), quantity: '2' },
        ],
        fxRates: [fxRate('7.1234')],
      });
    const preview = (body: object, token = accounts) =>
      t
        .http()
        .post('/api/v1/debit-notes/preview')
        .auth(token, bearer)
        .set('Idempotency-Key', `preview-${Math.random()}`)
        .send(body);

    it('prices a draft as create does and writes nothing', async () => {
      const tables = [
        'debit_notes',
        'debit_note_lines',
        'shipment_events',
        'idempotency_keys',
        'audit_records',
      ];
      const before = await Promise.all(tables.map((table) => countRows(t, table)));
      const res = await preview({ ...twoCurrencies(), shipmentId: shipmentA }).expect(200);
      expect(await Promise.all(tables.map((table) => countRows(t, table)))).toEqual(before);
      expect(res.body.total).toEqual(money('8823.40', 'CNY'));
      expect(res.body.lines.map((l: { converted: unknown }) => l.converted)).toEqual([
        money('7123.40', 'CNY'),
        money('1700.00', 'CNY'),
      ]);
      // The same body, saved, comes to the same total.
      const draft = await createDraft(t, shipmentA, twoCurrencies());
      expect(draft.total).toEqual(res.body.total);
      expect(draft.lines).toEqual(res.body.lines);
    });

    it("fills in the client's agreed rate as create would", async () => {
      const client = await createClient(t);
      const shipment = (await shipmentAt(t, 'booking', { clientId: client.id })).id;
      expect((await setFxTerms(t, client.id, [fixedFxTerm()])).status).toBe(200);
      const body = receivableBody(client.id, {
        lines: [{ description: 'Ocean freight', amount: money('100.00', 'USD') }],
      });
      const res = await preview({ ...body, shipmentId: shipment }).expect(200);
      expect(res.body.total).toEqual(money('710.00', 'CNY'));
      expect(res.body.fxRates).toEqual([
        { from: 'USD', to: 'CNY', rate: '7.1000', source: 'Contract 2026-031', date: '2026-11-01' },
      ]);
    });

    it('refuses what create refuses, with the same code and reasons', async () => {
      const noRate = receivableBody(clientA.id, {
        lines: [{ description: 'Ocean freight', amount: money('1000.00', 'USD') }],
      });
      const previewed = await preview({ ...noRate, shipmentId: shipmentA }).expect(422);
      const created = await postDebitNote(t, shipmentA, noRate);
      expect(created.status).toBe(422);
      expect(previewed.body.code).toBe(created.body.code);
      expect(previewed.body.details).toEqual(created.body.details);

      const wrongParty = await preview({ ...receivableBody(clientB.id), shipmentId: shipmentA }).expect(422);
      expect(wrongParty.body.code).toBe('INVALID_REFERENCE');
      await preview({
        ...receivableBody(clientA.id),
        shipmentId: '00000000-0000-4000-8000-000000000000',
      }).expect(404);
      const missing = await preview(receivableBody(clientA.id)).expect(400);
      expect(missing.body.details.fields.map((f: { field: string }) => f.field)).toContain('shipmentId');
    });

    it('is for accounts only', async () => {
      const body = { ...receivableBody(clientA.id), shipmentId: shipmentA };
      for (const role of ['operator', 'sales', 'manager'] as const) {
        await preview(body, await t.tokenFor(role)).expect(403);
      }
    });
  });

  describe('the party of each note and payment, named in the answer', () => {
    it('names the client of every note and payment on a page, and a carrier bill its carrier', async () => {
      const [a, b] = await Promise.all(
        [clientA, clientB].map(async (c) => (await get(accounts, `/clients/${c.id}`).expect(200)).body),
      );
      const party = (c: { code: string; name: string; nameLocal?: string | null }) => ({
        code: c.code,
        name: c.name,
        nameLocal: c.nameLocal ?? null,
      });
      const notes = await get(accounts, '/debit-notes?direction=receivable&limit=200').expect(200);
      const partyOf = (id: string) =>
        (notes.body.items as { id: string; party: unknown }[]).find((n) => n.id === id)?.party;
      expect(partyOf(overdueCny.id)).toEqual(party(a));
      expect(partyOf(otherCny.id)).toEqual(party(b));
      const one = await get(accounts, `/debit-notes/${otherCny.id}`).expect(200);
      expect(one.body.party).toEqual(party(b));
      const payments = await get(accounts, `/payments?clientId=${clientB.id}`).expect(200);
      expect(payments.body.items.map((p: { client: unknown }) => p.client)).toEqual([party(b)]);

      const carrier = await createCarrier(t);
      const bill = await postDebitNote(t, shipmentA, {
        direction: 'payable',
        partyId: carrier.id,
        carrierNumber: `INV-${carrier.code}`,
        dueDate: shiftDays(today(t), 30),
        currency: 'CNY',
        lines: [{ description: 'Ocean freight', amount: money('900.00') }],
      });
      expect(bill.status).toBe(201);
      expect(bill.body.party).toEqual({ code: carrier.code, name: carrier.name, nameLocal: null });
    });
  });

  describe('GET /payments', () => {
    const references = (body: { items: { reference: string }[] }) =>
      body.items.map((p) => p.reference).sort();

    it('lists payments latest first with their allocations, by client and currency', async () => {
      const all = await get(accounts, '/payments').expect(200);
      expect(references(all.body)).toEqual(['BOC-A-CNY', 'BOC-A-USD', 'BOC-B-CNY']);
      const usd = await get(accounts, `/payments?clientId=${clientA.id}&currency=USD`).expect(200);
      expect(usd.body.items).toEqual([
        expect.objectContaining({
          clientId: clientA.id,
          reference: 'BOC-A-USD',
          amount: money('200.00', 'USD'),
          unallocated: money('0.00', 'USD'),
          allocations: [
            { debitNoteId: laterUsd.id, debitNoteNumber: laterUsd.number, amount: money('200.00', 'USD') },
          ],
        }),
      ]);
    });

    it('pages with the cursor, each payment once', async () => {
      const first = await get(accounts, '/payments?limit=2').expect(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await get(accounts, `/payments?limit=2&cursor=${first.body.nextCursor}`).expect(200);
      expect(second.body.nextCursor).toBeNull();
      expect(references({ items: [...first.body.items, ...second.body.items] })).toEqual([
        'BOC-A-CNY',
        'BOC-A-USD',
        'BOC-B-CNY',
      ]);
      await get(accounts, '/payments?cursor=not-a-cursor').expect(400);
    });

    it("shows a salesperson only their clients' payments", async () => {
      expect(references((await get(salesB.token, '/payments').expect(200)).body)).toEqual(['BOC-B-CNY']);
      expect((await get(salesB.token, `/payments?clientId=${clientA.id}`).expect(200)).body.items).toEqual(
        [],
      );
      const sales = await t.tokenFor('sales');
      expect(references((await get(sales, '/payments').expect(200)).body)).toEqual([
        'BOC-A-CNY',
        'BOC-A-USD',
      ]);
    });

    it('refuses a client user (payments are read by staff; a client reads its debit notes)', async () => {
      const client = await t.createUser({ role: 'client', clientId: clientA.id });
      const res = await get(client.token, '/payments').expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });
  });
});
