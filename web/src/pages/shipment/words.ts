import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh';

/** The history's event types in words (src/shipments/domain/shipment-events.ts lists them). */
const EVENT: Record<string, MessageKey> = {
  booking_created: 'shipment.event.booking_created',
  booking_confirmed: 'shipment.event.booking_confirmed',
  space_requested: 'shipment.event.space_requested',
  so_released: 'shipment.event.so_released',
  container_picked_up: 'shipment.event.container_picked_up',
  container_stuffed: 'shipment.event.container_stuffed',
  container_gated_in: 'shipment.event.container_gated_in',
  all_containers_picked_up: 'shipment.event.all_containers_picked_up',
  all_containers_stuffed: 'shipment.event.all_containers_stuffed',
  all_containers_gated_in: 'shipment.event.all_containers_gated_in',
  customs_declared: 'shipment.event.customs_declared',
  inspection_flagged: 'shipment.event.inspection_flagged',
  inspection_cleared: 'shipment.event.inspection_cleared',
  customs_released: 'shipment.event.customs_released',
  rolled: 'shipment.event.rolled',
  si_submitted: 'shipment.event.si_submitted',
  bl_approved: 'shipment.event.bl_approved',
  bl_checked: 'shipment.event.bl_checked',
  bl_number_set: 'shipment.event.bl_number_set',
  operator_assigned: 'shipment.event.operator_assigned',
  debit_note_issued: 'shipment.event.debit_note_issued',
  debit_noted: 'shipment.event.debit_noted',
  debit_note_voided: 'shipment.event.debit_note_voided',
  debit_notes_voided: 'shipment.event.debit_notes_voided',
  payment_received: 'shipment.event.payment_received',
  paid: 'shipment.event.paid',
  carrier_paid: 'shipment.event.carrier_paid',
  bl_released: 'shipment.event.bl_released',
  cancelled: 'shipment.event.cancelled',
  shut_out: 'shipment.event.shut_out',
  booking_changed: 'shipment.event.booking_changed',
  shipment_edited: 'shipment.event.shipment_edited',
  approval_requested: 'shipment.event.approval_requested',
  approval_approved: 'shipment.event.approval_approved',
  approval_rejected: 'shipment.event.approval_rejected',
  cutoff_alert: 'shipment.event.cutoff_alert',
  roll_risk: 'shipment.event.roll_risk',
  attachment_added: 'shipment.event.attachment_added',
  attachment_removed: 'shipment.event.attachment_removed',
  papers_sent: 'shipment.event.papers_sent',
};

const BL_TYPE: Record<string, MessageKey> = {
  original: 'shipment.blType.original',
  telex: 'shipment.blType.telex',
  seaway: 'shipment.blType.seaway',
};
const PARTY: Record<string, MessageKey> = {
  client: 'shipment.party.client',
  carrier: 'shipment.party.carrier',
};
const DIRECTION: Record<string, MessageKey> = {
  receivable: 'shipment.direction.receivable',
  payable: 'shipment.direction.payable',
};
const CONTAINER_STATUS: Record<string, MessageKey> = {
  planned: 'shipment.container.planned',
  picked_up: 'shipment.container.picked_up',
  stuffed: 'shipment.container.stuffed',
  gated_in: 'shipment.container.gated_in',
};
const EMAIL_STATUS: Record<string, MessageKey> = {
  pending: 'shipment.email.pending',
  sent: 'shipment.email.sent',
  failed: 'shipment.email.failed',
};

/** The charges a stage records (docs/domain.md, "Fees by carrier and terminal"). */
const CHARGE_KIND: Record<string, MessageKey> = {
  doc_print: 'fees.kind.doc_print',
  lift: 'fees.kind.lift',
  heavy_select: 'fees.kind.heavy_select',
  empty_return: 'fees.kind.empty_return',
  inspection: 'fees.kind.inspection',
  other: 'fees.kind.other',
};

export const WORD_GROUPS = {
  event: EVENT,
  blType: BL_TYPE,
  party: PARTY,
  direction: DIRECTION,
  container: CONTAINER_STATUS,
  email: EMAIL_STATUS,
  chargeKind: CHARGE_KIND,
};
export type WordGroup = keyof typeof WORD_GROUPS;

/** A code the API sends, in the user's words; one this build does not know is shown as sent. */
export function useWords() {
  const t = useT();
  return (group: WordGroup, value: string): string => {
    const table = WORD_GROUPS[group];
    return Object.hasOwn(table, value) ? t(table[value]!) : value;
  };
}
