import type { ContainerAction } from '../domain/shipment-machine';
import type { ActionHandler, ContainerActionHandler, ShipmentActionName } from './action-handler';
import { approveBl } from './approve-bl.action';
import { cancel } from './cancel.action';
import { clearInspection } from './clear-inspection.action';
import { confirmBooking } from './confirm-booking.action';
import { declareCustoms } from './declare-customs.action';
import { flagInspection } from './flag-inspection.action';
import { gateIn } from './gate-in.action';
import { pickup } from './pickup.action';
import { releaseBl } from './release-bl.action';
import { releaseCustoms } from './release-customs.action';
import { releaseSo } from './release-so.action';
import { requestSpace } from './request-space.action';
import { roll } from './roll.action';
import { shutOut } from './shut-out.action';
import { stuff } from './stuff.action';
import { submitSi } from './submit-si.action';

/**
 * Every user action of the state machine's table with its handler. Typed by the table's actions: an action
 * added to the table (shipment-machine.ts) without a handler here does not compile.
 */
export const ACTION_HANDLERS: { readonly [A in ShipmentActionName]: ActionHandler<A> } = {
  'confirm-booking': confirmBooking,
  'request-space': requestSpace,
  'release-so': releaseSo,
  'declare-customs': declareCustoms,
  'flag-inspection': flagInspection,
  'clear-inspection': clearInspection,
  'release-customs': releaseCustoms,
  'submit-si': submitSi,
  'approve-bl': approveBl,
  'release-bl': releaseBl,
  roll,
  cancel,
  'shut-out': shutOut,
};

/** The container steps (POST …/containers/:containerId/<step>), one handler each; same rule as above. */
export const CONTAINER_HANDLERS: { readonly [A in ContainerAction]: ContainerActionHandler<A> } = {
  pickup,
  stuff,
  'gate-in': gateIn,
};
