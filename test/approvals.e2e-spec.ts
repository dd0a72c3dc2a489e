import { decideApproval, eventsOf, postApproval } from './factories/billing';
import { createClient } from './factories/master-data';
import { shipmentAt } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer } from './utils/http';

describe('approvals over HTTP: decided by managers, never by the requester, on the record', () => {
  let t: TestApp;
  let sales: { id: string; token: string };
  let manager: { id: string; token: string };
  let otherManager: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    // Li Sales is in Wang Manager's team and owns the clients below; a manager sees their team's clients
    // (docs/domain.md), so the second decider here is an admin, who sees every client.
    manager = await t.createUser({ role: 'manager', name: 'Wang Manager' });
    sales = await t.createUser({ role: 'sales', name: 'Li Sales', teamLeadId: manager.id });
    otherManager = await t.createUser({ role: 'admin', name: 'Zhao Admin' });
  });
  afterAll(() => t.close());

  const newShipment = async () => {
    const client = await createClient(t, { salesUserId: sales.id });
    return (await shipmentAt(t, 'booking', { clientId: client.id })).id;
  };
  const ask = async (shipmentId: string, token = sales.token, reason = 'Client promised payment Friday') => {
    const res = await postApproval(t, token, { type: 'release_before_payment', shipmentId, reason });
    expect(res.status).toBe(201);
    return res.body as { id: string; status: string };
  };
  const getApproval = (id: string) =>
    t.http().get(`/api/v1/approvals/${id}`).auth(sales.token, bearer).expect(200);

  it('sales asks, a manager approves: both are events on the shipment with who and why', async () => {
    const shipmentId = await newShipment();
    const asked = await postApproval(t, sales.token, {
      type: 'release_before_payment',
      shipmentId,
      reason: 'Client promised payment Friday',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      type: 'release_before_payment',
      status: 'pending',
      shipmentId,
      reason: 'Client promised payment Friday',
      requestedBy: { id: sales.id, name: 'Li Sales' },
      decidedBy: null,
      decidedAt: null,
    });

    const approved = await decideApproval(
      t,
      manager.token,
      asked.body.id,
      'approve',
      'Known payer for 5 years',
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decidedBy: { id: manager.id, name: 'Wang Manager' },
      decisionNote: 'Known payer for 5 years',
    });
    expect(approved.body.decidedAt).toEqual(expect.any(String));

    const history = (await eventsOf(t, shipmentId)).filter((e) => e.type.startsWith('approval_'));
    expect(history).toEqual([
      expect.objectContaining({
        type: 'approval_requested',
        fromStatus: 'booking',
        toStatus: 'booking',
        actor: { id: sales.id, name: 'Li Sales' },
        data: expect.objectContaining({
          approvalId: asked.body.id,
          approvalType: 'release_before_payment',
          reason: 'Client promised payment Friday',
          requestedBy: { id: sales.id, name: 'Li Sales' },
        }),
      }),
      expect.objectContaining({
        type: 'approval_approved',
        actor: { id: manager.id, name: 'Wang Manager' },
        data: expect.objectContaining({
          approvalId: asked.body.id,
          reason: 'Client promised payment Friday',
          requestedBy: { id: sales.id, name: 'Li Sales' },
          decidedBy: { id: manager.id, name: 'Wang Manager' },
          note: 'Known payer for 5 years',
        }),
      }),
    ]);
  });

  it('a manager rejects with a reason: approval_rejected with who and why', async () => {
    const shipmentId = await newShipment();
    const asked = await ask(shipmentId);
    const rejected = await decideApproval(t, manager.token, asked.id, 'reject', 'Two notes already overdue');
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionNote: 'Two notes already overdue' });
    const last = (await eventsOf(t, shipmentId)).at(-1)!;
    expect(last).toMatchObject({
      type: 'approval_rejected',
      actor: { id: manager.id },
      data: { decidedBy: { id: manager.id, name: 'Wang Manager' }, note: 'Two notes already overdue' },
    });
  });

  it('no one decides their own request, not even a manager (403)', async () => {
    const shipmentId = await newShipment();
    const asked = await ask(shipmentId, manager.token);
    for (const decision of ['approve', 'reject'] as const) {
      const res = await decideApproval(t, manager.token, asked.id, decision, 'I trust myself');
      expect([decision, res.status, res.body.code]).toEqual([decision, 403, 'FORBIDDEN']);
    }
    expect((await getApproval(asked.id)).body).toMatchObject({ status: 'pending', decidedBy: null });
    expect((await eventsOf(t, shipmentId)).map((e) => e.type)).toEqual([
      'booking_created',
      'approval_requested',
    ]);
    // Another manager may.
    await decideApproval(t, otherManager.token, asked.id, 'approve').then((r) => expect(r.status).toBe(200));
  });

  it.each(['sales', 'operator', 'accounts'] as const)('a %s user cannot decide (403)', async (role) => {
    const shipmentId = await newShipment();
    const asked = await ask(shipmentId, manager.token);
    const token = await t.tokenFor(role);
    for (const decision of ['approve', 'reject'] as const) {
      const res = await decideApproval(t, token, asked.id, decision);
      expect([decision, res.status]).toEqual([decision, 403]);
    }
    expect((await getApproval(asked.id)).body.status).toBe('pending');
    expect((await eventsOf(t, shipmentId)).filter((e) => e.type !== 'booking_created')).toHaveLength(1);
  });

  it('an admin may decide', async () => {
    const asked = await ask(await newShipment());
    const res = await decideApproval(t, await t.tokenFor('admin'), asked.id, 'approve');
    expect(res.body).toMatchObject({ status: 'approved', decisionNote: null });
  });

  it.each([
    ['approve', 'approve'],
    ['approve', 'reject'],
    ['reject', 'approve'],
  ] as const)(
    'refuses to %s then %s: 409 APPROVAL_ALREADY_DECIDED, the first decision stands',
    async (first, second) => {
      const shipmentId = await newShipment();
      const asked = await ask(shipmentId);
      await decideApproval(t, manager.token, asked.id, first).then((r) => expect(r.status).toBe(200));
      const again = await decideApproval(t, otherManager.token, asked.id, second);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'APPROVAL_ALREADY_DECIDED',
        details: { status: first === 'approve' ? 'approved' : 'rejected' },
      });
      const now = (await getApproval(asked.id)).body;
      expect(now).toMatchObject({
        status: first === 'approve' ? 'approved' : 'rejected',
        decidedBy: { id: manager.id },
      });
      const decisions = (await eventsOf(t, shipmentId)).filter((e) =>
        /approval_(approved|rejected)/.test(e.type),
      );
      expect(decisions).toHaveLength(1);
    },
  );

  it('lets one of two managers deciding at once win; the other gets 409', async () => {
    const shipmentId = await newShipment();
    const asked = await ask(shipmentId);
    const results = await Promise.all([
      decideApproval(t, manager.token, asked.id, 'approve'),
      decideApproval(t, otherManager.token, asked.id, 'reject'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const decisions = (await eventsOf(t, shipmentId)).filter((e) =>
      /approval_(approved|rejected)/.test(e.type),
    );
    expect(decisions).toHaveLength(1);
  });

  it('refuses a release_before_payment approval without a shipment, and other bad requests', async () => {
    const noShipment = await postApproval(t, sales.token, { type: 'release_before_payment', reason: 'x' });
    expect(noShipment.status).toBe(400);
    expect(noShipment.body.details.fields).toEqual([expect.objectContaining({ field: 'shipmentId' })]);

    const noReason = await postApproval(t, sales.token, {
      type: 'release_before_payment',
      shipmentId: await newShipment(),
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.fields.map((f: { field: string }) => f.field)).toContain('reason');

    const badType = await postApproval(t, sales.token, { type: 'free_lunch', reason: 'x' });
    expect(badType.status).toBe(400);
    expect(badType.body.details.fields.map((f: { field: string }) => f.field)).toContain('type');

    const unknown = await postApproval(t, sales.token, {
      type: 'release_before_payment',
      shipmentId: '00000000-0000-4000-8000-000000000001',
      reason: 'x',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      code: 'INVALID_REFERENCE',
      details: { fields: [{ field: 'shipmentId' }] },
    });

    const other = await createClient(t);
    const wrongClient = await postApproval(t, sales.token, {
      type: 'release_before_payment',
      shipmentId: await newShipment(),
      clientId: other.id,
      reason: 'x',
    });
    expect(wrongClient.status).toBe(422);
    expect(wrongClient.body.details.fields).toEqual([expect.objectContaining({ field: 'clientId' })]);
  });

  it("takes a client's approval without a shipment (no shipment event), and lists approvals by state", async () => {
    const client = await createClient(t, { salesUserId: sales.id });
    const asked = await postApproval(t, sales.token, {
      type: 'credit_terms',
      clientId: client.id,
      reason: 'Monthly settlement, CNY 200,000',
      creditTerms: {
        paymentTerms: 'monthly',
        creditLimit: { amount: '200000.00', currency: 'CNY' },
        creditDays: 30,
      },
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ shipmentId: null, clientId: client.id, status: 'pending' });
    const pending = await t
      .http()
      .get('/api/v1/approvals?state=pending&type=credit_terms')
      .auth(manager.token, bearer)
      .expect(200);
    expect(pending.body.items.map((a: { id: string }) => a.id)).toContain(asked.body.id);
    await decideApproval(t, manager.token, asked.body.id, 'approve').then((r) => expect(r.status).toBe(200));
    const after = await t
      .http()
      .get('/api/v1/approvals?state=pending&type=credit_terms')
      .auth(manager.token, bearer)
      .expect(200);
    expect(after.body.items.map((a: { id: string }) => a.id)).not.toContain(asked.body.id);
  });

  it('answers 404 for an unknown approval and 403 to a client user asking', async () => {
    await decideApproval(t, manager.token, '00000000-0000-4000-8000-000000000002', 'approve').then((r) =>
      expect(r.status).toBe(404),
    );
    const client = await createClient(t, { salesUserId: sales.id });
    const clientUser = await t.createUser({ role: 'client', clientId: client.id });
    const res = await postApproval(t, clientUser.token, { type: 'other', clientId: client.id, reason: 'x' });
    expect(res.status).toBe(403);
  });
});
