import {
  createCreditClient,
  createDraft,
  createPrepaidClient,
  eventsOf,
  fxRate,
  getNote,
  getShipment,
  issuePayable,
  issueReceivable,
  money,
  pay,
  postApproval,
  postReleaseBl,
  postVoid,
  receivableBody,
  releaseApprovalFor,
  shiftDays,
  today,
  type DebitNote,
  type DebitNoteBody,
} from './factories/billing';
import { createCarrier } from './factories/master-data';
import { EVENTS_TO_SO_RELEASED } from './factories/shipments';
import { shipmentAt } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer } from './utils/http';

/** Why a prepaid client's B/L waits for payment (docs/domain.md "Cash first"). */
const CASH_FIRST = 'the client is prepaid (cash first): its debit notes must be paid before release';

describe('B/L release over HTTP: cash first, credit, approvals', () => {
  let t: TestApp;
  let carrier: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    carrier = await createCarrier(t);
  });
  afterAll(() => t.close());

  /** A shipment of the client taken to bl_checked, then debit_noted by a receivable note (CNY 1,000.00 by default). */
  const debitNoted = async (
    clientId: string,
    note: Partial<DebitNoteBody> = {},
  ): Promise<{ shipmentId: string; note: DebitNote }> => {
    const s = await shipmentAt(t, 'bl_checked', { clientId, carrierId: carrier.id });
    const issued = await issueReceivable(t, s.id, note);
    expect((await getShipment(t, s.id)).status).toBe('debit_noted');
    return { shipmentId: s.id, note: issued };
  };
  const cnyLine = (amount: string) => ({ lines: [{ description: 'Ocean freight', amount: money(amount) }] });

  /** The refusal: 422 REQUIREMENTS_UNMET, the shipment still debit_noted and no bl_released event. */
  const expectRefused = async (shipmentId: string, body?: Parameters<typeof postReleaseBl>[2]) => {
    const res = await postReleaseBl(t, shipmentId, body);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('REQUIREMENTS_UNMET');
    expect((await getShipment(t, shipmentId)).status).toBe('debit_noted');
    expect((await eventsOf(t, shipmentId)).map((e) => e.type)).not.toContain('bl_released');
    return { message: res.body.message as string, missing: res.body.details.missing as string[] };
  };
  const expectReleased = async (
    shipmentId: string,
    body: Parameters<typeof postReleaseBl>[2] = { mode: 'telex' },
    token?: string,
  ) => {
    const res = await postReleaseBl(t, shipmentId, body, token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'released', releaseMode: body.mode });
    const released = (await eventsOf(t, shipmentId)).filter((e) => e.type === 'bl_released');
    expect(released).toHaveLength(1);
    return released[0]!;
  };

  describe('from debit_noted, before payment', () => {
    it('refuses a prepaid client: cash first, the message says prepaid', async () => {
      const client = await createPrepaidClient(t);
      const { shipmentId } = await debitNoted(client.id);
      const refusal = await expectRefused(shipmentId);
      expect(refusal.missing).toEqual([CASH_FIRST, 'no approved release_before_payment approval']);
      expect(refusal.message).toContain(CASH_FIRST);

      const next = await t
        .http()
        .get(`/api/v1/shipments/${shipmentId}/next-actions`)
        .auth(await t.tokenFor('accounts'), bearer)
        .expect(200);
      expect(next.body).toContainEqual({
        action: 'release-bl',
        allowed: false,
        missing: expect.arrayContaining([CASH_FIRST]),
      });
    });

    it.each(['collect', 'monthly'] as const)(
      'releases a %s client within the credit limit, and records the mode on the event',
      async (terms) => {
        const client = await createCreditClient(t, { paymentTerms: terms, creditLimit: money('20000.00') });
        const { shipmentId } = await debitNoted(client.id, cnyLine('15000.00'));
        const event = await expectReleased(shipmentId, { mode: 'original' });
        expect(event).toMatchObject({
          fromStatus: 'debit_noted',
          toStatus: 'released',
          data: { mode: 'original', beforePayment: true, approvalId: null },
        });
      },
    );

    describe('at the credit limit (CNY 10,000.00), counting every open note at its frozen rate', () => {
      // Open receivables of the client: 1,000.00 USD at 7.1 = 7,100.00 CNY on another shipment, plus this
      // shipment's CNY note.
      const setup = async (thisNote: string) => {
        const client = await createCreditClient(t, { creditLimit: money('10000.00'), creditDays: 30 });
        const other = await debitNoted(client.id, {
          currency: 'USD',
          lines: [{ description: 'Ocean freight', amount: money('1000.00', 'USD') }],
          fxRates: [fxRate('7.1')],
        });
        const here = await debitNoted(client.id, cnyLine(thisNote));
        return { other, here };
      };

      it('releases at exactly the limit: 7,100.00 + 2,900.00 = 10,000.00', async () => {
        const { here } = await setup('2900.00');
        await expectReleased(here.shipmentId);
      });

      it('refuses a fen over, naming the limit, and releases once that fen is paid', async () => {
        const { here } = await setup('2900.01');
        const refusal = await expectRefused(here.shipmentId);
        expect(refusal.missing).toContain(
          'open receivables 10000.01 CNY exceed the credit limit 10000.00 CNY',
        );
        expect(refusal.message).toContain('credit limit 10000.00 CNY');

        await pay(t, [{ note: here.note, amount: '0.01' }]);
        expect((await getNote(t, here.note.id)).status).toBe('partially_paid');
        await expectReleased(here.shipmentId);
      });

      it('does not count payable notes, drafts or void notes against the limit', async () => {
        const client = await createCreditClient(t, { creditLimit: money('1000.00') });
        const { shipmentId } = await debitNoted(client.id, cnyLine('1000.00'));
        await issuePayable(t, shipmentId, cnyLine('5000.00'));
        await createDraft(t, shipmentId, receivableBody(client.id, cnyLine('5000.00')));
        const voided = await issueReceivable(t, shipmentId, cnyLine('5000.00'));
        expect((await postVoid(t, voided.id)).status).toBe(200);
        await expectReleased(shipmentId);
      });
    });

    it('refuses while another note of the client is overdue, naming that note, and releases once it is paid', async () => {
      const client = await createCreditClient(t, { paymentTerms: 'collect', creditDays: 30 });
      const late = await debitNoted(client.id, { dueDate: shiftDays(today(t), -1) });
      const { shipmentId } = await debitNoted(client.id);
      const refusal = await expectRefused(shipmentId);
      expect(refusal.missing).toContain(
        `${late.note.number} is 1 day(s) overdue (due ${shiftDays(today(t), -1)})`,
      );
      expect(refusal.message).toContain(late.note.number!);

      await pay(t, [late.note]);
      await expectReleased(shipmentId);
    });

    it('does not count a note due today as overdue', async () => {
      const client = await createCreditClient(t);
      const { shipmentId } = await debitNoted(client.id, { dueDate: today(t) });
      await expectReleased(shipmentId, { mode: 'seaway' });
    });

    it('releases a credit client over its limit with an approved release_before_payment approval', async () => {
      const client = await createCreditClient(t, { creditLimit: money('500.00') });
      const { shipmentId } = await debitNoted(client.id, cnyLine('1000.00'));
      const refusal = await expectRefused(shipmentId);
      expect(refusal.missing[0]).toContain('exceed the credit limit 500.00 CNY');

      const approval = await releaseApprovalFor(t, shipmentId, 'approve');
      expect(approval.status).toBe('approved');
      const event = await expectReleased(shipmentId, { mode: 'telex', approvalId: approval.id });
      expect(event.data).toMatchObject({ mode: 'telex', approvalId: approval.id, beforePayment: true });
    });

    it('releases a prepaid client with an approved approval, named or not', async () => {
      const client = await createPrepaidClient(t);
      const named = await debitNoted(client.id);
      const approvalNamed = await releaseApprovalFor(t, named.shipmentId, 'approve');
      await expectReleased(named.shipmentId, { mode: 'telex', approvalId: approvalNamed.id });

      const unnamed = await debitNoted(client.id);
      await releaseApprovalFor(t, unnamed.shipmentId, 'approve');
      const event = await expectReleased(unnamed.shipmentId, { mode: 'telex' });
      expect(event.data).toMatchObject({ approvalId: null, beforePayment: true });
    });

    describe('refuses with an approval that does not fit, saying why', () => {
      let clientId: string;
      beforeAll(async () => {
        // Prepaid: credit alone never allows release, so only the approval could.
        clientId = (await createPrepaidClient(t)).id;
      });

      it('a pending approval', async () => {
        const { shipmentId } = await debitNoted(clientId);
        const approval = await releaseApprovalFor(t, shipmentId, 'pending');
        const named = await expectRefused(shipmentId, { mode: 'telex', approvalId: approval.id });
        expect(named.missing).toEqual([`approval ${approval.id} is pending`]);
        const unnamed = await expectRefused(shipmentId);
        expect(unnamed.missing).toContain('no approved release_before_payment approval');
      });

      it('a rejected approval', async () => {
        const { shipmentId } = await debitNoted(clientId);
        const approval = await releaseApprovalFor(t, shipmentId, 'reject');
        expect(approval.status).toBe('rejected');
        const refusal = await expectRefused(shipmentId, { mode: 'telex', approvalId: approval.id });
        expect(refusal.missing).toEqual([`approval ${approval.id} is rejected`]);
        await expectRefused(shipmentId);
      });

      it("another shipment's approval", async () => {
        const { shipmentId } = await debitNoted(clientId);
        const elsewhere = await debitNoted(clientId);
        const approval = await releaseApprovalFor(t, elsewhere.shipmentId, 'approve');
        const refusal = await expectRefused(shipmentId, { mode: 'telex', approvalId: approval.id });
        expect(refusal.missing).toEqual([
          `approval ${approval.id} is not a release_before_payment approval for this shipment`,
        ]);
        await expectRefused(shipmentId);
      });

      it('an approval of another type, or none at all', async () => {
        const { shipmentId } = await debitNoted(clientId);
        const other = await postApproval(t, await t.tokenFor('sales'), {
          type: 'other',
          shipmentId,
          reason: 'Match the competitor',
        });
        expect(other.status).toBe(201);
        await t
          .http()
          .post(`/api/v1/approvals/${other.body.id}/approve`)
          .auth(await t.tokenFor('manager'), bearer)
          .send({})
          .expect(200);
        const refusal = await expectRefused(shipmentId, { mode: 'telex', approvalId: other.body.id });
        expect(refusal.missing[0]).toContain('is not a release_before_payment approval');
        const unknown = '00000000-0000-4000-8000-000000000001';
        const none = await expectRefused(shipmentId, { mode: 'telex', approvalId: unknown });
        expect(none.missing[0]).toContain(unknown);
      });
    });
  });

  describe('from paid', () => {
    it('always releases, even for a prepaid client with another note overdue', async () => {
      const client = await createPrepaidClient(t);
      await debitNoted(client.id, { dueDate: shiftDays(today(t), -10) });
      const { shipmentId, note } = await debitNoted(client.id);
      await pay(t, [note]);
      expect((await getShipment(t, shipmentId)).status).toBe('paid');
      const event = await expectReleased(shipmentId, { mode: 'original' });
      expect(event).toMatchObject({
        fromStatus: 'paid',
        toStatus: 'released',
        data: { mode: 'original', beforePayment: false },
      });
    });
  });

  describe('guards around the action', () => {
    it('refuses before a debit note (409) and a second release (409)', async () => {
      const client = await createPrepaidClient(t);
      const s = await shipmentAt(t, 'bl_checked', { clientId: client.id, carrierId: carrier.id });
      const early = await postReleaseBl(t, s.id);
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('SHIPMENT_INVALID_TRANSITION');

      const { shipmentId, note } = await debitNoted(client.id);
      await pay(t, [note]);
      await expectReleased(shipmentId);
      const again = await postReleaseBl(t, shipmentId);
      expect(again.status).toBe(409);
      expect(again.body.details).toMatchObject({ status: 'released', action: 'release-bl' });
    });

    it('refuses a bad mode with 400', async () => {
      const client = await createPrepaidClient(t);
      const { shipmentId } = await debitNoted(client.id);
      const res = await postReleaseBl(t, shipmentId, { mode: 'fax' as never });
      expect(res.status).toBe(400);
      expect(res.body.details.fields[0].field).toBe('mode');
    });

    it('lets accounts and admins release; operators, sales and managers get 403', async () => {
      const client = await createPrepaidClient(t);
      const { shipmentId, note } = await debitNoted(client.id);
      await pay(t, [note]);
      for (const role of ['operator', 'sales', 'manager'] as const) {
        const res = await postReleaseBl(t, shipmentId, { mode: 'telex' }, await t.tokenFor(role));
        expect([role, res.status, res.body.code]).toEqual([role, 403, 'FORBIDDEN']);
      }
      expect((await getShipment(t, shipmentId)).status).toBe('paid');
      const event = await expectReleased(shipmentId, { mode: 'telex' }, await t.tokenFor('accounts'));
      expect(event.actor.name).toContain('accounts');

      const other = await debitNoted(client.id);
      await pay(t, [other.note]);
      await expectReleased(other.shipmentId, { mode: 'telex' }, await t.tokenFor('admin'));
    });
  });

  describe('the whole way through HTTP, booking → released', () => {
    const before: string[] = [
      ...EVENTS_TO_SO_RELEASED,
      'container_picked_up',
      'container_picked_up',
      'all_containers_picked_up',
      'container_stuffed',
      'container_stuffed',
      'all_containers_stuffed',
      'container_gated_in',
      'container_gated_in',
      'all_containers_gated_in',
      'customs_declared',
      'customs_released',
      'si_submitted',
      'bl_approved',
      'bl_approved',
      'bl_checked',
    ];

    it('a prepaid client pays first, then the B/L is released', async () => {
      const client = await createPrepaidClient(t);
      const s = await shipmentAt(t, 'bl_checked', { clientId: client.id, carrierId: carrier.id });
      const freight = await issueReceivable(t, s.id, {
        lines: [
          { description: 'Ocean freight 40HC', amount: money('1850.00', 'USD'), quantity: 2 },
          { description: 'THC', amount: money('1050.00'), quantity: 2 },
        ],
        fxRates: [fxRate('7.1234')],
      });
      // 3700.00 USD × 7.1234 = 26356.58 CNY; + 2 × 1050.00 CNY = 28456.58 CNY.
      expect(freight.total).toEqual(money('28456.58'));
      await issuePayable(t, s.id, cnyLine('20000.00'));
      expect((await getShipment(t, s.id)).status).toBe('debit_noted');

      const refusal = await expectRefused(s.id);
      expect(refusal.missing[0]).toBe(CASH_FIRST);

      await pay(t, [{ note: freight, amount: '20000.00' }]);
      expect((await getShipment(t, s.id)).status).toBe('debit_noted');
      await pay(t, [{ note: freight, amount: '8456.58' }]);
      expect((await getShipment(t, s.id)).status).toBe('paid');
      await expectReleased(s.id, { mode: 'telex' });

      const history = await eventsOf(t, s.id);
      expect(history.map((e) => e.seq)).toEqual(history.map((_e, i) => i + 1));
      expect(history.map((e) => e.type)).toEqual([
        ...before,
        'debit_note_issued',
        'debit_noted',
        'debit_note_issued',
        'payment_received',
        'payment_received',
        'paid',
        'bl_released',
      ]);
      expect(history.at(-1)).toMatchObject({
        fromStatus: 'paid',
        toStatus: 'released',
        data: { mode: 'telex', beforePayment: false },
      });
      const profit = await t
        .http()
        .get(`/api/v1/shipments/${s.id}/profit`)
        .auth(await t.tokenFor('sales'), bearer)
        .expect(200);
      expect(profit.body.margin).toEqual(money('8456.58'));
    });

    it('a monthly client within credit gets the B/L before paying, and the shipment stays released once paid', async () => {
      const client = await createCreditClient(t, { creditLimit: money('50000.00'), creditDays: 30 });
      const s = await shipmentAt(t, 'bl_checked', { clientId: client.id, carrierId: carrier.id });
      const note = await issueReceivable(t, s.id, cnyLine('12000.00'));
      expect(note.dueDate).toBe(shiftDays(today(t), 30));
      expect((await getShipment(t, s.id)).status).toBe('debit_noted');

      const event = await expectReleased(s.id, { mode: 'telex' });
      expect(event.data).toMatchObject({ beforePayment: true });

      await pay(t, [{ note, amount: '5000.00' }]);
      await pay(t, [{ note, amount: '7000.00' }]);
      expect(await getNote(t, note.id)).toMatchObject({ status: 'paid', balance: money('0.00') });
      expect((await getShipment(t, s.id)).status).toBe('released');

      const history = await eventsOf(t, s.id);
      expect(history.map((e) => e.type)).toEqual([
        ...before,
        'debit_note_issued',
        'debit_noted',
        'bl_released',
        'payment_received',
        'payment_received',
      ]);
      expect(history.slice(-2).every((e) => e.fromStatus === 'released' && e.toStatus === 'released')).toBe(
        true,
      );
    });
  });
});
