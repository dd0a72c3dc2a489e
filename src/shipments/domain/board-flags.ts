import type { UserAction } from './shipment-machine';
import {
  AWAITING_CUSTOMS_RELEASE,
  AWAITING_GATE_IN,
  AWAITING_SI,
  type InspectionState,
  type ShipmentStatus,
} from './shipment-status';

/**
 * What the board marks on a shipment's card (docs/domain.md, "Cut-offs"): a cut-off coming within the
 * warning window, or passed, while the work it closes is not done; customs holding the boxes for inspection;
 * a shipment rolled to another vessel; a B/L draft waiting for the client's or the carrier's approval.
 */
export const BOARD_FLAGS = [
  'cy_cutoff_soon',
  'cy_cutoff_passed',
  'si_cutoff_soon',
  'si_cutoff_passed',
  'customs_cutoff_passed',
  'inspection',
  'rolled',
  'awaiting_client_bl_approval',
  'awaiting_carrier_bl_approval',
] as const;
export type BoardFlag = (typeof BOARD_FLAGS)[number];

/**
 * The step a card points to at each stage: the stage's own next action, or null where the next step is not a
 * shipment action (the debit note, the payment: billing moves the shipment on). A pending inspection is
 * cleared first. The spec checks every one is an action the machine allows from that stage.
 */
export const MAIN_NEXT_ACTION: Readonly<Record<ShipmentStatus, UserAction | null>> = {
  booking: 'confirm-booking',
  booking_confirmed: 'request-space',
  space_requested: 'release-so',
  so_released: 'pickup',
  picked_up: 'stuff',
  stuffed: 'gate-in',
  gated_in: 'declare-customs',
  customs_declared: 'release-customs',
  customs_released: 'submit-si',
  si_submitted: 'approve-bl',
  bl_checked: null,
  debit_noted: null,
  paid: 'release-bl',
  released: null,
  cancelled: null,
};

export function mainNextAction(status: ShipmentStatus, inspection: InspectionState): UserAction | null {
  return inspection === 'pending' && status === 'customs_declared'
    ? 'clear-inspection'
    : MAIN_NEXT_ACTION[status];
}

export interface BoardFacts {
  status: ShipmentStatus;
  cutoffCy: Date | null;
  cutoffSi: Date | null;
  cutoffCustoms: Date | null;
  inspection: InspectionState;
  siRevision: number;
  blApprovedClientRevision: number | null;
  blApprovedCarrierRevision: number | null;
  /** Whether it was ever rolled. */
  rolled: boolean;
}

/** The flags of one shipment at `now`, with cut-offs "soon" when within `warningHours`. */
export function boardFlags(s: BoardFacts, now: Date, warningHours: number): BoardFlag[] {
  const flags: BoardFlag[] = [];
  const until = now.getTime() + warningHours * 3_600_000;
  const check = (at: Date | null, soon: BoardFlag, passed: BoardFlag | null) => {
    if (!at) return;
    if (at.getTime() <= now.getTime()) {
      if (passed) flags.push(passed);
    } else if (at.getTime() <= until) flags.push(soon);
  };
  if (AWAITING_GATE_IN.includes(s.status)) check(s.cutoffCy, 'cy_cutoff_soon', 'cy_cutoff_passed');
  if (AWAITING_SI.includes(s.status)) check(s.cutoffSi, 'si_cutoff_soon', 'si_cutoff_passed');
  if (AWAITING_CUSTOMS_RELEASE.includes(s.status)) {
    const at = s.cutoffCustoms ?? s.cutoffCy;
    if (at && at.getTime() <= now.getTime()) flags.push('customs_cutoff_passed');
  }
  if (s.inspection === 'pending') flags.push('inspection');
  if (s.rolled) flags.push('rolled');
  if (s.status === 'si_submitted') {
    if (s.blApprovedClientRevision !== s.siRevision) flags.push('awaiting_client_bl_approval');
    if (s.blApprovedCarrierRevision !== s.siRevision) flags.push('awaiting_carrier_bl_approval');
  }
  return flags;
}
