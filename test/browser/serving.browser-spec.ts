import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../utils/test-app';

// How the service serves the console (src/common/http/console.ts), over HTTP: no browser needed, but the
// built console is (this suite's global setup builds it).

const ASSETS = join(__dirname, '..', '..', 'web', 'dist', 'assets');

describe('the console, served at /', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each(['/', '/sign-in', '/shipments/0b7d7f1e-8a3e-4a55-9f7c-2d3c1b0a9e8f', '/some/client/route'])(
    'answers %s with the page, a fresh nonce in it and in its policy, never cached',
    async (path) => {
      const [a, b] = await Promise.all([t.http().get(path).expect(200), t.http().get(path).expect(200)]);
      for (const res of [a, b]) {
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers.etag).toBeUndefined();
        const policy = String(res.headers['content-security-policy']);
        const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)![1]!;
        expect(res.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}'`);
        expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
        expect(res.text).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
        expect(res.text).not.toContain('QUAYSIDE_CSP_NONCE');
      }
      expect(a.headers['content-security-policy']).not.toBe(b.headers['content-security-policy']);
    },
  );

  it('sends the hashed assets for a year, compressed when the browser accepts it', async () => {
    const script = readdirSync(ASSETS).find((f) => /^index-.*\.js$/.test(f))!;
    const plain = await t.http().get(`/assets/${script}`).set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toMatch(/^application\/javascript/);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await t
      .http()
      .get(`/assets/${script}`)
      .set('accept-encoding', 'br, gzip')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']));
  });

  it.each([
    '/api',
    '/api/v1/nowhere',
    '/api/docs/nowhere.js',
    '/health/x',
    '/assets/nope.js',
    '/missing.png',
  ])('answers %s with the JSON 404, not the page', async (path) => {
    const res = await t.http().get(path).expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('keeps the build stamp and the manifest to itself', async () => {
    await t.http().get('/.build-stamp').expect(404);
    await t.http().get('/.vite/manifest.json').expect(404);
  });

  it('leaves the API and /health as they were', async () => {
    expect((await t.http().get('/health').expect(200)).body.status).toBe('ok');
    await t.http().get('/api/v1/board').expect(401);
    await t.http().post('/').send({}).expect(404);
  });
});
