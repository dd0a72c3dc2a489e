/** A shipment's stages, in order (docs/api.md "Shipments"; docs/domain.md "One export shipment, stage by stage"). */
export const SHIPMENT_STATUSES = [
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
  'cancelled',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const TERMINAL_STATUSES: readonly ShipmentStatus[] = ['released', 'cancelled'];

/** The statuses from `first` to `last` in the flow's order, both included: a stage added between them is in. */
export function statusesBetween(first: ShipmentStatus, last: ShipmentStatus): readonly ShipmentStatus[] {
  return SHIPMENT_STATUSES.slice(SHIPMENT_STATUSES.indexOf(first), SHIPMENT_STATUSES.indexOf(last) + 1);
}

/** The S/O is out and some container may not be through the terminal's gate yet (the CY cut-off applies). */
export const AWAITING_GATE_IN = statusesBetween('so_released', 'stuffed');
/** The S/O is out and the shipping instructions are not submitted yet (the SI cut-off applies). */
export const AWAITING_SI = statusesBetween('so_released', 'customs_released');
/** Through the gate and not released by customs yet (the customs cut-off applies). */
export const AWAITING_CUSTOMS_RELEASE = statusesBetween('gated_in', 'customs_declared');

export const CONTAINER_STATUSES = ['planned', 'picked_up', 'stuffed', 'gated_in'] as const;
export type ContainerStatus = (typeof CONTAINER_STATUSES)[number];

export const INSPECTION_STATES = ['none', 'pending', 'cleared'] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

export const FREIGHT_TERMS = ['prepaid', 'collect'] as const;
export type FreightTerm = (typeof FREIGHT_TERMS)[number];

export const BL_TYPES = ['original', 'telex', 'seaway'] as const;
export type BlType = (typeof BL_TYPES)[number];

export const BL_PARTIES = ['client', 'carrier'] as const;
export type BlParty = (typeof BL_PARTIES)[number];

/** SQL list for CHECK constraints, from the same constants the code uses. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
