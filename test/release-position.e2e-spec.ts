import {
  createCreditClient,
  createPrepaidClient,
  decideApproval,
  issueReceivable,
  money,
  postApproval,
  postReleaseBl,
} from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';

/**
 * What the B/L release panel and the approvals inbox read (docs/api.md "Release position"): why a release
 * waits, as codes, with the client's credit position; the approvals with their shipment and client named;
 * the count a manager's header shows. Each scoped like the rest: a manager their team's, sales their clients'.
 */
describe('release position, credit position and the approvals inbox over HTTP', () => {
  let t: TestApp;
  let carrier: { id: string };
  let accounts: string;
  let manager: { id: string; token: string };
  let sales: { id: string; token: string };
  let outsider: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    carrier = await createCarrier(t);
    accounts = await t.tokenFor('accounts');
    // The factories' clients belong to the default salesperson, in the default manager's team.
    manager = { id: await t.userIdFor('manager'), token: await t.tokenFor('manager') };
    sales = { id: await t.userIdFor('sales'), token: await t.tokenFor('sales') };
    // A manager with a team of their own: none of the clients below is theirs.
    outsider = await t.createUser({ role: 'manager', name: 'Zhou Manager' });
  });
  afterAll(() => t.close());

  const cny = (amount: string) => ({ lines: [{ description: 'Ocean freight', amount: money(amount) }] });
  const debitNoted = async (clientId: string, amount: string) => {
    const s = await shipmentAt(t, 'bl_checked', { clientId, carrierId: carrier.id });
    await issueReceivable(t, s.id, cny(amount));
    return s;
  };
  const position = (shipmentId: string, token = accounts) =>
    t.http().get(`/api/v1/shipments/${shipmentId}/release-position`).auth(token, bearer);

  it('says a monthly client over its credit limit waits: not paid, over the limit, with the figures', async () => {
    const client = await createCreditClient(t, { creditLimit: money('10000.00'), salesUserId: sales.id });
    const s = await debitNoted(client.id, '12000.00');
    const res = await position(s.id).expect(200);
    expect(res.body).toMatchObject({
      shipmentId: s.id,
      status: 'debit_noted',
      releasable: false,
      basis: null,
      approval: null,
      credit: {
        clientId: client.id,
        paymentTerms: 'monthly',
        creditLimit: money('10000.00'),
        creditDays: 30,
        open: [money('12000.00')],
        overdue: [],
        openNotes: 1,
        overdueNotes: 0,
        overLimit: true,
      },
    });
    expect(res.body.blockers.map((b: { code: string }) => b.code)).toEqual(['not_paid', 'over_credit_limit']);
    expect(res.body.blockers[1]).toMatchObject({ open: money('12000.00'), creditLimit: money('10000.00') });
    // The guard agrees: the release is refused.
    expect((await postReleaseBl(t, s.id)).status).toBe(422);
  });

  it('follows the approval: pending, rejected, then approved lets the release go on that basis', async () => {
    const client = await createCreditClient(t, { creditLimit: money('1000.00'), salesUserId: sales.id });
    const s = await debitNoted(client.id, '5000.00');
    const ask = async () => {
      const res = await postApproval(t, accounts, {
        type: 'release_before_payment',
        shipmentId: s.id,
        reason: 'Known payer',
      });
      expect(res.status).toBe(201);
      return res.body as { id: string };
    };
    const first = await ask();
    let res = await position(s.id).expect(200);
    expect(res.body.approval).toMatchObject({ id: first.id, status: 'pending' });
    expect(res.body.blockers).toContainEqual(
      expect.objectContaining({ code: 'approval_pending', approvalId: first.id }),
    );

    await decideApproval(t, manager.token, first.id, 'reject', 'Two notes overdue').then((r) =>
      expect(r.status).toBe(200),
    );
    res = await position(s.id).expect(200);
    expect(res.body.approval).toMatchObject({
      id: first.id,
      status: 'rejected',
      decisionNote: 'Two notes overdue',
    });
    expect(res.body.blockers).toContainEqual(expect.objectContaining({ code: 'approval_rejected' }));

    const second = await ask();
    await decideApproval(t, manager.token, second.id, 'approve').then((r) => expect(r.status).toBe(200));
    res = await position(s.id).expect(200);
    expect(res.body).toMatchObject({
      releasable: true,
      basis: 'approval',
      blockers: [],
      approval: { id: second.id },
    });
    expect((await postReleaseBl(t, s.id, { mode: 'telex', approvalId: second.id })).status).toBe(200);
    res = await position(s.id).expect(200);
    expect(res.body).toMatchObject({ status: 'released', releasable: false });
    expect(res.body.blockers.map((b: { code: string }) => b.code)).toEqual(['not_awaiting_payment']);
  });

  it('says a prepaid client waits for payment, and a monthly client within credit may go on credit', async () => {
    const prepaid = await createPrepaidClient(t, { salesUserId: sales.id });
    const waiting = await debitNoted(prepaid.id, '100.00');
    const res = await position(waiting.id).expect(200);
    expect(res.body.blockers.map((b: { code: string }) => b.code)).toEqual(['not_paid', 'prepaid']);

    const monthly = await createCreditClient(t, { creditLimit: money('50000.00'), salesUserId: sales.id });
    const within = await debitNoted(monthly.id, '100.00');
    await position(within.id)
      .expect(200)
      .expect((r) => expect(r.body).toMatchObject({ releasable: true, basis: 'credit', blockers: [] }));
  });

  it('is scoped: a manager outside the team and a client user get 404, sales of the client see it', async () => {
    const client = await createCreditClient(t, { salesUserId: sales.id });
    const s = await debitNoted(client.id, '100.00');
    await position(s.id, sales.token).expect(200);
    await position(s.id, manager.token).expect(200);
    await position(s.id, outsider.token).expect(404);
    await t
      .http()
      .get(`/api/v1/clients/${client.id}/credit-position`)
      .auth(outsider.token, bearer)
      .expect(404);
    await t
      .http()
      .get(`/api/v1/clients/${client.id}/credit-position`)
      .auth(manager.token, bearer)
      .expect(200);
    const clientUser = await t.createUser({ role: 'client', clientId: client.id });
    await position(s.id, clientUser.token).expect(403);
    await t
      .http()
      .get(`/api/v1/clients/${client.id}/credit-position`)
      .auth(clientUser.token, bearer)
      .expect(403);
  });

  it('the inbox: approvals name their shipment and client, filter decided ones, and count what awaits the caller', async () => {
    const client = await createClient(t, { salesUserId: sales.id, name: 'Inbox Trading Co' });
    const s = (await shipmentAt(t, 'booking', { clientId: client.id })) as { id: string } & {
      reference?: string;
    };
    const countFor = async (token: string) =>
      (await t.http().get('/api/v1/approvals/pending-count').auth(token, bearer).expect(200)).body
        .count as number;
    const before = await countFor(manager.token);
    const outsiderBefore = await countFor(outsider.token);
    const asked = await postApproval(t, sales.token, {
      type: 'release_before_payment',
      shipmentId: s.id,
      reason: 'Ask',
    });
    expect(asked.body).toMatchObject({ shipmentReference: s.reference, clientName: 'Inbox Trading Co' });
    // A manager's own request awaits someone else, not them.
    await postApproval(t, manager.token, {
      type: 'release_before_payment',
      shipmentId: s.id,
      reason: 'Mine',
    });
    expect(await countFor(manager.token)).toBe(before + 1);
    expect(await countFor(outsider.token)).toBe(outsiderBefore);
    await t.http().get('/api/v1/approvals/pending-count').auth(sales.token, bearer).expect(403);

    const pending = await t
      .http()
      .get(`/api/v1/approvals?clientId=${client.id}&decided=false`)
      .auth(manager.token, bearer)
      .expect(200);
    expect(pending.body.items).toHaveLength(2);
    await decideApproval(t, manager.token, asked.body.id, 'approve', 'ok').then((r) =>
      expect(r.status).toBe(200),
    );
    const decided = await t
      .http()
      .get(`/api/v1/approvals?clientId=${client.id}&decided=true`)
      .auth(manager.token, bearer)
      .expect(200);
    expect(decided.body.items).toEqual([
      expect.objectContaining({
        id: asked.body.id,
        status: 'approved',
        shipmentReference: s.reference,
        clientCode: client.code,
      }),
    ]);
    expect(await countFor(manager.token)).toBe(before);
    await t
      .http()
      .get(`/api/v1/approvals?clientId=${client.id}`)
      .auth(outsider.token, bearer)
      .expect(200)
      .expect((r) => expect(r.body.items).toEqual([]));
  });
});
