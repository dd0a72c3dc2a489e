import type { Response } from 'supertest';
import { QueryFailedError } from 'typeorm';
import { toErrorBody } from '../src/common/errors/error-body';

import { carrierBody, clientBody, createCarrier, createClient } from './factories/master-data';
import { shipmentBody } from './factories/shipments';
import { act, shipmentAt } from './utils/flow';
import { createTestApp, type TestApp } from './utils/test-app';
import { bearer, countRows, fieldsNamed } from './utils/http';

/**
 * Issue 11, what a request may carry and what an answer may say: text PostgreSQL cannot store faithfully is
 * refused at validation, naming its field; 4xx bodies name no database internals; every 400 names the query
 * parameter or body field at fault (docs/security.md, "Issue 11: input hygiene").
 */

/** A cursor as the service encodes one (base64url of a JSON array), with whatever inside. */
const forgedCursor = (key: unknown): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** A raw JSON body, as a client sends it: `\\ud83d` stays the escape of half a character. */
function postRaw(t: TestApp, token: string, url: string, json: string) {
  return t.http().post(url).auth(token, bearer).set('content-type', 'application/json').send(json);
}

describe('text PostgreSQL cannot store faithfully is refused at validation, naming its field', () => {
  let t: TestApp;
  let clientId: string;
  let carrierId: string;
  beforeAll(async () => {
    t = await createTestApp();
    clientId = (await createClient(t)).id;
    carrierId = (await createCarrier(t)).id;
  });
  afterAll(() => t.close());

  it('refuses a lone surrogate anywhere in a booking (400 naming the field), and writes nothing', async () => {
    const op = await t.tokenFor('operator');
    const before = await countRows(t, 'shipments');
    const base = JSON.stringify(shipmentBody({ clientId, carrierId }));
    const cases: [json: string, field: string][] = [
      [base.replace('"40HC"', '"40HC\\ud83d"'), 'containers[0].type'],
      [base.replace('"Wooden furniture"', '"Wooden \\udc00furniture"'), 'commodity'],
      [base.replace('"Wooden furniture"', '"\\ud83d\\ud83d"'), 'commodity'],
      [base.replace('"Wooden furniture"', '"Wooden furniture\\u0000"'), 'commodity'],
    ];
    for (const [json, field] of cases) {
      const res = await postRaw(t, op, '/api/v1/shipments', json);
      expect({ status: res.status, code: res.body.code, fields: fieldsNamed(res.body) }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: [field],
      });
    }
    expect(await countRows(t, 'shipments')).toBe(before);
  });

  it('refuses it in master data and in actions, where a text column would have kept U+FFFD instead', async () => {
    const admin = await t.tokenFor('admin');
    const op = await t.tokenFor('operator');
    const clients = await countRows(t, 'clients');
    const client = JSON.stringify(clientBody({ name: 'Shenzhen Oak NAME' })).replace('NAME', '\\ud83d');
    const res = await postRaw(t, admin, '/api/v1/clients', client);
    expect({ status: res.status, fields: fieldsNamed(res.body) }).toEqual({ status: 400, fields: ['name'] });
    expect(await countRows(t, 'clients')).toBe(clients);

    const carrier = JSON.stringify(carrierBody()).replace(/"name":"([^"]*)"/, '"name":"$1\\udfff"');
    const refusedCarrier = await postRaw(t, admin, '/api/v1/carriers', carrier);
    expect({ status: refusedCarrier.status, fields: fieldsNamed(refusedCarrier.body) }).toEqual({
      status: 400,
      fields: ['name'],
    });

    const s = await shipmentAt(t, 'gated_in', { clientId, carrierId });
    const declare = await postRaw(
      t,
      op,
      `/api/v1/shipments/${s.id}/actions/declare-customs`,
      '{"declarationNumber":"DEC\\ud83d"}',
    );
    expect({ status: declare.status, fields: fieldsNamed(declare.body) }).toEqual({
      status: 400,
      fields: ['declarationNumber'],
    });
    const shipment = await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer).expect(200);
    expect(shipment.body.status).toBe('gated_in');
  });

  it('keeps a whole emoji exactly as sent', async () => {
    const op = await t.tokenFor('operator');
    const s = await shipmentAt(t, 'booking', { clientId, carrierId });
    const res = await act(t, op, s.id, 'cancel', { reason: 'client withdrew 🚢 for now' }).expect(200);
    expect(res.body.status).toBe('cancelled');
    const events = await t.http().get(`/api/v1/shipments/${s.id}/events`).auth(op, bearer).expect(200);
    const cancelled = (events.body.items as { type: string; data: { reason?: string } }[]).find(
      (e) => e.type === 'cancelled',
    );
    expect(cancelled?.data.reason).toBe('client withdrew 🚢 for now');
  });

  it('refuses NUL or half a character in a query parameter, a cursor included, naming it', async () => {
    const op = await t.tokenFor('operator');
    const accounts = await t.tokenFor('accounts');
    const s = await shipmentAt(t, 'booking', { clientId, carrierId });
    const probes: [url: string, token: string, field: string][] = [
      ['/api/v1/shipments?q=SE%00', op, 'q'],
      ['/api/v1/receivables/aging?asOf=2026-11-30%00', accounts, 'asOf'],
      // A URL cannot carry half a character (decoding makes it U+FFFD), but a cursor's JSON can.
      [`/api/v1/clients?cursor=${forgedCursor(['CL\u0000'])}`, op, 'cursor'],
      [`/api/v1/shipments/${s.id}/events?cursor=${forgedCursor(['\ud83d'])}`, op, 'cursor'],
      [`/api/v1/carriers?cursor=${forgedCursor(['CA\udc00'])}`, op, 'cursor'],
    ];
    for (const [url, token, field] of probes) {
      const res = await t.http().get(url).auth(token, bearer);
      expect({ url, status: res.status, fields: fieldsNamed(res.body) }).toEqual({
        url,
        status: 400,
        fields: [field],
      });
    }
  });
});

