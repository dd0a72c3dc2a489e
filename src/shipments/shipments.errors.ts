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

/** A container number still in use on a shipment whose B/L is released but whose vessel has not sailed. */
export class ContainerInUseError extends AppError {
  constructor(containerNumber: string, reference: string, etd: Date) {
    const message = `on ${reference}, which has not sailed yet (ETD ${etd.toISOString()})`;
    super(422, ErrorCode.CONTAINER_IN_USE, `${containerNumber} is ${message}`, {
      fields: [{ field: 'containerNumber', message }],
      containerNumber,
      reference,
      etd: etd.toISOString(),
    });
  }
}

/** One figure of the SI against the stuffed containers' total. */
export interface SiFigureMismatch {
  field: 'packages' | 'grossWeightKg';
  si: string | number;
  containers: string | number;
}

/** The SI says other packages or gross weight than the containers were stuffed with, and nobody said why. */
export class SiContainersMismatchError extends AppError {
  constructor(mismatches: SiFigureMismatch[]) {
    const said = mismatches.map(
      (m) => `${m.field}: the SI says ${m.si}, the stuffed containers ${m.containers}`,
    );
    super(
      422,
      ErrorCode.SI_CONTAINERS_MISMATCH,
      `The SI does not match the containers (${said.join('; ')}); send acknowledgeMismatch with a mismatchNote to submit it anyway`,
      {
        mismatches,
        fields: mismatches.map((m, i) => ({ field: m.field, message: said[i]! })),
      },
    );
  }
}
