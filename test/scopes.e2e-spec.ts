import { clientBody, creditClientBody } from './factories/master-data';
import { decideApproval, postApproval } from './factories/billing';
import { ADMIN, createTestApp, TestApp } from './utils/test-app';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { bearer, bodyOf } from './utils/http';

interface User {
  id: string;
  email: string;
  token: string;
}

describe('team scopes: the audit log, client owners, approvals without a client, team leads, client codes', () => {
  let t: TestApp;
  let admin: string;
  let managerA: User;
  let salesA: User;
  let salesA2: User;
  let managerB: User;
  let salesB: User;
  let operator: User;
  let clientA: { id: string; code: string };
  let clientB: { id: string; code: string };

  const post = (token: string, path: string, body: object) =>
    t.http().post(`/api/v1${path}`).auth(token, bearer).send(body);
  const patch = (token: string, path: string, body: object) =>
    t.http().patch(`/api/v1${path}`).auth(token, bearer).send(body);
  const get = (token: string, path: string, query: Record<string, string | number> = {}) =>
    t.http().get(`/api/v1${path}`).query(query).auth(token, bearer);
  const audit = async (token: string, query: Record<string, string | number> = {}) =>
    bodyOf(await get(token, '/audit', { limit: 200, ...query }), 200).items as {
      entityType: string;
      entityId: string;
      action: string;
      changes: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('admin');
    managerA = await t.createUser({ role: 'manager', name: 'Manager A' });
    salesA = await t.createUser({ role: 'sales', name: 'Sales A', teamLeadId: managerA.id });
    salesA2 = await t.createUser({ role: 'sales', name: 'Sales A2', teamLeadId: managerA.id });
    managerB = await t.createUser({ role: 'manager', name: 'Manager B' });
    salesB = await t.createUser({ role: 'sales', name: 'Sales B', teamLeadId: managerB.id });
    operator = await t.createUser({ role: 'operator' });
    // Each manager grants their own team's client credit; accounts agree FX terms with both.
    clientA = bodyOf(
      await post(managerA.token, '/clients', creditClientBody({ code: 'TEAM-A', salesUserId: salesA.id })),
      201,
    ) as typeof clientA;
    clientB = bodyOf(
      await post(managerB.token, '/clients', creditClientBody({ code: 'TEAM-B', salesUserId: salesB.id })),
      201,
    ) as typeof clientB;
    for (const [manager, client, limit] of [
      [managerA, clientA, '400000.00'],
      [managerB, clientB, '900000.00'],
    ] as const) {
      bodyOf(
        await patch(manager.token, `/clients/${client.id}`, {
          creditLimit: { amount: limit, currency: 'CNY' },
        }),
        200,
      );
      bodyOf(
        await t
          .http()
          .put(`/api/v1/clients/${client.id}/fx-terms`)
          .auth(await t.tokenFor('accounts'), bearer)
          .send({
            terms: [
              { from: 'USD', to: 'CNY', mode: 'fixed', rate: '7.1000', source: 'agreed', date: '2026-11-01' },
            ],
          }),
        200,
      );
    }
    bodyOf(
      await post(operator.token, '/carriers', {
        code: 'SCOPE-CR',
        name: 'Scope Lines',
        requiresDocPrint: true,
      }),
      201,
    );
  });
  afterAll(() => t.close());

  describe('GET /audit: a manager reads the records of their team’s clients and of what concerns them', () => {
    let approvalA: string;
    let approvalB: string;
    let looseA: string;
    let looseB: string;
    beforeAll(async () => {
      approvalA = bodyOf(
        await postApproval(t, salesA.token, {
          type: 'credit_terms',
          clientId: clientA.id,
          reason: 'A: raise the limit, slow payer',
          creditTerms: {
            paymentTerms: 'monthly',
            creditLimit: { amount: '450000.00', currency: 'CNY' },
            creditDays: 30,
          },
        }),
        201,
      ).id;
      bodyOf(await decideApproval(t, managerA.token, approvalA, 'approve', 'A: fine for one quarter'), 200);
      approvalB = bodyOf(
        await postApproval(t, salesB.token, {
          type: 'credit_terms',
          clientId: clientB.id,
          reason: 'B: raise the limit, slow payer',
          creditTerms: {
            paymentTerms: 'monthly',
            creditLimit: { amount: '950000.00', currency: 'CNY' },
            creditDays: 30,
          },
        }),
        201,
      ).id;
      bodyOf(
        await decideApproval(t, managerB.token, approvalB, 'reject', 'B: not with two notes overdue'),
        200,
      );
      looseA = bodyOf(
        await postApproval(t, salesA.token, { type: 'other', reason: 'A: team-only matter' }),
        201,
      ).id;
      looseB = bodyOf(
        await postApproval(t, salesB.token, { type: 'other', reason: 'B: team-only matter' }),
        201,
      ).id;
    });

    it("shows manager A their team's client records and approvals, and nothing of team B", async () => {
      const records = await audit(managerA.token);
      const text = JSON.stringify(records);
      for (const secret of [clientB.id, approvalB, looseB, 'B: ', '900000.00', 'TEAM-B'])
        expect(text).not.toContain(secret);
      const about = (id: string) =>
        records
          .filter((r) => r.entityId === id)
          .map((r) => r.action)
          .sort();
      // The limit set directly, then raised by the approved credit_terms approval.
      expect(about(clientA.id)).toEqual([
        'created',
        'credit_terms_changed',
        'credit_terms_changed',
        'fx_terms_changed',
      ]);
      expect(about(approvalA)).toEqual(['approved', 'requested']);
      expect(about(looseA)).toEqual(['requested']);
      expect(records.some((r) => r.entityType === 'carrier')).toBe(true);
    });

    it('answers a manager asking for another team’s client by id with nothing, as if there were nothing', async () => {
      expect(await audit(managerA.token, { entityType: 'client', entityId: clientB.id })).toEqual([]);
      expect(await audit(managerA.token, { entityId: approvalB })).toEqual([]);
      expect(await audit(managerB.token, { entityId: clientA.id })).toEqual([]);
      expect((await audit(managerB.token, { entityId: clientB.id })).length).toBe(3);
    });

    it('shows the admin everything', async () => {
      const ids = new Set((await audit(admin)).map((r) => r.entityId));
      for (const id of [clientA.id, clientB.id, approvalA, approvalB, looseA, looseB])
        expect(ids).toContain(id);
    });

    it('pages a manager’s scoped records without losing or repeating any', async () => {
      const whole = await audit(managerA.token);
      const paged: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page = bodyOf(
          await get(managerA.token, '/audit', { limit: 2, ...(cursor ? { cursor } : {}) }),
          200,
        );
        paged.push(...(page.items as unknown[]));
        cursor = page.nextCursor as string | null;
      } while (cursor);
      expect(paged).toEqual(whole);
    });
  });

  describe('the owner of a client stays within the team of whoever names it', () => {
    const owner = async (id: string) =>
      bodyOf(await get(admin, `/clients/${id}`), 200).salesUserId as string | null;

    it('refuses a salesperson handing their client to anyone else, and changes nothing', async () => {
      const mine = bodyOf(await post(salesA.token, '/clients', clientBody()), 201);
      expect(mine.salesUserId).toBe(salesA.id);
      for (const other of [salesB, managerB, salesA2, managerA]) {
        const res = await patch(salesA.token, `/clients/${mine.id}`, { salesUserId: other.id, grade: 'a' });
        expect([other.id, res.status, res.body.code, res.body.details?.fields?.[0]?.field]).toEqual([
          other.id,
          403,
          'FORBIDDEN',
          'salesUserId',
        ]);
      }
      expect(await owner(mine.id)).toBe(salesA.id);
      expect(bodyOf(await get(admin, `/clients/${mine.id}`), 200).grade).toBe('b');
      bodyOf(await patch(salesA.token, `/clients/${mine.id}`, { salesUserId: salesA.id, grade: 'a' }), 200);
    });

    it('refuses a salesperson creating a client owned by someone else, and writes nothing', async () => {
      for (const other of [managerB, salesB, managerA]) {
        const res = await post(salesA.token, '/clients', clientBody({ salesUserId: other.id }));
        expect([res.status, res.body.code, res.body.details?.fields?.[0]?.field]).toEqual([
          403,
          'FORBIDDEN',
          'salesUserId',
        ]);
      }
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM clients WHERE sales_user_id = ANY($1)`,
        [[managerB.id, salesB.id, managerA.id]],
      );
      expect(row.n).toBe(1); // TEAM-B, created by manager B
    });

    it('lets a manager hand a client within their team, not to another team', async () => {
      const res = await patch(managerA.token, `/clients/${clientA.id}`, { salesUserId: salesB.id });
      expect([res.status, res.body.code, res.body.details?.fields?.[0]?.field]).toEqual([
        403,
        'FORBIDDEN',
        'salesUserId',
      ]);
      const created = await post(managerA.token, '/clients', clientBody({ salesUserId: managerB.id }));
      expect(created.status).toBe(403);
      bodyOf(await patch(managerA.token, `/clients/${clientA.id}`, { salesUserId: salesA2.id }), 200);
      bodyOf(await patch(managerA.token, `/clients/${clientA.id}`, { salesUserId: managerA.id }), 200);
      bodyOf(await patch(managerA.token, `/clients/${clientA.id}`, { salesUserId: salesA.id }), 200);
      expect(await owner(clientA.id)).toBe(salesA.id);
    });

    it('lets the admin name any active salesperson or manager', async () => {
      const moved = bodyOf(await post(admin, '/clients', clientBody({ salesUserId: salesB.id })), 201);
      bodyOf(await patch(admin, `/clients/${moved.id}`, { salesUserId: managerA.id }), 200);
      expect(await owner(moved.id)).toBe(managerA.id);
    });
  });

  describe('an approval without a client or shipment belongs to its requester’s team', () => {
    const listed = async (token: string) =>
      (bodyOf(await get(token, '/approvals', { limit: 200 }), 200).items as { id: string }[]).map(
        (a) => a.id,
      );

    it("is seen by the requester, the requester's manager and the admin only", async () => {
      const loose = bodyOf(
        await postApproval(t, salesA.token, { type: 'other', reason: 'Overtime for the team' }),
        201,
      ).id;
      for (const token of [salesA.token, managerA.token, admin]) {
        expect(await listed(token)).toContain(loose);
        bodyOf(await get(token, `/approvals/${loose}`), 200);
      }
      for (const token of [managerB.token, salesB.token, salesA2.token, operator.token]) {
        expect(await listed(token)).not.toContain(loose);
        expect((await get(token, `/approvals/${loose}`)).status).toBe(404);
      }
    });

    it("is decided by the requester's manager or an admin, never by another team's manager", async () => {
      const loose = bodyOf(
        await postApproval(t, salesA.token, { type: 'other', reason: 'Trade show budget' }),
        201,
      ).id;
      const refused = await decideApproval(t, managerB.token, loose, 'approve');
      expect([refused.status, refused.body.code]).toEqual([404, 'NOT_FOUND']);
      expect(bodyOf(await get(admin, `/approvals/${loose}`), 200).status).toBe('pending');
      expect(bodyOf(await decideApproval(t, managerA.token, loose, 'approve'), 200).status).toBe('approved');

      const byAdmin = bodyOf(
        await postApproval(t, salesB.token, { type: 'other', reason: 'New laptop' }),
        201,
      ).id;
      expect(bodyOf(await decideApproval(t, admin, byAdmin, 'reject'), 200).status).toBe('rejected');
    });

    it("a manager's own request is for an admin to decide", async () => {
      const own = bodyOf(
        await postApproval(t, managerA.token, { type: 'other', reason: 'Team dinner' }),
        201,
      ).id;
      expect((await decideApproval(t, managerB.token, own, 'approve')).status).toBe(404);
      expect((await decideApproval(t, managerA.token, own, 'approve')).status).toBe(403);
      expect(bodyOf(await decideApproval(t, admin, own, 'approve'), 200).status).toBe('approved');
    });
  });

  describe('a team lead is an active manager', () => {
    it('refuses teamLeadId naming a user who is not an active manager, on create and on edit, and writes nothing', async () => {
      const gone = await t.createUser({ role: 'manager' });
      bodyOf(await patch(admin, `/users/${gone.id}`, { active: false }), 200);
      const [before] = await t.dataSource.query('SELECT count(*)::int AS n FROM users');
      for (const lead of [salesA.id, operator.id, gone.id]) {
        const res = await post(admin, '/users', {
          email: `lead-${lead.slice(0, 8)}@quayside.test`,
          name: 'Newcomer',
          password: 'newcomer-pass-1',
          role: 'sales',
          teamLeadId: lead,
        });
        expect([res.status, res.body.code, res.body.details?.fields]).toEqual([
          422,
          'INVALID_REFERENCE',
          [{ field: 'teamLeadId', message: expect.any(String) }],
        ]);
        const edit = await patch(admin, `/users/${salesA2.id}`, { teamLeadId: lead });
        expect([edit.status, edit.body.code, edit.body.details?.fields?.[0]?.field]).toEqual([
          422,
          'INVALID_REFERENCE',
          'teamLeadId',
        ]);
      }
      const [after] = await t.dataSource.query('SELECT count(*)::int AS n FROM users');
      expect(after.n).toBe(before.n);
      expect(bodyOf(await get(admin, `/users/${salesA2.id}`), 200).teamLeadId).toBe(managerA.id);
      bodyOf(await patch(admin, `/users/${salesA2.id}`, { teamLeadId: managerB.id }), 200);
      bodyOf(await patch(admin, `/users/${salesA2.id}`, { teamLeadId: managerA.id }), 200);
    });
  });

  describe('a client code taken by another team: the refusal says no more than that the code is taken', () => {
    it('answers the same whether the code is in the caller’s scope or not, with no id, name or owner', async () => {
      const outside = await post(salesB.token, '/clients', clientBody({ code: clientA.code.toLowerCase() }));
      const inside = await post(salesA.token, '/clients', clientBody({ code: clientA.code }));
      for (const res of [outside, inside]) {
        expect(res.status).toBe(409);
        expect({ ...res.body, correlationId: undefined }).toEqual({
          statusCode: 409,
          code: 'CONFLICT',
          message: expect.any(String),
          details: { fields: [{ field: 'code', message: 'already in use' }] },
          correlationId: undefined,
        });
        const text = JSON.stringify(res.body);
        for (const secret of [
          clientA.id,
          salesA.id,
          managerA.id,
          'Shenzhen Bright Lamps TEAM-A',
          'uq_clients_code',
        ])
          expect(text).not.toContain(secret);
      }
      expect(outside.body.message).toBe(inside.body.message);
    });
  });
});

describe('the last active admin', () => {
  let t: TestApp;
  const adminsActive = async (): Promise<number> => {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`,
    );
    return row.n as number;
  };
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('cannot deactivate itself or lose its role: 409 LAST_ACTIVE_ADMIN, and still works', async () => {
    const token = await t.tokenFor('admin');
    const me = (
      bodyOf(await t.http().get('/api/v1/users').query({ limit: 200 }).auth(token, bearer), 200).items as {
        id: string;
        email: string;
      }[]
    ).find((u) => u.email === ADMIN.email)!;
    for (const body of [{ active: false }, { role: 'manager' }, { active: false, role: 'sales' }]) {
      const res = await t.http().patch(`/api/v1/users/${me.id}`).auth(token, bearer).send(body);
      expect([JSON.stringify(body), res.status, res.body.code]).toEqual([
        JSON.stringify(body),
        409,
        'LAST_ACTIVE_ADMIN',
      ]);
      expect(res.body.message).toMatch(/admin/);
    }
    expect(await adminsActive()).toBe(1);
    bodyOf(await t.http().get('/api/v1/users').auth(token, bearer), 200);
    // Anything else about it may change.
    bodyOf(
      await t.http().patch(`/api/v1/users/${me.id}`).auth(token, bearer).send({ name: 'Still Admin' }),
      200,
    );
  });

  it('two admins demoting each other at the same moment leave one admin, round after round', async () => {
    const bootstrapToken = await t.tokenFor('admin');
    const bootstrap = (
      bodyOf(await t.http().get('/api/v1/users').query({ limit: 200 }).auth(bootstrapToken, bearer), 200)
        .items as { id: string; email: string }[]
    ).find((u) => u.email === ADMIN.email)!;
    let n = 0;
    const newAdmin = async (token: string) => {
      const email = `race.admin.${++n}@quayside.test`;
      const created = bodyOf(
        await t
          .http()
          .post('/api/v1/users')
          .auth(token, bearer)
          .send({ email, name: `Race Admin ${n}`, password: 'race-admin-pass-1', role: 'admin' }),
        201,
      );
      return { id: created.id, token: await t.login(email, 'race-admin-pass-1') };
    };
    let survivor = await newAdmin(bootstrapToken);
    bodyOf(
      await t
        .http()
        .patch(`/api/v1/users/${bootstrap.id}`)
        .auth(survivor.token, bearer)
        .send({ active: false }),
      200,
    );
    const refusedInside: number[] = [];
    for (let round = 0; round < 8; round++) {
      const other = await newAdmin(survivor.token);
      expect(await adminsActive()).toBe(2);
      const body = round % 4 < 2 ? { active: false } : { role: 'manager' };
      // Each demoting the other; or one admin demoting the other and itself at once (both pass the door,
      // whatever the order the database takes them in).
      const pair = round % 2 ? [survivor, other] : [survivor, survivor];
      const [a, b] = await Promise.all([
        t.http().patch(`/api/v1/users/${other.id}`).auth(pair[0]!.token, bearer).send(body),
        t.http().patch(`/api/v1/users/${survivor.id}`).auth(pair[1]!.token, bearer).send(body),
      ]);
      const statuses = [a.status, b.status];
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      // The loser is refused: 409 when it got in before the winner committed, otherwise at the door (no
      // longer an admin: 403; no longer active: 401).
      expect(statuses.filter((s) => s !== 200).every((s) => [401, 403, 409].includes(s))).toBe(true);
      refusedInside.push(statuses.filter((s) => s === 409).length);
      expect(await adminsActive()).toBe(1);
      survivor = a.status === 200 ? survivor : other;
    }
    // Some refusals came from the count made under the lock, not from the door.
    expect(refusedInside.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  });
});

describe('recovery when no admin is active: ADMIN_EMAIL and ADMIN_PASSWORD at start', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.dispose());

  /** Starts the app on this file's database, runs `work`, and always stops it (a restart follows). */
  const run = async <T>(env: Record<string, string>, work: (t: TestApp) => Promise<T>): Promise<T> => {
    const t = await createTestApp(env, db);
    try {
      return await work(t);
    } finally {
      await t.close();
    }
  };
  /** How an installation got locked out before this fix (or by hand in SQL): no admin is active. */
  const lockOut = (t: TestApp) => t.dataSource.query(`UPDATE users SET active = false WHERE role = 'admin'`);
  const loginStatus = async (t: TestApp, email: string, password: string) =>
    (await t.http().post('/api/v1/auth/login').send({ email, password })).status;
  const usersAs = async (t: TestApp, token: string) =>
    bodyOf(await t.http().get('/api/v1/users').query({ limit: 200 }).auth(token, bearer), 200).items as {
      id: string;
      email: string;
      role: string;
      active: boolean;
    }[];

  it('re-activates the ADMIN_EMAIL account as an admin with ADMIN_PASSWORD on the next start', async () => {
    const operator = await run({}, async (t) => {
      const created = await t.createUser({ role: 'operator', email: 'ops.lead@quayside.test' });
      await lockOut(t);
      expect(await loginStatus(t, ADMIN.email, ADMIN.password)).toBe(401);
      return created;
    });
    await run({}, async (t) => {
      await usersAs(t, await t.login(ADMIN.email, ADMIN.password));
      await lockOut(t);
    });
    // Another account named by ADMIN_EMAIL is made an active admin, with the password given.
    await run({ ADMIN_EMAIL: operator.email, ADMIN_PASSWORD: 'recovered-pass-42' }, async (t) => {
      const users = await usersAs(t, await t.login(operator.email, 'recovered-pass-42'));
      expect(users.find((u) => u.email === operator.email)).toMatchObject({ role: 'admin', active: true });
      // Only the account named is recovered.
      expect(users.find((u) => u.email === ADMIN.email)).toMatchObject({ active: false });
      await lockOut(t);
    });
  });

  it('creates the ADMIN_EMAIL admin when no such user exists', async () => {
    await run({ ADMIN_EMAIL: 'rescue@quayside.test', ADMIN_PASSWORD: 'rescue-pass-42' }, async (t) => {
      await usersAs(t, await t.login('rescue@quayside.test', 'rescue-pass-42'));
    });
  });

  it('changes nothing while an admin is active: ADMIN_PASSWORD does not reset a working admin', async () => {
    const env = { ADMIN_EMAIL: 'rescue@quayside.test', ADMIN_PASSWORD: 'rescue-pass-42' };
    await run(env, async (t) => {
      const token = await t.login('rescue@quayside.test', 'rescue-pass-42');
      const me = (await usersAs(t, token)).find((u) => u.email === 'rescue@quayside.test')!;
      bodyOf(
        await t
          .http()
          .patch(`/api/v1/users/${me.id}`)
          .auth(token, bearer)
          .send({ password: 'changed-pass-43' }),
        200,
      );
    });
    await run(env, async (t) => {
      expect(await loginStatus(t, 'rescue@quayside.test', 'rescue-pass-42')).toBe(401);
      expect(await loginStatus(t, 'rescue@quayside.test', 'changed-pass-43')).toBe(200);
    });
  });

  it('starts without ADMIN_EMAIL and ADMIN_PASSWORD, still locked out, and recovers once they are given', async () => {
    await run({}, lockOut);
    await run({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' }, async (t) => {
      expect(await loginStatus(t, 'rescue@quayside.test', 'changed-pass-43')).toBe(401);
    });
    await run({ ADMIN_EMAIL: 'rescue@quayside.test', ADMIN_PASSWORD: 'rescue-pass-44' }, async (t) => {
      expect(await loginStatus(t, 'rescue@quayside.test', 'rescue-pass-44')).toBe(200);
    });
  });
});
