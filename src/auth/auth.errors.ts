import { AppError, ErrorCode } from '../common/errors/app-error';
import { CSRF_HEADER, CSRF_VALUE } from './session-cookie';

/** A state-changing request signed in by the session cookie, without the header only our own pages send. */
export class CsrfHeaderMissingError extends AppError {
  constructor() {
    super(
      403,
      ErrorCode.CSRF_HEADER_MISSING,
      `A request signed in by the session cookie that changes anything must carry ${CSRF_HEADER}: ${CSRF_VALUE}`,
    );
  }
}
