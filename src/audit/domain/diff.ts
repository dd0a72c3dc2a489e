/** One changed field: its value before and after, as the API shows it. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

export type Changes = Record<string, FieldChange>;

/**
 * The fields of `fields` whose value differs between `before` and `after`, as `{ field: { from, to } }`.
 * Arrays and objects are compared by their JSON (object keys in any order), so `['a']` equals a fresh
 * `['a']`; `undefined` counts as `null`, which is how it reads back from the database and the API. The
 * result is plain JSON (bigints and dates as strings), ready for the audit record.
 */
export function diff<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const from = normalise(before[field]);
    const to = normalise(after[field]);
    if (canonicalJson(from) !== canonicalJson(to)) changes[field] = { from, to };
  }
  return changes;
}

// What the value looks like once stored as JSON (the changes live in a jsonb column).
function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** JSON with object keys sorted and bigints as strings: equal values, equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}
