import type { MessageKey } from '../../i18n/zh';
import type { ShipmentEvent } from './stages';

/** One line of what an event changed: a value it recorded, or a value that went from one thing to another. */
export type EventDetail =
  | { kind: 'value'; label: MessageKey; value: string }
  | { kind: 'change'; label: MessageKey; from: string; to: string };

export interface SummaryFormat {
  /** A time as the page shows times. */
  time: (iso: string) => string;
  /** A user's name for an id (the assigned operator), or a stand-in. */
  user: (id: string | null) => string;
  /** A word for a code the API sends (B/L type, party, release mode). */
  word: (group: 'blType' | 'party' | 'direction' | 'chargeKind', value: string) => string;
}

type Data = Record<string, unknown>;

const str = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null;
const obj = (value: unknown): Data | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : null;
const money = (value: unknown): string | null => {
  const m = obj(value);
  return m && typeof m.amount === 'string' && typeof m.currency === 'string'
    ? `${m.amount} ${m.currency}`
    : null;
};

/** The fields each event records that an operator reads in the history, in the order they read them. */
const VALUES: Record<string, readonly [string, MessageKey, 'time'?][]> = {
  booking_created: [['reference', 'field.reference']],
  so_released: [
    ['soNumber', 'field.soNumber'],
    ['carrierBookingReference', 'shipment.field.bookingNumber'],
    ['vessel', 'field.vessel'],
    ['voyage', 'field.voyage'],
    ['etd', 'field.etd', 'time'],
  ],
  container_picked_up: [
    ['containerNumber', 'field.containerNumber'],
    ['sealNumber', 'field.sealNumber'],
  ],
  container_stuffed: [
    ['containerNumber', 'field.containerNumber'],
    ['packages', 'shipment.field.packages'],
    ['grossWeightKg', 'shipment.field.grossWeightKg'],
    ['vgmKg', 'shipment.field.vgmKg'],
  ],
  container_gated_in: [
    ['containerNumber', 'field.containerNumber'],
    ['terminal', 'shipment.field.terminal'],
  ],
  customs_declared: [['declarationNumber', 'shipment.field.declarationNumber']],
  inspection_flagged: [['note', 'shipment.field.note']],
  inspection_cleared: [['note', 'shipment.field.note']],
  si_submitted: [['revision', 'shipment.field.siRevision']],
  bl_approved: [['revision', 'shipment.field.siRevision']],
  rolled: [['reason', 'field.reason']],
  cancelled: [['reason', 'field.reason']],
  shut_out: [
    ['reason', 'field.reason'],
    ['customsWithdrawalReference', 'shipment.field.withdrawalReference'],
  ],
  debit_note_issued: [['number', 'shipment.field.debitNote']],
  debit_note_voided: [['number', 'shipment.field.debitNote']],
  attachment_added: [['filename', 'papers.col.file']],
  attachment_removed: [
    ['filename', 'papers.col.file'],
    ['reason', 'field.reason'],
  ],
  papers_sent: [['note', 'shipment.field.note']],
};

/** What the roll moved: vessel, voyage, ETD and the cut-offs, old → new, only where they differ. */
function rollChanges(data: Data, format: SummaryFormat): EventDetail[] {
  const from = obj(data.from) ?? {};
  const to = obj(data.to) ?? {};
  const details: EventDetail[] = [];
  const change = (label: MessageKey, a: unknown, b: unknown, time = false) => {
    const [x, y] = [str(a), str(b)].map((v) => (v && time ? format.time(v) : v));
    if (x !== y) details.push({ kind: 'change', label, from: x ?? '—', to: y ?? '—' });
  };
  change('field.vessel', from.vessel, to.vessel);
  change('field.voyage', from.voyage, to.voyage);
  change('field.etd', from.etd, to.etd, true);
  const [fromCutoffs, toCutoffs] = [obj(from.cutoffs) ?? {}, obj(to.cutoffs) ?? {}];
  change('field.cutoffCy', fromCutoffs.cy, toCutoffs.cy, true);
  change('field.cutoffSi', fromCutoffs.si, toCutoffs.si, true);
  return details;
}