/** Every name the schema gives its constraints and indexes: none may appear in an answer. */
async function schemaNames(t: TestApp): Promise<string[]> {
  const rows: { name: string }[] = await t.dataSource.query(
    `SELECT conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = current_schema()
     UNION SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()`,
  );
  return rows.map((r) => r.name);
}

function expectNoSchemaNames(res: Response, names: string[]): void {
  const text = JSON.stringify(res.body);
  expect({ status: res.status, leaked: names.filter((n) => text.includes(n)) }).toEqual({
    status: res.status,
    leaked: [],
  });
}

describe('4xx bodies name no database internals', () => {
  let t: TestApp;
  let names: string[];
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
    names = await schemaNames(t);
    expect(names).toEqual(expect.arrayContaining(['uq_carriers_code']));
  });
  afterAll(() => t.close());

  it('answers a unique violation with the fields at fault, never the constraint', async () => {
    const admin = await t.tokenFor('admin');
    const body = carrierBody();
    await t.http().post('/api/v1/carriers').auth(admin, bearer).send(body).expect(201);
    const again = await t
      .http()
      .post('/api/v1/carriers')
      .auth(admin, bearer)
      .send({ ...body, name: 'Another name' });
    expect({ status: again.status, code: again.body.code, fields: fieldsNamed(again.body) }).toEqual({
      status: 409,
      code: 'CONFLICT',
      fields: ['code'],
    });
    expect(again.body.details).not.toHaveProperty('constraint');
    expectNoSchemaNames(again, names);

    const user = { email: `twice.${Date.now()}@quayside.test`, name: 'Twice', password: 'user-pass-123' };
    await t
      .http()
      .post('/api/v1/users')
      .auth(admin, bearer)
      .send({ ...user, role: 'operator' })
      .expect(201);
    const sameEmail = await t
      .http()
      .post('/api/v1/users')
      .auth(admin, bearer)
      .send({ ...user, email: user.email.toUpperCase(), role: 'operator' });
    expect(sameEmail.status).toBe(409);
    expect(fieldsNamed(sameEmail.body)).toEqual(['email']);
    expectNoSchemaNames(sameEmail, names);
  });

  it('answers too many logins with the RATE_LIMITED envelope, naming no framework class', async () => {
    let res: Response | undefined;
    for (let i = 0; i < 8 && res?.status !== 429; i++) {
      res = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@quayside.test', password: 'wrong-pass-123' });
    }
    expect(res?.status).toBe(429);
    expect(res?.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(JSON.stringify(res?.body)).not.toMatch(/throttler|exception/i);
  });
});

