/**
 * Every kind of event a shipment's history holds, and what a client user may see of it (docs/security.md,
 * "Issue 11: what clients see"). The history is the staff's working record: it names people, carries their
 * reasons, our costs and the carriers' bills. A client user sees only the events marked client-facing here,
 * and of those only the `data` keys listed; everything else is staff-only. The table defines the event
 * types (`ShipmentEventType` is its keys), so a new kind of event cannot be written before someone has
 * decided here who sees it, and a key added later to an event's data stays hidden from clients until it is
 * listed.
 */

/** What a client user sees of a client-facing event. */
export interface ClientView {
  /** The keys of `data` a client may see; any other key is left out. */
  readonly data: readonly string[];
  /** Shown only when `data` has these values (a bill to the client, never a carrier's bill to us). */
  readonly when?: Readonly<Record<string, string>>;
}

export interface ShipmentEventDefinition {
  /** `STAFF_ONLY`, or what a client user sees of it. */
  readonly client: ClientView | typeof STAFF_ONLY;
}

/** Never shown to a client user. */
export const STAFF_ONLY = false;

const CONTAINER = ['containerId', 'seq', 'containerNumber', 'at', 'emptyIndicator'] as const;
/** A bill addressed to the client: its receivable notes (a payable note is a carrier's bill to us). */
const CLIENTS_OWN_BILL = { direction: 'receivable' } as const;

export const SHIPMENT_EVENTS = {
  booking_created: { client: { data: ['reference', 'containers'] } },
  booking_confirmed: { client: { data: [] } },
  // Which carrier we asked is our business until the S/O comes back.
  space_requested: { client: { data: [] } },
  so_released: { client: { data: ['soNumber', 'carrierBookingReference', 'vessel', 'voyage', 'etd'] } },
  // Whether the depot wants documents printed is the operator's concern.
  container_picked_up: { client: { data: [...CONTAINER, 'sealNumber'] } },
  container_stuffed: { client: { data: [...CONTAINER, 'packages', 'grossWeightKg', 'vgmKg'] } },
  container_gated_in: { client: { data: [...CONTAINER, 'terminal'] } },
  all_containers_picked_up: { client: { data: [] } },
  all_containers_stuffed: { client: { data: [] } },
  all_containers_gated_in: { client: { data: [] } },
  customs_declared: { client: { data: ['declarationNumber'] } },
  // That customs inspect the cargo concerns the client; the fee is a cost to us (billed, if at all, on a
  // debit note) and the note is the operator's.
  inspection_flagged: { client: { data: [] } },
  inspection_cleared: { client: { data: [] } },
  customs_released: { client: { data: [] } },
  // The reason is written for the client: the vessel_rolled e-mail sends it to them.
  rolled: { client: { data: ['reason', 'from', 'to'] } },
  si_submitted: { client: { data: ['revision', 'blType'] } },
  // Which draft document the client approved is the client's own paper (its id and hash); the carrier's
  // draft the carrier side refers to (`carrierDraft`) is the staff's paper and stays hidden.
  bl_approved: { client: { data: ['party', 'revision', 'draft'] } },
  bl_checked: { client: { data: [] } },
  // The B/L number is on the client's papers: set by the carrier's approval or corrected until release.
  bl_number_set: { client: { data: ['from', 'to'] } },
  // Who works the shipment inside is ours.
  operator_assigned: { client: STAFF_ONLY },
  // The client's own bills, as the e-mail and the note show them; the carrier's number and our cost never.
  debit_note_issued: {
    client: { data: ['debitNoteId', 'number', 'direction', 'total'], when: CLIENTS_OWN_BILL },
  },
  debit_noted: { client: { data: [] } },
  // That a bill sent to the client is void, not why.
  debit_note_voided: { client: { data: ['debitNoteId', 'number', 'direction'], when: CLIENTS_OWN_BILL } },
  debit_notes_voided: { client: { data: [] } },
  payment_received: { client: { data: ['reference', 'allocations'] } },
  paid: { client: { data: [] } },
  // Our payment of a carrier's bill: our cost, never the client's to see.
  carrier_paid: { client: STAFF_ONLY },
  // Whether it went before payment, and on whose approval, is internal.
  bl_released: { client: { data: ['mode'] } },
  // That it is cancelled, not the staff's reason.
  cancelled: { client: { data: [] } },
  // Shut out after customs release (退关): that it is, and the customs withdrawal the client's papers need;
  // the reason is the staff's, like a cancel's.
  shut_out: { client: { data: ['customsWithdrawalReference'] } },
  // A change to what the client booked and confirmed (POD, commodity, containers, agreed rate): before and
  // after, as the re-sent confirmation shows them.
  booking_changed: { client: { data: ['field', 'from', 'to'] } },
  // A change of ours alone (the carrier before space is requested, the remarks).
  shipment_edited: { client: STAFF_ONLY },
  // Work beyond someone's authority, with staff reasons about the client.
  approval_requested: { client: STAFF_ONLY },
  approval_approved: { client: STAFF_ONLY },
  approval_rejected: { client: STAFF_ONLY },
  // Internal alerts to the operator and the salesperson.
  cutoff_alert: { client: STAFF_ONLY },
  roll_risk: { client: STAFF_ONLY },
  // A paper uploaded or removed (docs/papers.md): a client sees the kind and file name of those it may see
  // (`visibility: client`), never the staff's note, who removed it or why.
  attachment_added: { client: { data: ['kind', 'filename'], when: { visibility: 'client' } } },
  attachment_removed: { client: { data: ['kind', 'filename'], when: { visibility: 'client' } } },
  // Papers e-mailed to the client: which files (all client-visible); the note, the addresses and the e-mail
  // are the staff's record (who sent it is the event's actor).
  papers_sent: { client: { data: ['files'] } },
} as const satisfies Record<string, ShipmentEventDefinition>;

export type ShipmentEventType = keyof typeof SHIPMENT_EVENTS;

const DEFINITIONS: Readonly<Record<string, ShipmentEventDefinition>> = SHIPMENT_EVENTS;

/** The event types a client user may see (some only for the `data` values their view names). */
export const CLIENT_FACING_EVENTS: readonly { type: ShipmentEventType; view: ClientView }[] = Object.entries(
  DEFINITIONS,
).flatMap(([type, { client }]) =>
  client === STAFF_ONLY ? [] : [{ type: type as ShipmentEventType, view: client }],
);

/**
 * What a client user sees of an event's data, or null when the event is not for them at all. A type this
 * table does not know (an old row, a type since renamed) is staff-only.
 */
export function clientData(
  type: string,
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> | null {
  const view = Object.hasOwn(DEFINITIONS, type) ? DEFINITIONS[type]!.client : STAFF_ONLY;
  if (view === STAFF_ONLY) return null;
  if (view.when && Object.entries(view.when).some(([key, value]) => data[key] !== value)) return null;
  return Object.fromEntries(
    view.data.filter((key) => Object.hasOwn(data, key)).map((key) => [key, data[key]]),
  );
}

/**
 * The shipment's own fields that hold what the staff-only parts of the events above hold (the cancel
 * reason as the staff wrote it, the inspection fee we pay, who works it inside): a client user reads them
 * as null.
 */
export const STAFF_ONLY_SHIPMENT_FIELDS = ['cancelReason', 'inspectionFee', 'operatorId', 'remarks'] as const;
