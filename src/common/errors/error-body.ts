import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode, FieldError, StorageFullError } from './app-error';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  correlationId: string;
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  405: ErrorCode.METHOD_NOT_ALLOWED,
  409: ErrorCode.CONFLICT,
  412: ErrorCode.PRECONDITION_FAILED,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
  503: ErrorCode.DATABASE_UNAVAILABLE,
};

// PostgreSQL SQLSTATEs and socket errors that mean "the database is not there", not "the request is wrong".
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is closed',
  // A query unanswered in time (data-source.ts, QUERY_TIMEOUT_MS), and what was queued behind it.
  'Query read timeout',
  'Client was closed and is not queryable',
];

const camel = (s: string): string => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** True for errors that come from losing the database connection (a 503, not a bug). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = (error instanceof QueryFailedError ? error.driverError : error) as
    { code?: unknown; message?: unknown } | undefined;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_ERRNOS.has(e.code)))
    return true;
  return typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => (e.message as string).includes(m));
}

/** Emscripten's ENOSPC: PGlite's file system throws `ErrnoError { errno: 51 }` where Node says `ENOSPC`. */
const EMSCRIPTEN_ENOSPC = 51;

/**
 * True for errors that come from a full disk: PostgreSQL's disk_full (53100, also PGlite's when a table cannot
 * grow), Node's ENOSPC, and PGlite's own file system's. A 503: nothing was written, and the same request
 * succeeds once space is freed.
 */
export function isStorageFull(error: unknown): boolean {
  const e = (error instanceof QueryFailedError ? error.driverError : error) as
    { code?: unknown; errno?: unknown; name?: unknown; message?: unknown } | undefined;
  if (!e || typeof e !== 'object') return false;
  if (e.code === '53100' || e.code === 'ENOSPC') return true;
  if (e.name === 'ErrnoError' && e.errno === EMSCRIPTEN_ENOSPC) return true;
  return typeof e.message === 'string' && e.message.includes('No space left on device');
}

/** What the request carried, to name the field whose value the database refused when it names no column. */
export interface RequestInput {
  query?: unknown;
  body?: unknown;
}

/**
 * The query parameter or body field holding the value a database error quotes (`invalid input syntax for type
 * uuid: "x"`, `date/time field value out of range: "2026-02-30"`), for refusals that name no column.
 */
