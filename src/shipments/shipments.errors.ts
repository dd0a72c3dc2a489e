import { AppError, ErrorCode } from '../common/errors/app-error';
import type { ShipmentStatus } from './domain/shipment-status';

/** The action is not one this status permits (docs/api.md: 409 with the actions that are). */
export class InvalidTransitionError extends AppError {
  constructor(status: ShipmentStatus, action: string, allowedActions: string[]) {
    super(
      409,
      ErrorCode.SHIPMENT_INVALID_TRANSITION,
      `${action} is not possible while the shipment is ${status}` +
        (allowedActions.length ? ` (possible: ${allowedActions.join(', ')})` : ''),
      { status, action, allowedActions },
    );
  }
}

export class ContainerNumberInvalidError extends AppError {
  constructor(reason: string, value: string) {
    super(400, ErrorCode.CONTAINER_NUMBER_INVALID, `Container number ${value}: ${reason}`, {
      fields: [{ field: 'containerNumber', message: reason }],
    });
  }
}

/** An approval of a B/L draft for a revision that is not the current one. */
export class SiRevisionMismatchError extends AppError {
  constructor(given: number, current: number) {
    super(
      409,
      ErrorCode.SI_REVISION_MISMATCH,
      `Revision ${given} is not the current SI revision (${current})`,
      {
        revision: given,
        currentRevision: current,
      },
    );
  }
}
