import { money, postDebitNote, receivableBody } from './factories/billing';
import { clientBody, createCarrier, createClient } from './factories/master-data';
import { shipmentBody, siBody } from './factories/shipments';
import { act, actOnContainer, shipmentAt } from './utils/flow';
import { bearer, countRows, type FieldError, fieldsOf } from './utils/http';
import { createTestApp, type TestApp } from './utils/test-app';

/**
 * Issue 12, input as people send it (a widening, nothing that was accepted is refused): weights and volumes
 * may be JSON numbers, an amount may have fewer fraction digits than its currency, and a 400 lists every
 * field at fault rather than the first one found (docs/api.md, "Validation").
 */

describe('input as people send it', () => {
  let t: TestApp;
  let clientId: string;
  let carrierId: string;
  let op: string;
  beforeAll(async () => {
    t = await createTestApp();
    clientId = (await createClient(t)).id;
    carrierId = (await createCarrier(t)).id;
    op = await t.tokenFor('operator');
  });
  afterAll(() => t.close());

  describe('weights and volumes', () => {
    it('takes the SI weight and volume as JSON numbers, and answers them as decimal strings', async () => {
      const s = await shipmentAt(t, 'customs_released', { clientId, carrierId });
      const res = await act(t, op, s.id, 'submit-si', {
        ...siBody(),
        grossWeightKg: 18250.5,
        measurementCbm: 67,
      });
      expect(res.status).toBe(200);
      expect(res.body.shippingInstructions).toMatchObject({ grossWeightKg: '18250.5', measurementCbm: '67' });
    });

    it('takes a stuffed container’s weight and VGM as JSON numbers', async () => {
      const s = await shipmentAt(t, 'picked_up', { clientId, carrierId });
      const container = s.containers[0]!;
      const res = await actOnContainer(t, op, s.id, container.id, 'stuff', {
        grossWeightKg: 9120.5,
        vgmKg: 12920,
      });
      expect(res.status).toBe(200);
      const stuffed = (res.body.containers as { id: string; grossWeightKg: string; vgmKg: string }[]).find(
        (c) => c.id === container.id,
      );
      expect(stuffed).toMatchObject({ grossWeightKg: '9120.500', vgmKg: '12920.000' });
    });

    it('still refuses a number the string form would refuse (negative, too many decimals, exponent)', async () => {
      const s = await shipmentAt(t, 'picked_up', { clientId, carrierId });
      const container = s.containers[0]!;
      for (const body of [{ grossWeightKg: -1 }, { vgmKg: 0.1 + 0.2 }, { grossWeightKg: 1e21 }]) {
        const res = await actOnContainer(t, op, s.id, container.id, 'stuff', body);
        expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({
          status: 400,
          fields: Object.keys(body),
        });
      }
    });
  });

  describe('amounts with fewer fraction digits than the currency', () => {
    it('reads "1850" USD as 1850.00 on a booking, and "550" CNY as 550.00 on an inspection fee', async () => {
      const created = await t
        .http()
        .post('/api/v1/shipments')
        .auth(op, bearer)
        .send(shipmentBody({ clientId, carrierId, agreedRate: money('1850', 'USD') }));
      expect(created.status).toBe(201);
      expect(created.body.agreedRate).toEqual({ amount: '1850.00', currency: 'USD' });

      const s = await shipmentAt(t, 'customs_declared', { clientId, carrierId });
      const flagged = await act(t, op, s.id, 'flag-inspection', { fee: money('550') });
      expect(flagged.status).toBe(200);
      expect(flagged.body.inspectionFee).toEqual({ amount: '550.00', currency: 'CNY' });
    });

    it('reads "550.5" CNY as 550.50 on a debit note line, and a credit limit of "50000" as 50000.00', async () => {
      const s = await shipmentAt(t, 'booking', { clientId, carrierId });
      const res = await postDebitNote(
        t,
        s.id,
        receivableBody(clientId, {
          lines: [
            { description: 'Inspection', amount: money('550.5') },
            { description: 'Handling', amount: money('20') },
          ],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.lines.map((l: { amount: unknown }) => l.amount)).toEqual([
        { amount: '550.50', currency: 'CNY' },
        { amount: '20.00', currency: 'CNY' },
      ]);
      expect(res.body.total).toEqual({ amount: '570.50', currency: 'CNY' });

      const admin = await t.tokenFor('admin');
      const client = await t
        .http()
        .post('/api/v1/clients')
        .auth(admin, bearer)
        .send(clientBody({ paymentTerms: 'monthly', creditLimit: money('50000'), creditDays: 30 }));
      expect(client.status).toBe(201);
      expect(client.body.creditLimit).toEqual({ amount: '50000.00', currency: 'CNY' });
    });

    it('still refuses more digits than the currency has, naming the amount', async () => {
      const before = await countRows(t, 'shipments');
      const res = await t
        .http()
        .post('/api/v1/shipments')
        .auth(op, bearer)
        .send(shipmentBody({ clientId, carrierId, agreedRate: money('1850.001', 'USD') }));
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({
        status: 400,
        fields: ['agreedRate.amount'],
      });
      const yen = await t
        .http()
        .post('/api/v1/shipments')
        .auth(op, bearer)
        .send(shipmentBody({ clientId, carrierId, agreedRate: money('100.5', 'JPY') }));
      expect({ status: yen.status, fields: fieldsOf(yen.body) }).toEqual({
        status: 400,
        fields: ['agreedRate.amount'],
      });
      expect(await countRows(t, 'shipments')).toBe(before);
    });
  });

  it('describes weights as a string or a number, and money with one schema, in the OpenAPI document', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    const schemas = doc.body.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    const names = Object.keys(schemas);
    // One convention for answers (…Dto) and one money schema, so that generated console types do not clash.
    expect(names.filter((n) => n.endsWith('Out') || /money/i.test(n))).toEqual(['MoneyDto']);
    for (const [schema, field] of [
      ['SubmitSiDto', 'grossWeightKg'],
      ['SubmitSiDto', 'measurementCbm'],
      ['StuffDto', 'grossWeightKg'],
      ['StuffDto', 'vgmKg'],
    ] as const) {
      expect(schemas[schema]?.properties?.[field]).toMatchObject({
        oneOf: [{ type: 'string' }, { type: 'number' }],
      });
    }
  });

  describe('a 400 lists every field at fault', () => {
    it('lists three bad fields of a booking, an amount with too many digits among them', async () => {
      const res = await t
        .http()
        .post('/api/v1/shipments')
        .auth(op, bearer)
        .send(
          shipmentBody({
            clientId,
            carrierId,
            pol: 'nowhere',
            commodity: '',
            agreedRate: money('1850.123', 'USD'),
          }),
        );
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({
        status: 400,
        fields: ['agreedRate.amount', 'commodity', 'pol'],
      });
    });

    it('lists every debit note line whose amount is wrong, not the first only', async () => {
      const s = await shipmentAt(t, 'booking', { clientId, carrierId });
      const res = await postDebitNote(
        t,
        s.id,
        receivableBody(clientId, {
          lines: [
            { description: 'Freight', amount: money('1.234') },
            { description: 'Handling', amount: money('20.00') },
            { description: 'Inspection', amount: money('5.5', 'JPY') },
          ],
        }),
      );
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({
        status: 400,
        fields: ['lines[0].amount.amount', 'lines[2].amount.amount'],
      });
    });

    it('lists text the database cannot store together with the other faults of the body', async () => {
      const json = JSON.stringify(
        shipmentBody({ clientId, carrierId, pol: 'nowhere', containers: [] }),
      ).replace('"Wooden furniture"', '"Wooden \\u0000furniture"');
      const res = await t
        .http()
        .post('/api/v1/shipments')
        .auth(op, bearer)
        .set('content-type', 'application/json')
        .send(json);
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({
        status: 400,
        fields: ['commodity', 'containers', 'pol'],
      });
    });

    it('lists every problem of one field', async () => {
      const res = await t
        .http()
        .post('/api/v1/shipments')
        .auth(op, bearer)
        .send(shipmentBody({ clientId, carrierId, commodity: 7 }));
      const messages = ((res.body.details?.fields ?? []) as FieldError[]).filter(
        (f) => f.field === 'commodity',
      );
      expect(res.status).toBe(400);
      expect(messages.length).toBeGreaterThan(1);
    });
  });
});
