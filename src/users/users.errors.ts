import { AppError, ErrorCode } from '../common/errors/app-error';

/** The change would leave nobody able to administer the service. */
export class LastActiveAdminError extends AppError {
  constructor() {
    super(
      409,
      ErrorCode.LAST_ACTIVE_ADMIN,
      'This is the only active admin: make another user an active admin first, then change this one',
    );
  }
}
