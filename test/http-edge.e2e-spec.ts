import { shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface Response {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, Response>;
  [extension: `x-${string}`]: unknown;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

describe('the HTTP edge', () => {
  let t: TestApp;
  let op: string;

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
  });
  afterAll(() => t.close());

  const read = (id: string) => t.http().get(`/api/v1/shipments/${id}`).auth(op, bearer);
  const act = (id: string, action: string, ifMatch: string, body: object = {}) =>
    t
      .http()
      .post(`/api/v1/shipments/${id}/actions/${action}`)
      .auth(op, bearer)
      .set('If-Match', ifMatch)
      .send(body);

  describe('ETag and If-Match', () => {
    it('reads an unquoted If-Match: 7 like "7": current goes through, stale is 412', async () => {
      const s = await shipmentAt(t, 'booking');
      const etag = (await read(s.id).expect(200)).headers.etag as string;
      expect(etag).toMatch(/^"\d+"$/);
      const version = etag.slice(1, -1);

      const done = await act(s.id, 'confirm-booking', version);
      expect(done.status).toBe(200);
      expect(done.headers.etag).toBe(`"${done.body.version}"`);

      const stale = await act(s.id, 'cancel', version, { reason: 'x' });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
    });

    it('still takes "7" and W/"7", and refuses anything else with 400 naming If-Match', async () => {
      const s = await shipmentAt(t, 'booking');
      const etag = (await read(s.id)).headers.etag as string;
      const confirmed = await act(s.id, 'confirm-booking', `W/${etag}`).expect(200);
      expect(confirmed.headers.etag).toBe(`"${confirmed.body.version}"`);
      for (const bad of ['7x', '"7', 'W/7', '-1', '1234567890', '"7", "8"']) {
        const res = await act(s.id, 'cancel', bad, { reason: 'x' });
        expect([bad, res.status, res.body.code]).toEqual([bad, 400, 'VALIDATION_FAILED']);
        expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'If-Match' })]);
        expect(res.headers.etag).toBeUndefined();
      }
      expect((await read(s.id)).body.status).toBe('booking_confirmed');
    });

    it('checks the path id and the body before a malformed If-Match, as before', async () => {
      await act('not-an-id', 'cancel', 'garbage', { reason: 'x' }).expect(404);
      const s = await shipmentAt(t, 'booking');
      const res = await act(s.id, 'cancel', 'garbage', { reason: 7 }).expect(400);
      expect(new Set(res.body.details.fields.map((f: { field: string }) => f.field))).toEqual(
        new Set(['reason']),
      );
    });

    it('sends an ETag with one record, not with a list', async () => {
      const list = await t.http().get('/api/v1/shipments').auth(op, bearer).expect(200);
      expect(list.body.items.length).toBeGreaterThan(0);
      expect(list.headers.etag).toBeUndefined();
      const s = await shipmentAt(t, 'booking');
      const next = await t.http().get(`/api/v1/shipments/${s.id}/next-actions`).auth(op, bearer).expect(200);
      expect(next.headers.etag).toBeUndefined();
    });
  });

  describe('the OpenAPI document', () => {
    let doc: OpenApi;
    beforeAll(async () => {
      doc = (await t.http().get('/api/docs-json').expect(200)).body as OpenApi;
    });
    const envelopeRef = '#/components/schemas/ErrorEnvelope';

    it('describes the error envelope once, with its details', () => {
      const envelope = doc.components.schemas.ErrorEnvelope!;
      expect(envelope.required).toEqual(['statusCode', 'code', 'message', 'correlationId']);
      expect(Object.keys(envelope.properties ?? {}).sort()).toEqual(
        ['code', 'correlationId', 'details', 'message', 'statusCode'].sort(),
      );
      const details = doc.components.schemas[envelope.properties!.details!.$ref!.split('/').pop()!]!;
      expect(details.properties?.fields?.items?.$ref).toBe('#/components/schemas/ErrorField');
      expect(details.properties?.missing?.type).toBe('array');
      expect(details.properties?.allowedActions?.type).toBe('array');
      expect(doc.components.schemas.ErrorField?.required).toEqual(['field', 'message']);
    });

    it('lists every answer an action can give, each in the envelope', () => {
      const action = doc.paths['/api/v1/shipments/{id}/actions/confirm-booking']!.post!;
      for (const status of ['400', '401', '403', '404', '409', '412', '422', 'default']) {
        expect([status, action.responses[status]?.content?.['application/json']?.schema?.$ref]).toEqual([
          status,
          envelopeRef,
        ]);
      }
      expect(action.responses['200']?.headers).toHaveProperty('ETag');
      expect(action.parameters?.filter((p) => p.name === 'If-Match')).toHaveLength(1);
    });

    it('gives every error answer the envelope, and 412 wherever If-Match is taken', () => {
      const wrong: string[] = [];
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          const key = `${method.toUpperCase()} ${path}`;
          if (Object.keys(operation).some((k) => k.startsWith('x-etag'))) wrong.push(`${key}: x-etag left`);
          for (const [status, response] of Object.entries(operation.responses)) {
            if (
              (status === 'default' || Number(status) >= 400) &&
              response.content?.['application/json']?.schema?.$ref !== envelopeRef
            )
              wrong.push(`${key} ${status}: not the envelope`);
          }
          const takesIfMatch = (operation.parameters ?? []).some((p) => p.name === 'If-Match');
          if (takesIfMatch !== '412' in operation.responses) wrong.push(`${key}: If-Match without 412`);
          if (path.includes('{') && !operation.responses['404']) wrong.push(`${key}: no 404`);
          const isPublic = operation['x-roles'] === undefined;
          if (!isPublic && !(operation.responses['401'] && operation.responses['403']))
            wrong.push(`${key}: no 401/403`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('names the ETag header on answers about one record, not on lists', () => {
      expect(doc.paths['/api/v1/shipments/{id}']!.get!.responses['200']?.headers).toHaveProperty('ETag');
      expect(doc.paths['/api/v1/debit-notes/{id}']!.get!.responses['200']?.headers).toHaveProperty('ETag');
      expect(doc.paths['/api/v1/shipments']!.get!.responses['200']?.headers).toBeUndefined();
    });
  });

  describe('security headers', () => {
    it('over plain http, asks no browser to upgrade to https and sends no HSTS', async () => {
      const res = await t.http().get('/api/docs').expect(200);
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      // A proxy's say-so counts only when TRUST_PROXY trusts it.
      const forged = await t.http().get('/api/docs').set('X-Forwarded-Proto', 'https').expect(200);
      expect(forged.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    });

    it('over https (a trusted proxy that ends TLS), upgrades and sends HSTS', async () => {
      const proxied = await createTestApp({ TRUST_PROXY: 'true' });
      try {
        const res = await proxied.http().get('/api/docs').set('X-Forwarded-Proto', 'https').expect(200);
        expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
        expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        const plain = await proxied.http().get('/health');
        expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      } finally {
        await proxied.close();
      }
    });
  });
});
