import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registeredRoutes } from '../src/app.setup';
import { PERMISSIONS, routeKey } from '../src/auth/permissions';
import { ROLES, type Role } from '../src/common/roles';
import { createDraft, issue, payableBody, receivableBody } from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { siBody } from './factories/shipments';
import { act, shipmentAt } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer } from './utils/http';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('the permission matrix', () => {
  let t: TestApp;
  const tokens = new Map<Role, string>();
  beforeAll(async () => {
    t = await createTestApp();
    const client = await createClient(t);
    for (const role of ROLES) {
      tokens.set(
        role,
        role === 'client'
          ? (await t.createUser({ role, clientId: client.id })).token
          : await t.tokenFor(role),
      );
    }
  });
  afterAll(() => t.close());

  it('has a rule for every route the app serves, and no rule for a route that does not exist', () => {
    const served = registeredRoutes(t.app)
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && !r.url.startsWith('/api/docs'))
      .map((r) => routeKey(r.method, r.url));
    expect(served.length).toBeGreaterThan(50);
    expect(served.filter((key) => !(key in PERMISSIONS))).toEqual([]);
    expect(Object.keys(PERMISSIONS).filter((key) => !served.includes(key))).toEqual([]);
  });

  it('is the table docs/security.md shows', () => {
    const doc = readFileSync(join(__dirname, '..', 'docs', 'security.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z]+ [^`]+)` +\|(.*)\|$/gm)].map(([, key, cells]) => {
      const marks = cells!.split('|').map((c) => c.trim());
      return [key!, marks[0] === 'public' ? 'public' : ROLES.filter((_r, i) => marks[i] === '✓')] as const;
    });
    const sorted = (r: 'public' | readonly string[]) => (r === 'public' ? r : [...r].sort());
    expect(Object.fromEntries(rows.map(([k, r]) => [k, sorted(r)]))).toEqual(
      Object.fromEntries(Object.entries(PERMISSIONS).map(([k, r]) => [k, sorted(r)])),
    );
  });

  const cases = Object.entries(PERMISSIONS)
    .filter(([, rule]) => rule !== 'public')
    .flatMap(([key, rule]) =>
      ROLES.map((role) => [key, role, (rule as readonly Role[]).includes(role)] as const),
    );

  it.each(cases)('%s as %s: allowed=%s', async (key, role, allowed) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const url = pattern.replace(/:\w+/g, UNKNOWN);
    const res = await t
      .http()
      [method.toLowerCase() as 'get' | 'post' | 'patch' | 'put'](url)
      .auth(tokens.get(role)!, bearer)
      .send({});
    if (allowed) {
      expect([401, 403]).not.toContain(res.status);
    } else {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
  });

  it.each(Object.keys(PERMISSIONS).filter((k) => PERMISSIONS[k] !== 'public'))(
    '%s needs a token',
    async (key) => {
      const [method, pattern] = key.split(' ') as [string, string];
      const res = await t.http()[method.toLowerCase() as 'get'](pattern.replace(/:\w+/g, UNKNOWN)).send({});
      expect(res.status).toBe(401);
    },
  );
});

