import type { ShipmentEventType } from '../../src/shipments/domain/shipment-events';
import type { ShipmentStatus } from '../../src/shipments/domain/shipment-status';

/**
 * A shipment's history as the bulk data writes it: every change of status on the path the shipment took
 * (docs/state-machine.md), with the event type, DCSA code and data the app writes for it, and the few
 * steps recorded without a change that tell the story (a roll, a customs inspection, a revised SI). The app
 * also writes one event per container step, per B/L approval and per billing document; those are left out,
 * which keeps the table near thirteen events a shipment instead of about twenty-five.
 *
 * Each stage's time is a column of the plan (`at`); a stage whose time is null or after the shipment's
 * limit (the as-of moment, or its cancellation) has not happened.
 */
export interface Stage {
  type: ShipmentEventType;
  /** The plan's column with the time it happened. */
  at: string;
  /** The status before and after; `to` null: unchanged. `from` null: the booking itself. */
  from: ShipmentStatus | null | 'cancel-stage' | 'release-from';
  to: ShipmentStatus | null;
  dcsa: string | null;
  /** Who did it: the operator of the shipment, accounts, or whoever booked it. */
  actor: 'op' | 'acc' | 'creator';
  /** The event's data, a jsonb expression over the plan (s) and carrier (kc); null: `{}`. */
  data: string | null;
  /** For a stage only some shipments go through: the plan's condition for it (it shifts the later numbers). */
  only?: string;
}

/** The statuses a shipment may be cancelled from, in order (the cancel stage numbers 1-8 of the plan). */
export const CANCEL_STAGES: readonly ShipmentStatus[] = [
  'booking',
  'booking_confirmed',
  'space_requested',
  'so_released',
  'picked_up',
  'stuffed',
  'gated_in',
  'customs_declared',
];

const voyage = (vessel: string, voy: string, etd: string): string =>
  `jsonb_build_object('vessel', ${vessel}, 'voyage', ${voy}, 'etd', seed_bulk.iso(${etd}))`;
const cutoffs = (shift: string): string =>
  `jsonb_build_object('cy', seed_bulk.iso(s.cutoff_cy ${shift}), 'si', seed_bulk.iso(s.cutoff_si ${shift}),
                      'customs', seed_bulk.iso(s.cutoff_customs ${shift}), 'vgm', seed_bulk.iso(s.cutoff_vgm ${shift}))`;
const BEFORE_ROLL = `- s.roll_shift`;

