/** A shipment's stages, in order (API.md "Shipments"; DOMAIN.md "The sea-export flow"). */
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