describe('who sees what', () => {
  let t: TestApp;
  let mine: { shipment: string; client: string; issued: string; draft: string; payable: string };
  let theirs: { shipment: string; client: string; issued: string };
  let clientUser: string;

  beforeAll(async () => {
    t = await createTestApp();
    const setUp = async () => {
      const client = await createClient(t, { emails: ['ops@client.example'] });
      const carrier = await createCarrier(t);
      const s = await shipmentAt(t, 'bl_checked', { clientId: client.id, carrierId: carrier.id });
      const issued = await issue(t, (await createDraft(t, s.id, receivableBody(client.id))).id);
      const draft = await createDraft(t, s.id, receivableBody(client.id));
      const payable = await issue(t, (await createDraft(t, s.id, payableBody(carrier.id))).id);
      return { shipment: s.id, client: client.id, issued: issued.id, draft: draft.id, payable: payable.id };
    };
    mine = await setUp();
    theirs = await setUp();
    clientUser = (await t.createUser({ role: 'client', clientId: mine.client })).token;
  });
  afterAll(() => t.close());

  const get = (token: string, url: string) => t.http().get(url).auth(token, bearer);

  describe('a client user', () => {
    it('sees its own shipment, history and booking confirmation, and nothing of another client (404)', async () => {
      await get(clientUser, `/api/v1/shipments/${mine.shipment}`).expect(200);
      await get(clientUser, `/api/v1/shipments/${mine.shipment}/events`).expect(200);
      const pdf = await get(clientUser, `/api/v1/shipments/${mine.shipment}/booking-confirmation/pdf`).expect(
        200,
      );
      expect(pdf.headers['content-type']).toBe('application/pdf');
      for (const url of [
        `/api/v1/shipments/${theirs.shipment}`,
        `/api/v1/shipments/${theirs.shipment}/events`,
        `/api/v1/shipments/${theirs.shipment}/booking-confirmation/pdf`,
        `/api/v1/debit-notes/${theirs.issued}`,
        `/api/v1/debit-notes/${theirs.issued}/pdf`,
        `/api/v1/clients/${theirs.client}/statement/pdf`,
      ]) {
        const res = await get(clientUser, url);
        expect({ url, status: res.status, code: res.body?.code }).toEqual({
          url,
          status: 404,
          code: 'NOT_FOUND',
        });
      }
    });

    it('lists only its own shipments, notes and e-mails', async () => {
      const shipments = await get(clientUser, '/api/v1/shipments?limit=200').expect(200);
      expect(shipments.body.items.map((s: { id: string }) => s.id)).toEqual([mine.shipment]);
      const notes = await get(clientUser, '/api/v1/debit-notes?limit=200').expect(200);
      expect(notes.body.items.map((n: { id: string }) => n.id)).toEqual([mine.issued]);
      const emails = await get(clientUser, '/api/v1/emails?limit=200').expect(200);
      expect(emails.body.items.length).toBeGreaterThan(0);
      for (const e of emails.body.items) expect(e.to).toEqual(['ops@client.example']);
      const filtered = await get(clientUser, `/api/v1/shipments?clientId=${theirs.client}`).expect(200);
      expect(filtered.body.items).toEqual([]);
    });

    it('sees its issued bills, but not drafts nor the carrier’s bill to us', async () => {
      await get(clientUser, `/api/v1/debit-notes/${mine.issued}`).expect(200);
      await get(clientUser, `/api/v1/debit-notes/${mine.issued}/pdf`).expect(200);
      await get(clientUser, `/api/v1/debit-notes/${mine.draft}`).expect(404);
      await get(clientUser, `/api/v1/debit-notes/${mine.payable}`).expect(404);
      await get(clientUser, `/api/v1/clients/${mine.client}/statement/pdf`).expect(200);
    });

    it("reads what the portal reads: a shipment's bills and its open notes, its own only", async () => {
      const bills = await get(clientUser, `/api/v1/shipments/${mine.shipment}/debit-notes?limit=200`).expect(
        200,
      );
      expect(bills.body.items.map((n: { id: string }) => n.id)).toEqual([mine.issued]);
      const open = await get(
        clientUser,
        `/api/v1/debit-notes?clientId=${mine.client}&direction=receivable&status=issued&limit=200`,
      ).expect(200);
      expect(open.body.items.map((n: { id: string }) => n.id)).toEqual([mine.issued]);
      // Another client's, asked for by id: nothing, as if there were none.
      for (const url of [
        `/api/v1/shipments/${theirs.shipment}/debit-notes`,
        `/api/v1/debit-notes?clientId=${theirs.client}&direction=receivable&status=issued`,
        `/api/v1/shipments?clientId=${theirs.client}`,
      ]) {
        const res = await get(clientUser, url).expect(200);
        expect({ url, items: res.body.items }).toEqual({ url, items: [] });
      }
      // Staff-only reads the portal never makes are refused outright.
      for (const url of ['/api/v1/board', `/api/v1/clients/${mine.client}`, '/api/v1/receivables/aging']) {
        expect({ url, status: (await get(clientUser, url)).status }).toEqual({ url, status: 403 });
      }
    });

    it('changes nothing but its own side of the B/L draft', async () => {
      const s = await shipmentAt(t, 'si_submitted', { clientId: mine.client });
      const other = await shipmentAt(t, 'si_submitted', { clientId: theirs.client });
      const carrierSide = await act(t, clientUser, s.id, 'approve-bl', { party: 'carrier', revision: 1 });
      expect(carrierSide.status).toBe(403);
      await act(t, clientUser, other.id, 'approve-bl', { party: 'client', revision: 1 }).expect(404);
      const approved = await act(t, clientUser, s.id, 'approve-bl', { party: 'client', revision: 1 }).expect(
        200,
      );
      expect(approved.body.blApprovals).toEqual({ client: 1, carrier: null });
      await act(t, clientUser, s.id, 'submit-si', siBody()).expect(403);
      await act(t, clientUser, s.id, 'cancel', { reason: 'x' }).expect(403);
    });
  });

  describe('sales and managers', () => {
    it('see their own and their team’s clients’ shipments, and not another team’s', async () => {
      const lead = await t.createUser({ role: 'manager' });
      const seller = await t.createUser({ role: 'sales', teamLeadId: lead.id });
      const outsider = await t.createUser({ role: 'sales' });
      const client = await createClient(t, { salesUserId: seller.id });
      const s = await shipmentAt(t, 'booking', { clientId: client.id });
      for (const token of [
        seller.token,
        lead.token,
        await t.tokenFor('operator'),
        await t.tokenFor('accounts'),
      ]) {
        await get(token, `/api/v1/shipments/${s.id}`).expect(200);
      }
      await get(outsider.token, `/api/v1/shipments/${s.id}`).expect(404);
      const listed = await get(outsider.token, `/api/v1/shipments?clientId=${client.id}`).expect(200);
      expect(listed.body.items).toEqual([]);
      const seen = await get(seller.token, '/api/v1/shipments?limit=200').expect(200);
      expect(seen.body.items.map((x: { id: string }) => x.id)).toEqual([s.id]);
      // A salesperson may not book for another's client: the client does not exist for them.
      const booked = await t
        .http()
        .post('/api/v1/shipments')
        .auth(outsider.token, bearer)
        .send({
          clientId: client.id,
          pol: 'CNYTN',
          pod: 'USLAX',
          commodity: 'x',
          containers: [{ type: '20GP', quantity: 1 }],
          freightTerm: 'prepaid',
        });
      expect(booked.status).toBe(422);
      expect(booked.body.code).toBe('INVALID_REFERENCE');
    });

    it('gives a salesperson the clients they create', async () => {
      const seller = await t.createUser({ role: 'sales' });
      const created = await t
        .http()
        .post('/api/v1/clients')
        .auth(seller.token, bearer)
        .send({
          code: `OWN${Date.now() % 100000}`,
          name: 'Own Co',
          emails: ['a@own.example'],
          paymentTerms: 'prepaid',
          grade: 'c',
        })
        .expect(201);
      expect(created.body.salesUserId).toBe(seller.id);
      await get(seller.token, `/api/v1/clients/${created.body.id}`).expect(200);
    });
  });
});
