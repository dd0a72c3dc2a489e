import type { Test } from 'supertest';
import { carrierBody, createClient } from './factories/master-data';
import { PERMISSIONS } from '../src/auth/permissions';
import { ROLES, type Role } from '../src/common/roles';
import { MAX_ENDED_TOKENS } from '../src/users/users.service';
import { auditTrail, bearer, countRows, fieldsNamed } from './utils/http';
import { ADMIN, createTestApp, TestApp } from './utils/test-app';
import { createTestDatabase } from './utils/test-database';

// Issue 14, "Signing in, safely": the console's cookie session beside bearer tokens, the CSRF header, signing
// out, who am I, the user's language, and a new password ending the other sessions (docs/security.md, "The
// console's session").

const onServer = process.env.DATABASE_URL ? describe : describe.skip;
const PASSWORD = 'user-pass-123';
const COOKIE = 'quayside_session';
const CSRF = { 'x-requested-with': 'quayside' };

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: Record<string, unknown>;
  text: string;
}

/** The attributes of the one session cookie an answer sets, by lower-cased name (`value` is the cookie's). */
function sessionCookie(res: Answer): Record<string, string> {
  const all = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
  const ours = all.filter((c) => c.startsWith(`${COOKIE}=`));
  expect(ours).toHaveLength(1);
  const [pair, ...attributes] = ours[0]!.split(/;\s*/);
  const parsed: Record<string, string> = { value: decodeURIComponent(pair!.slice(COOKIE.length + 1)) };
  for (const attribute of attributes) {
    const [name, value] = attribute.split('=');
    parsed[name!.toLowerCase()] = value ?? '';
  }
  return parsed;
}

/** Whether an answer tells the browser to drop the session cookie. */
function clearsCookie(res: Answer): boolean {
  const cookie = sessionCookie(res);
  return cookie.value === '' && cookie['max-age'] === '0' && new Date(cookie.expires!).getTime() === 0;
}

