import {
  AWAITING_CUSTOMS_RELEASE,
  AWAITING_GATE_IN,
  AWAITING_SI,
  type InspectionState,
  type ShipmentStatus,
} from './shipment-status';

/**
 * What the board marks on a shipment's card (docs/domain.md, "Cut-offs"): a cut-off coming within the
 * warning window, or passed, while the work it closes is not done; customs holding the boxes for inspection.
 */
export const BOARD_FLAGS = [
  'cy_cutoff_soon',
  'cy_cutoff_passed',
  'si_cutoff_soon',
  'si_cutoff_passed',
  'customs_cutoff_passed',
  'inspection',
] as const;
export type BoardFlag = (typeof BOARD_FLAGS)[number];

export interface BoardFacts {
  status: ShipmentStatus;
  cutoffCy: Date | null;
  cutoffSi: Date | null;
  cutoffCustoms: Date | null;
  inspection: InspectionState;
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
  return flags;
}
