import fc from 'fast-check';
import { type Gap } from './config';
import { isPlainObject, type Schema, type Endpoint } from './openapi';
import { type Fixtures } from './fixtures';
import { VALID } from './valid';
import {
  toJson,
  badValues,
  slotsOf,
  objectPaths,
  nodeAt,
  setAt,
  deleteAt,
  pathText,
  UNKNOWN_KEYS,
  UNKNOWN_VALUES,
} from './values';

// Requests

export interface Attempt {
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

export type Gen = fc.GeneratorValue;
/** Unbiased: fast-check's default bias toward small values would make every choice the first one. */
export const uniform = (max: number): fc.Arbitrary<number> => fc.noBias(fc.nat({ max }));
export const pick = <T>(g: Gen, items: readonly T[]): T => {
  if (!items.length) throw new Error('pick from nothing');
  return items[g(uniform, items.length - 1)]!;
};
export const chance = (g: Gen, p: number): boolean => g(uniform, 9_999) < p * 10_000;

export const JSON_TYPE = 'application/json';
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
  '1.5',
  '"1',
  'W/1',
  '"1234567890"',
  '"1", "2"',
  "'1'",
  '"\u00e9"',
  'x'.repeat(8_000),
];
// An unquoted version is read like a quoted one (docs/api.md): stale, not malformed.
const STALE_IF_MATCH = ['"999999"', 'W/"999999"', '"0"', '"999999999"', '999999'];
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

export interface Context {
  fx: Fixtures;
  adminToken: string;
  bodyLimit: number;
  resolve: (s: Schema | undefined) => Schema;
  baseBody: Map<string, unknown>;
  usedKeys: Set<string>;
}

export function urlOf(ep: Endpoint, params: Record<string, string>): string {
  return ep.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? 'missing');
}

/** The collection a path parameter belongs to: the segment before it (`/shipments/{id}` → shipments). */
export function collectionOf(ep: Endpoint, param: string): string {
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

export const setBody = (a: Attempt, value: unknown): void => {
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
  // JSON only (docs/api.md): Fastify refuses text and forms with 415 before any route runs, on every endpoint.
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
        // Well past the limit, yet with the noise headers under the 16 KiB header limit (a 431 otherwise).
        'k'.repeat(g(fc.integer, { min: 257, max: 4_000 })),
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
export function buildAttempt(g: Gen, ep: Endpoint, c: Context): Attempt {
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