function fieldHolding(message: string | undefined, input: RequestInput | undefined): string | undefined {
  const quoted = /"((?:[^"]|"")*)"/.exec(message ?? '')?.[1]?.replace(/""/g, '"');
  if (quoted === undefined || !input) return undefined;
  for (const root of [input.query, input.body]) {
    const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
    for (let seen = 0; stack.length && seen < 10_000; seen++) {
      const { value, path } = stack.pop()!;
      if ((typeof value === 'string' || typeof value === 'number') && path && String(value) === quoted)
        return path;
      if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]` }));
      else if (value !== null && typeof value === 'object')
        for (const [key, v] of Object.entries(value))
          stack.push({ value: v, path: path ? `${path}.${key}` : key });
    }
  }
  return undefined;
}

function fromQueryFailed(
  error: QueryFailedError<Error>,
  input: RequestInput | undefined,
): Omit<ErrorBody, 'correlationId'> | undefined {
  // The constraint's name stays in the log (AllExceptionsFilter): answers name the fields, not the schema.
  const driver = error.driverError as {
    code?: string;
    detail?: string;
    column?: string;
    message?: string;
  };
  const columns = /Key \((.+?)\)=/.exec(driver.detail ?? '')?.[1];
  const fields: FieldError[] = (columns ?? '')
    .split(',')
    .map((c) => c.trim().replace(/^lower\((.*)\)$/, '$1'))
    .filter(Boolean)
    .map((c) => ({ field: camel(c), message: 'already in use' }));
  switch (driver.code) {
    case '23505':
    case '23P01':
      return {
        statusCode: 409,
        code: ErrorCode.CONFLICT,
        message: fields.length ? `${fields.map((f) => f.field).join(', ')} already in use` : 'Already exists',
        details: { fields },
      };
    case '23503':
      return {
        statusCode: 422,
        code: ErrorCode.INVALID_REFERENCE,
        message: 'A referenced record does not exist or is still in use',
        details: { fields: fields.map((f) => ({ ...f, message: 'unknown reference' })) },
      };
    case '23502':
    case '23514':
    case '22P02':
    case '22003':
    case '22001':
    case '22007':
    case '22008':
    case '22021':
    case '22P05': {
      // Input the validation let through but the schema refuses (a null, a check, a number out of range, a
      // NUL character that text and jsonb cannot hold): still the caller's mistake, so a 400 and never a 500.
      // A bad date or number (22xxx) names no column but quotes the value: the field holding it is at fault.
      // Failing that, the body is, and every 400 names a field.
      const quoted = driver.code.startsWith('22') ? fieldHolding(driver.message, input) : undefined;
      return {
        statusCode: 400,
        code: ErrorCode.VALIDATION_FAILED,
        message: 'A value is missing, too long or out of range',
        details: {
          fields: [
            {
              field: driver.column ? camel(driver.column) : (quoted ?? 'body'),
              message: 'is missing or out of range',
            },
          ],
        },
      };
    }
    case '40001':
    case '40P01':
      return {
        statusCode: 409,
        code: ErrorCode.CONFLICT,
        message: 'Another change to the same record happened at the same time; read it again and retry',
      };
    default:
      return undefined;
  }
}

/**
 * The one place that turns any thrown value into the public error envelope and its HTTP status. `input`, the
 * request's query and body, lets a database refusal that names no column name the field instead.
 */
export function toErrorBody(error: unknown, correlationId: string, input?: RequestInput): ErrorBody {
  if (error instanceof AppError) {
    return {
      statusCode: error.statusCode,
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
      correlationId,
    };
  }
  if (isStorageFull(error)) {
    const full = new StorageFullError();
    return { statusCode: full.statusCode, code: full.code, message: full.message, correlationId };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      statusCode: 503,
      code: ErrorCode.DATABASE_UNAVAILABLE,
      message: 'The database is not reachable; try again shortly',
      correlationId,
    };
  }
  if (error instanceof QueryFailedError) {
    const mapped = fromQueryFailed(error as QueryFailedError<Error>, input);
    if (mapped) return { ...mapped, correlationId };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = HTTP_CODES[status];
    if (status === 503) {
      // GET /health's answer when its query fails: the same envelope as any request without a database.
      return {
        statusCode: 503,
        code: ErrorCode.DATABASE_UNAVAILABLE,
        message: 'The database is not reachable; try again shortly',
        correlationId,
      };
    }
    if (code && status < 500) {
      const response = error.getResponse();
      // A framework's 429 says which class threw it (`ThrottlerException: Too Many Requests`): ours says what to do.
      const message =
        status === 429
          ? 'Too many requests; try again later'
          : typeof response === 'string'
            ? response
            : typeof (response as { message?: unknown }).message === 'string'
              ? (response as { message: string }).message
              : error.message;
      // Nest's own 400s (a body that is not JSON, mapped from a SyntaxError) name the body like every 400.
      return {
        statusCode: status,
        code,
        message,
        ...(code === ErrorCode.VALIDATION_FAILED
          ? { details: { fields: [{ field: 'body', message }] } }
          : {}),
        correlationId,
      };
    }
  }
  // Fastify's own errors (body parsing, size limits, content type) carry a 4xx statusCode.
  const fastifyStatus = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    const code = HTTP_CODES[fastifyStatus] ?? ErrorCode.VALIDATION_FAILED;
    const message = (error as Error).message;
    return {
      statusCode: fastifyStatus,
      code,
      message,
      ...(code === ErrorCode.VALIDATION_FAILED ? { details: { fields: [{ field: 'body', message }] } } : {}),
      correlationId,
    };
  }
  return { statusCode: 500, code: ErrorCode.INTERNAL, message: 'Internal error', correlationId };
}
