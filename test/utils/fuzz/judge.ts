import type { Response } from 'supertest';
import { type TestApp } from '../test-app';
import { type Gap } from './config';
import { isPlainObject } from './openapi';
import { type Attempt } from './requests';

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

export class Ledger {
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

export const describeAttempt = (a: Attempt): string =>
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

export async function send(t: TestApp, a: Attempt): Promise<Response> {
  const method = a.method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete' | 'get';
  let req = t.http()[method](a.url);
  for (const [name, value] of Object.entries(a.headers)) req = req.set(name, value);
  return a.payload === undefined ? req : req.send(a.payload);
}

/** Sends one request and judges the answer; returns the problems (also kept in the ledger). */
export async function fire(t: TestApp, ledger: Ledger, a: Attempt): Promise<string[]> {
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
