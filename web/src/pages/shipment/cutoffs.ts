import type { Schemas } from '../../api/client';

type Shipment = Schemas['ShipmentDto'];

export const CUTOFF_KINDS = ['cy', 'si', 'customs', 'vgm'] as const;
export type CutoffKind = (typeof CUTOFF_KINDS)[number];

/**
 * How a cut-off reads now: `done` when its work is done (it no longer matters), otherwise `passed`, `red`
 * within 24 hours, `amber` within 48 hours, `calm` further off; `none` when the carrier gave no time.
 * The same thresholds as the board's flags (docs/api.md, "board": `cutoffWarningHours`).
 */
export type CutoffTone = 'none' | 'done' | 'calm' | 'amber' | 'red' | 'passed';

const HOUR = 3_600_000;
export const AMBER_HOURS = 48;
export const RED_HOURS = 24;

export function cutoffTone(at: string | null, now: number, done: boolean): CutoffTone {
  if (!at) return 'none';
  if (done) return 'done';
  const left = Date.parse(at) - now;
  if (left <= 0) return 'passed';
  if (left <= RED_HOURS * HOUR) return 'red';
  if (left <= AMBER_HOURS * HOUR) return 'amber';
  return 'calm';
}

/** Days, hours and minutes between now and the cut-off, always positive, and whether it is past. */
export function countdown(
  at: string,
  now: number,
): { days: number; hours: number; minutes: number; past: boolean } {
  const diff = Date.parse(at) - now;
  const minutesTotal = Math.floor(Math.abs(diff) / 60_000);
  return {
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
    past: diff <= 0,
  };
}

const FLOW = [
  'booking',
  'booking_confirmed',
  'space_requested',
  'so_released',
  'picked_up',
  'stuffed',
  'gated_in',
  'customs_declared',
  'customs_released',
  'si_submitted',
  'bl_checked',
  'debit_noted',
  'paid',
  'released',
];
const atOrAfter = (status: string, stage: string) => FLOW.indexOf(status) >= FLOW.indexOf(stage);

/**
 * Whether the work a cut-off is for is done: every container through the gate (CY), the SI submitted (SI),
 * customs released (customs), every container's VGM given or the box through the gate (VGM). A cancelled
 * shipment has no deadline left.
 */
export function cutoffDone(kind: CutoffKind, shipment: Shipment): boolean {
  if (shipment.status === 'cancelled') return true;
  switch (kind) {
    case 'cy':
      return atOrAfter(shipment.status, 'gated_in');
    case 'si':
      return shipment.siRevision > 0;
    case 'customs':
      return atOrAfter(shipment.status, 'customs_released');
    case 'vgm':
      return (
        shipment.containers.length > 0 &&
        shipment.containers.every((c) => c.vgmKg !== null || c.status === 'gated_in')
      );
  }
}
