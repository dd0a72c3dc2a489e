import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './errors';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/**
 * The header every request carries. With the session cookie, the service refuses a state-changing request
 * without it (docs/security.md): a cross-site form cannot send a header at all.
 */
export const CSRF_HEADER = 'X-Requested-With';
export const CSRF_VALUE = 'quayside';

/**
 * A new Idempotency-Key. `crypto.randomUUID` exists only in secure contexts (https, localhost); a service on
 * the office LAN over plain http is not one, so fall back to a version 4 uuid from getRandomValues.
 */
export function idempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `If-Match` for a write to a versioned record (shipment, client, carrier, debit note): the version the screen
 * showed. A 412 then means someone changed it meanwhile (docs/api.md, "Optimistic concurrency").
 */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

/** The version in an answer's ETag (`"3"`), for the next If-Match. */
export function versionOf(response: Response): number | null {
  const match = /^(?:W\/)?"(\d+)"$/.exec(response.headers.get('etag') ?? '');
  return match ? Number(match[1]) : null;
}

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set(CSRF_HEADER, CSRF_VALUE);
    // Every POST carries a key, so a request repeated (a retry, a double click on the same form) does its work
    // once. A form that can be submitted twice passes its own key, made once per intent: see idempotencyKey().
    if (request.method === 'POST' && !request.headers.has('Idempotency-Key')) {
      request.headers.set('Idempotency-Key', idempotencyKey());
    }
    return request;
  },
};

/**
 * The typed client of the service's API: paths, parameters, bodies and answers come from schema.d.ts, which
 * is generated from the service's OpenAPI document (`npm run api:generate`). Same origin, the session cookie
 * included.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });
api.use(headers);

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * The answer's data, or an ApiError thrown from the envelope: the shape TanStack Query wants.
 * `const board = await ok(api.GET('/api/v1/board', { params: { query } }))`.
 */
export async function ok<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (!result.response.ok) throw ApiError.fromResponse(result.response, result.error);
  return result.data as T;
}
