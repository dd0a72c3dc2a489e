import type { components } from './schema';

export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

/**
 * A refused or failed request, from the service's error envelope (docs/api.md, "Errors"): screens switch on
 * `code` and `status`, show `message`, the envelope's `details` (`missing`, `allowedActions`, `fields`) and,
 * for a 5xx, the `correlationId`. `status` 0 is a request that never got an answer (network down).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorEnvelope['details'] | undefined,
    readonly correlationId: string | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromResponse(response: Response, body: unknown): ApiError {
    const envelope = isEnvelope(body) ? body : undefined;
    const retryAfter = Number(response.headers.get('retry-after'));
    return new ApiError(
      response.status,
      envelope?.code ?? `HTTP_${response.status}`,
      envelope?.message ?? response.statusText,
      envelope?.details,
      envelope?.correlationId ?? response.headers.get('x-correlation-id'),
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, 'NETWORK', String(cause), undefined, null, null);
    error.cause = cause;
    return error;
  }
}

function isEnvelope(body: unknown): body is ErrorEnvelope {
  return typeof body === 'object' && body !== null && 'code' in body && 'statusCode' in body;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
