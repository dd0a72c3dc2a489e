import { isPlainObject, type Schema } from './openapi';

// What makes a value invalid

/** A JSON token written as is: numbers JSON.stringify cannot write (-0, 1e400, 30-digit integers). */
class RawJson {
  constructor(readonly text: string) {}
  /** A placeholder toJson swaps for the token (no replacer function: it would overflow on deep values). */
  toJSON(): string {
    return `\u0001raw:${this.text}\u0001`;
  }
}

export function toJson(value: unknown): string {
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
export function badValues(slot: Slot, anId: string, danglingId: string): BadValue[] {
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
      // At most the currency's minor digits (docs/api.md): "1000" and "12.5" are 1000.00 and 12.50.
      if (TWO_DIGIT_CURRENCIES.has(slot.currency ?? ''))
        ['1000.000', '12.505', '5.'].forEach((v) => out.push(dto(`money with too many digits ${v}`, v)));
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
      // Weights and volumes also take a JSON number: only one that their decimal rule refuses is bad.
      if (s.oneOf?.some((o) => o.type === 'number')) {
        [-1, 0.1 + 0.2, 1e21].forEach((v) => out.push(dto(`bad number ${v}`, v)));
        wrongTypes([true, [], {}]);
      } else {
        wrongTypes([12.5, true, [], {}]);
      }
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

export function slotsOf(
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
export function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (!isPlainObject(value)) return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

export function nodeAt(root: unknown, path: (string | number)[]): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

export function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  const parent = nodeAt(root, path.slice(0, -1));
  parent[path[path.length - 1]!] = value;
}

export function deleteAt(root: unknown, path: (string | number)[]): void {
  delete nodeAt(root, path.slice(0, -1))[path[path.length - 1]!];
}

export const pathText = (path: (string | number)[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(body)';

export const UNKNOWN_KEYS = [
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
export const UNKNOWN_VALUES: readonly unknown[] = [
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
