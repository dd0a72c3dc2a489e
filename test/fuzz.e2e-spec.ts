/**
 * Fuzzing the write API: thousands of requests that must be refused, and nothing may change.
 *
 * The write endpoints (POST, PATCH, PUT, DELETE) are read from the app's own OpenAPI document, so a new one is
 * fuzzed without editing this file. Each request starts from a valid request for its endpoint (VALID below, or
 * a body derived from the schema's examples; the test fails if neither exists) aimed at a fixture on which it
 * would succeed, and carries exactly one fault that makes it invalid by contract (API.md "Conventions"): an
 * unknown or missing field, a value of the wrong type or out of range, an oversized string or array, a body
 * that is not a JSON object or not JSON, a wrong content type, a body over the size limit, a path id that
 * names nothing, a garbage or stale If-Match, a bad Idempotency-Key. On top come harmless extras: junk query
 * strings, odd and large headers, reused idempotency keys, caller-chosen correlation ids.
 *
 * Every answer must be a 4xx in the one error envelope, and a checksum of every table must be the same after
 * the run as before it. KNOWN_GAPS lists refusals that once escaped the envelope (router, HTTP parser, a
 * forged token subject, kept idempotency keys): now fixed, they are still measured separately and are fatal
 * unless FUZZ_STRICT=0.
 *
 * FUZZ_SEED=<n> replays a run (the seed is printed); FUZZ_RUNS=<n> sets the requests per endpoint;
 * FUZZ_LOG=1 lets the service log its errors (stack traces of any 5xx).
 */
import { JwtService } from '@nestjs/jwt';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  bearer,
  createCreditClient,
  createDraft,
  fxRate,
  issueReceivable,
  money,
  payableBody,
  receivableBody,
  releaseApprovalFor,
  setFxTerms,
  type DebitNote,
} from './factories/billing';
import { carrierBody, clientBody, createCarrier, createClient } from './factories/master-data';
import {
  act,
  containerNumber,
  releaseSoBody,
  shipmentAt,
  shipmentBody,
  siBody,
  type ShipmentRef,
} from './factories/shipments';
import { ADMIN, createTestApp, TEST_JWT_SECRET, type TestApp } from './utils/test-app';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS ?? 150);
// The gaps below were closed (envelope on router and socket refusals, keys given back, 401 for a forged subject):
// they are checked strictly unless FUZZ_STRICT=0.
const STRICT = process.env.FUZZ_STRICT !== '0';

/**
 * Refusals the service does not yet answer as it should, because the fix is in code other engineers own
 * (src/idempotency, src/auth, src/app.setup.ts). Each is still exercised and counted on every run.
 */
const KNOWN_GAPS = {
  idempotencyTraces:
    'IdempotencyInterceptor keeps some refused (4xx) answers in idempotency_keys (the rows are listed below); ' +
    'refused requests must leave no trace',
  routerRefusals:
    "malformed percent-encoding in the path (400 FST_ERR_BAD_URL) and path parameters over Fastify's " +
    'maxParamLength (414) are answered by the router without the error envelope',
  headerOverflow: 'headers over 16 KiB are answered by the HTTP parser (431) without the error envelope',
  tokenSubject:
    'a token signed with the right secret whose sub is not a uuid is answered 400 VALIDATION_FAILED ' +
    '(AuthService.authenticate queries the uuid column with it) instead of 401',
} as const;
type Gap = keyof typeof KNOWN_GAPS;

const PUBLIC_ENDPOINTS = new Set(['POST /api/v1/auth/login']);
/** The one write a client user may make (docs/security.md): its own side of the B/L draft. */
const CLIENT_USER_WRITES = new Set([
  'POST /api/v1/shipments/{id}/actions/approve-bl',
  'POST /api/v1/auth/password',
]);

// ---------------------------------------------------------------------------------------------------------
// The OpenAPI document

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
}

interface Operation {
  tags?: string[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const WRITE_METHODS = ['post', 'patch', 'put', 'delete'] as const;

interface Endpoint {
  key: string; // "POST /api/v1/shipments/{id}/actions/cancel", as in the document
  method: string;
  path: string;
  tag: string;
  pathParams: string[];
  /** Header parameters the document declares, lower-case (if-match, idempotency-key). */
  headers: Set<string>;
  body?: Schema;
  isPublic: boolean;
}

function resolver(doc: OpenApi): (schema: Schema | undefined) => Schema {
  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = doc.components.schemas[name];
      if (!target) throw new Error(`OpenAPI: unresolved ${schema.$ref}`);
      return resolve({ ...target, ...omit(schema, '$ref') });
    }
    if (schema.allOf) {
      return schema.allOf.reduce<Schema>(
        (merged, part) => {
          const r = resolve(part);
          return {
            ...merged,
            ...r,
            properties: { ...merged.properties, ...r.properties },
            required: [...(merged.required ?? []), ...(r.required ?? [])],
          };
        },
        omit(schema, 'allOf'),
      );
    }
    return schema;
  };
  return resolve;
}

function omit<T extends object>(value: T, key: keyof T): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function writeEndpoints(doc: OpenApi, resolve: (s: Schema | undefined) => Schema): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const method of WRITE_METHODS) {
      const op = operations[method];
      if (!op) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const json = op.requestBody?.content?.['application/json']?.schema;
      endpoints.push({
        key,
        method: method.toUpperCase(),
        path,
        tag: op.tags?.[0] ?? 'untagged',
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        headers: new Set(
          (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()),
        ),
        body: json ? resolve(json) : undefined,
        isPublic: PUBLIC_ENDPOINTS.has(key),
      });
    }
  }
  return endpoints;
}

// ---------------------------------------------------------------------------------------------------------
// Fixtures, created through the API

interface Fixtures {
  /** Every fixture id, by the collection that names it in paths (shipments, containers, clients, ...). */
  ids: Record<string, string[]>;
  /**
   * Shipments by status, and a few more so that no two base requests need the same one: `to_cancel`
   * (booking), `customs_clear` (customs_declared), `inspected` (customs_declared, inspection pending),
   * `to_correct` (booking, its B/L number edited),
   * `billed` (debit_noted).
   */
  shipments: Record<string, ShipmentRef>;
  clientId: string;
  creditClientId: string;
  carrierId: string;
  users: Record<string, string>;
  notes: Record<'draft' | 'draftToIssue' | 'toVoid' | 'toPay', DebitNote>;
  approvals: Record<'toApprove' | 'toReject' | 'approved', string>;
  /** Tokens for the 401/403 batch. */
  tokens: { clientUser: string; inactiveUser: string };
}

const inDays = (days: number, hour = 17): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const anHourAgo = (): string => new Date(Date.now() - 3_600_000).toISOString();
/** Base bodies are built after the fixtures: a container step "now" comes after the step before it. */
const justNow = (): string => new Date().toISOString();

