/** Stable error codes of the public API (API.md, "Conventions"). Clients switch on these, never on messages. */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  SHIPMENT_INVALID_TRANSITION: 'SHIPMENT_INVALID_TRANSITION',
  REQUIREMENTS_UNMET: 'REQUIREMENTS_UNMET',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  PRECONDITION_REQUIRED: 'PRECONDITION_REQUIRED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  CONTAINER_NUMBER_INVALID: 'CONTAINER_NUMBER_INVALID',
  INVALID_REFERENCE: 'INVALID_REFERENCE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  RATE_LIMITED: 'RATE_LIMITED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
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
    readonly code: ErrorCode | (string & {}),
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
