import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { TEST_JWT_SECRET } from '../test-app';
import { CLIENT_USER_WRITES, STRICT, type Gap } from './config';
import type { Fixtures } from './fixtures';
import type { Endpoint, OpenApi } from './openapi';
import {
  buildAttempt,
  chance,
  collectionOf,
  JSON_TYPE,
  pick,
  setBody,
  uniform,
  urlOf,
  type Attempt,
  type Context,
  type Gen,
} from './requests';
import { VALID } from './valid';
import { toJson } from './values';

// The requests of the batches beside the per-endpoint fuzz: callers without a valid token, junk pagination,
// the known gaps, and the base requests sent once without a fault.

/** Authorization headers that name no valid, active user (each answered 401). */
function badTokens(fx: Fixtures): [string, Record<string, string>][] {
  const jwt = new JwtService({ secret: TEST_JWT_SECRET });
  const now = Math.floor(Date.now() / 1000);
  return [
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
}

/** Builds the attempts of the auth batch: a fuzzed request sent with no valid token (401) or as a client user (403). */
export function authAttempts(endpoints: Endpoint[], context: Context): (g: Gen) => Attempt {
  const { fx } = context;
  const bad = badTokens(fx);
  return (g) => {
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
    return a;
  };
}

/** Every list the document declares: the GET operations that take a `limit`. */
export function listOperations(doc: OpenApi): { path: string; pathParams: string[] }[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    ops.get?.parameters?.some((p) => p.in === 'query' && p.name === 'limit')
      ? [{ path, pathParams: (ops.get.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name) }]
      : [],
  );
}

const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const BAD_LIMITS = [
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
const BAD_CURSORS = [
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
const JUNK_KEYS: unknown[] = ['x', '', 'not-a-date', '2026-02-30T00:00:00Z', -1, 0, 1e308, 1.5];
const forged = (g: Gen): string =>
  b64(JSON.stringify(Array.from({ length: g(uniform, 2) + 1 }, () => pick(g, JUNK_KEYS))));

/** Builds the attempts of the pagination batch: a list read with a junk limit, a junk or a forged cursor. */
export function paginationAttempts(
  lists: { path: string; pathParams: string[] }[],
  context: Context,
): (g: Gen) => Attempt {
  const { fx } = context;
  return (g) => {
    const { path, pathParams } = pick(g, lists);
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
        ? `limit=${encodeURIComponent(pick(g, BAD_LIMITS))}`
        : `cursor=${encodeURIComponent(kind === 'cursor' ? pick(g, BAD_CURSORS) : forged(g))}`;
    return {
      endpoint: ep,
      fault: kind === 'forged cursor' ? 'query: forged cursor (no 5xx)' : 'query: junk pagination',
      detail: junk.slice(0, 60),
      method: 'GET',
      url: `${urlOf(ep, params)}?${junk}`,
      headers: { Authorization: `Bearer ${context.adminToken}` },
      ...(kind === 'forged cursor' ? { mayPass: true } : { expect: [400] }),
    };
  };
}

/** Requests the router, the HTTP parser or the token check refuse, each with the statuses it may get. */
export function gapAttempts(endpoints: Endpoint[], context: Context): Attempt[] {
  const ep = endpoints.find((e) => e.key === 'POST /api/v1/shipments/{id}/actions/cancel') ?? endpoints[0]!;
  const body = toJson(context.baseBody.get(ep.key) ?? {});
  const target = ep.path.replace('{id}', context.fx.shipments.booking!.id);
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
  return probes.map(([gap, url, headers, expected]) => ({
    endpoint: ep,
    fault: `known gap: ${gap}`,
    detail: url.slice(-40),
    method: 'POST',
    url,
    headers: { Authorization: `Bearer ${context.adminToken}`, 'Content-Type': JSON_TYPE, ...headers },
    payload: body,
    expect: expected,
    gap: STRICT ? undefined : gap,
  }));
}

/** The base request of an endpoint, aimed at its fixture, without any fault. */
export function baselineAttempt(ep: Endpoint, context: Context): Attempt {
  const params = VALID[ep.key]?.target?.(context.fx) ?? {};
  const a: Attempt = {
    endpoint: ep,
    fault: 'baseline: no fault',
    detail: '',
    method: ep.method,
    url: urlOf(ep, params),
    headers: ep.isPublic ? {} : { Authorization: `Bearer ${context.adminToken}` },
  };
  if (context.baseBody.has(ep.key)) setBody(a, context.baseBody.get(ep.key));
  return a;
}
