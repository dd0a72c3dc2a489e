import type { TestApp } from './test-app';

/** supertest's `.auth(token, bearer)`: the token as a Bearer credential. */
export const bearer = { type: 'bearer' } as const;

/** One entry of `details.fields` in a VALIDATION_FAILED answer (docs/api.md, "Errors"). */
export interface FieldError {
  field: string;
  message: string;
}

interface ErrorBody {
  details?: { fields?: { field: string }[] };
}

/** The fields a validation answer names, in the order it names them. */
export const fieldsNamed = (body: ErrorBody | undefined): string[] =>
  (body?.details?.fields ?? []).map((f) => f.field);

/** The fields a validation answer names, each once and sorted: for tests where the order is not the point. */
export const fieldsOf = (body: ErrorBody | undefined): string[] => [...new Set(fieldsNamed(body))].sort();

interface Answer {
  status: number;
  body: unknown;
}

/**
 * The body of an answer that has the expected status; any other answer throws with its status and body, so
 * that a setup step that fails says why.
 */
export function bodyOf(res: Answer, status: number): Record<string, unknown> & { id: string } {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown> & { id: string };
}

/** `bodyOf` for a request still in flight (200 unless given). */
export const ok = async (
  pending: PromiseLike<Answer>,
  status = 200,
): Promise<Record<string, unknown> & { id: string }> => bodyOf(await pending, status);

/**
 * The routes of one master-data collection (`/api/v1/clients`, `/api/v1/carriers`), each sent with the
 * caller's token: create, update (with If-Match when given), read one, list. `app` is read at each call, so
 * the routes may be made before `beforeAll` has started the app.
 */
export function collectionRoutes(app: () => TestApp, path: string) {
  const t = { http: () => app().http() };
  return {
    post: (token: string, body: object) => t.http().post(path).auth(token, bearer).send(body),
    patch: (token: string, id: string, body: object, ifMatch?: string) => {
      const req = t.http().patch(`${path}/${id}`).auth(token, bearer);
      if (ifMatch !== undefined) void req.set('if-match', ifMatch);
      return req.send(body);
    },
    get: (token: string, id: string) => t.http().get(`${path}/${id}`).auth(token, bearer),
    list: (token: string, query: string) => t.http().get(`${path}?${query}`).auth(token, bearer),
  };
}

/** An audit record as GET /api/v1/audit lists it. */
export interface AuditRecord {
  id: string;
  action: string;
  actor: { id: string; name: string } | null;
  changes: Record<string, unknown>;
  correlationId: string | null;
  at: string;
}

/** The audit trail of one record (up to 200 entries), read with the given token; `extra` adds query terms. */
export async function auditTrail(
  t: TestApp,
  token: string,
  entityType: string,
  entityId: string,
  extra = '',
): Promise<AuditRecord[]> {
  const res = await t
    .http()
    .get(`/api/v1/audit?entityType=${entityType}&entityId=${entityId}&limit=200${extra}`)
    .auth(token, bearer)
    .expect(200);
  return res.body.items as AuditRecord[];
}

/**
 * Rows counted straight in the database (to prove a refusal wrote nothing): `from` is a table, or a table
 * with a WHERE clause and its parameters.
 */
export async function countRows(t: TestApp, from: string, params: unknown[] = []): Promise<number> {
  const rows: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${from}`, params);
  return rows[0]!.n;
}
