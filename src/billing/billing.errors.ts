import { AppError, ErrorCode } from '../common/errors/app-error';

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
