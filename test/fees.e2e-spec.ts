import { eventsOf, money, postVoid } from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { containerNumber, unique } from './factories/shipments';
import { act, actOnContainer, shipmentAt, type ShipmentRef } from './utils/flow';
import { bearer, countRows, fieldsOf } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';

interface Charge {
  id: string;
  containerId: string | null;
  kind: string;
  cost: { amount: string; currency: string };
  carrierId: string | null;
  rebillable: boolean;
  ruleId: string | null;
  source: string;
  receivableNote: { id: string } | null;
  payableNote: { id: string } | null;
  voidedAt: string | null;
}
interface Note {
  id: string;
  direction: string;
  partyId: string;
  status: string;
  currency: string;
  total: { amount: string; currency: string };
  lines: {
    description: string;
    amount: { amount: string };
    quantity: string;
    lineTotal: { amount: string };
  }[];
}

/**
 * Fees by carrier and terminal (issue 16; docs/domain.md "Fees by carrier and terminal", docs/billing.md
 * "Drafts from charges"): rules as data, the charges the stages record from them, drafts from the charges.
 */
describe('fees: rules, charges on the shipment, drafts from charges', () => {
  let t: TestApp;
  let manager: string;
  let operator: string;
  let accounts: string;
  let sales: string;

  beforeAll(async () => {
    t = await createTestApp();
    [manager, operator, accounts, sales] = await Promise.all([
      t.tokenFor('manager'),
      t.tokenFor('operator'),
      t.tokenFor('accounts'),
      t.tokenFor('sales'),
    ]);
    // The manuals' defaults: printing 30 CNY at any carrier, inspection 550 CNY at Yantian (YICT).
    for (const body of [
      { kind: 'doc_print', amount: money('30') },
      { kind: 'inspection', terminal: 'YICT', amount: money('550') },
    ]) {
      const res = await postRule(body);
      if (res.status !== 201) throw new Error(`rule: ${res.status} ${JSON.stringify(res.body)}`);
    }
  });
  afterAll(() => t.close());

  const postRule = (body: Record<string, unknown>, token = manager) =>
    t.http().post('/api/v1/fee-rules').auth(token, bearer).send(body);
  const chargesOf = async (shipmentId: string, token = operator): Promise<Charge[]> => {
    const res = await t.http().get(`/api/v1/shipments/${shipmentId}/charges`).auth(token, bearer);
    expect(res.status).toBe(200);
    return res.body as Charge[];
  };
  const pickup = async (ref: ShipmentRef, index: number): Promise<void> => {
    const res = await actOnContainer(t, operator, ref.id, ref.containers[index]!.id, 'pickup', {
      containerNumber: containerNumber(),
      sealNumber: `SL${unique()}`,
    });
    expect(res.status).toBe(200);
  };
  const draft = (shipmentId: string, body: Record<string, unknown>, token = accounts) =>
    t.http().post(`/api/v1/shipments/${shipmentId}/debit-notes/from-charges`).auth(token, bearer).send(body);
  const summary = (charges: Charge[]) =>
    charges
      .filter((c) => !c.voidedAt)
      .map((c) => `${c.kind} ${c.containerId ?? '-'} ${c.cost.amount} ${c.cost.currency} ${c.source}`)
      .sort();

  describe('rules', () => {
    it('managers write them; sales, operators and accounts only read', async () => {
      const carrier = await createCarrier(t);
      const body = { kind: 'lift', carrierId: carrier.id, amount: money('80') };
      for (const token of [sales, operator, accounts]) expect((await postRule(body, token)).status).toBe(403);
      const created = await postRule({ ...body, terminal: ' yict ', containerType: '40hc' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        kind: 'lift',
        carrierId: carrier.id,
        terminal: 'YICT',
        containerType: '45G1',
        amount: { amount: '80.00', currency: 'CNY' },
        rebillable: true,
        version: 1,
      });
      const list = await t.http().get(`/api/v1/fee-rules?carrierId=${carrier.id}`).auth(sales, bearer);
      expect(list.status).toBe(200);
      expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);

      const patch = (body: Record<string, unknown>, token = manager, version = 1) =>
        t
          .http()
          .patch(`/api/v1/fee-rules/${created.body.id}`)
          .auth(token, bearer)
          .set('If-Match', `"${version}"`)
          .send(body);
      expect((await patch({ rebillable: false }, operator)).status).toBe(403);
      const patched = await patch({ amount: money('85'), rebillable: false });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ amount: { amount: '85.00' }, rebillable: false, version: 2 });
      expect((await patch({ rebillable: true })).status).toBe(412);

      const del = (token: string) =>
        t.http().delete(`/api/v1/fee-rules/${created.body.id}`).auth(token, bearer).set('If-Match', '"2"');
      expect((await del(sales)).status).toBe(403);
      expect((await del(manager)).status).toBe(204);
      expect((await t.http().get(`/api/v1/fee-rules/${created.body.id}`).auth(sales, bearer)).status).toBe(
        404,
      );
    });

    it('one rule per kind, carrier, terminal and type (any counted as a value): 409 on a duplicate', async () => {
      const carrier = await createCarrier(t);
      const body = { kind: 'heavy_select', carrierId: carrier.id, terminal: 'CCT', amount: money('40') };
      expect((await postRule(body)).status).toBe(201);
      const again = await postRule({ ...body, terminal: 'cct', amount: money('45', 'USD') });
      expect(again.status).toBe(409);
      expect(fieldsOf(again.body)).toEqual(['kind']);
      // "Any terminal" is a rule of its own, and a duplicate of it too.
      expect((await postRule({ ...body, terminal: null })).status).toBe(201);
      expect((await postRule({ ...body, terminal: undefined })).status).toBe(409);
      expect(await countRows(t, 'fee_rules WHERE carrier_id = $1', [carrier.id])).toBe(2);
    });

    it('bad input is 400 naming every field at fault, and nothing is written', async () => {
      const before = await countRows(t, 'fee_rules');
      const bad = await postRule({
        kind: 'parking',
        carrierId: 'nope',
        containerType: '99XX',
        amount: { amount: '1.234', currency: 'CNY' },
        rebillable: 'yes',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(bad.body)).toEqual([
        'amount.amount',
        'carrierId',
        'containerType',
        'kind',
        'rebillable',
      ]);
      const negative = await postRule({ kind: 'lift', amount: money('-5') });
      expect(negative.status).toBe(400);
      expect(fieldsOf(negative.body)).toEqual(['amount.amount']);
      const noCarrier = await postRule({
        kind: 'lift',
        carrierId: '00000000-0000-4000-8000-000000000000',
        amount: money('5'),
      });
      expect(noCarrier.status).toBe(422);
      expect(noCarrier.body.code).toBe('INVALID_REFERENCE');
      expect(await countRows(t, 'fee_rules')).toBe(before);
    });
  });

  describe('charges the stages record', () => {
    it('pickup: the most specific rule per box wins, 0 means none, and printing only where the carrier needs it', async () => {
      const carrier = await createCarrier(t);
      const msc = await createCarrier(t, { requiresDocPrint: false });
      const anyCarrier: string[] = [];
      for (const body of [
        { kind: 'lift', carrierId: carrier.id, amount: money('80') },
        {
          kind: 'lift',
          carrierId: carrier.id,
          containerType: '40HC',
          amount: money('60'),
          rebillable: false,
        },
        { kind: 'lift', containerType: '40HC', amount: money('999') },
        { kind: 'heavy_select', carrierId: carrier.id, amount: money('0') },
        { kind: 'heavy_select', amount: money('50') },
        { kind: 'lift', carrierId: msc.id, amount: money('70') },
      ]) {
        const res = await postRule(body);
        expect(res.status).toBe(201);
        if (!body.carrierId) anyCarrier.push(res.body.id as string);
      }

      const ref = await shipmentAt(t, 'so_released', { carrierId: carrier.id });
      await pickup(ref, 0);
      const [box] = ref.containers;
      const charges = await chargesOf(ref.id);
      expect(summary(charges)).toEqual([
        `doc_print ${box!.id} 30.00 CNY rule`,
        `lift ${box!.id} 60.00 CNY rule`,
      ]);
      expect(charges.find((c) => c.kind === 'lift')).toMatchObject({
        carrierId: carrier.id,
        rebillable: false,
      });
      // The history names what the stage recorded.
      const picked = (await eventsOf(t, ref.id)).find((e) => e.type === 'container_picked_up');
      expect(picked!.data.charges).toEqual([
        expect.objectContaining({ kind: 'doc_print', cost: { amount: '30.00', currency: 'CNY' } }),
        expect.objectContaining({ kind: 'lift', cost: { amount: '60.00', currency: 'CNY' } }),
      ]);

      const mscRef = await shipmentAt(t, 'so_released', { carrierId: msc.id });
      await pickup(mscRef, 0);
      // No printing at a carrier that needs none; heavy selection 50 from the any-carrier rule.
      expect(summary(await chargesOf(mscRef.id))).toEqual([
        `heavy_select ${mscRef.containers[0]!.id} 50.00 CNY rule`,
        `lift ${mscRef.containers[0]!.id} 70.00 CNY rule`,
      ]);
      // The other tests' shipments meet only the manuals' defaults among any-carrier rules.
      for (const id of anyCarrier)
        expect((await t.http().delete(`/api/v1/fee-rules/${id}`).auth(manager, bearer)).status).toBe(204);
    });

    it('flag-inspection: the fee entered is the charge; without one, the terminal’s rule per box', async () => {
      const carrier = await createCarrier(t);
      const entered = await shipmentAt(t, 'customs_declared', { carrierId: carrier.id });
      const before = (await chargesOf(entered.id)).length;
      const flagged = await act(t, operator, entered.id, 'flag-inspection', { fee: money('400') });
      expect(flagged.status).toBe(200);
      expect(flagged.body.inspectionFee).toEqual({ amount: '400.00', currency: 'CNY' });
      const charges = await chargesOf(entered.id);
      expect(charges).toHaveLength(before + 1);
      expect(charges.at(-1)).toMatchObject({
        kind: 'inspection',
        source: 'inspection',
        containerId: null,
        carrierId: null,
        cost: { amount: '400.00', currency: 'CNY' },
      });

      const byRule = await shipmentAt(t, 'customs_declared', { carrierId: carrier.id }); // gated in at YICT
      const res = await act(t, operator, byRule.id, 'flag-inspection', {});
      expect(res.status).toBe(200);
      const inspections = (await chargesOf(byRule.id)).filter((c) => c.kind === 'inspection');
      expect(inspections.map((c) => [c.containerId, c.cost.amount, c.source]).sort()).toEqual(
        byRule.containers.map((c) => [c.id, '550.00', 'rule']).sort(),
      );
      expect(res.body.inspectionFee).toEqual({ amount: '1100.00', currency: 'CNY' });
      const event = (await eventsOf(t, byRule.id)).find((e) => e.type === 'inspection_flagged');
      expect(event!.data).toMatchObject({ fee: { amount: '1100.00', currency: 'CNY' } });
      expect(event!.data.charges).toHaveLength(2);
    });

    it('cancel after pickup: an empty return per box picked up, none for the planned one', async () => {
      const carrier = await createCarrier(t);
      expect(
        (await postRule({ kind: 'empty_return', carrierId: carrier.id, amount: money('200') })).status,
      ).toBe(201);
      const ref = await shipmentAt(t, 'so_released', { carrierId: carrier.id });
      await pickup(ref, 1);
      expect((await act(t, operator, ref.id, 'cancel', { reason: 'client withdrew' })).status).toBe(200);
      const returns = (await chargesOf(ref.id)).filter((c) => c.kind === 'empty_return');
      expect(returns.map((c) => [c.containerId, c.cost.amount, c.carrierId])).toEqual([
        [ref.containers[1]!.id, '200.00', carrier.id],
      ]);
      const cancelled = (await eventsOf(t, ref.id)).find((e) => e.type === 'cancelled');
      expect(cancelled!.data.charges).toEqual([expect.objectContaining({ kind: 'empty_return' })]);
    });
  });

  describe('who sees and changes charges', () => {
    it('a client user and a salesperson outside the client get 404; the client’s history shows no costs', async () => {
      const client = await createClient(t);
      const ref = await shipmentAt(t, 'so_released', { clientId: client.id });
      await pickup(ref, 0);
      const own = await t.createUser({ role: 'client', clientId: client.id });
      const otherSales = await t.createUser({ role: 'sales' });
      for (const token of [own.token, otherSales.token]) {
        const res = await t.http().get(`/api/v1/shipments/${ref.id}/charges`).auth(token, bearer);
        expect(res.status).toBe(404);
      }
      expect(await chargesOf(ref.id, sales)).toHaveLength(1); // the client's own salesperson
      const history = await t.http().get(`/api/v1/shipments/${ref.id}/events`).auth(own.token, bearer);
      expect(JSON.stringify(history.body)).not.toContain('charges');
    });

    it('a manual charge, corrected and voided with a reason; sales may not record one', async () => {
      const ref = await shipmentAt(t, 'so_released');
      const body = {
        kind: 'other',
        description: 'Overtime at the depot',
        cost: money('120'),
        containerId: ref.containers[0]!.id,
      };
      const post = (token: string, b: Record<string, unknown> = body) =>
        t.http().post(`/api/v1/shipments/${ref.id}/charges`).auth(token, bearer).send(b);
      expect((await post(sales)).status).toBe(403);
      const bad = await post(operator, { kind: 'other', cost: money('0'), containerId: 'x' });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body)).toEqual(['containerId']);
      const zero = await post(operator, { kind: 'other', cost: money('0') });
      expect(zero.status).toBe(400);
      expect(fieldsOf(zero.body)).toEqual(['cost.amount']);
      const created = await post(operator);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ source: 'manual', rebillable: true, cost: { amount: '120.00' } });

      const id = created.body.id as string;
      const patched = await t
        .http()
        .patch(`/api/v1/charges/${id}`)
        .auth(accounts, bearer)
        .send({ rebillable: false });
      expect(patched.status).toBe(200);
      expect(patched.body.rebillable).toBe(false);
      const voidIt = (b: Record<string, unknown>) =>
        t.http().post(`/api/v1/charges/${id}/void`).auth(operator, bearer).send(b);
      expect((await voidIt({})).status).toBe(400);
      const voided = await voidIt({ reason: 'Entered twice' });
      expect(voided.status).toBe(200);
      expect(voided.body).toMatchObject({ voidReason: 'Entered twice', voidedAt: expect.any(String) });
      expect((await voidIt({ reason: 'again' })).status).toBe(409);
      expect(
        (await t.http().patch(`/api/v1/charges/${id}`).auth(operator, bearer).send({ rebillable: true }))
          .status,
      ).toBe(409);
    });
  });

  describe('drafts from charges', () => {
    it('receivable: the agreed rate per container type plus every re-billable charge, exact; then 409 NOTHING_TO_BILL', async () => {
      const carrier = await createCarrier(t);
      const otherCarrier = await createCarrier(t);
      expect((await postRule({ kind: 'lift', carrierId: carrier.id, amount: money('75.50') })).status).toBe(
        201,
      );
      const ref = await shipmentAt(t, 'so_released', {
        carrierId: carrier.id,
        agreedRate: money('1000'),
        containers: [
          { type: '40HC', quantity: 2 },
          { type: '20GP', quantity: 1 },
        ],
      });
      for (const i of [0, 1, 2]) await pickup(ref, i);
      // 3 × (printing 30 + lifting 75.50); one lifting kept as our cost; a manual charge billed by another carrier.
      const charges = await chargesOf(ref.id);
      expect(charges).toHaveLength(6);
      const kept = charges.find((c) => c.kind === 'lift')!;
      expect(
        (
          await t
            .http()
            .patch(`/api/v1/charges/${kept.id}`)
            .auth(operator, bearer)
            .send({ rebillable: false })
        ).status,
      ).toBe(200);
      const manual = await t
        .http()
        .post(`/api/v1/shipments/${ref.id}/charges`)
        .auth(operator, bearer)
        .send({
          kind: 'other',
          description: 'Trucking waiting time',
          cost: money('300'),
          carrierId: otherCarrier.id,
        });
      expect(manual.status).toBe(201);

      expect((await draft(ref.id, { direction: 'receivable' }, operator)).status).toBe(403);
      const res = await draft(ref.id, { direction: 'receivable' });
      expect(res.status).toBe(201);
      const [note] = res.body as Note[];
      expect(res.body).toHaveLength(1);
      expect(note).toMatchObject({ direction: 'receivable', status: 'draft', currency: 'CNY' });
      const lines = note!.lines.map(
        (l) => `${l.description} | ${l.amount.amount} x ${l.quantity} = ${l.lineTotal.amount}`,
      );
      expect(lines.slice(0, 2)).toEqual([
        'Ocean freight CNYTN-USLAX 40HC | 1000.00 x 2 = 2000.00',
        'Ocean freight CNYTN-USLAX 20GP | 1000.00 x 1 = 1000.00',
      ]);
      expect(lines.slice(2)).toHaveLength(6); // 3 printing, 2 lifting, 1 manual
      // 3000 + 3 × 30 + 2 × 75.50 + 300
      expect(note!.total).toEqual({ amount: '3541.00', currency: 'CNY' });
      const after = await chargesOf(ref.id);
      expect(after.filter((c) => c.receivableNote?.id === note!.id)).toHaveLength(6);
      expect(after.find((c) => c.id === kept.id)!.receivableNote).toBeNull();
      // A drafted charge no longer changes.
      const locked = after.find((c) => c.receivableNote)!;
      expect(
        (
          await t
            .http()
            .patch(`/api/v1/charges/${locked.id}`)
            .auth(operator, bearer)
            .send({ rebillable: false })
        ).status,
      ).toBe(409);

      const again = await draft(ref.id, { direction: 'receivable' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('NOTHING_TO_BILL');

      // Voiding the draft frees its charges (and the agreed rate): the next draft takes them again.
      expect((await postVoid(t, note!.id)).status).toBe(200);
      expect((await chargesOf(ref.id)).filter((c) => c.receivableNote)).toHaveLength(0);
      const redo = await draft(ref.id, { direction: 'receivable' });
      expect(redo.status).toBe(201);
      expect(redo.body[0].total).toEqual({ amount: '3541.00', currency: 'CNY' });

      // Payable: one draft per carrier from the charges each bills us, awaiting the carrier's own bill.
      const payable = await draft(ref.id, { direction: 'payable' }, manager);
      expect(payable.status).toBe(201);
      const byParty = Object.fromEntries((payable.body as Note[]).map((n) => [n.partyId, n]));
      expect(Object.keys(byParty).sort()).toEqual([carrier.id, otherCarrier.id].sort());
      // 3 × 30 + 3 × 75.50, the non-rebillable lifting included: it is still our cost.
      expect(byParty[carrier.id]).toMatchObject({
        direction: 'payable',
        status: 'draft',
        total: { amount: '316.50' },
      });
      expect(byParty[carrier.id]!.lines).toHaveLength(6);
      expect(byParty[otherCarrier.id]!.total).toEqual({ amount: '300.00', currency: 'CNY' });
      const payableAgain = await draft(ref.id, { direction: 'payable' });
      expect(payableAgain.status).toBe(409);
      expect(payableAgain.body.code).toBe('NOTHING_TO_BILL');
      // Recording it needs the carrier's own number and due date.
      const issue = await t
        .http()
        .post(`/api/v1/debit-notes/${byParty[carrier.id]!.id}/issue`)
        .auth(accounts, bearer)
        .send({});
      expect(issue.status).toBe(422);
      expect(issue.body.message).toContain('carrierNumber');
    });

    it('nothing at all to bill is 409 for either direction; a client user cannot draft', async () => {
      const ref = await shipmentAt(t, 'booking', { agreedRate: undefined });
      for (const direction of ['receivable', 'payable']) {
        const res = await draft(ref.id, { direction });
        expect(res.status).toBe(409);
        expect(res.body.code).toBe('NOTHING_TO_BILL');
      }
      expect((await draft(ref.id, { direction: 'sideways' })).status).toBe(400);
    });
  });
});
