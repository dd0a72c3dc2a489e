import { decideApproval, postApproval } from './factories/billing';
import { createClient, creditClientBody } from './factories/master-data';
import { act, book } from './utils/flow';
import { shipmentBody } from './factories/shipments';
import { auditTrail, bearer } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';
import { createCarrier } from './factories/master-data';

// Issue 16, "Approvals that act": a credit_terms approval sets the terms it asks for when a manager approves
// it; a booking under its lane's floor price is held before confirmation until a manager approves it.
describe('approvals that act', () => {
  let t: TestApp;
  let manager: { id: string; token: string };
  let sales: { id: string; token: string };
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await t.createUser({ role: 'manager', name: 'Wang Manager' });
    sales = await t.createUser({ role: 'sales', name: 'Li Sales', teamLeadId: manager.id });
    admin = await t.tokenFor('admin');
    operator = await t.tokenFor('operator');
  });
  afterAll(() => t.close());

  const monthly = (limit = '200000.00', days = 30) => ({
    paymentTerms: 'monthly',
    creditLimit: { amount: limit, currency: 'CNY' },
    creditDays: days,
  });
  const getClient = async (id: string) =>
    (await t.http().get(`/api/v1/clients/${id}`).auth(manager.token, bearer).expect(200)).body as {
      paymentTerms: string;
      creditLimit: { amount: string; currency: string } | null;
      creditDays: number | null;
      version: number;
    };

  describe('credit_terms: sales ask, a manager approves, the terms apply', () => {
    it('applies the terms asked for on approval, in one step: version bumped, audited with who approved', async () => {
      const client = await createClient(t, { salesUserId: sales.id });
      const before = await getClient(client.id);
      // The seed's rule stands: a salesperson cannot set terms directly.
      const direct = await t
        .http()
        .patch(`/api/v1/clients/${client.id}`)
        .auth(sales.token, bearer)
        .send({
          paymentTerms: 'monthly',
          creditLimit: { amount: '200000.00', currency: 'CNY' },
          creditDays: 30,
        });
      expect(direct.status).toBe(403);
      expect(direct.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'creditDays',
        'creditLimit',
        'paymentTerms',
      ]);

      const asked = await postApproval(t, sales.token, {
        type: 'credit_terms',
        clientId: client.id,
        reason: 'Monthly settlement agreed with their buyer',
        creditTerms: monthly(),
      });
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({ status: 'pending', creditTerms: monthly(), belowFloor: null });
      expect(await getClient(client.id)).toMatchObject({ paymentTerms: 'prepaid', version: before.version });

      // The inbox shows the terms asked for.
      const inbox = await t
        .http()
        .get('/api/v1/approvals?state=pending&type=credit_terms')
        .auth(manager.token, bearer)
        .expect(200);
      const listed = inbox.body.items.find((a: { id: string }) => a.id === asked.body.id);
      expect(listed.creditTerms).toEqual(monthly());

      const approved = await decideApproval(t, manager.token, asked.body.id, 'approve', 'Fine for a year');
      expect(approved.status).toBe(200);
      const after = await getClient(client.id);
      expect(after).toMatchObject({ ...monthly(), version: before.version + 1 });
      const trail = await auditTrail(t, admin, 'client', client.id);
      const change = trail.find((r) => r.action === 'credit_terms_changed');
      expect(change?.actor).toEqual({ id: manager.id, name: 'Wang Manager' });
      expect(change?.changes).toMatchObject({
        paymentTerms: { from: 'prepaid', to: 'monthly' },
        creditDays: { from: null, to: 30 },
        approvalId: asked.body.id,
        requestedBy: { id: sales.id, name: 'Li Sales' },
      });
      // Decided once: a second approval of it is a conflict and changes nothing more.
      const again = await decideApproval(t, manager.token, asked.body.id, 'approve');
      expect(again.status).toBe(409);
      expect((await getClient(client.id)).version).toBe(after.version);
    });

    it('rejected, it changes nothing', async () => {
      const client = await createClient(t, { salesUserId: sales.id });
      const before = await getClient(client.id);
      const asked = await postApproval(t, sales.token, {
        type: 'credit_terms',
        clientId: client.id,
        reason: 'Collect, please',
        creditTerms: {
          paymentTerms: 'collect',
          creditLimit: { amount: '50000.00', currency: 'CNY' },
          creditDays: 15,
        },
      });
      expect(asked.status).toBe(201);
      expect((await decideApproval(t, manager.token, asked.body.id, 'reject', 'Not yet')).status).toBe(200);
      expect(await getClient(client.id)).toEqual(before);
    });

    it('lowers credit too (back to prepaid), and approving the terms already in force writes nothing', async () => {
      const client = bodyOf(
        await t
          .http()
          .post('/api/v1/clients')
          .auth(manager.token, bearer)
          .send(creditClientBody({ salesUserId: sales.id })),
      );
      const before = await getClient(client.id);
      const same = await postApproval(t, sales.token, {
        type: 'credit_terms',
        clientId: client.id,
        reason: 'Confirm the terms',
        creditTerms: {
          paymentTerms: before.paymentTerms,
          creditLimit: before.creditLimit,
          creditDays: before.creditDays,
        },
      });
      expect((await decideApproval(t, manager.token, same.body.id, 'approve')).status).toBe(200);
      expect((await getClient(client.id)).version).toBe(before.version);
      const cash = await postApproval(t, sales.token, {
        type: 'credit_terms',
        clientId: client.id,
        reason: 'They pay late: cash first again',
        creditTerms: { paymentTerms: 'prepaid', creditLimit: null, creditDays: null },
      });
      expect(cash.status).toBe(201);
      expect((await decideApproval(t, admin, cash.body.id, 'approve')).status).toBe(200);
      expect(await getClient(client.id)).toMatchObject({
        paymentTerms: 'prepaid',
        creditLimit: null,
        creditDays: null,
        version: before.version + 1,
      });
    });

    it("validates the terms as the client's own fields, naming them", async () => {
      const client = await createClient(t, { salesUserId: sales.id });
      const ask = (body: Record<string, unknown>) =>
        postApproval(t, sales.token, { type: 'credit_terms', clientId: client.id, reason: 'x', ...body });
      const fieldsOf = (res: { body: { details?: { fields?: { field: string }[] } } }) =>
        (res.body.details?.fields ?? []).map((f) => f.field).sort();

      const none = await ask({});
      expect(none.status).toBe(400);
      expect(fieldsOf(none)).toEqual(['creditTerms']);
      const noClient = await postApproval(t, sales.token, {
        type: 'credit_terms',
        reason: 'x',
        creditTerms: monthly(),
      });
      expect(noClient.status).toBe(400);
      expect(fieldsOf(noClient)).toEqual(['clientId']);
      const lacking = await ask({ creditTerms: { paymentTerms: 'collect' } });
      expect(lacking.status).toBe(400);
      expect(fieldsOf(lacking)).toEqual(['creditTerms.creditDays', 'creditTerms.creditLimit']);
      const foreign = await ask({
        creditTerms: { ...monthly(), creditLimit: { amount: '1000.00', currency: 'USD' } },
      });
      expect(foreign.status).toBe(400);
      expect(fieldsOf(foreign)).toEqual(['creditTerms.creditLimit.currency']);
      const negative = await ask({ creditTerms: monthly('-1.00') });
      expect(negative.status).toBe(400);
      expect(fieldsOf(negative)).toEqual(['creditTerms.creditLimit.amount']);
      expect((await ask({ creditTerms: monthly('100.00', 366) })).status).toBe(400);
      expect((await ask({ creditTerms: monthly('0.00', 0) })).status).toBe(201); // the edges themselves
      expect((await ask({ creditTerms: monthly('100.00', 365) })).status).toBe(201);
      const wrongType = await postApproval(t, sales.token, {
        type: 'other',
        clientId: client.id,
        reason: 'x',
        creditTerms: monthly(),
      });
      expect(wrongType.status).toBe(400);
      expect(fieldsOf(wrongType)).toEqual(['creditTerms']);
    });

    it('a client outside the requester’s scope cannot be asked about', async () => {
      const stranger = await createClient(t);
      const res = await postApproval(t, sales.token, {
        type: 'credit_terms',
        clientId: stranger.id,
        reason: 'x',
        creditTerms: monthly(),
      });
      expect(res.status).toBe(422);
    });
  });

  describe('floor prices', () => {
    let lanes = 0;
    /** A port of discharge no other test uses, so that each test's floors are its own. */
    const freshPod = () => {
      const n = lanes++;
      const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      return `US${letters[Math.floor(n / 26) % 26]}${letters[n % 26]}Q`;
    };
    const postFloor = (token: string, body: Record<string, unknown>) =>
      t.http().post('/api/v1/floor-prices').auth(token, bearer).send(body);
    const floor = async (pod: string, amount: string, currency = 'USD', containerType = '40HC') => {
      const res = await postFloor(manager.token, {
        pol: 'CNYTN',
        pod,
        containerType,
        price: { amount, currency },
      });
      expect(res.status).toBe(201);
      return res.body as { id: string; version: number };
    };
    const booking = async (pod: string, amount: string, currency = 'USD') => {
      const client = await createClient(t, { salesUserId: sales.id });
      const carrier = await createCarrier(t);
      const res = await book(
        t,
        operator,
        shipmentBody({ clientId: client.id, carrierId: carrier.id, pod, agreedRate: { amount, currency } }),
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const confirm = (id: string) => act(t, operator, id, 'confirm-booking');
    const missingToConfirm = async (id: string) => {
      const res = await t
        .http()
        .get(`/api/v1/shipments/${id}/next-actions`)
        .auth(operator, bearer)
        .expect(200);
      const next = (res.body as { action: string; allowed: boolean; missing?: string[] }[]).find(
        (a) => a.action === 'confirm-booking',
      );
      return next?.missing ?? [];
    };

    it('managers and admins keep them; staff read them; each change checked and audited', async () => {
      const pod = freshPod();
      const created = await postFloor(manager.token, {
        pol: 'cnytn',
        pod,
        containerType: "40'hc",
        price: { amount: '2000.00', currency: 'USD' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        pol: 'CNYTN',
        pod,
        containerType: '45G1',
        price: { amount: '2000.00', currency: 'USD' },
        version: 1,
      });
      const id = created.body.id as string;
      const salesCreate = await postFloor(sales.token, {
        pol: 'CNYTN',
        pod: freshPod(),
        containerType: '40HC',
        price: { amount: '1.00', currency: 'USD' },
      });
      expect(salesCreate.status).toBe(403);
      const listed = await t
        .http()
        .get('/api/v1/floor-prices?pol=CNYTN&limit=200')
        .auth(sales.token, bearer)
        .expect(200);
      expect(listed.body.items.map((f: { id: string }) => f.id)).toContain(id);
      // The same lane, type and currency twice: 409; in another currency it is another floor.
      const twice = await postFloor(admin, {
        pol: 'CNYTN',
        pod,
        containerType: '45G1',
        price: { amount: '1.00', currency: 'USD' },
      });
      expect(twice.status).toBe(409);
      expect(
        (
          await postFloor(admin, {
            pol: 'CNYTN',
            pod,
            containerType: '45G1',
            price: { amount: '14000.00', currency: 'CNY' },
          })
        ).status,
      ).toBe(201);
      // Not a floor: zero, no LOCODE, no container type.
      for (const bad of [
        { pol: 'CNYTN', pod: freshPod(), containerType: '40HC', price: { amount: '0.00', currency: 'USD' } },
        { pol: 'CNYTN', pod: 'LA', containerType: '40HC', price: { amount: '1.00', currency: 'USD' } },
        { pol: '*', pod: freshPod(), containerType: '40HC', price: { amount: '1.00', currency: 'USD' } },
        { pol: 'CNYTN', pod: freshPod(), containerType: '41XX', price: { amount: '1.00', currency: 'USD' } },
        { pol: 'CNYTN', pod: freshPod(), containerType: '40HC', price: { amount: '1.001', currency: 'USD' } },
      ]) {
        expect((await postFloor(manager.token, bad)).status).toBe(400);
      }

      const patch = (body: Record<string, unknown>, version?: number, token = manager.token) => {
        const req = t.http().patch(`/api/v1/floor-prices/${id}`).auth(token, bearer);
        if (version !== undefined) req.set('If-Match', `"${version}"`);
        return req.send(body);
      };
      expect((await patch({ price: { amount: '2100.00', currency: 'USD' } }, 1, sales.token)).status).toBe(
        403,
      );
      const raised = await patch({ price: { amount: '2100.00', currency: 'USD' } }, 1);
      expect(raised.status).toBe(200);
      expect(raised.body).toMatchObject({ price: { amount: '2100.00', currency: 'USD' }, version: 2 });
      expect((await patch({ price: { amount: '2200.00', currency: 'USD' } }, 1)).status).toBe(412);
      const otherCurrency = await patch({ price: { amount: '2100.00', currency: 'EUR' } });
      expect(otherCurrency.status).toBe(400);
      expect(otherCurrency.body.details.fields).toEqual([
        expect.objectContaining({ field: 'price.currency' }),
      ]);
      const trail = await auditTrail(t, manager.token, 'floor_price', id);
      expect(trail.map((r) => r.action).sort()).toEqual(['created', 'updated']);

      expect((await t.http().delete(`/api/v1/floor-prices/${id}`).auth(sales.token, bearer)).status).toBe(
        403,
      );
      expect((await t.http().delete(`/api/v1/floor-prices/${id}`).auth(manager.token, bearer)).status).toBe(
        204,
      );
      expect((await t.http().get(`/api/v1/floor-prices/${id}`).auth(manager.token, bearer)).status).toBe(404);
      expect((await t.http().delete(`/api/v1/floor-prices/${id}`).auth(manager.token, bearer)).status).toBe(
        404,
      );
    });

    it('holds a booking under its floor (the reason on next-actions); at the floor, it is confirmed', async () => {
      const pod = freshPod();
      await floor(pod, '1850.01');
      const under = await booking(pod, '1850.00');
      const refused = await confirm(under);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('REQUIREMENTS_UNMET');
      expect(refused.body.details.missing).toEqual([
        expect.stringContaining(
          `the agreed rate USD 1,850.00 is below the floor USD 1,850.01 for CNYTN → ${pod} 40HC`,
        ),
      ]);
      expect(await missingToConfirm(under)).toEqual(refused.body.details.missing);
      const at = await booking(pod, '1850.01');
      expect(await missingToConfirm(at)).toEqual([]);
      expect((await confirm(at)).status).toBe(200);
    });

    it('compares in the same currency only; a floor for a type not booked holds nothing', async () => {
      const pod = freshPod();
      await floor(pod, '99000.00', 'CNY');
      await floor(pod, '9000.00', 'USD', '20GP');
      expect((await confirm(await booking(pod, '100.00', 'USD'))).status).toBe(200);
      expect((await confirm(await booking(pod, '98999.99', 'CNY'))).status).toBe(422);
    });

    it("a POD wildcard holds every lane from the POL; the POD's own floor wins over it", async () => {
      const pod = freshPod();
      const wildcard = await postFloor(manager.token, {
        pol: 'CNSHK',
        pod: '*',
        containerType: '40HC',
        price: { amount: '3000.00', currency: 'USD' },
      });
      expect(wildcard.status).toBe(201);
      const fromShekou = async (podCode: string) => {
        const client = await createClient(t, { salesUserId: sales.id });
        const res = await book(
          t,
          operator,
          shipmentBody({ clientId: client.id, pol: 'CNSHK', pod: podCode }),
        );
        return res.body.id as string;
      };
      const held = await fromShekou(pod);
      expect((await missingToConfirm(held))[0]).toContain('for CNSHK → any POD 40HC');
      const own = freshPod();
      expect(
        (
          await postFloor(manager.token, {
            pol: 'CNSHK',
            pod: own,
            containerType: '40HC',
            price: { amount: '1000.00', currency: 'USD' },
          })
        ).status,
      ).toBe(201);
      expect((await confirm(await fromShekou(own))).status).toBe(200);
    });

    it('a below_floor_price approval, asked with the context and approved, lets the booking be confirmed', async () => {
      const pod = freshPod();
      const f = await floor(pod, '2000.00');
      const shipmentId = await booking(pod, '1850.00');
      // Asked about a booking that is not under a floor: nothing to approve.
      const fine = await booking(freshPod(), '1850.00');
      const nothing = await postApproval(t, sales.token, {
        type: 'below_floor_price',
        shipmentId: fine,
        reason: 'x',
      });
      expect(nothing.status).toBe(422);
      expect(nothing.body.code).toBe('REQUIREMENTS_UNMET');
      const noShipment = await postApproval(t, sales.token, { type: 'below_floor_price', reason: 'x' });
      expect(noShipment.status).toBe(400);

      const rejected = await postApproval(t, sales.token, {
        type: 'below_floor_price',
        shipmentId,
        reason: 'Match COSCO’s offer',
      });
      expect(rejected.status).toBe(201);
      expect(rejected.body.belowFloor).toEqual({
        rate: { amount: '1850.00', currency: 'USD' },
        floor: {
          id: f.id,
          pol: 'CNYTN',
          pod,
          containerType: '45G1',
          price: { amount: '2000.00', currency: 'USD' },
        },
      });
      expect((await confirm(shipmentId)).status).toBe(422); // pending holds
      expect((await decideApproval(t, manager.token, rejected.body.id, 'reject')).status).toBe(200);
      expect((await confirm(shipmentId)).status).toBe(422); // rejected holds

      const asked = await postApproval(t, sales.token, {
        type: 'below_floor_price',
        shipmentId,
        reason: 'Volume deal: 20 boxes a month',
      });
      expect((await decideApproval(t, manager.token, asked.body.id, 'approve')).status).toBe(200);
      expect(await missingToConfirm(shipmentId)).toEqual([]);
      const confirmed = await confirm(shipmentId);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.status).toBe('booking_confirmed');
      // Confirmed, there is nothing more to hold or approve.
      const late = await postApproval(t, sales.token, { type: 'below_floor_price', shipmentId, reason: 'x' });
      expect(late.status).toBe(422);
    });

    it('an approval covers its rate or a higher one: lowered after the approval, the booking is held again', async () => {
      const pod = freshPod();
      await floor(pod, '2000.00');
      const shipmentId = await booking(pod, '1850.00');
      const asked = bodyOf(
        await postApproval(t, sales.token, { type: 'below_floor_price', shipmentId, reason: 'Volume deal' }),
      );
      expect((await decideApproval(t, manager.token, asked.id, 'approve')).status).toBe(200);
      expect(await missingToConfirm(shipmentId)).toEqual([]);

      const setRate = async (amount: string) => {
        const now = await t.http().get(`/api/v1/shipments/${shipmentId}`).auth(operator, bearer).expect(200);
        const res = await t
          .http()
          .patch(`/api/v1/shipments/${shipmentId}`)
          .set('If-Match', `"${now.body.version}"`)
          .auth(operator, bearer)
          .send({ agreedRate: { amount, currency: 'USD' } });
        expect(res.status).toBe(200);
      };
      // Lowered under what the manager approved: held again, with the new rate in the reason.
      await setRate('1800.00');
      expect(await missingToConfirm(shipmentId)).toEqual([
        expect.stringContaining('the agreed rate USD 1,800.00 is below the floor USD 2,000.00'),
      ]);
      expect((await confirm(shipmentId)).status).toBe(422);
      // Raised back above the approved rate (still under the floor): the approval covers it.
      await setRate('1900.00');
      expect(await missingToConfirm(shipmentId)).toEqual([]);
      expect((await confirm(shipmentId)).status).toBe(200);
    });
  });
});

function bodyOf(res: { status: number; body: unknown }): { id: string } {
  if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}
