import { AppError, ErrorCode } from '../common/errors/app-error';

/** The key came back with another request (another route or body): 422, nothing is run. */
export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super(422, ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was used with another request');
  }
}

/** The work of the key's request committed, but its answer was never stored: it must not run again. */
export class IdempotencyAnswerUnavailableError extends AppError {
  constructor() {
    super(
      409,
      ErrorCode.IDEMPOTENCY_ANSWER_UNAVAILABLE,
      'The request with this Idempotency-Key was carried out, but its answer could not be kept; read the record instead of repeating the request',
    );
  }
}