async function createFixtures(t: TestApp): Promise<Fixtures> {
  const admin = await t.tokenFor('admin');
  const carrier = await createCarrier(t);
  const client = await createClient(t);
  const creditClient = await createCreditClient(t);
  for (const role of ['manager', 'operator', 'sales', 'accounts'] as const) await t.tokenFor(role);
  const clientUser = await t.createUser({ role: 'client', clientId: client.id });
  const inactive = await t.createUser({ role: 'operator' });
  const deactivated = await t
    .http()
    .patch(`/api/v1/users/${inactive.id}`)
    .auth(admin, bearer)
    .send({ active: false });
  if (deactivated.status !== 200) throw new Error(`deactivate user: ${deactivated.status}`);

  const at = (status: Parameters<typeof shipmentAt>[1], clientId = client.id) =>
    shipmentAt(t, status, { clientId, carrierId: carrier.id });
  const shipments: Record<string, ShipmentRef> = {};
  for (const status of [
    'booking',
    'booking_confirmed',
    'space_requested',
    'so_released',
    'picked_up',
    'stuffed',
    'gated_in',
    'customs_declared',
    'customs_released',
    'si_submitted',
    'cancelled',
  ] as const) {
    shipments[status] = await at(status);
  }
  shipments.to_cancel = await at('booking');
  shipments.customs_clear = await at('customs_declared');
  shipments.inspected = await at('customs_declared');
  shipments.to_correct = await at('booking');
  const flagged = await act(t, await t.tokenFor('operator'), shipments.inspected.id, 'flag-inspection', {
    note: 'Random check',
  });
  if (flagged.status !== 200) throw new Error(`flag inspection: ${flagged.status}`);
  // A monthly client's shipments with issued receivable notes: debit_noted, releasable on credit.
  shipments.debit_noted = await at('bl_checked', creditClient.id);
  const dueNote = await issueReceivable(t, shipments.debit_noted.id);
  shipments.billed = await at('bl_checked', creditClient.id);
  const notes = {
    draft: await createDraft(t, shipments.booking!.id, receivableBody(client.id)),
    draftToIssue: await createDraft(t, shipments.booking!.id, receivableBody(client.id)),
    toVoid: await issueReceivable(t, shipments.billed.id),
    toPay: await issueReceivable(t, shipments.billed.id),
  };
  for (const s of [shipments.debit_noted, shipments.billed]) s.status = 'debit_noted';
  const payableDraft = await createDraft(t, shipments.so_released!.id, payableBody(carrier.id));
  const approvals = {
    toApprove: (await releaseApprovalFor(t, shipments.debit_noted.id, 'pending')).id,
    toReject: (await releaseApprovalFor(t, shipments.debit_noted.id, 'pending')).id,
    approved: (await releaseApprovalFor(t, shipments.debit_noted.id, 'approve')).id,
  };
  const fxTerms = await setFxTerms(t, creditClient.id, [
    {
      from: 'USD',
      to: 'CNY',
      mode: 'fixed',
      rate: '7.1000',
      source: 'Contract 2026-031',
      date: '2026-11-01',
    },
  ]);
  if (fxTerms.status !== 200) throw new Error(`fx terms: ${fxTerms.status} ${JSON.stringify(fxTerms.body)}`);

  const listed = await t.http().get('/api/v1/users?limit=200').auth(admin, bearer);
  const people = listed.body.items as { id: string; role: string; active: boolean }[];
  const users: Record<string, string> = {};
  for (const p of people) if (p.active) users[p.role] ??= p.id;

  const ids: Record<string, string[]> = {
    shipments: Object.values(shipments).map((s) => s.id),
    containers: Object.values(shipments).flatMap((s) => s.containers.map((c) => c.id)),
    clients: [client.id, creditClient.id],
    carriers: [carrier.id],
    users: people.map((p) => p.id),
    approvals: Object.values(approvals),
    'debit-notes': [...Object.values(notes).map((n) => n.id), dueNote.id, payableDraft.id],
  };
  ids.all = Object.values(ids).flat();
  return {
    ids,
    shipments,
    clientId: client.id,
    creditClientId: creditClient.id,
    carrierId: carrier.id,
    users,
    notes,
    approvals,
    tokens: { clientUser: clientUser.token, inactiveUser: inactive.token },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Valid requests: a body that passes, aimed (`target`) at a fixture on which it would succeed. The fuzz
// sends only broken variants of these; were one to get through, the checksum would show it.

interface ValidRequest {
  body?: (fx: Fixtures) => unknown;
  target?: (fx: Fixtures) => Record<string, string>;
}

const shipmentTarget =
  (status: string) =>
  (fx: Fixtures): Record<string, string> => ({ id: fx.shipments[status]!.id });
const containerTarget =
  (status: string) =>
  (fx: Fixtures): Record<string, string> => {
    const s = fx.shipments[status]!;
    return { id: s.id, containerId: s.containers[0]!.id };
  };
const line = (description: string, amount: string, currency = 'CNY', quantity?: string) => ({
  description,
  amount: money(amount, currency),
  ...(quantity ? { quantity } : {}),
});

const VALID: Record<string, ValidRequest> = {
  'POST /api/v1/auth/login': { body: () => ({ email: ADMIN.email, password: ADMIN.password }) },
  // The admin's own password, set to itself: a 204 that leaves the password as it was (and the caller's token).
  'POST /api/v1/auth/password': {
    body: () => ({ currentPassword: ADMIN.password, newPassword: ADMIN.password }),
  },
  'POST /api/v1/users': {
    body: (fx) => ({
      email: 'fuzz.newcomer@quayside.test',
      name: 'Fuzz Newcomer',
      password: 'fuzz-pass-123',
      role: 'operator',
      teamLeadId: fx.users.manager,
    }),
  },
  'PATCH /api/v1/users/{id}': {
    body: (fx) => ({ name: 'Li Wei', role: 'sales', teamLeadId: fx.users.manager, active: true }),
    target: (fx) => ({ id: fx.users.operator! }),
  },
  'POST /api/v1/clients': {
    body: (fx) => ({ ...clientBody({ code: 'FUZZ-NEW' }), salesUserId: fx.users.sales }),
  },
  'PATCH /api/v1/clients/{id}': {
    body: (fx) => ({
      name: 'Shenzhen Bright Lamps (Group) Co., Ltd.',
      nameLocal: '深圳明亮灯饰集团',
      emails: ['finance@bright-lamps.example'],
      address: 'No. 9 Gongye Road, Bao’an District, Shenzhen',
      language: 'en',
      grade: 'a',
      salesUserId: fx.users.sales,
    }),
    target: (fx) => ({ id: fx.clientId }),
  },
  'POST /api/v1/carriers': { body: () => carrierBody({ code: 'FUZZ-NEW' }) },
  'PATCH /api/v1/carriers/{id}': {
    body: () => ({ name: 'COSCO Shipping Lines', requiresDocPrint: false, emails: ['docs@cosco.example'] }),
    target: (fx) => ({ id: fx.carrierId }),
  },
  'POST /api/v1/shipments': {
    body: (fx) => ({
      ...shipmentBody({ clientId: fx.clientId, carrierId: fx.carrierId }),
      containers: [
        { type: '40HC', quantity: 2 },
        { type: '22G1', quantity: 1 },
      ],
      vessel: 'MSC OSCAR',
      voyage: 'FE546W',
      etd: inDays(20),
    }),
  },
  'POST /api/v1/shipments/{id}/actions/confirm-booking': {
    body: () => ({}),
    target: shipmentTarget('booking'),
  },
  'PATCH /api/v1/shipments/{id}': {
    body: () => ({ blNumber: 'COSU6284519370' }),
    target: shipmentTarget('to_correct'),
  },
  'POST /api/v1/shipments/{id}/actions/request-space': {
    body: (fx) => ({ carrierId: fx.carrierId }),
    target: shipmentTarget('booking_confirmed'),
  },
  'POST /api/v1/shipments/{id}/actions/release-so': {
    body: () => ({
      ...releaseSoBody(),
      cutoffs: { cy: inDays(8), si: inDays(7, 12), customs: inDays(8, 12), vgm: inDays(8, 10) },
    }),
    target: shipmentTarget('space_requested'),
  },
  'POST /api/v1/shipments/{id}/actions/declare-customs': {
    body: () => ({ declarationNumber: 'DEC2026A0001' }),
    target: shipmentTarget('gated_in'),
  },
  'POST /api/v1/shipments/{id}/actions/flag-inspection': {
    body: () => ({ fee: money('550.00'), note: 'Selected for inspection at Yantian' }),
    target: shipmentTarget('customs_declared'),
  },
  'POST /api/v1/shipments/{id}/actions/clear-inspection': {
    body: () => ({ note: 'Inspection passed' }),
    target: shipmentTarget('inspected'),
  },
  'POST /api/v1/shipments/{id}/actions/release-customs': {
    body: () => ({}),
    target: shipmentTarget('customs_clear'),
  },
  'POST /api/v1/shipments/{id}/actions/submit-si': {
    body: () => ({ ...siBody(), notifyParty: { name: 'Same as consignee', address: 'Long Beach, CA' } }),
    target: shipmentTarget('customs_released'),
  },
  'POST /api/v1/shipments/{id}/actions/approve-bl': {
    body: () => ({ party: 'client', revision: 1 }),
    target: shipmentTarget('si_submitted'),
  },
  'POST /api/v1/shipments/{id}/actions/release-bl': {
    body: (fx) => ({ mode: 'telex', approvalId: fx.approvals.approved }),
    target: shipmentTarget('debit_noted'),
  },
  'POST /api/v1/shipments/{id}/actions/roll': {
    body: () => ({
      vessel: 'MSC GULSUN',
      voyage: 'FE601W',
      etd: inDays(17),
      cutoffs: { cy: inDays(15), si: inDays(14, 12) },
      reason: 'Vessel overbooked; cargo rolled to the next sailing',
    }),
    target: shipmentTarget('so_released'),
  },
  'POST /api/v1/shipments/{id}/actions/cancel': {
    body: () => ({ reason: 'Client withdrew the booking' }),
    target: shipmentTarget('to_cancel'),
  },
  'POST /api/v1/shipments/{id}/containers/{containerId}/actions/pickup': {
    body: () => ({
      containerNumber: containerNumber('TGHU', 771_203),
      sealNumber: 'ML1234567',
      at: justNow(),
    }),
    target: containerTarget('so_released'),
  },
  'POST /api/v1/shipments/{id}/containers/{containerId}/actions/stuff': {
    body: () => ({ at: justNow(), packages: 600, grossWeightKg: '9120.500', vgmKg: '12920.500' }),
    target: containerTarget('picked_up'),
  },
  'POST /api/v1/shipments/{id}/containers/{containerId}/actions/gate-in': {
    body: () => ({ at: justNow(), terminal: 'YICT' }),
    target: containerTarget('stuffed'),
  },
  'POST /api/v1/approvals': {
    body: (fx) => ({
      type: 'release_before_payment',
      shipmentId: fx.shipments.debit_noted!.id,
      clientId: fx.creditClientId,
      reason: 'Long-standing client; payment promised for Friday',
    }),
  },
  'POST /api/v1/approvals/{id}/approve': {
    body: () => ({ note: 'Known payer' }),
    target: (fx) => ({ id: fx.approvals.toApprove }),
  },
  'POST /api/v1/approvals/{id}/reject': {
    body: () => ({ note: 'Over the credit limit' }),
    target: (fx) => ({ id: fx.approvals.toReject }),
  },
  'POST /api/v1/shipments/{id}/debit-notes': {
    body: (fx) =>
      receivableBody(fx.clientId, {
        lines: [
          line('Ocean freight CNYTN-USLAX 40HC', '1850.00', 'USD', '2'),
          line('Document fee', '300.00'),
        ],
        fxRates: [fxRate('7.1234')],
        dueDate: '2026-12-26',
        remarks: 'Bank: BOC Shenzhen',
      }),
    target: shipmentTarget('booking'),
  },
  'PATCH /api/v1/debit-notes/{id}': {
    body: () => ({
      currency: 'CNY',
      lines: [line('Ocean freight', '1200.00'), line('THC', '850.00', 'CNY', '2')],
      fxRates: [fxRate('7.1500')],
      dueDate: '2026-12-31',
      remarks: 'Revised',
    }),
    target: (fx) => ({ id: fx.notes.draft.id }),
  },
  'POST /api/v1/debit-notes/{id}/issue': { target: (fx) => ({ id: fx.notes.draftToIssue.id }) },
  'POST /api/v1/debit-notes/{id}/void': {
    body: () => ({ reason: 'Billed twice' }),
    target: (fx) => ({ id: fx.notes.toVoid.id }),
  },
  'POST /api/v1/payments': {
    body: (fx) => ({
      clientId: fx.creditClientId,
      amount: fx.notes.toPay.balance,
      receivedAt: anHourAgo(),
      reference: 'BOC-20261126-0042',
      allocations: [{ debitNoteId: fx.notes.toPay.id, amount: fx.notes.toPay.balance }],
    }),
  },
  'PUT /api/v1/clients/{id}/fx-terms': {
    body: () => ({
      terms: [
        {
          from: 'USD',
          to: 'CNY',
          mode: 'fixed',
          rate: '7.1000',
          source: 'Contract 2026-031',
          date: '2026-11-01',
        },
        { from: 'EUR', to: 'CNY', mode: 'per_note' },
      ],
    }),
    target: (fx) => ({ id: fx.creditClientId }),
  },
};

/**
 * A valid body for an endpoint the table does not know, from the schema alone: examples, enums, the
 * smallest allowed number, fixture ids for `<thing>Id` uuids. Throws naming what it cannot build.
 */
function bodyFromSchema(
  schema: Schema,
  resolve: (s: Schema | undefined) => Schema,
  fx: Fixtures,
  at: string,
): unknown {
  const s = resolve(schema);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.properties) {
    const out: Record<string, unknown> = {};
    for (const name of s.required ?? []) {
      out[name] = bodyFromSchema(s.properties[name] ?? {}, resolve, fx, at ? `${at}.${name}` : name);
    }
    return out;
  }
  if (s.type === 'array') return [bodyFromSchema(s.items ?? {}, resolve, fx, `${at}[0]`)];
  if (s.type === 'boolean') return true;
  if (s.type === 'integer' || s.type === 'number') return s.minimum ?? 1;
  if (s.format === 'uuid') {
    const collection = `${(at.split('.').pop() ?? '').replace(/Id$/, '')}s`;
    const id = fx.ids[collection]?.[0];
    if (id) return id;
  }
  throw new Error(
    `no valid value for ${at || 'the body'}: add the endpoint to VALID in test/fuzz.e2e-spec.ts`,
  );
}

/** Keys of a table body that the document does not declare, or required ones it lacks (a stale table). */
function schemaMismatches(
  value: unknown,
  schema: Schema,
  resolve: (s: Schema | undefined) => Schema,
  at = '',
): string[] {
  const s = resolve(schema);
  if (Array.isArray(value))
    return value.flatMap((v, i) => schemaMismatches(v, s.items ?? {}, resolve, `${at}[${i}]`));
  if (!isPlainObject(value) || !s.properties) return [];
  const props = s.properties;
  return [
    ...Object.keys(value)
      .filter((k) => !(k in props))
      .map((k) => `${at}${at ? '.' : ''}${k} is not in the schema`),
    ...(s.required ?? [])
      .filter((k) => !(k in value))
      .map((k) => `${at}${at ? '.' : ''}${k} (required) is missing`),
    ...Object.entries(value).flatMap(([k, v]) =>
      props[k] ? schemaMismatches(v, props[k], resolve, `${at}${at ? '.' : ''}${k}`) : [],
    ),
  ];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------------------------------------
// What makes a value invalid

/** A JSON token written as is: numbers JSON.stringify cannot write (-0, 1e400, 30-digit integers). */
class RawJson {
  constructor(readonly text: string) {}
  /** A placeholder toJson swaps for the token (no replacer function: it would overflow on deep values). */
  toJSON(): string {
    return `\u0001raw:${this.text}\u0001`;
  }
}

function toJson(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:([^"\\]*)\\u0001"/g, (_m, text: string) => text);
}

const LONG = 10_001;
/** Longer than any string the API takes (the longest, an SI description, is 2,000), none of them blank. */
const OVERSIZE_STRINGS: readonly (readonly [string, string])[] = [
  ['10k ASCII', 'x'.repeat(LONG)],
  ['10k emoji', '🚢'.repeat(LONG)],
  ['10k CJK', '货'.repeat(LONG)],
  ['10k RTL override', '\u202Eevil\u202C'.repeat(1_700)],
  ['10k SQL injection', "'; DROP TABLE shipments; --".repeat(400)],
  ['10k script', '<script>alert(1)</script>'.repeat(400)],
  ['10k NUL', '\u0000'.repeat(LONG)],
  ['10k combining marks', 'e\u0301'.repeat(LONG)],
];
/** Odd text that no uuid, enum, date, decimal or amount accepts. */
const EXOTIC = [
  '🚢',
  '\u0000',
  '\u202Ecba',
  "' OR '1'='1",
  '"; DELETE FROM clients; --',
  '<img src=x onerror=alert(1)>',
  '${7*7}',
  '../../etc/passwd',
  'null',
  'undefined',
  '\uFEFF',
];
/** A PostgreSQL text value cannot hold NUL: refused wherever it appears. */
const withNul = (s: string): string => `${s.slice(0, 3)}\u0000${s.slice(3)}`;

function deepObjects(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function deepArrays(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

interface BadValue {
  label: string;
  value: unknown;
  /** True when the DTO itself refuses it (400 VALIDATION_FAILED); false when a service or the database does. */
  byDto: boolean;
}

type Kind =
  | 'enum'
  | 'uuid'
  | 'datetime'
  | 'date'
  | 'amount'
  | 'decimal'
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'object'
  | 'array';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d+(\.\d+)?$/;

interface Slot {
  path: (string | number)[];
  schema: Schema;
  value: unknown;
  required: boolean;
  /** The sibling currency of a Money amount. */
  currency?: string;
}

function kindOf(slot: Slot): Kind {
  const s = slot.schema;
  const sample = slot.value ?? s.example;
  if (s.enum?.length) return 'enum';
  if (s.type === 'array') return 'array';
  if (s.properties || s.type === 'object') return 'object';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'integer') return 'integer';
  if (s.type === 'number') return 'number';
  if (s.format === 'uuid') return 'uuid';
  if (slot.currency !== undefined) return 'amount';
  if (typeof sample === 'string' && ISO_TIME.test(sample)) return 'datetime';
  if (typeof sample === 'string' && ISO_DATE.test(sample)) return 'date';
  if (typeof sample === 'string' && DECIMAL.test(sample)) return 'decimal';
  return 'string';
}

const TWO_DIGIT_CURRENCIES = new Set(['CNY', 'USD', 'EUR', 'HKD', 'GBP', 'SGD']);
const NOT_STRINGS: readonly unknown[] = [true, false, 12.5, -0.25, [], ['text'], {}, { $gt: '' }];
const dto = (label: string, value: unknown): BadValue => ({ label, value, byDto: true });
const late = (label: string, value: unknown): BadValue => ({ label, value, byDto: false });

/** Values that are invalid for this slot by contract, whatever else the request holds. */
function badValues(slot: Slot, anId: string, danglingId: string): BadValue[] {
  const s = slot.schema;
  const base = slot.value;
  const out: BadValue[] = [];
  const wrongTypes = (values: readonly unknown[]) =>
    values.forEach((v) => out.push(dto(`wrong type ${JSON.stringify(v).slice(0, 20)}`, v)));
  if (slot.required && !s.nullable) out.push(dto('null for a required field', null));

  switch (kindOf(slot)) {
    case 'enum': {
      const members = s.enum ?? [];
      const first = String(members[0]);
      const junk = [
        '',
        ' ',
        'NULL',
        'unknown_value',
        `${first} `,
        ` ${first}`,
        first.toUpperCase(),
        `${first}'--`,
        withNul(first),
        ...EXOTIC,
      ];
      junk
        .filter((v) => !members.includes(v))
        .forEach((v) => out.push(dto(`not in the enum: ${JSON.stringify(v)}`, v)));
      wrongTypes([42, true, [first], { value: first }]);
      break;
    }
    case 'uuid':
      [
        'not-a-uuid',
        '',
        '0',
        '12345',
        anId.replace(/-/g, ''),
        `${anId}0`,
        `{${anId}}`,
        `${anId.slice(0, -1)}g`,
        ` ${anId}`,
        ...EXOTIC,
      ].forEach((v) => out.push(dto(`bad uuid ${JSON.stringify(v).slice(0, 40)}`, v)));
      wrongTypes([42, true, [anId], { id: anId }]);
      out.push(late('a uuid that names nothing', danglingId));
      break;
    case 'datetime':
      [
        '2026-11-26T09:30:00',
        '2026-11-26 09:30:00+08:00',
        '2026-11-26',
        '26/11/2026 09:30',
        '2026-13-01T00:00:00Z',
        '2026-02-30T10:00:00+08:00',
        '2026-02-29T10:00:00Z',
        '2026-04-31T10:00:00Z',
        '2026-11-26T23:60:00Z',
        '2026-11-26T09:30:00+25:00',
        'now',
        '',
        '1e3',
        ...EXOTIC,
      ].forEach((v) => out.push(dto(`bad time ${JSON.stringify(v)}`, v)));
      wrongTypes([1_764_120_600_000, true, [], {}]);
      break;
    case 'date':
      [
        '2026-13-01',
        '2026-00-10',
        '2026-02-30',
        '2026-02-29',
        '2026-04-31',
        '2026-1-1',
        '26-11-2026',
        '2026/11/26',
        '2026-11-26T00:00:00Z',
        '',
        'today',
        '0000-00-00',
        ...EXOTIC,
      ].forEach((v) => out.push(dto(`bad date ${JSON.stringify(v)}`, v)));
      wrongTypes([20_261_126, true, [], {}]);
      break;
    case 'amount':
      [
        '1e3',
        '1E3',
        '1,000.00',
        '1 000.00',
        '.50',
        'NaN',
        'Infinity',
        '-',
        '',
        ' 100.00',
        '100.00 ',
        '+100.00',
        '0x10',
        '١٠٠.٠٠',
        '9'.repeat(30),
        ...EXOTIC,
      ].forEach((v) => out.push(dto(`malformed money ${JSON.stringify(v)}`, v)));
      // Exactly the currency's minor digits (API.md): checked when the amount becomes Money.
      if (TWO_DIGIT_CURRENCIES.has(slot.currency ?? ''))
        ['1000', '1000.0', '1000.000', '12.5', '5.'].forEach((v) =>
          out.push(late(`money with wrong digits ${v}`, v)),
        );
      wrongTypes([12.5, 1000, new RawJson('-0'), new RawJson('1e400'), true, [], {}]);
      break;
    case 'decimal':
      [
        '-1',
        '-0.5',
        '1,000.5',
        '1 000',
        '',
        ' ',
        '1.2.3',
        '½',
        '1_000',
        '+1',
        '.5',
        '1.',
        '9'.repeat(40),
        ...EXOTIC,
      ].forEach((v) => out.push(dto(`bad decimal ${JSON.stringify(v)}`, v)));
      wrongTypes([12.5, true, [], {}]);
      break;
    case 'string':
      OVERSIZE_STRINGS.forEach(([label, v]) => out.push(dto(`oversize string (${label})`, v)));
      out.push(dto('NUL inside the text', withNul(typeof base === 'string' && base ? base : 'text')));
      wrongTypes(NOT_STRINGS);
      break;
    case 'integer':
    case 'number': {
      wrongTypes(['1', '12', 'abc', 'NaN', '', '1e3', true, false, [], [1], {}]);
      if (s.type === 'integer') [1.5, 0.1].forEach((v) => out.push(dto(`fraction ${v}`, v)));
      if (s.minimum !== undefined) {
        out.push(dto(`below the minimum ${s.minimum}`, s.minimum - 1));
        if (s.minimum >= 0) out.push(dto('negative', -1));
        if (s.minimum >= 1) out.push(dto('-0', new RawJson('-0')));
      }
      if (s.maximum !== undefined) out.push(dto(`above the maximum ${s.maximum}`, s.maximum + 1));
      const bounded = s.maximum !== undefined;
      out.push({ label: '1e308', value: 1e308, byDto: bounded });
      out.push({ label: '-1e308', value: -1e308, byDto: s.minimum !== undefined });
      out.push({ label: '1e400 (Infinity)', value: new RawJson('1e400'), byDto: true });
      out.push({
        label: '30-digit integer',
        value: new RawJson('123456789012345678901234567890'),
        byDto: bounded,
      });
      break;
    }
    case 'boolean':
      wrongTypes(['true', 'false', 1, 0, 'yes', '', [], [true], {}]);
      break;
    case 'object': {
      wrongTypes(['text', 42, true, [], [{}], [base ?? {}]]);
      if (resolveRequired(s)) out.push(dto('empty object', {}));
      out.push(dto('deeply nested junk', { a: deepObjects(2_000) }));
      break;
    }
    case 'array': {
      const first: unknown = Array.isArray(base) ? base[0] : undefined;
      wrongTypes(['text', 42, true, {}, { 0: first ?? 'x' }]);
      const items = s.items ?? {};
      const objects = Boolean(items.properties) || items.type === 'object';
      (objects ? [[null], [42], ['text'], [[]], [[first ?? {}]]] : [[null], [12.5], [[]], [{}]]).forEach(
        (v) => out.push(dto(`bad items ${JSON.stringify(v).slice(0, 30)}`, v)),
      );
      // Every array in the API is bounded (the longest, debit note lines and allocations, at 100).
      const many = Array.from({ length: 1_000 }, (_, i) =>
        typeof first === 'string' ? `${i}.${first}` : structuredClone(first ?? { i }),
      );
      out.push(dto('1,000 items', many));
      out.push(dto('deeply nested arrays', deepArrays(3_000)));
      break;
    }
  }
  return out;
}

const resolveRequired = (s: Schema): boolean => (s.required?.length ?? 0) > 0;

function slotsOf(
  schema: Schema,
  value: unknown,
  resolve: (s: Schema | undefined) => Schema,
  path: (string | number)[] = [],
): Slot[] {
  const s = resolve(schema);
  const out: Slot[] = [];
  if (s.properties && isPlainObject(value)) {
    const object = value;
    const isMoney = 'amount' in s.properties && 'currency' in s.properties;
    for (const [name, prop] of Object.entries(s.properties)) {
      const p = resolve(prop);
      const slot: Slot = {
        path: [...path, name],
        schema: p,
        value: object[name],
        required: s.required?.includes(name) ?? false,
        ...(isMoney && name === 'amount'
          ? { currency: typeof object.currency === 'string' ? object.currency : '' }
          : {}),
      };
      out.push(slot);
      out.push(...slotsOf(p, object[name], resolve, slot.path));
    }
  } else if (s.type === 'array' && Array.isArray(value) && value.length) {
    out.push(...slotsOf(s.items ?? {}, value[0], resolve, [...path, 0]));
  }
  return out;
}

/** Paths of the objects in a body (the body itself, nested objects, array items): where a key can be added. */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (!isPlainObject(value)) return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

function nodeAt(root: unknown, path: (string | number)[]): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  const parent = nodeAt(root, path.slice(0, -1));
  parent[path[path.length - 1]!] = value;
}

function deleteAt(root: unknown, path: (string | number)[]): void {
  delete nodeAt(root, path.slice(0, -1))[path[path.length - 1]!];
}

const pathText = (path: (string | number)[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(body)';

const UNKNOWN_KEYS = [
  'isAdmin',
  'role',
  'status',
  'version',
  'id',
  'createdAt',
  'deletedAt',
  'tenantId',
  '$where',
  '$set',
  'a b',
  '',
  '0',
  '🚢',
  'x'.repeat(300),
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
];
const UNKNOWN_VALUES: readonly unknown[] = [
  true,
  'admin',
  1,
  null,
  [],
  {},
  'x'.repeat(LONG),
  { $ne: null },
  deepObjects(500),
  deepArrays(500),
];

// ---------------------------------------------------------------------------------------------------------
// Requests

interface Attempt {
  endpoint: Endpoint;
  fault: string; // the class, for the figures
  detail: string;
  /** Exact statuses the fault decides; any 4xx when absent. */
  expect?: number[];
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** A caller-chosen correlation id the answer must echo. */
  correlationId?: string;
  /** A read that may also succeed (a forged but well-formed cursor): only a 5xx or a bad envelope is wrong. */
  mayPass?: boolean;
  /** Refused by Fastify while it reads the body, before any guard, pipe or handler runs. */
  early?: boolean;
  /** An Idempotency-Key this request carried (valid, so the interceptor may store the answer). */
  idempotencyKey?: string;
  gap?: Gap;
}

type Gen = fc.GeneratorValue;
/** Unbiased: fast-check's default bias toward small values would make every choice the first one. */
const uniform = (max: number): fc.Arbitrary<number> => fc.noBias(fc.nat({ max }));
const pick = <T>(g: Gen, items: readonly T[]): T => {
  if (!items.length) throw new Error('pick from nothing');
  return items[g(uniform, items.length - 1)]!;
};
const chance = (g: Gen, p: number): boolean => g(uniform, 9_999) < p * 10_000;

const JSON_TYPE = 'application/json';
/** Types nothing parses: Fastify answers 415 before the app. */
const OTHER_TYPES = [
  'application/xml',
  'text/xml',
  'multipart/form-data; boundary=----fuzz',
  'application/octet-stream',
  'image/png',
  'application/javascript',
  'application/jsonx',
  'application/json-patch+json',
  'text/csv',
];
const MALFORMED_JSON = [
  '{',
  '{"a":1',
  "{'a':1}",
  '{"a":1}}',
  'undefined',
  'NaN',
  '{"a":NaN}',
  '{"a":01}',
  '{"a":"\\x41"}',
  '<xml/>',
  '{"a":1,}',
  '[1,2',
  '{"a" 1}',
  '\u0000',
  '{"a":"\u0000\u0001"',
];
const NOT_OBJECTS = ['[]', '[{}]', '"text"', '42', 'true', 'false', 'null', '-0', '""'];
const JUNK_ID_TEXT = [
  'not-a-uuid',
  '0',
  '-1',
  '1e3',
  'null',
  'undefined',
  '..',
  "' OR 1=1 --",
  '<script>',
  '🚢',
  '%',
  ' ',
  'ffffffff-ffff-ffff-ffff-fffffffffffg',
  '00000000000000000000000000000000',
  '\u0000',
  '{id}',
  '__proto__',
  'constructor',
];
const BAD_IF_MATCH = [
  'garbage',
  '"abc"',
  '"1.5"',
  '"-1"',
  '1',
  '"1',
  'W/1',
  '"1234567890"',
  '"1", "2"',
  "'1'",
  '"\u00e9"',
  'x'.repeat(8_000),
];
const STALE_IF_MATCH = ['"999999"', 'W/"999999"', '"0"', '"999999999"'];
const JUNK_QUERIES = [
  'limit=0',
  'limit=201',
  'limit=-1',
  'limit=abc',
  'cursor=garbage',
  `cursor=${'A'.repeat(600)}`,
  'a[b][c]=1',
  '__proto__[isAdmin]=1',
  'constructor[prototype][x]=1',
  'status=released&status=paid',
  '%00=%00',
  'q=%F0%9F%9A%A2',
];
const JUNK_HEADERS: readonly (readonly [string, string])[] = [
  ['Accept', 'application/xml'],
  ['Accept', 'text/html;q=0.9, */*;q=0.1'],
  ['Accept-Language', 'zh-CN,zh;q=0.9'],
  ['X-Forwarded-For', '1.2.3.4, not-an-ip'],
  ['X-Fuzz-Padding', 'p'.repeat(8_000)],
  ['Origin', 'https://evil.example'],
  ['X-HTTP-Method-Override', 'DELETE'],
  ['Cookie', 'session=garbage'],
];

interface Context {
  fx: Fixtures;
  adminToken: string;
  bodyLimit: number;
  resolve: (s: Schema | undefined) => Schema;
  baseBody: Map<string, unknown>;
  usedKeys: Set<string>;
}

function urlOf(ep: Endpoint, params: Record<string, string>): string {
  return ep.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? 'missing');
}

/** The collection a path parameter belongs to: the segment before it (`/shipments/{id}` → shipments). */
function collectionOf(ep: Endpoint, param: string): string {
  const segments = ep.path.split('/');
  const i = segments.indexOf(`{${param}}`);
  return segments[i - 1] ?? 'all';
}

/** Path ids on which the valid request would succeed (mostly), or some other fixture of the right kind. */
function rightIds(g: Gen, ep: Endpoint, c: Context): Record<string, string> {
  const sharp = VALID[ep.key]?.target?.(c.fx);
  if (sharp && chance(g, 0.7)) return sharp;
  const params: Record<string, string> = {};
  for (const name of ep.pathParams) {
    const collection = collectionOf(ep, name);
    if (collection === 'containers' && params.id) {
      const owner = Object.values(c.fx.shipments).find((s) => s.id === params.id);
      params[name] = pick(g, owner?.containers.map((x) => x.id) ?? c.fx.ids.containers!);
    } else {
      params[name] = pick(g, c.fx.ids[collection] ?? c.fx.ids.all!);
    }
  }
  return params;
}

type FaultMaker = (g: Gen, ep: Endpoint, c: Context, a: Attempt) => void;

const setBody = (a: Attempt, value: unknown): void => {
  a.payload = toJson(value);
  a.headers['Content-Type'] = JSON_TYPE;
};

/** The faults, by class; each leaves the request invalid by contract on its own. */
const FAULTS: Record<string, { weight: number; applies: (ep: Endpoint) => boolean; make: FaultMaker }> = {
  'body: unknown field': {
    weight: 8,
    applies: (ep) => Boolean(ep.body),
    make: (g, ep, c, a) => {
      const body = structuredClone(c.baseBody.get(ep.key));
      const path = pick(g, objectPaths(body));
      const node = nodeAt(body, path);
      const props = schemaAt(ep.body!, path, c.resolve).properties ?? {};
      const key = pick(
        g,
        UNKNOWN_KEYS.filter((k) => !Object.hasOwn(props, k) && !Object.hasOwn(node, k)),
      );
      node[key] = pick(g, UNKNOWN_VALUES);
      setBody(a, body);
      a.detail = `${pathText([...path, key])} added`;
      a.expect = [400];
    },
  },
  'body: prototype key': {
    weight: 2,
    applies: (ep) => Boolean(ep.body),
    make: (g, ep, c, a) => {
      const body = structuredClone(c.baseBody.get(ep.key));
      const path = pick(g, objectPaths(body));
      const key = pick(g, ['__proto__', 'constructor']);
      const value = pick(g, [{ isAdmin: true }, { prototype: { isAdmin: true } }, 1, 'x', null]);
      // Fastify's JSON parser itself refuses `__proto__` and `constructor.prototype`; the pipe the rest.
      a.early = key === '__proto__' || (isPlainObject(value) && 'prototype' in value);
      Object.defineProperty(nodeAt(body, path), key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      setBody(a, body);
      a.detail = `${pathText([...path, key])} = ${JSON.stringify(value)}`;
      a.expect = [400];
    },
  },
  'body: missing required field': {
    weight: 6,
    applies: (ep) => Boolean(ep.body),
    make: (g, ep, c, a) => {
      const body = structuredClone(c.baseBody.get(ep.key));
      const required = slotsOf(ep.body!, body, c.resolve).filter((s) => s.required && s.value !== undefined);
      if (!required.length) {
        a.fault = 'body: unknown field';
        return FAULTS['body: unknown field']!.make(g, ep, c, a);
      }
      const slot = pick(g, required);
      deleteAt(body, slot.path);
      setBody(a, body);
      a.detail = `${pathText(slot.path)} dropped`;
      a.expect = [400];
    },
  },
  'body: bad value': {
    weight: 20,
    applies: (ep) => Boolean(ep.body),
    make: (g, ep, c, a) => {
      const body = structuredClone(c.baseBody.get(ep.key));
      const slots = slotsOf(ep.body!, body, c.resolve);
      if (!slots.length) {
        a.fault = 'body: unknown field';
        return FAULTS['body: unknown field']!.make(g, ep, c, a);
      }
      const slot = pick(g, slots);
      const anId = pick(g, c.fx.ids.all!);
      const bad = pick(g, badValues(slot, anId, g(fc.uuid, { version: 4 })));
      setAt(body, slot.path, bad.value);
      setBody(a, body);
      a.fault = bad.byDto ? 'body: bad value' : 'body: bad value (checked past the DTO)';
      a.detail = `${pathText(slot.path)}: ${bad.label}`;
      if (bad.byDto) a.expect = [400];
    },
  },
  'body: not a JSON object': {
    weight: 2,
    applies: (ep) => Boolean(ep.body),
    make: (g, ep, c, a) => {
      const text = pick(g, [...NOT_OBJECTS, `[${toJson(c.baseBody.get(ep.key))}]`]);
      a.payload = text;
      a.headers['Content-Type'] = JSON_TYPE;
      a.detail = text.slice(0, 40);
      a.expect = [400];
    },
  },
  // JSON only (API.md): Fastify refuses text and forms with 415 before any route runs, on every endpoint.
  'body: text or form': {
    weight: 2,
    applies: () => true,
    make: (g, ep, c, a) => {
      a.early = true;
      const form = chance(g, 0.5);
      a.headers['Content-Type'] = form
        ? 'application/x-www-form-urlencoded'
        : pick(g, ['text/plain', 'text/plain; charset=utf-8']);
      a.payload = form
        ? pick(g, [toJson(c.baseBody.get(ep.key) ?? {}), 'isAdmin=true', 'a[b]=1&c=2', '%00=%00', ''])
        : pick(g, [toJson(c.baseBody.get(ep.key) ?? {}), 'hello', '']);
      a.detail = `${a.headers['Content-Type']}: ${a.payload.slice(0, 30)}`;
      a.expect = [415];
    },
  },
  'body: malformed JSON': {
    weight: 2,
    applies: () => true,
    make: (g, ep, c, a) => {
      a.early = true;
      const valid = toJson(c.baseBody.get(ep.key) ?? { a: 1 });
      a.payload = pick(g, [...MALFORMED_JSON, valid.slice(0, -1), `${valid}x`, `${valid}${valid}`]);
      a.headers['Content-Type'] = pick(g, [JSON_TYPE, 'application/json; charset=utf-8']);
      a.detail = a.payload.slice(0, 40);
      a.expect = [400];
    },
  },
  'body: empty with a JSON type': {
    weight: 2,
    applies: () => true,
    make: (g, _ep, _c, a) => {
      a.early = true;
      a.payload = pick(g, ['', ' ', '\n', '\t\r\n']);
      a.headers['Content-Type'] = JSON_TYPE;
      a.detail = JSON.stringify(a.payload);
      a.expect = [400];
    },
  },
  'body: unsupported content type': {
    weight: 2,
    applies: () => true,
    make: (g, ep, c, a) => {
      a.early = true;
      a.headers['Content-Type'] = pick(g, OTHER_TYPES);
      a.payload = toJson(c.baseBody.get(ep.key) ?? {});
      a.detail = a.headers['Content-Type'];
      a.expect = [415];
    },
  },
  'body: over the size limit': {
    weight: 1,
    applies: () => true,
    make: (g, ep, c, a) => {
      a.early = true;
      const extra = c.bodyLimit + g(fc.integer, { min: 1, max: 200_000 });
      const shape = pick(g, ['padded field', 'raw bytes', 'long array']);
      const base = c.baseBody.get(ep.key) ?? {};
      a.payload =
        shape === 'padded field'
          ? toJson({ ...(isPlainObject(base) ? base : {}), padding: 'x'.repeat(extra) })
          : shape === 'raw bytes'
            ? Buffer.alloc(extra, 0x7b)
            : toJson(Array.from({ length: extra }, (_, i) => i % 10));
      a.headers['Content-Type'] = JSON_TYPE;
      a.detail = `${shape}, ${a.payload.length} bytes`;
      a.expect = [413];
    },
  },
  'path: id naming nothing': {
    weight: 6,
    applies: (ep) => ep.pathParams.length > 0,
    make: (g, ep, c, a) => {
      const params = rightIds(g, ep, c);
      const name = pick(g, ep.pathParams);
      const how = pick(g, ['random uuid', 'junk', 'another kind', 'nil uuid', 'max uuid']);
      const other = Object.entries(c.fx.ids)
        .filter(([collection]) => collection !== collectionOf(ep, name) && collection !== 'all')
        .flatMap(([, ids]) => ids);
      // The container of another shipment names nothing under this one.
      const foreignContainer =
        collectionOf(ep, name) === 'containers'
          ? c.fx.ids.containers!.filter(
              (id) =>
                !Object.values(c.fx.shipments).some(
                  (s) => s.id === params.id && s.containers.some((x) => x.id === id),
                ),
            )
          : [];
      params[name] =
        how === 'random uuid'
          ? g(fc.uuid, { version: 4 })
          : how === 'junk'
            ? encodeURIComponent(pick(g, JUNK_ID_TEXT))
            : how === 'nil uuid'
              ? '00000000-0000-0000-0000-000000000000'
              : how === 'max uuid'
                ? 'ffffffff-ffff-ffff-ffff-ffffffffffff'
                : pick(g, [...other, ...foreignContainer]);
      a.url = urlOf(ep, params);
      a.detail = `${name}: ${how} ${params[name]}`;
      a.expect = [404];
      if (c.baseBody.has(ep.key)) setBody(a, c.baseBody.get(ep.key));
    },
  },
  'header: bad If-Match': {
    weight: 4,
    applies: (ep) => ep.headers.has('if-match'),
    make: (g, ep, c, a) => {
      const stale = chance(g, 0.4);
      a.headers['If-Match'] = pick(g, stale ? STALE_IF_MATCH : BAD_IF_MATCH);
      a.fault = stale ? 'header: stale If-Match' : 'header: bad If-Match';
      a.detail = a.headers['If-Match'].slice(0, 30);
      a.expect = stale ? [412] : [400];
      if (c.baseBody.has(ep.key)) setBody(a, c.baseBody.get(ep.key));
    },
  },
  'header: bad Idempotency-Key': {
    weight: 2,
    applies: (ep) => ep.method === 'POST' && !ep.isPublic,
    make: (g, ep, c, a) => {
      a.headers['Idempotency-Key'] = pick(g, [
        '',
        'k'.repeat(256),
        'k'.repeat(g(fc.integer, { min: 257, max: 8_000 })),
      ]);
      a.detail = `${a.headers['Idempotency-Key'].length} characters`;
      a.expect = [400];
      if (c.baseBody.has(ep.key)) setBody(a, c.baseBody.get(ep.key));
    },
  },
};

function schemaAt(
  schema: Schema,
  path: (string | number)[],
  resolve: (s: Schema | undefined) => Schema,
): Schema {
  let s = resolve(schema);
  for (const key of path) s = resolve(typeof key === 'number' ? s.items : s.properties?.[key]);
  return s;
}

/** One request: a valid one aimed at a fixture, one fault, and some harmless noise. */
function buildAttempt(g: Gen, ep: Endpoint, c: Context): Attempt {
  const classes = Object.entries(FAULTS).filter(([, f]) => f.applies(ep));
  const total = classes.reduce((sum, [, f]) => sum + f.weight, 0);
  let roll = g(uniform, total - 1);
  const [fault, maker] = classes.find(([, f]) => (roll -= f.weight) < 0) ?? classes[0]!;
  const a: Attempt = {
    endpoint: ep,
    fault,
    detail: '',
    method: ep.method,
    url: urlOf(ep, rightIds(g, ep, c)),
    headers: ep.isPublic ? {} : { Authorization: `Bearer ${c.adminToken}` },
  };
  maker.make(g, ep, c, a);

  // Noise: none of it makes a refused request valid, nor a valid one refused.
  if (chance(g, 0.3)) a.url += `?${pick(g, JUNK_QUERIES)}`;
  if (chance(g, 0.3)) {
    const [name, value] = pick(g, JUNK_HEADERS);
    a.headers[name] = value;
  }
  if (chance(g, 0.2)) {
    const mine = chance(g, 0.5);
    a.headers['X-Correlation-Id'] = mine
      ? `fuzz-${g(fc.nat)}`
      : pick(g, ['', 'bad id with spaces', 'x'.repeat(200), '../etc', 'a;b,c']);
    if (mine) a.correlationId = a.headers['X-Correlation-Id'];
  }
  if (ep.method === 'POST' && !ep.isPublic && !('Idempotency-Key' in a.headers) && chance(g, 0.35)) {
    // A small pool per endpoint, so keys are reused: the same key with another body is a 422, the same body a
    // replay of the stored refusal. Either way a 4xx, but no longer the fault's own status.
    const key = `fuzz-${ep.key.replace(/\W+/g, '-')}-${g(uniform, 5)}`;
    a.headers['Idempotency-Key'] = key;
    a.idempotencyKey = key;
    if (c.usedKeys.has(key)) delete a.expect;
    c.usedKeys.add(key);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------------------
// Sending and judging

const ENVELOPE_KEYS = new Set(['statusCode', 'code', 'message', 'details', 'correlationId']);
const CODE_BY_STATUS: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};
const INTERNALS =
  /QueryFailedError|TypeError|ReferenceError|node_modules|\bat \S+ \(|violates|duplicate key|SELECT |INSERT |UPDATE /;

interface Tally {
  requests: number;
  byStatus: Map<number, number>;
}

class Ledger {
  readonly problems: string[] = [];
  readonly gaps = new Map<Gap, { count: number; example: string }>();
  readonly byFault = new Map<string, Tally>();
  readonly byTag = new Map<string, Tally>();
  readonly keys = new Map<string, { endpoint: string; status: number }[]>();
  total = 0;
  serverErrors = 0;

  count(a: Attempt, status: number): void {
    this.total++;
    if (status >= 500) this.serverErrors++;
    for (const [map, name] of [
      [this.byFault, a.fault],
      [this.byTag, a.endpoint.tag],
    ] as const) {
      const tally = map.get(name) ?? { requests: 0, byStatus: new Map<number, number>() };
      tally.requests++;
      tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1);
      map.set(name, tally);
    }
    if (a.idempotencyKey) {
      const uses = this.keys.get(a.idempotencyKey) ?? [];
      uses.push({ endpoint: a.endpoint.key, status });
      this.keys.set(a.idempotencyKey, uses);
    }
  }

  gap(gap: Gap, example: string): void {
    const seen = this.gaps.get(gap) ?? { count: 0, example };
    seen.count++;
    this.gaps.set(gap, seen);
  }
}

const describeAttempt = (a: Attempt): string =>
  `${a.method} ${a.url.slice(0, 160)} [${a.fault}: ${a.detail.slice(0, 120)}]` +
  ` headers=${JSON.stringify(Object.keys(a.headers))}` +
  (a.payload !== undefined
    ? ` body=${String(typeof a.payload === 'string' ? a.payload : '<bytes>').slice(0, 200)}`
    : '');

/** What is wrong with an answer to a request that had to be refused (empty: nothing). */
function judge(res: Response, a: Attempt): string[] {
  const problems: string[] = [];
  if (a.mayPass && res.status >= 200 && res.status < 300) return [];
  if (res.status < 400 || res.status > 499) return [`answered ${res.status}: ${res.text.slice(0, 300)}`];
  if (a.expect && !a.expect.includes(res.status))
    problems.push(`answered ${res.status}, expected ${a.expect.join(' or ')}: ${res.text.slice(0, 300)}`);
  if (!String(res.headers['content-type']).startsWith('application/json'))
    problems.push(`content-type ${res.headers['content-type']}`);
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    return [...problems, `body is not JSON: ${res.text.slice(0, 100)}`];
  }
  if (!isPlainObject(body)) return [...problems, 'body is not a JSON object'];
  const extra = Object.keys(body).filter((k) => !ENVELOPE_KEYS.has(k));
  if (extra.length) problems.push(`keys outside the envelope: ${extra.join(', ')}`);
  if (body.statusCode !== res.status) problems.push(`statusCode ${String(body.statusCode)} ≠ ${res.status}`);
  if (typeof body.code !== 'string' || !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(body.code))
    problems.push(`code ${JSON.stringify(body.code)}`);
  else if (CODE_BY_STATUS[res.status] && body.code !== CODE_BY_STATUS[res.status])
    problems.push(`code ${body.code} for ${res.status}`);
  if (typeof body.message !== 'string') problems.push('message is not a string');
  else if (INTERNALS.test(body.message))
    problems.push(`message leaks internals: ${body.message.slice(0, 200)}`);
  if (typeof body.correlationId !== 'string' || !body.correlationId) problems.push('no correlationId');
  else if (body.correlationId !== res.headers['x-correlation-id'])
    problems.push('correlationId ≠ x-correlation-id header');
  else if (a.correlationId && body.correlationId !== a.correlationId)
    problems.push(`correlationId does not echo ${a.correlationId}`);
  if (body.details !== undefined && !isPlainObject(body.details)) problems.push('details is not an object');
  if (res.status === 400 && body.code === 'VALIDATION_FAILED') {
    const fields = isPlainObject(body.details) ? body.details.fields : undefined;
    if (!Array.isArray(fields) || !fields.length) problems.push('VALIDATION_FAILED without details.fields');
    else if (
      !fields.every(
        (f) =>
          isPlainObject(f) &&
          typeof f.field === 'string' &&
          typeof f.message === 'string' &&
          Object.keys(f).length === 2,
      )
    )
      problems.push(`details.fields not [{ field, message }]: ${JSON.stringify(fields).slice(0, 200)}`);
  }
  return problems;
}

async function send(t: TestApp, a: Attempt): Promise<Response> {
  const method = a.method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete' | 'get';
  let req = t.http()[method](a.url);
  for (const [name, value] of Object.entries(a.headers)) req = req.set(name, value);
  return a.payload === undefined ? req : req.send(a.payload);
}

/** Sends one request and judges the answer; returns the problems (also kept in the ledger). */
async function fire(t: TestApp, ledger: Ledger, a: Attempt): Promise<string[]> {
  const res = await send(t, a);
  ledger.count(a, res.status);
  const problems = judge(res, a);
  if (a.gap && problems.length && res.status >= 400 && res.status < 500) {
    ledger.gap(a.gap, `${describeAttempt(a)} → ${res.status} ${res.text.slice(0, 160)}`);
    return [];
  }
  const found = problems.map(
    (p) => `${describeAttempt(a)}\n    → ${p} (correlationId ${String(res.headers['x-correlation-id'])})`,
  );
  ledger.problems.push(...found);
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// The database checksum

interface TableSum {
  rows: number;
  md5: string;
}

async function checksums(t: TestApp): Promise<Map<string, TableSum>> {
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const sums = new Map<string, TableSum>();
  for (const { name } of tables) {
    const [row] = await t.dataSource.query<TableSum[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS md5
         FROM public."${name}" t`,
    );
    sums.set(name, row!);
  }
  return sums;
}

// ---------------------------------------------------------------------------------------------------------

const out = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`);
const histogram = (m: Map<number, number>): string =>
  [...m.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');

describe('fuzz: malformed requests to every write endpoint are refused with the envelope and change nothing', () => {
  let t: TestApp;
  let fx: Fixtures;
  let doc: OpenApi;
  let endpoints: Endpoint[];
  let context: Context;
  let before: Map<string, TableSum>;
  const bodyProblems: string[] = [];
  const ledger = new Ledger();
  const started = Date.now();

  beforeAll(async () => {
    t = await createTestApp(process.env.FUZZ_LOG === '1' ? { LOG_LEVEL: 'error' } : {});
    // One listening socket for the whole run, rather than one per request.
    await t.app.listen(0, '127.0.0.1');
    fx = await createFixtures(t);
    doc = (await t.http().get('/api/docs-json')).body as OpenApi;
    const resolve = resolver(doc);
    endpoints = writeEndpoints(doc, resolve);
    context = {
      fx,
      adminToken: await t.tokenFor('admin'),
      bodyLimit: t.config.bodyLimitBytes,
      resolve,
      baseBody: new Map(),
      usedKeys: new Set(),
    };
    for (const ep of endpoints) {
      if (!ep.body) continue;
      try {
        const valid = VALID[ep.key];
        const body = valid?.body ? valid.body(fx) : bodyFromSchema(ep.body, resolve, fx, '');
        bodyProblems.push(...schemaMismatches(body, ep.body, resolve).map((p) => `${ep.key}: ${p}`));
        context.baseBody.set(ep.key, body);
      } catch (error) {
        bodyProblems.push(`${ep.key}: ${(error as Error).message}`);
      }
    }
    const stale = Object.keys(VALID).filter((key) => !endpoints.some((ep) => ep.key === key));
    bodyProblems.push(...stale.map((key) => `VALID has ${key}, which the document does not`));
    before = await checksums(t);
  }, 120_000);
  afterAll(() => t?.close());

  it('builds a valid request for every write endpoint in the OpenAPI document', () => {
    expect(endpoints.length).toBeGreaterThan(25);
    expect(bodyProblems).toEqual([]);
  });

  it('refuses every fuzzed request to a write endpoint with a 4xx in the error envelope', async () => {
    out([
      `fuzz: seed ${SEED}, ${RUNS_PER_ENDPOINT} requests per endpoint, ${endpoints.length} write endpoints`,
    ]);
    const failures: string[] = [];
    for (const [i, ep] of endpoints.entries()) {
      let first: string[] = [];
      try {
        await fc.assert(
          fc.asyncProperty(fc.gen(), async (g) => {
            let attempt: Attempt | undefined;
            try {
              attempt = buildAttempt(g, ep, context);
              first = await fire(t, ledger, attempt);
            } catch (error) {
              first = [
                `${attempt ? describeAttempt(attempt) : 'building a request'}: ${(error as Error).stack ?? String(error)}`,
              ];
            }
            if (first.length) throw new Error(first.join('\n'));
          }),
          { seed: SEED + i, numRuns: RUNS_PER_ENDPOINT, endOnFailure: true },
        );
      } catch (error) {
        const replay = /path: "(\d+)"/.exec((error as Error).message)?.[1];
        failures.push(
          `${ep.key} (FUZZ_SEED=${SEED}, endpoint seed ${SEED + i}, run ${replay}):\n  ${first.join('\n  ')}`,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('refuses callers without a valid token (401) and client users (403) with the envelope', async () => {
    const jwt = new JwtService({ secret: TEST_JWT_SECRET });
    const now = Math.floor(Date.now() / 1000);
    const bad: [string, Record<string, string>][] = [
      ['no token', {}],
      ['empty bearer', { Authorization: 'Bearer ' }],
      ['junk bearer', { Authorization: 'Bearer garbage' }],
      ['basic', { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` }],
      [
        'wrong secret',
        {
          Authorization: `Bearer ${new JwtService({ secret: 'x'.repeat(48) }).sign({ sub: fx.users.admin })}`,
        },
      ],
      [
        'expired',
        { Authorization: `Bearer ${jwt.sign({ sub: fx.users.admin, iat: now - 7200, exp: now - 3600 })}` },
      ],
      [
        'alg none',
        {
          Authorization: `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
            JSON.stringify({ sub: fx.users.admin }),
          ).toString('base64url')}.`,
        },
      ],
      ['unknown user', { Authorization: `Bearer ${jwt.sign({ sub: randomUUID() })}` }],
      ['deactivated user', { Authorization: `Bearer ${fx.tokens.inactiveUser}` }],
      ['no sub', { Authorization: `Bearer ${jwt.sign({ name: 'nobody' })}` }],
    ];
    const problems: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const ep = pick(g, endpoints);
        const a = buildAttempt(g, ep, context);
        const asClient = !ep.isPublic && chance(g, 0.35);
        const [label, headers] = asClient
          ? (['client user', { Authorization: `Bearer ${fx.tokens.clientUser}` }] as const)
          : pick(g, bad);
        delete a.headers.Authorization;
        Object.assign(a.headers, headers);
        // The guard answers before anything else the app does; Fastify refuses unreadable bodies before it.
        if (!ep.isPublic && !a.early && !(asClient && CLIENT_USER_WRITES.has(ep.key)))
          a.expect = asClient ? [403] : [401];
        a.detail = `${label}; ${a.fault}: ${a.detail}`;
        a.fault = asClient ? 'auth: client user (403)' : 'auth: no valid token (401)';
        problems.push(...(await fire(t, ledger, a)));
      }),
      { seed: SEED - 1, numRuns: 300, endOnFailure: false },
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('refuses junk pagination on every list (limit 1-200, cursors it issued)', async () => {
    const lists = Object.entries(doc.paths).flatMap(([path, ops]) =>
      ops.get?.parameters?.some((p) => p.in === 'query' && p.name === 'limit') ? [{ path, op: ops.get }] : [],
    );
    expect(lists.length).toBeGreaterThan(5);
    const b64 = (s: string): string => Buffer.from(s).toString('base64url');
    const badLimits = [
      '0',
      '201',
      '-1',
      'abc',
      '1.5',
      '1e3',
      '',
      ' ',
      '10abc',
      'NaN',
      'Infinity',
      '99999999999999999999',
      '[]',
      '20,30',
    ];
    const badCursors = [
      'garbage!!',
      '!!!',
      'A'.repeat(501),
      b64('{"a":1}'),
      b64('[[1]]'),
      b64('[null]'),
      b64('[]'),
      b64('[{}]'),
      b64('"x"'),
      '%00',
      b64('[true,false]'),
      // Well-formed, so they reach the query; a NUL no key can hold (PostgreSQL refuses it: 22021).
      ...[['\u0000'], ['\u0000', 'x'], [1.5, '\u0000'], ['\u0000', '\u0000', '\u0000']].map((key) =>
        b64(JSON.stringify(key)),
      ),
    ];
    // Well-formed cursors this service never issued: an empty page or a 400, never a 500.
    const junkKeys: unknown[] = ['x', '', 'not-a-date', '2026-02-30T00:00:00Z', -1, 0, 1e308, 1.5];
    const forged = (g: Gen): string =>
      b64(JSON.stringify(Array.from({ length: g(uniform, 2) + 1 }, () => pick(g, junkKeys))));
    const problems: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const { path, op } = pick(g, lists);
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        const ep: Endpoint = {
          key: `GET ${path}`,
          method: 'GET',
          path,
          tag: 'lists',
          pathParams,
          headers: new Set(),
          isPublic: false,
        };
        const params: Record<string, string> = {};
        for (const name of pathParams) params[name] = pick(g, fx.ids[collectionOf(ep, name)] ?? fx.ids.all!);
        const kind = pick(g, ['limit', 'cursor', 'forged cursor'] as const);
        const junk =
          kind === 'limit'
            ? `limit=${encodeURIComponent(pick(g, badLimits))}`
            : `cursor=${encodeURIComponent(kind === 'cursor' ? pick(g, badCursors) : forged(g))}`;
        const a: Attempt = {
          endpoint: ep,
          fault: kind === 'forged cursor' ? 'query: forged cursor (no 5xx)' : 'query: junk pagination',
          detail: junk.slice(0, 60),
          method: 'GET',
          url: `${urlOf(ep, params)}?${junk}`,
          headers: { Authorization: `Bearer ${context.adminToken}` },
          ...(kind === 'forged cursor' ? { mayPass: true } : { expect: [400] }),
        };
        problems.push(...(await fire(t, ledger, a)));
      }),
      { seed: SEED - 2, numRuns: 300, endOnFailure: false },
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('measures the known gaps: router and HTTP-parser refusals, tokens with a bad subject', async () => {
    const ep = endpoints.find((e) => e.key === 'POST /api/v1/shipments/{id}/actions/cancel') ?? endpoints[0]!;
    const body = toJson(context.baseBody.get(ep.key) ?? {});
    const target = ep.path.replace('{id}', fx.shipments.booking!.id);
    const badSubject = new JwtService({ secret: TEST_JWT_SECRET }).sign({ sub: 'not-a-uuid' });
    const probes: [Gap, string, Record<string, string>, number[]][] = [
      ['routerRefusals', ep.path.replace('{id}', '%'), {}, [400]],
      ['routerRefusals', ep.path.replace('{id}', '%E0%A4%A'), {}, [400]],
      ['routerRefusals', ep.path.replace('{id}', '%zz'), {}, [400]],
      ['routerRefusals', ep.path.replace('{id}', 'a'.repeat(101)), {}, [404, 414]],
      ['routerRefusals', ep.path.replace('{id}', encodeURIComponent('🚢'.repeat(60))), {}, [404, 414]],
      ['headerOverflow', target, { 'X-Fuzz-Padding': 'p'.repeat(20_000) }, [431]],
      ['headerOverflow', target, { 'If-Match': `"${'9'.repeat(17_000)}"` }, [400, 431]],
      ['tokenSubject', target, { Authorization: `Bearer ${badSubject}` }, [401]],
    ];
    const problems: string[] = [];
    for (const [gap, url, headers, expected] of probes) {
      const a: Attempt = {
        endpoint: ep,
        fault: `known gap: ${gap}`,
        detail: url.slice(-40),
        method: 'POST',
        url,
        headers: { Authorization: `Bearer ${context.adminToken}`, 'Content-Type': JSON_TYPE, ...headers },
        payload: body,
        expect: expected,
        gap: STRICT ? undefined : gap,
      };
      problems.push(...(await fire(t, ledger, a)));
    }
    expect(problems).toEqual([]);
  });

  it('leaves every table as it was (checked last among the fuzz runs)', async () => {
    const after = await checksums(t);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (name) => JSON.stringify(before.get(name)) !== JSON.stringify(after.get(name)),
    );
    const lines: string[] = [];
    let traces = 0;
    if (changed.includes('idempotency_keys')) {
      // Known gap: the interceptor keeps refused answers. Say exactly which, for whoever fixes it.
      const rows: { key: string; status: number; code: string | null }[] = await t.dataSource.query(
        `SELECT key, response_status AS status, response_body->>'code' AS code FROM idempotency_keys ORDER BY key`,
      );
      traces = rows.length;
      const byKind = new Map<string, number>();
      for (const row of rows) {
        const endpointsUsing = [...new Set((ledger.keys.get(row.key) ?? []).map((u) => u.endpoint))].join(
          ' | ',
        );
        const kind = `${row.status} ${row.code ?? '(running)'} ← ${endpointsUsing || '(not sent by this test)'}`;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      }
      ledger.gap('idempotencyTraces', `${rows.length} rows`);
      lines.push(
        `idempotency_keys: ${rows.length} refused responses stored (${KNOWN_GAPS.idempotencyTraces}):`,
      );
      lines.push(...[...byKind.entries()].sort().map(([kind, n]) => `  ${n} × ${kind}`));
    }
    const unexpected = changed.filter((name) => name !== 'idempotency_keys' || STRICT);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    lines.unshift(
      '',
      `fuzz: seed ${SEED}; requests by endpoint tag:`,
      ...[...ledger.byTag.entries()].map(
        ([tag, tally]) =>
          `  ${tag.padEnd(12)} ${String(tally.requests).padStart(5)}  ${histogram(tally.byStatus)}`,
      ),
      'requests by fault:',
      ...[...ledger.byFault.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([fault, tally]) =>
            `  ${fault.padEnd(44)} ${String(tally.requests).padStart(5)}  ${histogram(tally.byStatus)}`,
        ),
      'known gaps (fixes outside this test’s reach; FUZZ_STRICT=1 fails on them):',
      ...[...ledger.gaps.entries()].map(
        ([gap, { count, example }]) =>
          `  ${gap}: ${count}. ${KNOWN_GAPS[gap]}\n    e.g. ${example.slice(0, 300)}`,
      ),
    );
    lines.push(
      `fuzz: ${ledger.total} requests, ${ledger.serverErrors} server errors, ` +
        (unexpected.length
          ? `database CHANGED in ${unexpected.join(', ')}`
          : traces
            ? `database unchanged except idempotency_keys (${traces} refused responses stored)`
            : 'database unchanged') +
        ` (${seconds} s)`,
    );
    out(lines);
    expect(unexpected).toEqual([]);
    expect(ledger.serverErrors).toBe(0);
    // The issue asks for thousands; a smaller FUZZ_RUNS (replaying one failure) is the caller's choice.
    if (process.env.FUZZ_RUNS === undefined) expect(ledger.total).toBeGreaterThanOrEqual(3_000);
    if (STRICT) expect([...ledger.gaps.keys()]).toEqual([]);
  });

  it('answers each base request, sent once without its fault, with a 2xx: every refusal was the fault’s', async () => {
    // After the checksum: these do change the database. Each has a fixture of its own, so the order is free.
    const failures: string[] = [];
    for (const ep of endpoints) {
      const params = VALID[ep.key]?.target?.(fx) ?? {};
      const a: Attempt = {
        endpoint: ep,
        fault: 'baseline: no fault',
        detail: '',
        method: ep.method,
        url: urlOf(ep, params),
        headers: ep.isPublic ? {} : { Authorization: `Bearer ${context.adminToken}` },
      };
      if (context.baseBody.has(ep.key)) setBody(a, context.baseBody.get(ep.key));
      const res = await send(t, a);
      if (res.status < 200 || res.status > 299)
        failures.push(`${describeAttempt(a)} → ${res.status} ${res.text.slice(0, 300)}`);
    }
    out([
      `fuzz baseline: ${endpoints.length - failures.length} of ${endpoints.length} base requests succeed`,
    ]);
    // A base request that fails makes the fuzz of its endpoint toothless: fix it in VALID.
    expect(failures).toEqual([]);
  });
});