/** Values no query parameter of this API accepts as they are, or that its database would refuse. */
const BAD_VALUES = [
  'x',
  '%00',
  'a%00b',
  '-1',
  '0',
  '1.5',
  '1e400',
  '9'.repeat(40),
  '2026-13-45',
  '2026-02-30',
  'null',
  '%ff%fe',
  'y'.repeat(2000),
];
const FORGED_CURSORS = [
  'not-base64!',
  forgedCursor([]),
  forgedCursor(['x']),
  forgedCursor(['x', 'y']),
  forgedCursor([1, 2]),
  forgedCursor(['2026-11-01T00:00:00.000Z', 'not-a-uuid']),
  forgedCursor(['not-a-time', '00000000-0000-4000-8000-000000000000']),
  forgedCursor(['2026-11-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
  forgedCursor(['2026-02-30T00:00:00Z', '00000000-0000-4000-8000-000000000000']),
  forgedCursor(['2026-02-30T00:00:00.000Z', 'CL-0001']),
  forgedCursor(['\u0000', '\u0000']),
  forgedCursor(['\u0000']),
  forgedCursor(['\ud83d']),
  forgedCursor([1e300]),
  forgedCursor([-1]),
  forgedCursor([1.5]),
  forgedCursor(['9'.repeat(30)]),
  forgedCursor(['z'.repeat(400)]),
];

interface Operation {
  parameters?: { in: string; name: string }[];
}

describe('every 400 names the query parameter or body field at fault', () => {
  let t: TestApp;
  let names: string[];
  beforeAll(async () => {
    t = await createTestApp();
    names = await schemaNames(t);
  });
  afterAll(() => t.close());

  it('names the parameter for bad values and forged cursors on every GET with a query', async () => {
    const admin = await t.tokenFor('admin');
    const clientId = (await createClient(t)).id;
    const s = await shipmentAt(t, 'booking', { clientId });
    const ids: Record<string, string> = { shipments: s.id, clients: clientId };
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    const wrong: string[] = [];
    let probes = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      const query = (item.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      if (!query.length) continue;
      const url = path.replace(
        /\/(\w+)\/\{id\}/g,
        (_m, resource: string) => `/${resource}/${ids[resource] ?? s.id}`,
      );
      for (const param of query) {
        const values = param === 'cursor' ? [...BAD_VALUES, ...FORGED_CURSORS] : BAD_VALUES;
        for (const value of [...values, `1&${param}=2`]) {
          probes++;
          const res = await t.http().get(`${url}?${param}=${value}`).auth(admin, bearer);
          const fields = fieldsNamed(res.body);
          if (
            res.status >= 500 ||
            (res.status === 400 && (!fields.length || fields.some((f) => f !== param)))
          )
            wrong.push(`GET ${url}?${param}=${value.slice(0, 60)} → ${res.status} ${JSON.stringify(fields)}`);
          if (res.status >= 400) expectNoSchemaNames(res, names);
        }
      }
    }
    expect(probes).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
    // Hundreds of requests, each list's whole query run: more time than one request's default.
  }, 180_000);

  it('names the field holding the value the database refused, when the database names no column', async () => {
    // The database's own refusals (what a value the validation let through meets), mapped as every answer is.
    const refused = async (sql: string, value: string): Promise<unknown> =>
      t.dataSource.query(sql, [value]).then(
        () => undefined,
        (error: unknown) => error,
      );
    const badDate = await refused('SELECT $1::date AS d', '2026-02-30');
    expect(badDate).toBeInstanceOf(QueryFailedError);
    expect(
      toErrorBody(badDate, 'issue11', {
        query: {},
        body: { lines: [{ description: '2026' }], dueDate: '2026-02-30' },
      }),
    ).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'dueDate' }] },
    });
    const badId = await refused('SELECT $1::uuid AS id', 'SE2611-0001');
    expect(toErrorBody(badId, 'issue11', { query: { shipmentId: 'SE2611-0001' } })).toMatchObject({
      statusCode: 400,
      details: { fields: [{ field: 'shipmentId' }] },
    });
    const tooBig = await refused('SELECT $1::int AS n', '99999999999');
    expect(toErrorBody(tooBig, 'issue11', { body: { lines: [{ quantity: 99999999999 }] } })).toMatchObject({
      statusCode: 400,
      details: { fields: [{ field: 'lines[0].quantity' }] },
    });
  });
});
