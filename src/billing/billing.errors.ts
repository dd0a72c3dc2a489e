import { AppError, ErrorCode, type FieldError } from '../common/errors/app-error';
import type { DebitNoteStatus } from './domain/debit-note-status';

type OutOfRangeCode =
  | typeof ErrorCode.AMOUNT_OUT_OF_RANGE
  | typeof ErrorCode.FX_RATE_OUT_OF_RANGE
  | typeof ErrorCode.DATE_OUT_OF_RANGE;

/**
 * A value of the right form that cannot be right (docs/billing.md, "Sanity limits"): 422 with the field at
 * fault and the limit it broke, so the person correcting it sees what is allowed.
 */
export class OutOfRangeError extends AppError {
  constructor(code: OutOfRangeCode, field: string, message: string, limit: Record<string, unknown>) {
    super(422, code, `${field}: ${message}`, { fields: [{ field, message }], limit });
  }
}

/** A note in a state the request does not fit (issuing an issued note, editing a void one, …). */
export class DebitNoteStateError extends AppError {
  constructor(status: DebitNoteStatus, action: string) {
    super(409, ErrorCode.DEBIT_NOTE_INVALID_STATE, `Cannot ${action} a debit note that is ${status}`, {
      status,
      action,
    });
  }
}

/** An allocation the rules refuse (docs/api.md: 422): wrong note, wrong client or currency, more than is owed. */
export class AllocationRefusedError extends AppError {
  constructor(problems: FieldError[]) {
    super(
      422,
      ErrorCode.REQUIREMENTS_UNMET,
      `Payment refused: ${problems.map((p) => p.message).join('; ')}`,
      {
        missing: problems.map((p) => p.message),
        fields: problems,
      },
    );
  }
}
