import { JwtService } from '@nestjs/jwt';
import { ADMIN, createTestApp, TestApp } from './utils/test-app';
import { bearer } from './utils/http';

describe('service foundation over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('health, headers, OpenAPI', () => {
    it('answers /health with the database kind, without a token', async () => {
      const res = await t.http().get('/health').expect(200);
      expect(res.body).toEqual({ status: 'ok', database: t.db.database.kind });
    });

    it('echoes a given x-correlation-id and makes one up otherwise', async () => {
      const given = await t.http().get('/health').set('x-correlation-id', 'order-42.retry-1');
      expect(given.headers['x-correlation-id']).toBe('order-42.retry-1');
      const made = await t.http().get('/health');
      expect(made.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
      const unsafe = await t.http().get('/health').set('x-correlation-id', 'bad id with spaces');
      expect(unsafe.headers['x-correlation-id']).not.toBe('bad id with spaces');
    });

    it('sets security headers', async () => {
      const res = await t.http().get('/health');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    });

    it('serves the OpenAPI document and its page', async () => {
      const doc = await t.http().get('/api/docs-json').expect(200);
      expect(doc.body.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/users/{id}', '/health']),
      );
      const page = await t.http().get('/api/docs').expect(200);
      expect(page.text).toContain('swagger');
    });
  });

  describe('the error envelope', () => {
    it('answers an unknown route with 404 NOT_FOUND and the correlation id', async () => {
      const res = await t.http().get('/api/v1/nowhere').set('x-correlation-id', 'abc').expect(404);
      expect(res.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: expect.any(String),
        correlationId: 'abc',
      });
    });

    it('refuses malformed JSON with 400 VALIDATION_FAILED', async () => {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .set('content-type', 'application/json')
        .send('{"email":');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.correlationId).toEqual(expect.any(String));
    });

    it('lists every field at fault, unknown fields included', async () => {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'not-an-email', sneaky: true })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = (res.body.details.fields as { field: string }[]).map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'sneaky']));
    });

    it('takes JSON only: text and form bodies are 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      for (const [type, body] of [
        ['text/plain', 'hello'],
        ['application/x-www-form-urlencoded', 'email=a%40b.co&password=x'],
      ]) {
        const res = await t.http().post('/api/v1/auth/login').set('content-type', type!).send(body);
        expect(res.status).toBe(415);
        expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      }
    });

    it('answers a malformed URL and an over-long path id in the envelope', async () => {
      const token = await t.tokenFor('admin');
      const bad = await t.http().get('/api/v1/users/%E0%A4%A').auth(token, bearer);
      expect(bad.status).toBeGreaterThanOrEqual(400);
      expect(bad.status).toBeLessThan(500);
      expect(bad.body).toMatchObject({
        statusCode: bad.status,
        code: expect.any(String),
        correlationId: expect.any(String),
      });
      const long = await t
        .http()
        .get(`/api/v1/users/${'a'.repeat(120)}`)
        .auth(token, bearer);
      expect(long.status).toBeGreaterThanOrEqual(400);
      expect(long.status).toBeLessThan(500);
      expect(long.body.code).toEqual(expect.any(String));
    });

    it('refuses a body over the size limit with 413', async () => {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'a@b.co', password: 'x'.repeat(t.config.bodyLimitBytes) });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('authentication', () => {
    it('needs a token on /api/v1 routes', async () => {
      const res = await t.http().get('/api/v1/users').expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      await t.http().get('/api/v1/users').set('authorization', 'Bearer not.a.token').expect(401);
      await t.http().get('/api/v1/users').set('authorization', 'Basic abc').expect(401);
    });

    it('issues an expiring bearer token for the right password only', async () => {
      const ok = await t.http().post('/api/v1/auth/login').send(ADMIN).expect(200);
      expect(ok.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 8 * 3600 });
      const wrong = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ ...ADMIN, password: 'wrong-pass-1' })
        .expect(401);
      expect(wrong.body.code).toBe('UNAUTHENTICATED');
      const unknown = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@x.io', password: 'abc' });
      expect(unknown.status).toBe(401);
      expect(unknown.body.message).toBe(wrong.body.message);
    });

    it('accepts e-mail addresses without regard to case', async () => {
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ ...ADMIN, email: ADMIN.email.toUpperCase() })
        .expect(200);
    });

    it('refuses an expired token and one signed with another secret', async () => {
      const token = await t.tokenFor('admin');
      const { sub } = t.app.get(JwtService).decode<{ sub: string }>(token);
      const expired = t.app.get(JwtService).sign({ sub, exp: Math.floor(Date.now() / 1000) - 5 });
      await t.http().get('/api/v1/users').auth(expired, bearer).expect(401);
      const forged = new JwtService({ secret: 'another-secret-another-secret-0123456789' }).sign({ sub });
      await t.http().get('/api/v1/users').auth(forged, bearer).expect(401);
    });
  });

  describe('users', () => {
    it('lets the admin create users of every role and list them', async () => {
      const admin = await t.tokenFor('admin');
      const res = await t
        .http()
        .post('/api/v1/users')
        .auth(admin, bearer)
        .send({
          email: 'Ops.Lead@Quayside.test',
          name: 'Ops Lead',
          password: 'harbour-2026',
          role: 'operator',
        })
        .expect(201);
      expect(res.body).toMatchObject({ email: 'ops.lead@quayside.test', role: 'operator', active: true });
      expect(res.body.passwordHash).toBeUndefined();
      const list = await t.http().get('/api/v1/users?limit=200').auth(admin, bearer).expect(200);
      expect(list.body.items.map((u: { email: string }) => u.email)).toContain('ops.lead@quayside.test');
    });

    it('pages the user list with a cursor', async () => {
      const admin = await t.tokenFor('admin');
      for (let i = 0; i < 3; i++) await t.createUser({ role: 'sales' });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await t
          .http()
          .get('/api/v1/users')
          .query({ limit: 2, ...(cursor ? { cursor } : {}) })
          .auth(admin, bearer)
          .expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((u) => u.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      const all = await t.http().get('/api/v1/users?limit=200').auth(admin, bearer);
      expect(seen).toEqual(all.body.items.map((u: { id: string }) => u.id));
      expect(new Set(seen).size).toBe(seen.length);
      await t.http().get('/api/v1/users?cursor=garbage').auth(admin, bearer).expect(400);
      await t.http().get('/api/v1/users?limit=201').auth(admin, bearer).expect(400);
    });

    it('refuses a duplicate e-mail with 409 CONFLICT naming the field, and changes nothing', async () => {
      const admin = await t.tokenFor('admin');
      const body = { email: 'dup@quayside.test', name: 'Dup', password: 'harbour-2026', role: 'sales' };
      await t.http().post('/api/v1/users').auth(admin, bearer).send(body).expect(201);
      const res = await t
        .http()
        .post('/api/v1/users')
        .auth(admin, bearer)
        .send({ ...body, email: 'DUP@quayside.test', name: 'Other' })
        .expect(409);
      expect(res.body.code).toBe('CONFLICT');
      expect(res.body.details.fields).toEqual([{ field: 'email', message: 'already in use' }]);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM users WHERE email = 'dup@quayside.test'`,
      );
      expect(count).toBe(1);
    });

    it('enforces the password policy and the client-user rule', async () => {
      const admin = await t.tokenFor('admin');
      const weak = await t
        .http()
        .post('/api/v1/users')
        .auth(admin, bearer)
        .send({ email: 'weak@quayside.test', name: 'W', password: 'short1', role: 'sales' })
        .expect(400);
      expect(weak.body.details.fields).toEqual([
        { field: 'password', message: expect.stringContaining('10-200') },
      ]);
      const noClient = await t
        .http()
        .post('/api/v1/users')
        .auth(admin, bearer)
        .send({ email: 'c@quayside.test', name: 'C', password: 'harbour-2026', role: 'client' })
        .expect(400);
      expect(noClient.body.details.fields).toEqual([{ field: 'clientId', message: expect.any(String) }]);
    });

    it('allows only the admin to manage users', async () => {
      for (const role of ['manager', 'operator', 'sales', 'accounts'] as const) {
        const token = await t.tokenFor(role);
        const res = await t
          .http()
          .post('/api/v1/users')
          .auth(token, bearer)
          .send({ email: `x-${role}@quayside.test`, name: 'X', password: 'harbour-2026', role: 'sales' });
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
    });

    it('locks a deactivated user out at once, tokens already issued included', async () => {
      const admin = await t.tokenFor('admin');
      const user = await t.createUser({ role: 'operator' });
      await t.http().get('/api/v1/users').auth(user.token, bearer).expect(403);
      await t
        .http()
        .patch(`/api/v1/users/${user.id}`)
        .auth(admin, bearer)
        .send({ active: false })
        .expect(200);
      const res = await t.http().get('/api/v1/users').auth(user.token, bearer).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: 'user-pass-123' })
        .expect(401);
    });

    it('answers 404 for an unknown or malformed user id', async () => {
      const admin = await t.tokenFor('admin');
      await t
        .http()
        .get('/api/v1/users/00000000-0000-4000-8000-000000000000')
        .auth(admin, bearer)
        .expect(404);
      await t.http().get('/api/v1/users/not-a-uuid').auth(admin, bearer).expect(404);
    });
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED once an account has had its attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ ...ADMIN, password: `wrong-${i}` });
      statuses.push(res.status);
      if (res.status === 429) expect(res.body.code).toBe('RATE_LIMITED');
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});
