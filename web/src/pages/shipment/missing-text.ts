import type { MessageKey } from '../../i18n/zh';

/**
 * The service says what an action lacks in English words an operator can act on (`missing` of next-actions
 * and of a 422; the guards of src/shipments/domain/shipment-machine.ts). The known ones are said here in the
 * user's language; anything else (billing's credit reasons, a guard added later) is shown as the service
 * wrote it, which is better than hiding it.
 */
export interface MissingText {
  key: MessageKey;
  values?: Record<string, string | number>;
}

const CONTAINER_STEP: Record<string, MessageKey> = {
  'picked up': 'shipment.missing.notPickedUp',
  stuffed: 'shipment.missing.notStuffed',
  'gated in': 'shipment.missing.notGatedIn',
};
const WAITING: Record<string, MessageKey> = {
  'waiting for pickup': 'shipment.missing.noneWaitingPickup',
  'picked up and waiting to be stuffed': 'shipment.missing.noneWaitingStuff',
  'stuffed and waiting to gate in': 'shipment.missing.noneWaitingGateIn',
};
const EXACT: Record<string, MessageKey> = {
  'the shipment has no containers': 'shipment.missing.noContainers',
  'a carrier (give carrierId, or set one with PATCH /shipments/:id { carrierId })':
    'shipment.missing.carrier',
  // Why PATCH refuses a field at this stage (src/shipments/domain/shipment-edits.ts).
  'a shipment that is not cancelled': 'shipment.lock.cancelled',
  'a B/L not yet released: the number on a released B/L cannot change': 'shipment.lock.blNumber',
  'a shipment whose space is not yet requested: the carrier has the booking (cancel and book again)':
    'shipment.lock.carrierId',
  'a shipment without SI: the B/L draft describes the cargo now (submit an SI revision)':
    'shipment.lock.commodity',
  'a shipment without SI: the POD is on the B/L draft now and needs an SI revision (submit-si with pod)':
    'shipment.lock.pod',
  'a shipment whose containers are not all picked up: only planned containers can be added or removed':
    'shipment.lock.containers',
  'a shipment without an issued debit note: void the note and issue a new one at the new rate':
    'shipment.lock.agreedRate',
  'the customs inspection is still pending: clear it first': 'shipment.missing.inspectionPending',
  'no customs inspection is pending': 'shipment.missing.noInspectionPending',
  'no inspection already pending': 'shipment.missing.inspectionAlreadyPending',
  'an issued receivable debit note': 'shipment.missing.receivableNote',
  'no debit note has been issued': 'shipment.missing.receivableNote',
  'no issued receivable debit note': 'shipment.missing.noReceivableNote',
};

export function missingText(text: string): MissingText | null {
  const exact = EXACT[text];
  if (exact) return { key: exact };
  // Held below the floor price (src/floor-prices/below-floor.ts).
  const floor =
    /^a manager's below_floor_price approval: the agreed rate (.+) is below the floor (.+) for (\S+ → .+) (\S+) \(request one with a reason\)$/.exec(
      text,
    );
  if (floor) {
    return {
      key: 'admin.floors.held',
      values: { rate: floor[1]!, floor: floor[2]!, lane: floor[3]!, type: floor[4]! },
    };
  }
  let match = /^(\d+) of (\d+) containers not yet (picked up|stuffed|gated in)$/.exec(text);
  if (match) {
    return { key: CONTAINER_STEP[match[3]!]!, values: { behind: match[1]!, total: match[2]! } };
  }
  match = /^no container is (.+)$/.exec(text);
  if (match && WAITING[match[1]!]) return { key: WAITING[match[1]!]! };
  match = /^the (client|carrier)'s approval of SI revision (\d+)$/.exec(text);
  if (match) {
    const key =
      match[1] === 'client' ? 'shipment.missing.clientApproval' : 'shipment.missing.carrierApproval';
    return { key, values: { revision: match[2]! } };
  }
  match = /^payment of (\d+) receivable debit note\(s\)$/.exec(text);
  if (match) return { key: 'shipment.missing.payment', values: { count: match[1]! } };
  match = /^void the (\d+) issued debit note\(s\) first$/.exec(text);
  if (match) return { key: 'shipment.missing.voidNotes', values: { count: match[1]! } };
  return null;
}
