import { AppError, ErrorCode } from '../common/errors/app-error';

/** Deciding an approval that is no longer pending: 409 with the state it is in. */
export class ApprovalDecidedError extends AppError {
  constructor(state: string) {
    super(409, ErrorCode.APPROVAL_ALREADY_DECIDED, `The approval is already ${state}`, { status: state });
  }
}
