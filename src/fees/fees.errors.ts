import { AppError, ConflictError, ErrorCode } from '../common/errors/app-error';

/** 409: a rule for this kind, carrier, terminal and type exists already (edit that one). */
export class FeeRuleTakenError extends ConflictError {
  constructor() {
    super('a fee rule for this kind, carrier, terminal and container type exists: edit that one', {
      fields: [
        { field: 'kind', message: 'already has a rule for this carrier, terminal and container type' },
      ],
    });
  }
}

/** 409: the charge is on a draft or note (or void): it no longer changes. */
export class ChargeLockedError extends ConflictError {
  constructor(why: string) {
    super(`The charge ${why}: it can no longer change`, { fields: [{ field: 'id', message: why }] });
  }
}

/** 409 NOTHING_TO_BILL: every charge is on a draft already (or void), and no agreed rate is left to bill. */
export class NothingToBillError extends AppError {
  constructor(direction: 'receivable' | 'payable') {
    super(
      409,
      ErrorCode.NOTHING_TO_BILL,
      direction === 'receivable'
        ? 'Nothing to bill the client: the agreed rate and every re-billable charge are on a receivable note already'
        : 'Nothing to draft for the carriers: every charge a carrier bills is on a payable note already',
      { direction },
    );
  }
}