describe('the console’s cookie session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password = PASSWORD, session?: 'cookie' | 'bearer') =>
    t
      .http()
      .post('/api/v1/auth/login')
      .send({ email, password, ...(session ? { session } : {}) });
  /** Signs in with `session: "cookie"`; the cookie's value (the token no script of the page can read). */
  const cookieLogin = async (email: string, password = PASSWORD): Promise<string> =>
    sessionCookie(await login(email, password, 'cookie').expect(200)).value!;
  const withCookie = (token: string) => `${COOKIE}=${token}`;
  const me = (cookie: string) => t.http().get('/api/v1/auth/me').set('cookie', withCookie(cookie));
  const works = (token: string) => t.http().get('/api/v1/shipments').auth(token, bearer);

  describe('signing in', () => {
    it('sets the token in an HttpOnly, SameSite=Strict cookie for the whole site, and not in the body', async () => {
      const user = await t.createUser({ role: 'operator' });
      const res = await login(user.email, PASSWORD, 'cookie').expect(200);
      const cookie = sessionCookie(res);
      expect(cookie).toEqual({
        value: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        'max-age': String(t.config.jwt.expiresInSeconds),
        path: '/',
        httponly: '',
        samesite: 'Strict',
      });
      // Plain http (the office LAN): not Secure, or the browser would never send it back.
      expect(cookie).not.toHaveProperty('secure');
      expect(res.body).toEqual({ session: 'cookie', expiresIn: t.config.jwt.expiresInSeconds });
      expect(res.text).not.toContain(cookie.value);
      // The cookie signs in: the same user, and the token is a working bearer token too (it is the same one).
      expect((await me(cookie.value!).expect(200)).body.id).toBe(user.id);
      await works(cookie.value!).expect(200);
    });

    it('keeps the bearer login as it was: the token in the body, no cookie', async () => {
      const user = await t.createUser({ role: 'sales' });
      for (const session of [undefined, 'bearer'] as const) {
        const res = await login(user.email, PASSWORD, session).expect(200);
        expect(res.body).toEqual({
          accessToken: expect.any(String),
          tokenType: 'Bearer',
          expiresIn: t.config.jwt.expiresInSeconds,
        });
        expect(res.headers['set-cookie']).toBeUndefined();
        await works(res.body.accessToken as string).expect(200);
      }
      const wrong = await login(user.email, PASSWORD, 'jar' as 'cookie').expect(400);
      expect(fieldsNamed(wrong.body)).toEqual(['session']);
      // A failed login sets nothing.
      const refused = await login(user.email, 'not-the-pass-1', 'cookie').expect(401);
      expect(refused.headers['set-cookie']).toBeUndefined();
    });

    it('lets an Authorization header win over the cookie, so a bad bearer is 401 whatever the cookie', async () => {
      const user = await t.createUser({ role: 'operator' });
      const cookie = await cookieLogin(user.email);
      await t
        .http()
        .get('/api/v1/auth/me')
        .set('cookie', withCookie(cookie))
        .auth('not-a-token', bearer)
        .expect(401);
      await t.http().get('/api/v1/auth/me').set('cookie', withCookie('not-a-token')).expect(401);
      await t.http().get('/api/v1/auth/me').set('cookie', 'other=1').expect(401);
    });
  });

  describe('a cross-site request', () => {
    it('is refused (403 CSRF_HEADER_MISSING) when it changes anything with the cookie and not the header, and changes nothing', async () => {
      const user = await t.createUser({ role: 'operator' });
      const cookie = await cookieLogin(user.email);
      const carriers = await countRows(t, 'carriers');
      const forged = [
        t.http().post('/api/v1/carriers').set('cookie', withCookie(cookie)).send(carrierBody()),
        // The header with another value is no better than none.
        t
          .http()
          .post('/api/v1/carriers')
          .set('cookie', withCookie(cookie))
          .set('x-requested-with', 'XMLHttpRequest')
          .send(carrierBody()),
        t.http().patch('/api/v1/auth/me').set('cookie', withCookie(cookie)).send({ language: 'en' }),
        t.http().post('/api/v1/auth/logout').set('cookie', withCookie(cookie)),
      ];
      for (const res of await Promise.all(forged)) {
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('CSRF_HEADER_MISSING');
      }
      // What a form on another site can send: form-encoded, with no header of its choosing. Refused too.
      const form = await t
        .http()
        .post('/api/v1/carriers')
        .set('cookie', withCookie(cookie))
        .type('form')
        .send({ code: 'EVIL', name: 'Evil Lines' });
      expect([403, 415]).toContain(form.status);

      expect(await countRows(t, 'carriers')).toBe(carriers);
      expect((await me(cookie).expect(200)).body.language).toBe('zh');
    });

    it('goes through from the service’s own pages (with the header), and reads need no header', async () => {
      const user = await t.createUser({ role: 'operator' });
      const cookie = await cookieLogin(user.email);
      await t.http().get('/api/v1/carriers').set('cookie', withCookie(cookie)).expect(200);
      const created = await t
        .http()
        .post('/api/v1/carriers')
        .set('cookie', withCookie(cookie))
        .set(CSRF)
        .send(carrierBody())
        .expect(201);
      expect(created.body.id).toEqual(expect.any(String));
    });

    it('does not concern bearer tokens: integrations send no such header', async () => {
      const user = await t.createUser({ role: 'operator' });
      await t.http().post('/api/v1/carriers').auth(user.token, bearer).send(carrierBody()).expect(201);
      await t.http().patch('/api/v1/auth/me').auth(user.token, bearer).send({ language: 'en' }).expect(200);
    });
  });

  describe('signing out', () => {
    it('answers 204, clears the cookie and ends that session only', async () => {
      const user = await t.createUser({ role: 'operator' });
      const cookie = await cookieLogin(user.email);
      const other = await cookieLogin(user.email);
      await me(cookie).expect(200);
      const res = await t
        .http()
        .post('/api/v1/auth/logout')
        .set('cookie', withCookie(cookie))
        .set(CSRF)
        .expect(204);
      expect(res.text).toBe('');
      expect(clearsCookie(res)).toBe(true);
      // Ended, as a cookie and as a bearer token alike; the browser is told again to drop it.
      const after = await me(cookie).expect(401);
      expect(after.body.code).toBe('UNAUTHENTICATED');
      expect(clearsCookie(after)).toBe(true);
      await works(cookie).expect(401);
      // The user's other sessions and tokens go on.
      await me(other).expect(200);
      await works(user.token).expect(200);
      // Signing out again with the ended cookie: 401, and the cookie cleared again.
      const again = await t.http().post('/api/v1/auth/logout').set('cookie', withCookie(cookie)).set(CSRF);
      expect(again.status).toBe(401);
      expect(clearsCookie(again)).toBe(true);
    });

    it('with a bearer token, clears any cookie and ends no token', async () => {
      const user = await t.createUser({ role: 'sales' });
      const res = await t.http().post('/api/v1/auth/logout').auth(user.token, bearer).expect(204);
      expect(clearsCookie(res)).toBe(true);
      await works(user.token).expect(200);
    });

    it('forgets ended tokens once they expire, and past the bound ends every session of the user', async () => {
      const user = await t.createUser({ role: 'operator' });
      const now = Math.floor(Date.now() / 1000);
      const fake = (n: number, until: number) =>
        Object.fromEntries(
          Array.from({ length: n }, (_, i) => [
            `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            until,
          ]),
        );
      const setEnded = (ended: Record<string, number>) =>
        t.dataSource.query('UPDATE users SET ended_tokens = $2 WHERE id = $1', [
          user.id,
          JSON.stringify(ended),
        ]);
      const endedOf = async (): Promise<Record<string, number>> => {
        const rows = await t.dataSource.query<{ ended_tokens: Record<string, number> }[]>(
          'SELECT ended_tokens FROM users WHERE id = $1',
          [user.id],
        );
        return rows[0]!.ended_tokens;
      };
      const signOut = (cookie: string) =>
        t.http().post('/api/v1/auth/logout').set('cookie', withCookie(cookie)).set(CSRF).expect(204);

      // One short of the bound, with some long expired: those are dropped, this sign-out is recorded.
      await setEnded({ ...fake(MAX_ENDED_TOKENS - 1, now + 3600), expired: now - 1 });
      const first = await cookieLogin(user.email);
      await signOut(first);
      const ended = await endedOf();
      expect(Object.keys(ended)).toHaveLength(MAX_ENDED_TOKENS);
      expect(ended).not.toHaveProperty('expired');
      await me(first).expect(401);
      await works(user.token).expect(200);

      // At the bound: this sign-out ends every token of the user instead, and starts an empty list.
      const second = await cookieLogin(user.email);
      await signOut(second);
      expect(await endedOf()).toEqual({});
      await me(second).expect(401);
      await works(user.token).expect(401);
      await cookieLogin(user.email).then((fresh) => me(fresh).expect(200));
    });
  });

  describe('GET /auth/me', () => {
    it('answers who the caller is, their language, and every route the matrix lets their role call', async () => {
      const client = await createClient(t);
      const users: { role: Role; id: string; email: string; token: string }[] = [];
      for (const role of ROLES) {
        if (role === 'admin') continue;
        users.push({
          role,
          ...(await t.createUser(role === 'client' ? { role, clientId: client.id } : { role })),
        });
      }
      for (const user of users) {
        const cookie = await cookieLogin(user.email);
        const res = await me(cookie).expect(200);
        expect(Object.keys(res.body).sort()).toEqual(
          ['clientId', 'email', 'id', 'language', 'name', 'permissions', 'role'].sort(),
        );
        expect(res.body).toMatchObject({
          id: user.id,
          email: user.email,
          role: user.role,
          clientId: user.role === 'client' ? client.id : null,
          language: 'zh',
        });
        const permissions = res.body.permissions as string[];
        for (const p of permissions) expect(p).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/api\/v1\/[\w/:-]+$/);
        // Exactly the matrix's routes that name this role (public ones are not a role's to list).
        const expected = Object.entries(PERMISSIONS)
          .filter(([, rule]) => rule !== 'public' && rule.includes(user.role))
          .map(([key]) => key);
        expect([...permissions].sort()).toEqual([...expected].sort());
        expect(permissions).toContain('GET /api/v1/auth/me');
        expect(permissions).not.toContain('POST /api/v1/auth/login');
      }
      const by = (role: Role) => users.find((u) => u.role === role)!;
      const permissionsOf = async (role: Role) =>
        (await t.http().get('/api/v1/auth/me').auth(by(role).token, bearer).expect(200)).body
          .permissions as string[];
      expect(await permissionsOf('operator')).toContain('POST /api/v1/shipments/:id/actions/roll');
      expect(await permissionsOf('operator')).not.toContain('POST /api/v1/users');
      expect(await permissionsOf('client')).toContain('POST /api/v1/shipments/:id/actions/approve-bl');
      expect(await permissionsOf('client')).not.toContain('GET /api/v1/board');
    });
  });

  describe('the user’s language', () => {
    it('is zh for a new user, and each user sets their own (any role), audited like an admin’s change', async () => {
      const admin = await t.tokenFor('admin');
      const client = await createClient(t);
      const user = await t.createUser({ role: 'client', clientId: client.id });
      const cookie = await cookieLogin(user.email);
      const patchMe = (body: object) =>
        t.http().patch('/api/v1/auth/me').set('cookie', withCookie(cookie)).set(CSRF).send(body);

      expect((await patchMe({ language: 'en' }).expect(200)).body).toMatchObject({
        id: user.id,
        language: 'en',
      });
      expect((await me(cookie).expect(200)).body.language).toBe('en');
      const asAdmin = await t.http().get(`/api/v1/users/${user.id}`).auth(admin, bearer).expect(200);
      expect(asAdmin.body.language).toBe('en');
      await patchMe({ language: 'en' }).expect(200); // the same again: nothing to record
      await patchMe({}).expect(200);

      for (const body of [{ language: 'fr' }, { language: null }, { language: 'en', role: 'admin' }]) {
        const res = await patchMe(body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      expect(fieldsNamed((await patchMe({ language: 'fr' })).body)).toEqual(['language']);
      expect(fieldsNamed((await patchMe({ role: 'admin' })).body)).toEqual(['role']);

      const trail = await auditTrail(t, admin, 'user', user.id);
      expect(trail).toEqual([
        expect.objectContaining({
          action: 'language_changed',
          actor: { id: user.id, name: expect.any(String) },
          changes: { language: { from: 'zh', to: 'en' } },
        }),
      ]);
    });

    it('is set by an admin on creating or editing a user, audited too', async () => {
      const admin = await t.tokenFor('admin');
      const created = await t
        .http()
        .post('/api/v1/users')
        .auth(admin, bearer)
        .send({
          email: 'lang.en@quayside.test',
          name: 'En',
          password: PASSWORD,
          role: 'sales',
          language: 'en',
        })
        .expect(201);
      expect(created.body.language).toBe('en');
      const updated = await t
        .http()
        .patch(`/api/v1/users/${created.body.id}`)
        .auth(admin, bearer)
        .send({ language: 'zh' })
        .expect(200);
      expect(updated.body.language).toBe('zh');
      const bad = await t
        .http()
        .patch(`/api/v1/users/${created.body.id}`)
        .auth(admin, bearer)
        .send({ language: 'de' })
        .expect(400);
      expect(fieldsNamed(bad.body)).toEqual(['language']);
      const trail = await auditTrail(t, admin, 'user', created.body.id as string);
      expect(trail.map((r) => [r.action, r.changes])).toEqual([
        ['language_changed', { language: { from: 'en', to: 'zh' } }],
      ]);
      // The log about users is the admins' alone.
      const manager = await t.tokenFor('manager');
      expect(await auditTrail(t, manager, 'user', created.body.id as string)).toEqual([]);
    });
  });

  describe('a new password', () => {
    const change = (req: Test) => req.send({ currentPassword: PASSWORD, newPassword: 'harbour-new-2026' });

    it('from a bearer token: every cookie session and other token ends, the caller’s token goes on', async () => {
      const user = await t.createUser({ role: 'accounts' });
      const cookie = await cookieLogin(user.email);
      const caller = (await login(user.email).expect(200)).body.accessToken as string;
      const res = await change(t.http().post('/api/v1/auth/password').auth(caller, bearer)).expect(204);
      expect(res.headers['set-cookie']).toBeUndefined();
      await me(cookie).expect(401);
      await works(user.token).expect(401);
      await works(caller).expect(200);
    });

    it('from the cookie: the session gets a fresh cookie, its old token ends with every other', async () => {
      const user = await t.createUser({ role: 'operator' });
      const cookie = await cookieLogin(user.email);
      const other = await cookieLogin(user.email);

      // Without the header it is refused like any other cookie write, and the password stays.
      const forged = await change(t.http().post('/api/v1/auth/password').set('cookie', withCookie(cookie)));
      expect(forged.status).toBe(403);
      expect(forged.body.code).toBe('CSRF_HEADER_MISSING');
      await login(user.email).expect(200);

      const res = await change(
        t.http().post('/api/v1/auth/password').set('cookie', withCookie(cookie)).set(CSRF),
      ).expect(204);
      const fresh = sessionCookie(res);
      expect(fresh).toMatchObject({ path: '/', httponly: '', samesite: 'Strict' });
      expect(fresh.value).not.toBe(cookie);
      await me(fresh.value!).expect(200);
      await me(cookie).expect(401);
      await me(other).expect(401);
      await works(user.token).expect(401);
      await login(user.email).expect(401);
      await login(user.email, 'harbour-new-2026').expect(200);

      // The fresh session is of the new password's generation: an admin's reset ends it like the rest.
      await t
        .http()
        .patch(`/api/v1/users/${user.id}`)
        .auth(await t.tokenFor('admin'), bearer)
        .send({ password: 'harbour-reset-2026' })
        .expect(200);
      await me(fresh.value!).expect(401);
    });
  });
});

describe('the cookie over https', () => {
  const secureOf = async (env: Record<string, string>, proto?: string): Promise<boolean> => {
    const t = await createTestApp(env);
    try {
      const req = t.http().post('/api/v1/auth/login');
      if (proto) void req.set('x-forwarded-proto', proto);
      const res = await req.send({ ...ADMIN, session: 'cookie' }).expect(200);
      return 'secure' in sessionCookie(res);
    } finally {
      await t.close();
    }
  };

  it('is Secure behind a trusted proxy that ended TLS, and not when an untrusted client only says so', async () => {
    expect(await secureOf({ TRUST_PROXY: 'loopback' }, 'https')).toBe(true);
    expect(await secureOf({ TRUST_PROXY: 'loopback' }, 'http')).toBe(false);
    expect(await secureOf({ TRUST_PROXY: 'false' }, 'https')).toBe(false);
  });
});

onServer('a sign-out ends the session on every instance (PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const db = await createTestDatabase();
    a = await createTestApp({}, db);
    b = await createTestApp({}, db);
    dispose = () => db.dispose();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await dispose();
  });

  it('refuses the ended cookie on the other instance at once', async () => {
    const user = await a.createUser({ role: 'operator' });
    const res = await a
      .http()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: PASSWORD, session: 'cookie' })
      .expect(200);
    const cookie = `${COOKIE}=${sessionCookie(res).value}`;
    await b.http().get('/api/v1/auth/me').set('cookie', cookie).expect(200); // b knows the user and token
    await a.http().post('/api/v1/auth/logout').set('cookie', cookie).set(CSRF).expect(204);
    // NOTIFY is delivered on commit, asynchronously: allow the other instance its round trip.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await b.http().get('/api/v1/auth/me').set('cookie', cookie).expect(401);
    await b.http().get('/api/v1/shipments').auth(user.token, bearer).expect(200);
  });
});