/** The fields a booking edit names (booking_changed, shipment_edited), with the words of each. */
const EDITED: Record<string, MessageKey> = {
  commodity: 'shipment.field.commodity',
  pod: 'shipment.field.pod',
  agreedRate: 'shipment.field.agreedRate',
  carrierId: 'field.carrier',
  remarks: 'shipment.field.remarks',
  containers: 'shipment.field.containers',
};

/** A value of an edit as a line shows it: money, containers by type, or text. */
function editedValue(value: unknown): string {
  if (Array.isArray(value)) {
    return value
      .map((c) => obj(c))
      .flatMap((c) => (c && str(c.type) ? [`${str(c.quantity) ?? '?'} × ${str(c.type)}`] : []))
      .join(', ');
  }
  return money(value) ?? str(value) ?? '—';
}

/** What an event of the history changed, as lines for the timeline. Unknown data is left out, never guessed. */
export function summarize(event: ShipmentEvent, format: SummaryFormat): EventDetail[] {
  const data: Data = event.data;
  const details: EventDetail[] = [];
  if (event.type === 'rolled') details.push(...rollChanges(data, format));
  if (event.type === 'bl_number_set') {
    details.push({
      kind: 'change',
      label: 'shipment.field.blNumber',
      from: str(data.from) ?? '—',
      to: str(data.to) ?? '—',
    });
  }
  if (event.type === 'booking_changed' || event.type === 'shipment_edited') {
    const label = EDITED[str(data.field) ?? ''];
    if (label) {
      details.push({ kind: 'change', label, from: editedValue(data.from), to: editedValue(data.to) });
    }
  }
  if (event.type === 'operator_assigned') {
    details.push({
      kind: 'change',
      label: 'shipment.field.operator',
      from: format.user(str(data.from)),
      to: format.user(str(data.to)),
    });
  }
  for (const [key, label, kind] of VALUES[event.type] ?? []) {
    const value = str(data[key]);
    if (value !== null)
      details.push({ kind: 'value', label, value: kind === 'time' ? format.time(value) : value });
  }
  const fee = money(data.fee) ?? (event.type === 'debit_note_issued' ? money(data.total) : null);
  if (fee) details.push({ kind: 'value', label: 'shipment.field.amount', value: fee });
  // The charges the stage recorded from the fee rules (staff only: a client's history never has them).
  if (Array.isArray(data.charges)) {
    const charges = data.charges.flatMap((c) => {
      const charge = obj(c);
      const cost = money(charge?.cost);
      return charge && cost ? [`${format.word('chargeKind', str(charge.kind) ?? '')} ${cost}`] : [];
    });
    if (charges.length)
      details.push({ kind: 'value', label: 'fees.charges.title', value: charges.join(', ') });
  }
  // The papers e-mailed to the client, and the carrier's draft the carrier-side approval refers to.
  if (Array.isArray(data.files)) {
    const names = data.files.flatMap((f) => str(obj(f)?.filename) ?? []);
    if (names.length) details.push({ kind: 'value', label: 'papers.col.file', value: names.join(', ') });
  }
  if (Array.isArray(data.to)) {
    const to = data.to.flatMap((a) => str(a) ?? []);
    if (to.length) details.push({ kind: 'value', label: 'papers.sentTo', value: to.join(', ') });
  }
  const carrierDraft = str(obj(data.carrierDraft)?.filename);
  if (carrierDraft) details.push({ kind: 'value', label: 'papers.carrierDraft', value: carrierDraft });
  if (typeof data.blType === 'string') {
    details.push({
      kind: 'value',
      label: 'shipment.field.blType',
      value: format.word('blType', data.blType),
    });
  }
  if (typeof data.mode === 'string') {
    details.push({
      kind: 'value',
      label: 'shipment.field.releaseMode',
      value: format.word('blType', data.mode),
    });
  }
  if (typeof data.party === 'string') {
    details.push({ kind: 'value', label: 'shipment.field.party', value: format.word('party', data.party) });
  }
  if (typeof data.direction === 'string') {
    details.push({
      kind: 'value',
      label: 'shipment.field.direction',
      value: format.word('direction', data.direction),
    });
  }
  return details;
}
