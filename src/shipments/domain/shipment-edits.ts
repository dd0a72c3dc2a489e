import { statusesBetween, type ShipmentStatus } from './shipment-status';

/** What `PATCH /shipments/:id` may change (docs/state-machine.md, "Editing a shipment"). */
export const EDITABLE_FIELDS = [
  'commodity',
  'pod',
  'agreedRate',
  'carrierId',
  'remarks',
  'containers',
  'blNumber',
  'operatorId',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** What the client booked and confirmed: a change after confirm-booking re-sends the confirmation. */
export const CLIENT_CONFIRMED_FIELDS: readonly EditableField[] = [
  'commodity',
  'pod',
  'agreedRate',
  'containers',
];

const BEFORE_SPACE = statusesBetween('booking', 'booking_confirmed');
const BEFORE_SI = statusesBetween('booking', 'customs_released');
const BEFORE_PICKUP_ENDS = statusesBetween('booking', 'so_released');
const BEFORE_DEBIT_NOTE = statusesBetween('booking', 'bl_checked');

/**
 * Why the field cannot be changed at this status, in words an operator can act on; null when it can. The
 * same words are the 422's `missing` and the console's lock reason.
 */
export function editLock(field: EditableField, status: ShipmentStatus): string | null {
  if (field === 'operatorId') return null;
  if (status === 'cancelled') return 'a shipment that is not cancelled';
  switch (field) {
    case 'blNumber':
      return status === 'released'
        ? 'a B/L not yet released: the number on a released B/L cannot change'
        : null;
    case 'remarks':
      return null;
    case 'carrierId':
      return BEFORE_SPACE.includes(status)
        ? null
        : 'a shipment whose space is not yet requested: the carrier has the booking (cancel and book again)';
    case 'commodity':
      return BEFORE_SI.includes(status)
        ? null
        : 'a shipment without SI: the B/L draft describes the cargo now (submit an SI revision)';
    case 'pod':
      return BEFORE_SI.includes(status)
        ? null
        : 'a shipment without SI: the POD is on the B/L draft now and needs an SI revision (submit-si with pod)';
    case 'containers':
      return BEFORE_PICKUP_ENDS.includes(status)
        ? null
        : 'a shipment whose containers are not all picked up: only planned containers can be added or removed';
    case 'agreedRate':
      return BEFORE_DEBIT_NOTE.includes(status)
        ? null
        : 'a shipment without an issued debit note: void the note and issue a new one at the new rate';
  }
}
