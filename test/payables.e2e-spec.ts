import type { Response } from 'supertest';
import {
  createDraft,
  fxRate,
  getNote,
  issue,
  issueReceivable,
  money,
  payableBody,
  postDebitNote,
  postIssue,
  postPayment,
  paymentBody,
  shiftDays,
  today,
  type DebitNote,
  type DebitNoteBody,
  type MoneyBody,
} from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { shipmentAt } from './utils/flow';
import { bearer, countRows } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';

/**
 * Carrier bills, start to end (issue 16; docs/billing.md "Carrier bills"): a payable note records the
 * carrier's bill (its number and due date, no number of ours, nothing sent, no PDF of ours), accounts pay it
 * with carrier payments under the rules and locks receipts follow, payables aging and profit read it.
 */
describe('payables: carrier bills, carrier payments, payables aging', () => {
  let t: TestApp;
  let accounts: string;

  beforeAll(async () => {
    t = await createTestApp();
    accounts = await t.tokenFor('accounts');
  });
  afterAll(() => t.close());

  /** A carrier of its own (so aging rows are the test's) with a shipment booked on it. */
  const carrierWithShipment = async () => {
    const carrier = await createCarrier(t);
    const client = await createClient(t);
    const shipment = await shipmentAt(t, 'booking', { carrierId: carrier.id, clientId: client.id });
    return { carrierId: carrier.id, shipmentId: shipment.id, clientId: client.id };
  };
  const recordBill = async (
    shipmentId: string,
    carrierId: string,
    overrides: Partial<DebitNoteBody> = {},
  ): Promise<DebitNote> => issue(t, (await createDraft(t, shipmentId, payableBody(carrierId, overrides))).id);

  let paySeq = 0;
  const payCarrier = (
    carrierId: string,
    amount: MoneyBody,
    allocations: { debitNoteId: string; amount: MoneyBody }[],
    overrides: Record<string, unknown> = {},
    token?: string,
  ): Promise<Response> =>
    t
      .http()
      .post('/api/v1/carrier-payments')
      .auth(token ?? accounts, bearer)
      .send({
        carrierId,
        amount,
        paidAt: new Date().toISOString(),
        reference: `BOC-OUT-${++paySeq}`,
        allocations,
        ...overrides,
      });

  describe('recording a carrier bill', () => {
    it("needs the carrier's due date and number; recording it numbers nothing, sends nothing", async () => {
      const { carrierId, shipmentId } = await carrierWithShipment();
      const noDue = await postDebitNote(t, shipmentId, payableBody(carrierId, { dueDate: undefined }));
      expect(noDue.status).toBe(400);
      expect(noDue.body.code).toBe('VALIDATION_FAILED');
      expect(noDue.body.details.fields).toEqual([expect.objectContaining({ field: 'dueDate' })]);

      const due = shiftDays(today(t), 45);
      const draft = await createDraft(
        t,
        shipmentId,
        payableBody(carrierId, { carrierNumber: 'MSKU-INV-771', dueDate: due }),
      );
      const emails = await countRows(t, 'emails');
      const recorded = await issue(t, draft.id);
      expect(recorded).toMatchObject({
        direction: 'payable',
        number: null,
        carrierNumber: 'MSKU-INV-771',
        dueDate: due,
        status: 'issued',
      });
      expect(await countRows(t, 'emails')).toBe(emails);

      // A due date is not taken away from a draft bill either.
      const other = await createDraft(t, shipmentId, payableBody(carrierId));
      const cleared = await t
        .http()
        .patch(`/api/v1/debit-notes/${other.id}`)
        .auth(accounts, bearer)
        .send({ dueDate: null });
      expect(cleared.status).toBe(400);
      expect(cleared.body.details.fields).toEqual([expect.objectContaining({ field: 'dueDate' })]);
    });

    it('has no PDF of ours: 409 DEBIT_NOTE_INVALID_STATE, draft or recorded', async () => {
      const { carrierId, shipmentId } = await carrierWithShipment();
      const draft = await createDraft(t, shipmentId, payableBody(carrierId));
      for (const id of [draft.id, (await recordBill(shipmentId, carrierId)).id]) {
        const res = await t.http().get(`/api/v1/debit-notes/${id}/pdf`).auth(accounts, bearer);
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({
          code: 'DEBIT_NOTE_INVALID_STATE',
          details: { direction: 'payable', action: 'print' },
        });
      }
    });
  });

  describe('POST /carrier-payments', () => {
    it('pays a bill in part, then the rest: balance, status and the list by carrier and currency', async () => {
      const { carrierId, shipmentId } = await carrierWithShipment();
      const bill = await recordBill(shipmentId, carrierId, {
        lines: [{ description: 'Ocean freight', amount: money('800.00') }],
      });
      const first = await payCarrier(carrierId, money('500.00'), [
        { debitNoteId: bill.id, amount: money('300.00') },
      ]);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        carrierId,
        amount: money('500.00'),
        unallocated: money('200.00'),
        allocations: [{ debitNoteId: bill.id, carrierNumber: bill.carrierNumber, amount: money('300.00') }],
      });
      expect(await getNote(t, bill.id)).toMatchObject({
        status: 'partially_paid',
        paid: money('300.00'),
        balance: money('500.00'),
      });
      const rest = await payCarrier(carrierId, money('500.00'), [
        { debitNoteId: bill.id, amount: money('500.00') },
      ]);
      expect(rest.status).toBe(201);
      expect(await getNote(t, bill.id)).toMatchObject({ status: 'paid', balance: money('0.00') });

      const list = await t
        .http()
        .get(`/api/v1/carrier-payments?carrierId=${carrierId}&currency=CNY&limit=1`)
        .auth(accounts, bearer)
        .expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([rest.body.id]);
      const next = await t
        .http()
        .get(
          `/api/v1/carrier-payments?carrierId=${carrierId}&currency=CNY&limit=1&cursor=${list.body.nextCursor}`,
        )
        .auth(accounts, bearer)
        .expect(200);
      expect(next.body.items.map((p: { id: string }) => p.id)).toEqual([first.body.id]);
      const usd = await t
        .http()
        .get(`/api/v1/carrier-payments?carrierId=${carrierId}&currency=USD`)
        .auth(accounts, bearer)
        .expect(200);
      expect(usd.body.items).toEqual([]);
    });

    it('refuses, with the field at fault, what is not an open bill of this carrier in this currency', async () => {
      const { carrierId, shipmentId, clientId } = await carrierWithShipment();
      const other = await carrierWithShipment();
      const bill = await recordBill(shipmentId, carrierId); // CNY 800.00
      const usdBill = await recordBill(shipmentId, carrierId, {
        currency: 'USD',
        lines: [{ description: 'Ocean freight', amount: money('100.00', 'USD') }],
        fxRates: [fxRate('7.1000')],
      });
      const theirs = await recordBill(other.shipmentId, other.carrierId);
      const draft = await createDraft(t, shipmentId, payableBody(carrierId));
      const receivable = await issueReceivable(t, shipmentId);
      const refused = async (
        amount: MoneyBody,
        allocations: { debitNoteId: string; amount: MoneyBody }[],
        field: string,
        message: RegExp,
      ) => {
        const res = await payCarrier(carrierId, amount, allocations);
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('REQUIREMENTS_UNMET');
        expect(res.body.details.fields).toEqual([{ field, message: expect.stringMatching(message) }]);
      };
      const cny = (debitNoteId: string, amount: string) => ({ debitNoteId, amount: money(amount) });

      await refused(
        money('900.00'),
        [cny(bill.id, '800.01')],
        'allocations[0].amount.amount',
        /800\.00 CNY open/,
      );
      await refused(
        money('100.00'),
        [cny(bill.id, '100.01')],
        'allocations',
        /more than the payment 100\.00/,
      );
      await refused(
        money('10.00'),
        [cny(usdBill.id, '10.00')],
        'allocations[0].amount.currency',
        /is in USD; the payment is in CNY/,
      );
      await refused(
        money('10.00'),
        [cny(theirs.id, '10.00')],
        'allocations[0].debitNoteId',
        /not a payable note of this carrier/,
      );
      await refused(
        money('10.00'),
        [cny(receivable.id, '10.00')],
        'allocations[0].debitNoteId',
        /not a payable note of this carrier/,
      );
      await refused(
        money('10.00'),
        [cny(draft.id, '10.00')],
        'allocations[0].debitNoteId',
        /is draft, not recorded/,
      );

      const noCarrier = await payCarrier(clientId, money('10.00'), [cny(bill.id, '10.00')]);
      expect(noCarrier.status).toBe(422);
      expect(noCarrier.body.code).toBe('INVALID_REFERENCE');
      const twice = await payCarrier(carrierId, money('20.00'), [
        cny(bill.id, '10.00'),
        cny(bill.id, '10.00'),
      ]);
      expect(twice.status).toBe(400);
      expect(twice.body.code).toBe('VALIDATION_FAILED');
      // A receipt from a client never pays a carrier's bill.
      const receipt = await postPayment(t, paymentBody(clientId, [cny(bill.id, '10.00')]));
      expect(receipt.status).toBe(422);

      expect(await countRows(t, 'carrier_payments WHERE carrier_id = $1', [carrierId])).toBe(0);
      expect(await getNote(t, bill.id)).toMatchObject({ status: 'issued', paid: money('0.00') });
    });

    it('two payments of the whole balance at once: one is recorded, the other refused, the rows agree', async () => {
      const { carrierId, shipmentId } = await carrierWithShipment();
      for (let round = 0; round < 3; round++) {
        const bill = await recordBill(shipmentId, carrierId);
        const answers = await Promise.all(
          [0, 1].map(() =>
            payCarrier(carrierId, money('800.00'), [{ debitNoteId: bill.id, amount: money('800.00') }]),
          ),
        );
        expect(answers.map((r) => r.status).sort()).toEqual([201, 422]);
        const [row] = await t.dataSource.query(
          `SELECT n.paid_minor::text AS paid,
                  (SELECT coalesce(sum(a.amount_minor), 0)::text FROM carrier_payment_allocations a
                    WHERE a.debit_note_id = n.id) AS allocated,
                  n.settled_at IS NOT NULL AS settled
             FROM debit_notes n WHERE n.id = $1`,
          [bill.id],
        );
        expect(row).toEqual({ paid: '80000', allocated: '80000', settled: true });
      }
    });

    it("is accounts' and admin's: operators, sales, managers and clients are refused", async () => {
      const { carrierId, shipmentId, clientId } = await carrierWithShipment();
      const bill = await recordBill(shipmentId, carrierId);
      const body = [{ debitNoteId: bill.id, amount: money('1.00') }];
      for (const role of ['operator', 'sales', 'manager'] as const) {
        const token = await t.tokenFor(role);
        expect((await payCarrier(carrierId, money('1.00'), body, {}, token)).status).toBe(403);
        await t.http().get('/api/v1/carrier-payments').auth(token, bearer).expect(403);
        await t.http().get('/api/v1/payables/aging').auth(token, bearer).expect(403);
      }
      const clientUser = (await t.createUser({ role: 'client', clientId })).token;
      await t.http().get('/api/v1/carrier-payments').auth(clientUser, bearer).expect(403);
      await t.http().get('/api/v1/payables/aging').auth(clientUser, bearer).expect(403);
      // The bill is not the client's to see at all.
      await t.http().get(`/api/v1/debit-notes/${bill.id}`).auth(clientUser, bearer).expect(404);
      expect((await payCarrier(carrierId, money('1.00'), body, {}, await t.tokenFor('admin'))).status).toBe(
        201,
      );
    });
  });

  describe('GET /payables/aging and profit', () => {
    const rowOf = async (carrierId: string, asOf: string) => {
      const res = await t.http().get(`/api/v1/payables/aging?asOf=${asOf}`).auth(accounts, bearer);
      expect(res.status).toBe(200);
      expect(res.body.baseCurrency).toBe('CNY');
      return (res.body.items as { carrierId: string }[]).find((r) => r.carrierId === carrierId) as
        Record<string, unknown> | undefined;
    };

    it("buckets each carrier's open bills by days past the carrier's due date, at the edges", async () => {
      const { carrierId, shipmentId } = await carrierWithShipment();
      const due = today(t);
      await recordBill(shipmentId, carrierId, { dueDate: due }); // CNY 800.00
      const edges: [number, string][] = [
        [0, 'current'],
        [1, 'd1_30'],
        [30, 'd1_30'],
        [31, 'd31_60'],
        [60, 'd31_60'],
        [61, 'd61_90'],
        [90, 'd61_90'],
        [91, 'd90_plus'],
      ];
      for (const [late, bucket] of edges) {
        const row = await rowOf(carrierId, shiftDays(due, late));
        expect(row).toMatchObject({
          [bucket]: money('800.00'),
          total: money('800.00'),
          oldestIssueDate: due,
        });
      }
      // Not recorded yet on the day before: nothing owed.
      expect(await rowOf(carrierId, shiftDays(due, -1))).toBeUndefined();
    });

    it('counts what was unpaid on the date, in the base currency at the frozen rate; paid bills drop out', async () => {
      const { carrierId, shipmentId } = await carrierWithShipment();
      const due = shiftDays(today(t), 10);
      const usd = await recordBill(shipmentId, carrierId, {
        currency: 'USD',
        dueDate: due,
        lines: [{ description: 'Ocean freight', amount: money('100.00', 'USD') }],
        fxRates: [fxRate('7.1000')],
      });
      const cny = await recordBill(shipmentId, carrierId, { dueDate: due });
      expect(await rowOf(carrierId, today(t))).toMatchObject({
        current: money('1510.00'),
        total: money('1510.00'),
      });
      expect(
        (
          await payCarrier(carrierId, money('40.00', 'USD'), [
            { debitNoteId: usd.id, amount: money('40.00', 'USD') },
          ])
        ).status,
      ).toBe(201);
      expect(
        (await payCarrier(carrierId, money('800.00'), [{ debitNoteId: cny.id, amount: money('800.00') }]))
          .status,
      ).toBe(201);
      // 60.00 USD at 7.1 still open; the CNY bill, paid in full, drops out.
      expect(await rowOf(carrierId, today(t))).toMatchObject({
        current: money('426.00'),
        total: money('426.00'),
      });
      expect(await rowOf(carrierId, shiftDays(due, 31))).toMatchObject({ d31_60: money('426.00') });
    });

    it('profit per shipment counts the recorded bills as payable at their frozen rate, not drafts', async () => {
      const { carrierId, shipmentId } = await carrierWithShipment();
      await issueReceivable(t, shipmentId); // CNY 1,000.00
      await recordBill(shipmentId, carrierId, {
        currency: 'USD',
        lines: [{ description: 'Ocean freight', amount: money('100.00', 'USD') }],
        fxRates: [fxRate('7.1000')],
      });
      await createDraft(t, shipmentId, payableBody(carrierId));
      const profit = await t
        .http()
        .get(`/api/v1/shipments/${shipmentId}/profit`)
        .auth(accounts, bearer)
        .expect(200);
      expect(profit.body).toMatchObject({
        receivable: money('1000.00'),
        payable: money('710.00'),
        margin: money('290.00'),
      });
    });

    it('refuses a malformed asOf', async () => {
      const res = await t.http().get('/api/v1/payables/aging?asOf=30-11-2026').auth(accounts, bearer);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
  });

  it('issue refuses a recorded bill twice (the contract of issue is unchanged)', async () => {
    const { carrierId, shipmentId } = await carrierWithShipment();
    const bill = await recordBill(shipmentId, carrierId);
    const again = await postIssue(t, bill.id);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DEBIT_NOTE_INVALID_STATE');
  });
});