export const STAGES: readonly Stage[] = [
  {
    type: 'booking_created',
    at: 's.t0',
    from: null,
    to: 'booking',
    dcsa: 'RECE',
    actor: 'creator',
    data: `jsonb_build_object('reference', s.reference,
             'containers', jsonb_build_array(jsonb_build_object('type', s.ctype, 'quantity', s.k)))`,
  },
  {
    type: 'booking_confirmed',
    at: 's.t_conf',
    from: 'booking',
    to: 'booking_confirmed',
    dcsa: 'CONF',
    actor: 'op',
    data: null,
  },
  {
    type: 'space_requested',
    at: 's.t_space',
    from: 'booking_confirmed',
    to: 'space_requested',
    dcsa: 'REQS',
    actor: 'op',
    data: `jsonb_build_object('carrierId', kc.id)`,
  },
  {
    type: 'so_released',
    at: 's.t_so',
    from: 'space_requested',
    to: 'so_released',
    dcsa: 'ISSU',
    actor: 'op',
    data: `jsonb_build_object('soNumber', s.so_number, 'carrierBookingReference', s.booking_ref)
           || ${voyage('s.vessel0', 's.voyage0', 's.etd0')}`,
  },
  {
    type: 'rolled',
    at: 's.t_roll',
    only: 's.rolled',
    from: 'so_released',
    to: null,
    dcsa: null,
    actor: 'op',
    data: `jsonb_build_object('reason', s.roll_reason,
             'from', ${voyage('s.vessel0', 's.voyage0', 's.etd0')} || jsonb_build_object('cutoffs', ${cutoffs(BEFORE_ROLL)}),
             'to', ${voyage('s.vessel1', 's.voyage1', 's.etd')} || jsonb_build_object('cutoffs', ${cutoffs('')}))`,
  },
  {
    type: 'all_containers_picked_up',
    at: 's.t_picked',
    from: 'so_released',
    to: 'picked_up',
    dcsa: null,
    actor: 'op',
    data: null,
  },
  {
    type: 'all_containers_stuffed',
    at: 's.t_stuffed',
    from: 'picked_up',
    to: 'stuffed',
    dcsa: null,
    actor: 'op',
    data: null,
  },
  {
    type: 'all_containers_gated_in',
    at: 's.t_gated',
    from: 'stuffed',
    to: 'gated_in',
    dcsa: null,
    actor: 'op',
    data: null,
  },
  {
    type: 'customs_declared',
    at: 's.t_decl',
    from: 'gated_in',
    to: 'customs_declared',
    dcsa: null,
    actor: 'op',
    data: `jsonb_build_object('declarationNumber', s.declaration_number)`,
  },
  {
    type: 'inspection_flagged',
    at: 's.t_flag',
    only: 's.inspected',
    from: 'customs_declared',
    to: null,
    dcsa: 'CUSI',
    actor: 'op',
    data: `jsonb_build_object('fee', jsonb_build_object('amount', '550.00', 'currency', 'CNY'), 'note', NULL)`,
  },
  {
    type: 'inspection_cleared',
    at: 's.t_clear',
    only: 's.inspected',
    from: 'customs_declared',
    to: null,
    dcsa: null,
    actor: 'op',
    data: `jsonb_build_object('note', NULL)`,
  },
  {
    type: 'customs_released',
    at: 's.t_cust',
    from: 'customs_declared',
    to: 'customs_released',
    dcsa: 'CUSR',
    actor: 'op',
    data: null,
  },
  {
    type: 'si_submitted',
    at: 's.t_si',
    from: 'customs_released',
    to: 'si_submitted',
    dcsa: 'SUBM',
    actor: 'op',
    data: `jsonb_build_object('revision', 1, 'blType', s.bl_type)`,
  },
  {
    type: 'si_submitted',
    at: 's.t_si2',
    only: 's.revised',
    from: 'si_submitted',
    to: null,
    dcsa: 'SUBM',
    actor: 'op',
    data: `jsonb_build_object('revision', 2, 'blType', s.bl_type)`,
  },
  {
    type: 'bl_checked',
    at: 's.t_checked',
    from: 'si_submitted',
    to: 'bl_checked',
    dcsa: null,
    actor: 'op',
    data: null,
  },
  {
    type: 'debit_noted',
    at: 's.t_dn',
    from: 'bl_checked',
    to: 'debit_noted',
    dcsa: 'ISSU',
    actor: 'acc',
    data: null,
  },
  {
    type: 'paid',
    at: 's.t_paid',
    from: 'debit_noted',
    to: 'paid',
    dcsa: null,
    actor: 'acc',
    data: null,
    only: 's.t_paid IS NOT NULL',
  },
  {
    type: 'bl_released',
    at: 's.t_rel',
    from: 'release-from',
    to: 'released',
    dcsa: 'RELS',
    actor: 'op',
    data: `jsonb_build_object('mode', s.bl_type, 'approvalId', NULL, 'beforePayment', s.t_paid IS NULL)`,
  },
  {
    type: 'cancelled',
    at: 's.t_cancel',
    from: 'cancel-stage',
    to: 'cancelled',
    dcsa: 'CANC',
    actor: 'creator',
    data: `jsonb_build_object('reason', s.cancel_reason)`,
  },
];

/** Whether the stage has happened by the shipment's limit. */
export const happened = (stage: Pick<Stage, 'at'>): string => `(${stage.at} <= s.lim)`;

/** The shipment's status: the last status-changing stage it reached. */
export function statusSql(): string {
  const arms = STAGES.filter((s) => s.to !== null && s.from !== null)
    .reverse()
    .map((s) => `WHEN ${happened(s)} THEN '${s.to}'`);
  return `(CASE ${arms.join(' ')} ELSE 'booking' END)`;
}

/** How many events the shipment has: its version (each change wrote one, the booking the first). */
export function eventCountSql(): string {
  return `(${STAGES.map((s) => `coalesce(${happened(s)}, false)::int`).join(' + ')})`;
}

/** When it last changed: its last event. */
export function lastEventSql(): string {
  return `GREATEST(${STAGES.map((s) => `CASE WHEN ${happened(s)} THEN ${s.at} END`).join(', ')})`;
}

/**
 * The number of the stage's event in the shipment's history, without counting rows: the stages happen in
 * the order of the list, so it is the stage's place less the optional stages before it that the shipment
 * did not go through. A cancellation comes after whatever happened: its number is the count of them all.
 */
export function seqSql(index: number): string {
  if (STAGES[index]!.type === 'cancelled') return eventCountSql();
  const skipped = STAGES.slice(0, index).flatMap((s) => (s.only ? [`(NOT (${s.only}))::int`] : []));
  return skipped.length ? `(${index + 1} - ${skipped.join(' - ')})` : `${index + 1}`;
}

/** The status an event starts from, as SQL. */
export function fromStatusSql(stage: Stage): string {
  if (stage.from === null) return 'NULL';
  if (stage.from === 'cancel-stage')
    return `(${`ARRAY[${CANCEL_STAGES.map((s) => `'${s}'`).join(', ')}]`})[s.cancel_stage]`;
  if (stage.from === 'release-from') return `CASE WHEN s.t_paid IS NULL THEN 'debit_noted' ELSE 'paid' END`;
  return `'${stage.from}'`;
}
