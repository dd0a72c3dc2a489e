/** Stable error codes of the public API (docs/api.md, "Conventions"). Clients switch on these, never on messages. */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /**
   * 403: a state-changing request signed in by the session cookie without `X-Requested-With: quayside`, a
   * header a cross-site form cannot send (docs/security.md, "The console's session").
   */
  CSRF_HEADER_MISSING: 'CSRF_HEADER_MISSING',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  SHIPMENT_INVALID_TRANSITION: 'SHIPMENT_INVALID_TRANSITION',
  /** 409: a B/L draft approved for a revision of the SI that is not the current one. */
  SI_REVISION_MISMATCH: 'SI_REVISION_MISMATCH',
  /** 409: a debit note in a state the request does not fit (issuing an issued note, editing a void one). */
  DEBIT_NOTE_INVALID_STATE: 'DEBIT_NOTE_INVALID_STATE',
  /** 409: deciding an approval that is no longer pending. */
  APPROVAL_ALREADY_DECIDED: 'APPROVAL_ALREADY_DECIDED',
  REQUIREMENTS_UNMET: 'REQUIREMENTS_UNMET',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  PRECONDITION_REQUIRED: 'PRECONDITION_REQUIRED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** 409: the request with this Idempotency-Key was carried out, but its answer could not be kept (docs/security.md). */
  IDEMPOTENCY_ANSWER_UNAVAILABLE: 'IDEMPOTENCY_ANSWER_UNAVAILABLE',
  CONTAINER_NUMBER_INVALID: 'CONTAINER_NUMBER_INVALID',
  /** 422: the box is still on a shipment that has not sailed (released, ETD not passed): not free yet. */
  CONTAINER_IN_USE: 'CONTAINER_IN_USE',
  /** 422: the SI's packages or gross weight differ from the stuffed containers' totals, not acknowledged. */
  SI_CONTAINERS_MISMATCH: 'SI_CONTAINERS_MISMATCH',
  INVALID_REFERENCE: 'INVALID_REFERENCE',
  /** 409: the B/L draft approved is not the latest sent: a newer one (a new SI revision, a roll) replaced it. */
  BL_DRAFT_SUPERSEDED: 'BL_DRAFT_SUPERSEDED',
  /** 409: a draft from a shipment's charges with nothing left to bill (docs/billing.md, "Drafts from charges"). */
  NOTHING_TO_BILL: 'NOTHING_TO_BILL',
  /** 409: the change would leave no active admin (docs/security.md, "Issue 11: team scopes"). */
  LAST_ACTIVE_ADMIN: 'LAST_ACTIVE_ADMIN',
  /** 422: an amount beyond the configured maximum, or a line that comes to zero (docs/billing.md). */
  AMOUNT_OUT_OF_RANGE: 'AMOUNT_OUT_OF_RANGE',
  /** 422: an FX rate too many times away from the client's agreed rate or the last one used (docs/billing.md). */
  FX_RATE_OUT_OF_RANGE: 'FX_RATE_OUT_OF_RANGE',
  /** 422: a payment, rate or due date outside the configured window (docs/billing.md). */
  DATE_OUT_OF_RANGE: 'DATE_OUT_OF_RANGE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** 422: the papers chosen for one e-mail come to more than one upload may be (ATTACHMENT_MAX_BYTES). */
  EMAIL_TOO_LARGE: 'EMAIL_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  RATE_LIMITED: 'RATE_LIMITED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** 503: the disk holding the database is full; reads still answer, writes do again once space is freed. */
  STORAGE_FULL: 'STORAGE_FULL',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The base of every error the service means to answer with. The global filter turns it into the one
 * envelope `{ statusCode, code, message, details, correlationId }`.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends AppError {
  constructor(fields: FieldError[], message = 'The request is not valid') {
    super(400, ErrorCode.VALIDATION_FAILED, message, { fields });
  }

  static field(field: string, message: string): ValidationFailedError {
    return new ValidationFailedError([{ field, message }], message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'A valid bearer token is required') {
    super(401, ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role may not do this') {
    super(403, ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'Record') {
    super(404, ErrorCode.NOT_FOUND, `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(409, ErrorCode.CONFLICT, message, details);
  }
}

/** The state is right but a precondition is not; `missing` lists what is, in words a person can act on. */
export class RequirementsUnmetError extends AppError {
  constructor(missing: string[], message = 'Requirements not met') {
    super(422, ErrorCode.REQUIREMENTS_UNMET, `${message}: ${missing.join('; ')}`, { missing });
  }
}

export class PreconditionFailedError extends AppError {
  constructor(currentVersion: number) {
    super(
      412,
      ErrorCode.PRECONDITION_FAILED,
      'The record has changed since you read it (If-Match did not match)',
      {
        currentVersion,
      },
    );
  }
}

/** A referenced id names no record the caller may use (it does not exist, or is outside their scope). */
export class InvalidReferenceError extends AppError {
  constructor(field: string, message: string) {
    super(422, ErrorCode.INVALID_REFERENCE, `${field}: ${message}`, { fields: [{ field, message }] });
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor() {
    super(503, ErrorCode.DATABASE_UNAVAILABLE, 'The database is not reachable; try again shortly');
  }
}

/** The disk holding the database is full: nothing was written; the same request succeeds once space is freed. */
export class StorageFullError extends AppError {
  constructor(
    message = 'The disk holding the database is full: nothing was written; try again once space is freed',
  ) {
    super(503, ErrorCode.STORAGE_FULL, message);
  }
}

/** Too many attempts: 429 with the seconds to wait, which the controller also sends as `Retry-After`. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, ErrorCode.RATE_LIMITED, `Too many attempts; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}
