import { AppError, ErrorCode } from '../common/errors/app-error';
import { ACCEPTED_TYPE_NAMES } from './domain/file-types';

/** 413: the file went past ATTACHMENT_MAX_BYTES while it streamed in (nothing of it is kept). */
export class AttachmentTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super(413, ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than ${maxBytes} bytes`, {
      maxBytes,
      fields: [{ field: 'file', message: `at most ${maxBytes} bytes` }],
    });
  }
}

/** 415: the file's content is none of the accepted types, whatever its name or declared type says. */
export class AttachmentTypeNotAcceptedError extends AppError {
  constructor(detected: string | undefined) {
    super(
      415,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      `The file is not one of the accepted types (${ACCEPTED_TYPE_NAMES.join(', ')})`,
      {
        detected: detected ?? null,
        accepted: ACCEPTED_TYPE_NAMES,
        fields: [{ field: 'file', message: 'not an accepted type of file' }],
      },
    );
  }
}

/** 400: papers that cannot go to the client: not on this shipment, removed, or not client-visible. */
export class PapersNotSendableError extends AppError {
  constructor(problems: { attachmentId: string; problem: string }[]) {
    super(
      400,
      ErrorCode.VALIDATION_FAILED,
      `Not sendable to the client: ${problems.map((p) => `${p.attachmentId} (${p.problem})`).join(', ')}`,
      {
        attachmentIds: problems.map((p) => p.attachmentId),
        fields: problems.map((p) => ({ field: 'attachmentIds', message: `${p.attachmentId}: ${p.problem}` })),
      },
    );
  }
}

/** 422: the papers chosen for one e-mail come to more than one upload may be (ATTACHMENT_MAX_BYTES). */
export class EmailTooLargeError extends AppError {
  constructor(maxBytes: number, totalBytes: number) {
    super(
      422,
      ErrorCode.EMAIL_TOO_LARGE,
      `The papers come to ${totalBytes} bytes; one e-mail carries at most ${maxBytes}`,
      {
        maxBytes,
        totalBytes,
        fields: [{ field: 'attachmentIds', message: `at most ${maxBytes} bytes in all` }],
      },
    );
  }
}
