import { hash as argon2Hash } from 'argon2';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { carrierBody, clientBody, createCarrier, createClient } from './factories/master-data';
import { ADMIN, createTestApp, createTestAppAs, TestApp } from './utils/test-app';
import { createTestDatabase } from './utils/test-database';
import { bearer, fieldsNamed, fieldsOf } from './utils/http';

// Issue 11: the login limits cannot be turned against a user, tokens end with the password that issued them,
// e-mail addresses cannot carry header injection, and passwords are compared as the same text however they
// were typed (docs/security.md, "Issue 11: authentication").

const onServer = process.env.DATABASE_URL ? describe : describe.skip;
const PASSWORD = 'user-pass-123';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown> & { code?: string; details?: { fields?: { field: string }[] } };
}

/** Starts the app's own server on 127.0.0.1, so that requests can come from other loopback addresses. */
async function listen(t: TestApp): Promise<number> {
  const server = t.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A JSON POST from a real source address (a loopback address other than 127.0.0.1 is another client). */
function postFrom(
  port: number,
  from: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...headers,
        },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (data += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: data ? (JSON.parse(data) as Answer['body']) : {},
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** What a 429 must look like: our envelope, a Retry-After within the window, nothing of the library behind it. */
function expectRateLimited(answer: Answer, windowSeconds: number): void {
  expect(answer.status).toBe(429);
  expect(answer.body).toEqual(
    expect.objectContaining({ statusCode: 429, code: 'RATE_LIMITED', correlationId: expect.any(String) }),
  );
  expect(JSON.stringify(answer.body)).not.toMatch(/throttl/i);
  const retryAfter = Number(answer.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe('login limits that a stranger cannot turn against a user', () => {
  const LIMIT = 3;
  const WINDOW = 60;

  describe('clients connecting directly (TRUST_PROXY=false: the socket address counts)', () => {
    let t: TestApp;
    let port: number;
    const login = (from: string, password: string, headers?: Record<string, string>, email = ADMIN.email) =>
      postFrom(port, from, '/api/v1/auth/login', { email, password }, headers);

    beforeAll(async () => {
      t = await createTestApp({ LOGIN_RATE_LIMIT: String(LIMIT), LOGIN_RATE_WINDOW_SECONDS: String(WINDOW) });
      port = await listen(t);
    });
    afterAll(() => t.close());

    it('an attacker hammering the admin from one address is limited; the admin from another still logs in', async () => {
      const attacker = '127.0.0.2';
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 3; i++) statuses.push((await login(attacker, `wrong-pass-${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);

      const admin = await login('127.0.0.3', ADMIN.password);
      expect(admin.status).toBe(200);
      expect(admin.body.accessToken).toEqual(expect.any(String));

      // The attacker is still limited, even with the right password, and a forged X-Forwarded-For does not
      // make it another client: this app does not trust the header.
      expectRateLimited(await login(attacker, ADMIN.password), WINDOW);
      expectRateLimited(
        await login(attacker, 'wrong-pass-x', { 'x-forwarded-for': '198.51.100.77' }),
        WINDOW,
      );
    });

    it('answers 429 in the RATE_LIMITED envelope with a Retry-After header, naming no library', async () => {
      // An e-mail nobody has: the limits count it like any account, so they tell nothing about who exists.
      const from = '127.0.0.4';
      const email = 'nobody@quayside.test';
      for (let i = 0; i < LIMIT; i++)
        expect((await login(from, `nope-pass-${i}`, {}, email)).status).toBe(401);
      const limited = await login(from, 'nope-pass-9', {}, email);
      expectRateLimited(limited, WINDOW);
      expect(limited.body.message).toEqual(expect.any(String));
    });
  });

  describe('behind a reverse proxy (TRUST_PROXY=true: the address is X-Forwarded-For)', () => {
    let t: TestApp;
    let victim: { id: string; email: string; token: string };
    let operator: { id: string; email: string; token: string };
    const login = (address: string, email: string, password: string) =>
      t.http().post('/api/v1/auth/login').set('x-forwarded-for', address).send({ email, password });
    const asAnswer = (res: { status: number; headers: Answer['headers']; body: Answer['body'] }): Answer => ({
      status: res.status,
      headers: res.headers,
      body: res.body,
    });

    beforeAll(async () => {
      t = await createTestApp({
        LOGIN_RATE_LIMIT: String(LIMIT),
        LOGIN_RATE_WINDOW_SECONDS: String(WINDOW),
        TRUST_PROXY: 'true',
      });
      // Three logins from 127.0.0.1 (the admin's, the victim's, the operator's): that address's limit of 3.
      victim = await t.createUser({ role: 'accounts' });
      operator = await t.createUser({ role: 'operator' });
    });
    afterAll(() => t.close());

    it('the admin logs in from Y while X hammers the account; X stays limited', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 2; i++) {
        statuses.push((await login('203.0.113.7', ADMIN.email, `wrong-pass-${i}`)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      await login('198.51.100.20', ADMIN.email, ADMIN.password).expect(200);
      expectRateLimited(asAnswer(await login('203.0.113.7', ADMIN.email, ADMIN.password)), WINDOW);
    });

    it('slows a guesser spread over many addresses to 2 x LOGIN_RATE_LIMIT guesses a window; the owner still gets in', async () => {
      // LIMIT failures from anywhere put the account under attack for the rest of the window.
      for (let i = 0; i < LIMIT; i++) {
        await login(`192.0.2.${i + 1}`, victim.email, `guess-${i}-pass`).expect(401);
      }
      // The owner, from an address that has not been guessing, gets in (and that address is now known).
      const owner = await login('198.51.100.30', victim.email, PASSWORD).expect(200);
      await t.http().get('/api/v1/debit-notes').auth(owner.body.accessToken, bearer).expect(200);

      // Each further address is heard once: its guess is checked and, wrong, that address waits a window for
      // this account, whatever it sends, the right password included.
      const heard: string[] = [];
      const refusedAtOnce: string[] = [];
      for (let i = 101; i <= 106; i++) {
        const address = `192.0.2.${i}`;
        const first = await login(address, victim.email, `guess-${address}`);
        if (first.status === 429) {
          refusedAtOnce.push(address);
          expectRateLimited(asAnswer(first), WINDOW);
          continue;
        }
        expect(first.status).toBe(401);
        heard.push(address);
        expectRateLimited(asAnswer(await login(address, victim.email, `again-${address}`)), WINDOW);
        expectRateLimited(asAnswer(await login(address, victim.email, PASSWORD)), WINDOW);
      }
      // And guesses from addresses not known for the account are capped at LIMIT more per window, however
      // many addresses there are (the owner's login above was one of them): LIMIT + LIMIT guesses in all.
      expect(heard).toHaveLength(LIMIT - 1);
      expect(refusedAtOnce).toHaveLength(6 - (LIMIT - 1));

      // Where the owner has logged in before, they still get in; a brand-new address waits for the window
      // to end (the price of the cap, docs/security.md).
      await login('198.51.100.30', victim.email, PASSWORD).expect(200);
      expectRateLimited(asAnswer(await login('198.51.100.31', victim.email, PASSWORD)), WINDOW);
    });

    it('counts a wrong current password on POST /auth/password like a failed login', async () => {
      const change = (password: string) =>
        t
          .http()
          .post('/api/v1/auth/password')
          .set('x-forwarded-for', '198.51.100.40')
          .auth(operator.token, bearer)
          .send({ currentPassword: password, newPassword: 'harbour-new-2026' });
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 1; i++) statuses.push((await change(`wrong-current-${i}`)).status);
      expect(statuses).toEqual([400, 400, 400, 429]);
      expectRateLimited(asAnswer(await change(PASSWORD)), WINDOW);
    });
  });
  describe('behind a named proxy that appends to X-Forwarded-For (TRUST_PROXY=loopback)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        LOGIN_RATE_LIMIT: String(LIMIT),
        LOGIN_RATE_WINDOW_SECONDS: String(WINDOW),
        TRUST_PROXY: 'loopback',
      });
    });
    afterAll(() => t.close());

    it('counts the address the proxy appended, whatever the client wrote before it', async () => {
      // The proxy (this test's socket) appends 203.0.113.9, the address it saw; the client forges a new entry
      // in front of it on every try, and is limited all the same.
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 2; i++) {
        const res = await t
          .http()
          .post('/api/v1/auth/login')
          .set('x-forwarded-for', `198.51.100.${i + 1}, 203.0.113.9`)
          .send({ email: ADMIN.email, password: `wrong-pass-${i}` });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // Another client behind the same proxy is its own address.
      await t
        .http()
        .post('/api/v1/auth/login')
        .set('x-forwarded-for', '203.0.113.10')
        .send({ email: ADMIN.email, password: ADMIN.password })
        .expect(200);
    });
  });
});

describe('tokens end with the password, and with the account', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    ({ t, token: admin } = await createTestAppAs('admin'));
  });
  afterAll(() => t.close());

  const works = (token: string) => t.http().get('/api/v1/shipments').auth(token, bearer);
  const patchUser = (id: string, body: Record<string, unknown>) =>
    t.http().patch(`/api/v1/users/${id}`).auth(admin, bearer).send(body);
  const changePassword = (token: string, body: Record<string, unknown>) =>
    t.http().post('/api/v1/auth/password').auth(token, bearer).send(body);
  const login = (email: string, password: string) =>
    t.http().post('/api/v1/auth/login').send({ email, password });

  it("ends a user's tokens when an admin sets a new password", async () => {
    const user = await t.createUser({ role: 'operator' });
    await works(user.token).expect(200); // verified once, and remembered
    await patchUser(user.id, { password: 'harbour-reset-2026' }).expect(200);
    expect((await works(user.token).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await login(user.email, PASSWORD).expect(401);
    const fresh = await login(user.email, 'harbour-reset-2026').expect(200);
    await works(fresh.body.accessToken).expect(200);
  });

  it('ends tokens on deactivation for good: making the user active again does not bring them back', async () => {
    const user = await t.createUser({ role: 'sales' });
    await works(user.token).expect(200);
    await patchUser(user.id, { active: false }).expect(200);
    await works(user.token).expect(401);
    await patchUser(user.id, { active: true }).expect(200);
    await works(user.token).expect(401);
    const fresh = await login(user.email, PASSWORD).expect(200);
    await works(fresh.body.accessToken).expect(200);
  });

  it('keeps tokens across edits that are not about access (a new name)', async () => {
    const user = await t.createUser({ role: 'operator' });
    await patchUser(user.id, { name: 'Renamed Operator' }).expect(200);
    await works(user.token).expect(200);
  });

  it('POST /auth/password refuses a wrong current password (naming currentPassword) and a weak new one (naming newPassword), changing nothing', async () => {
    const user = await t.createUser({ role: 'accounts' });
    const wrong = await changePassword(user.token, {
      currentPassword: 'not-my-pass-1',
      newPassword: 'harbour-new-2026',
    }).expect(400);
    expect(wrong.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsNamed(wrong.body)).toEqual(['currentPassword']);
    const weak = await changePassword(user.token, {
      currentPassword: PASSWORD,
      newPassword: 'short1',
    }).expect(400);
    expect(fieldsNamed(weak.body)).toEqual(['newPassword']);
    const missing = await changePassword(user.token, {}).expect(400);
    expect(fieldsOf(missing.body)).toEqual(['currentPassword', 'newPassword']);
    const extra = await changePassword(user.token, {
      currentPassword: PASSWORD,
      newPassword: 'harbour-new-2026',
      userId: user.id,
    }).expect(400);
    expect(fieldsNamed(extra.body)).toEqual(['userId']);
    await changePassword('not-a-token', {
      currentPassword: PASSWORD,
      newPassword: 'harbour-new-2026',
    }).expect(401);
    await works(user.token).expect(200);
    await login(user.email, PASSWORD).expect(200);
  });

  it("POST /auth/password answers 204: the caller's token goes on, the user's other tokens end, only the new password logs in", async () => {
    const user = await t.createUser({ role: 'operator' });
    // Two sessions issued within the same second as the change: counted, not timed, so none slips through.
    const other = (await login(user.email, PASSWORD).expect(200)).body.accessToken as string;
    const caller = (await login(user.email, PASSWORD).expect(200)).body.accessToken as string;
    await works(other).expect(200);
    const res = await changePassword(caller, {
      currentPassword: PASSWORD,
      newPassword: 'harbour-new-2026',
    }).expect(204);
    expect(res.text).toBe('');
    await works(other).expect(401);
    await works(user.token).expect(401);
    await works(caller).expect(200);
    await login(user.email, PASSWORD).expect(401);
    const next = (await login(user.email, 'harbour-new-2026').expect(200)).body.accessToken as string;
    await works(next).expect(200);

    // Changing again from the newest session ends the one kept last time.
    await changePassword(next, {
      currentPassword: 'harbour-new-2026',
      newPassword: 'harbour-third-2026',
    }).expect(204);
    await works(caller).expect(401);
    await works(next).expect(200);
    // And an admin's reset ends every token, the kept one included.
    await patchUser(user.id, { password: 'harbour-admin-2026' }).expect(200);
    await works(next).expect(401);
  });

  it('lets every role change its own password, a client user included', async () => {
    const client = await createClient(t);
    const users = [
      ...(await Promise.all(
        (['manager', 'operator', 'sales', 'accounts'] as const).map((role) => t.createUser({ role })),
      )),
      await t.createUser({ role: 'client', clientId: client.id }),
    ];
    for (const user of users) {
      await changePassword(user.token, { currentPassword: PASSWORD, newPassword: 'harbour-own-2026' }).expect(
        204,
      );
      await login(user.email, 'harbour-own-2026').expect(200);
    }
  });
});

onServer('tokens end on every instance (PostgreSQL)', () => {
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
  // NOTIFY is delivered on commit, asynchronously: allow the other instance its round trip.
  const heard = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('a password changed through one instance ends the token on the other at once', async () => {
    const user = await a.createUser({ role: 'operator' });
    const caller = (
      await a.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200)
    ).body.accessToken as string;
    await b.http().get('/api/v1/shipments').auth(user.token, bearer).expect(200); // b knows the user and token
    await a
      .http()
      .post('/api/v1/auth/password')
      .auth(caller, bearer)
      .send({ currentPassword: PASSWORD, newPassword: 'harbour-new-2026' })
      .expect(204);
    await heard();
    await b.http().get('/api/v1/shipments').auth(user.token, bearer).expect(401);
    await b.http().get('/api/v1/shipments').auth(caller, bearer).expect(200);

    await a
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .auth(await a.tokenFor('admin'), bearer)
      .send({ password: 'harbour-reset-2026' })
      .expect(200);
    await heard();
    await b.http().get('/api/v1/shipments').auth(caller, bearer).expect(401);
  });
});

describe('e-mail addresses that could inject mail headers', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    ({ t, token: admin } = await createTestAppAs('admin'));
  });
  afterAll(() => t.close());

  const BAD: [string, string][] = [
    ['a quoted local part with CR/LF', '"evil\r\nBcc: victim@x.io"@x.io'],
    ['a quoted local part with a comma', '"a,b"@x.io'],
    ['a quoted local part with angle brackets', '"a<b>"@x.io'],
    ['a quoted local part with a space', '"a b"@x.io'],
    ['a quoted local part at all', '"ab"@x.io'],
    ['a zero-width space', 'a\u200bb@x.io'],
    ['a next-line control character', 'ab\u0085@x.io'],
    ['a no-break space', 'a\u00a0b@x.io'],
  ];
  const GOOD = ["o'brien+ops@bright-lamps.example", 'li.wei@forwarder.example', 'zhāng@bücher.example'];

  it.each(BAD)('refuses %s for a new user (400 naming email), and creates nothing', async (_name, email) => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .auth(admin, bearer)
      .send({ email, name: 'Mallory', password: 'harbour-2026', role: 'sales' })
      .expect(400);
    expect(fieldsNamed(res.body)).toEqual(['email']);
  });

  it.each(BAD)("refuses %s in a client's and a carrier's e-mails, naming the item", async (_name, email) => {
    const client = await t
      .http()
      .post('/api/v1/clients')
      .auth(admin, bearer)
      .send(clientBody({ emails: ['ok@x.io', email] }))
      .expect(400);
    expect(fieldsNamed(client.body)).toEqual(['emails[1]']);
    const carrier = await t
      .http()
      .post('/api/v1/carriers')
      .auth(admin, bearer)
      .send(carrierBody({ emails: ['ok@x.io', email] }))
      .expect(400);
    expect(fieldsNamed(carrier.body)).toEqual(['emails[1]']);
  });

  it('refuses them on edits too, and on login (400, not a guess)', async () => {
    const client = await createClient(t);
    const carrier = await createCarrier(t);
    for (const [, email] of BAD) {
      const c = await t
        .http()
        .patch(`/api/v1/clients/${client.id}`)
        .auth(admin, bearer)
        .send({ emails: [email] })
        .expect(400);
      expect(fieldsNamed(c.body)).toEqual(['emails[0]']);
      const k = await t
        .http()
        .patch(`/api/v1/carriers/${carrier.id}`)
        .auth(admin, bearer)
        .send({ emails: ['ok@x.io', 'ok2@x.io', email] })
        .expect(400);
      expect(fieldsNamed(k.body)).toEqual(['emails[2]']);
      const l = await t.http().post('/api/v1/auth/login').send({ email, password: 'whatever-1' }).expect(400);
      expect(fieldsNamed(l.body)).toEqual(['email']);
    }
    const [clients, carriers] = await Promise.all([
      t.http().get(`/api/v1/clients/${client.id}`).auth(admin, bearer).expect(200),
      t.http().get(`/api/v1/carriers/${carrier.id}`).auth(admin, bearer).expect(200),
    ]);
    expect(clients.body.emails).toEqual(client.emails);
    expect(carriers.body.emails).toEqual(carrier.emails);
  });

  it('still takes plain addresses, apostrophes, plus tags and non-ASCII letters included', async () => {
    const created = await createClient(t, { emails: GOOD });
    expect(created.emails).toEqual(GOOD);
    await t
      .http()
      .post('/api/v1/users')
      .auth(admin, bearer)
      .send({ email: GOOD[0], name: "O'Brien", password: 'harbour-2026', role: 'sales' })
      .expect(201);
  });
});

describe('passwords compared as the same text however they were typed', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    ({ t, token: admin } = await createTestAppAs('admin'));
  });
  afterAll(() => t.close());

  const createUser = (email: string, password: string) =>
    t
      .http()
      .post('/api/v1/users')
      .auth(admin, bearer)
      .send({ email, name: 'Typed', password, role: 'sales' });
  const login = (email: string, password: string) =>
    t.http().post('/api/v1/auth/login').send({ email, password });

  it('accepts a password set with composed accents when typed decomposed, and the other way round', async () => {
    await createUser('nfc@quayside.test', 'Caf\u00e9-harbour-2026').expect(201);
    await login('nfc@quayside.test', 'Cafe\u0301-harbour-2026').expect(200);
    await login('nfc@quayside.test', 'Caf\u00e9-harbour-2026').expect(200);
    await createUser('nfd@quayside.test', 'Cafe\u0301-harbour-2026').expect(201);
    await login('nfd@quayside.test', 'Caf\u00e9-harbour-2026').expect(200);
  });

  it('accepts full-width letters and digits (a Chinese input method in full-width mode) as their ASCII forms', async () => {
    await createUser('fullwidth@quayside.test', 'harbour-２０２６').expect(201);
    await login('fullwidth@quayside.test', 'harbour-2026').expect(200);
    await login('fullwidth@quayside.test', 'ｈａｒｂｏｕｒ-2026').expect(200);
    await login('fullwidth@quayside.test', 'harbour-2027').expect(401);
  });

  it('still verifies a hash made before from text that was not normalised, then keeps the normalised one', async () => {
    const raw = 'Cafe\u0301-harbour-2026';
    const user = await t.createUser({ role: 'operator' });
    // As an earlier release stored it: the argon2 hash of the text exactly as typed.
    await t.dataSource.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
      user.id,
      await argon2Hash(raw, { type: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
    ]);
    const stored = async (): Promise<string> =>
      (
        await t.dataSource.query<{ password_hash: string }[]>(
          'SELECT password_hash FROM users WHERE id = $1',
          [user.id],
        )
      )[0]!.password_hash;
    const old = await stored();
    await login(user.email, raw).expect(200);
    // The login that matched the old hash stored the normalised one: the composed form now works too.
    expect(await stored()).not.toBe(old);
    await login(user.email, 'Caf\u00e9-harbour-2026').expect(200);
    await login(user.email, raw).expect(200);
  });

  it('applies the policy to the password as it will be compared', async () => {
    // Ten characters once composed: accepted. Ten code points as typed but seven once composed: too short.
    await createUser('ten@quayside.test', 'Caf\u00e9\u00e9\u00e9\u00e9\u00e9\u00e91').expect(201);
    const res = await createUser('seven@quayside.test', 'Cafe\u0301e\u0301e\u03011').expect(400);
    expect(fieldsNamed(res.body)).toEqual(['password']);
  });
});
