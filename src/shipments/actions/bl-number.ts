import type { ShipmentChange } from '../shipment-change';

/**
 * Sets the B/L number (undefined: not given) and records it with the number it replaces, when it changes;
 * `via` says how it came (the carrier's approval of the draft, or an edit).
 */
export function setBlNumber(change: ShipmentChange, blNumber: string | null | undefined, via: string): void {
  const before = change.shipment.blNumber;
  if (blNumber === undefined || blNumber === before) return;
  change.set({ blNumber });
  change.record('bl_number_set', { from: before, to: blNumber, via });
}
