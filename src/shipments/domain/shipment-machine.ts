import type { ShipmentEventType } from './shipment-events';
import {
  SHIPMENT_STATUSES,
  statusesBetween,
  TERMINAL_STATUSES,
  type ContainerStatus,
  type InspectionState,
  type ShipmentStatus,
} from './shipment-status';

/** What an operator can ask of a shipment (POST …/actions/<action>, and the container steps). */
export const USER_ACTIONS = [
  'confirm-booking',
  'request-space',
  'release-so',
  'pickup',
  'stuff',
  'gate-in',
  'declare-customs',
  'flag-inspection',
  'clear-inspection',
  'release-customs',
  'submit-si',
  'approve-bl',
  'release-bl',
  'roll',
  'cancel',
  'shut-out',
] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** Steps the shipment takes by itself once their guard holds (its last container moved, both sides agreed, billing). */
export const AUTOMATIC_ACTIONS = [
  'all-picked-up',
  'all-stuffed',
  'all-gated-in',
  'bl-agreed',
  'debit-note-issued',
  'fully-paid',
  'debit-notes-voided',
] as const;
export type AutomaticAction = (typeof AUTOMATIC_ACTIONS)[number];
export type ShipmentAction = UserAction | AutomaticAction;

export const CONTAINER_ACTIONS = ['pickup', 'stuff', 'gate-in'] as const satisfies readonly UserAction[];
export type ContainerAction = (typeof CONTAINER_ACTIONS)[number];

/** What the billing module knows about a shipment's debit notes (the guards of the last stages ask it). */
export interface BillingFacts {
  /** Issued (not void) receivable notes. */
  issuedReceivableNotes: number;
  /** Of those, not yet fully paid. */
  unpaidReceivableNotes: number;
  /** Issued, unvoided notes of either direction: a shipment with one cannot be cancelled. */
  unvoidedIssuedNotes: number;
  /** Why releasing the B/L before payment is refused now ([] when the client's credit or an approval allows it). */
  releaseBeforePaymentBlockers: string[];
  /**
   * Why the booking cannot be confirmed for its price: the floors its agreed rate is under, without a manager's
   * below_floor_price approval ([] when none; docs/domain.md, "Floor prices"). Asked only of a booking.
   */
  belowFloorBlockers: string[];
}

export const NO_BILLING: BillingFacts = {
  issuedReceivableNotes: 0,
  unpaidReceivableNotes: 0,
  unvoidedIssuedNotes: 0,
  releaseBeforePaymentBlockers: ['no debit note has been issued'],
  belowFloorBlockers: [],
};

/** The facts every guard may look at: a snapshot of the shipment, its containers and its billing. */
export interface GuardContext {
  shipment: {
    status: ShipmentStatus;
    carrierId: string | null;
    inspection: InspectionState;
    siRevision: number;
    blApprovedClientRevision: number | null;
    blApprovedCarrierRevision: number | null;
  };
  containers: readonly { status: ContainerStatus }[];
  billing: BillingFacts;
  /** What the request body says that a guard or the billing facts look at (next-actions evaluates without). */
  input?: GuardInput;
}

/** The parts of an action's body its guards read: a carrier named with it, the approval a release relies on. */
export interface GuardInput {
  carrierId?: string;
  approvalId?: string;
}

/** A guard returns what is missing, in words an operator can act on; [] means it holds. */
export type Guard = (ctx: GuardContext) => string[];

export interface TransitionRule {
  action: ShipmentAction;
  from: readonly ShipmentStatus[];
  /** The new status, or `unchanged` for steps recorded without moving (inspection, roll, one side's approval). */
  to: ShipmentStatus | 'unchanged';
  guards: readonly Guard[];
  /** The event type written to the history (who may see it: shipment-events.ts). */
  event: ShipmentEventType;
  /** DCSA Track & Trace event code, where one exists. */
  dcsa?: string;
}

const ORDER: Record<ContainerStatus, number> = { planned: 0, picked_up: 1, stuffed: 2, gated_in: 3 };
const every =
  (at: ContainerStatus): Guard =>
  ({ containers }) => {
    const behind = containers.filter((c) => ORDER[c.status] < ORDER[at]).length;
    if (containers.length === 0) return ['the shipment has no containers'];
    return behind ? [`${behind} of ${containers.length} containers not yet ${at.replace('_', ' ')}`] : [];
  };
const some =
  (status: ContainerStatus, what: string): Guard =>
  ({ containers }) =>
    containers.some((c) => c.status === status) ? [] : [`no container is ${what}`];

const carrierKnown: Guard = ({ shipment, input }) =>
  shipment.carrierId || input?.carrierId
    ? []
    : ['a carrier (give carrierId, or set one with PATCH /shipments/:id { carrierId })'];
const noInspectionPending: Guard = ({ shipment }) =>
  shipment.inspection === 'pending' ? ['the customs inspection is still pending: clear it first'] : [];
const inspectionPending: Guard = ({ shipment }) =>
  shipment.inspection === 'pending' ? [] : ['no customs inspection is pending'];
const bothApproved: Guard = ({ shipment: s }) => {
  const missing: string[] = [];
  if (s.blApprovedClientRevision !== s.siRevision)
    missing.push(`the client's approval of SI revision ${s.siRevision}`);
  if (s.blApprovedCarrierRevision !== s.siRevision)
    missing.push(`the carrier's approval of SI revision ${s.siRevision}`);
  return missing;
};
/**
 * Guards that read the billing facts. The facts cost the database a query or more, and most actions never
 * look at them: the writer loads them only for a rule that has one of these (`needsBilling`), and the
 * guard context refuses to be read for them otherwise, so that a guard forgotten here fails loudly.
 */
const BILLING_GUARDS = new WeakSet<Guard>();
const billingGuard = (guard: Guard): Guard => {
  BILLING_GUARDS.add(guard);
  return guard;
};
const receivableIssued = billingGuard(({ billing }) =>
  billing.issuedReceivableNotes > 0 ? [] : ['an issued receivable debit note'],
);
const allPaid = billingGuard(({ billing }) =>
  billing.issuedReceivableNotes === 0
    ? ['an issued receivable debit note']
    : billing.unpaidReceivableNotes > 0
      ? [`payment of ${billing.unpaidReceivableNotes} receivable debit note(s)`]
      : [],
);
const noReceivableIssued = billingGuard(({ billing }) =>
  billing.issuedReceivableNotes === 0 ? [] : ['no issued receivable debit note'],
);
const atOrAboveFloor = billingGuard(({ billing }) => billing.belowFloorBlockers);
const releaseBeforePayment = billingGuard(({ billing }) => billing.releaseBeforePaymentBlockers);
const noIssuedDebitNote = billingGuard(({ billing }) =>
  billing.unvoidedIssuedNotes > 0
    ? [`void the ${billing.unvoidedIssuedNotes} issued debit note(s) first`]
    : [],
);

/**
 * A roll recorded where the shipment stands: from the S/O's release to the SI's submission, both included
 * (from `si_submitted` the handler clears the B/L approvals: the vessel is on the draft).
 */
const ROLL_IN_PLACE = statusesBetween('so_released', 'si_submitted');
/**
 * A roll once the B/L draft is agreed, and until the B/L is released: the draft names the old vessel, so the
 * check is redone (back to `si_submitted`, approvals cleared). Issued debit notes stay as they are; once both
 * sides approve again the automatic steps bring the shipment back to `debit_noted` or `paid`.
 */
const ROLL_AFTER_BL_CHECK = statusesBetween('bl_checked', 'paid');
/** From booking to customs declaration, both included. */
const CANCELLABLE = statusesBetween('booking', 'customs_declared');
/** After customs release and before the B/L's: the cargo can only be shut out (退关), customs withdrawing. */
const SHUT_OUT_FROM = statusesBetween('customs_released', 'paid');

/**
 * The shipment state machine as data (docs/domain.md "One export shipment, stage by stage"; docs/api.md "Actions"). Each row: the
 * statuses it may start from, where it goes, and the guards that must hold. An action from a status no row
 * lists is refused with 409; a failing guard with 422 and what is missing.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  {
    action: 'confirm-booking',
    from: ['booking'],
    to: 'booking_confirmed',
    // Selling below the floor price needs a manager's approval (docs/domain.md, "Floor prices").
    guards: [atOrAboveFloor],
    event: 'booking_confirmed',
    dcsa: 'CONF',
  },
  {
    action: 'request-space',
    from: ['booking_confirmed'],
    to: 'space_requested',
    guards: [carrierKnown],
    event: 'space_requested',
    dcsa: 'REQS',
  },
  {
    action: 'release-so',
    from: ['space_requested'],
    to: 'so_released',
    guards: [],
    event: 'so_released',
    dcsa: 'ISSU',
  },
  // Container steps: a container may run ahead of the others (one truck stuffs while another is still at the depot).
  {
    action: 'pickup',
    from: ['so_released'],
    to: 'unchanged',
    guards: [some('planned', 'waiting for pickup')],
    event: 'container_picked_up',
    dcsa: 'GTOT',
  },
  {
    action: 'stuff',
    from: ['so_released', 'picked_up'],
    to: 'unchanged',
    guards: [some('picked_up', 'picked up and waiting to be stuffed')],
    event: 'container_stuffed',
    dcsa: 'STUF',
  },
  {
    action: 'gate-in',
    from: ['so_released', 'picked_up', 'stuffed'],
    to: 'unchanged',
    guards: [some('stuffed', 'stuffed and waiting to gate in')],
    event: 'container_gated_in',
    dcsa: 'GTIN',
  },
  {
    action: 'all-picked-up',
    from: ['so_released'],
    to: 'picked_up',
    guards: [every('picked_up')],
    event: 'all_containers_picked_up',
  },
  {
    action: 'all-stuffed',
    from: ['picked_up'],
    to: 'stuffed',
    guards: [every('stuffed')],
    event: 'all_containers_stuffed',
  },
  {
    action: 'all-gated-in',
    from: ['stuffed'],
    to: 'gated_in',
    guards: [every('gated_in')],
    event: 'all_containers_gated_in',
  },
  // Customs declare only once their system shows the containers through the gate (docs/domain.md, step 7).
  {
    action: 'declare-customs',
    from: ['gated_in'],
    to: 'customs_declared',
    guards: [],
    event: 'customs_declared',
  },
  {
    action: 'flag-inspection',
    from: ['customs_declared'],
    to: 'unchanged',
    guards: [({ shipment }) => (shipment.inspection === 'pending' ? ['no inspection already pending'] : [])],
    event: 'inspection_flagged',
    dcsa: 'CUSI',
  },
  {
    action: 'clear-inspection',
    from: ['customs_declared'],
    to: 'unchanged',
    guards: [inspectionPending],
    event: 'inspection_cleared',
  },
  {
    action: 'release-customs',
    from: ['customs_declared'],
    to: 'customs_released',
    guards: [noInspectionPending],
    event: 'customs_released',
    dcsa: 'CUSR',
  },
  {
    action: 'submit-si',
    from: ['customs_released', 'si_submitted', 'bl_checked'],
    to: 'si_submitted',
    guards: [],
    event: 'si_submitted',
    dcsa: 'SUBM',
  },
  {
    action: 'approve-bl',
    from: ['si_submitted'],
    to: 'unchanged',
    guards: [],
    event: 'bl_approved',
    dcsa: 'APPR',
  },
  {
    action: 'bl-agreed',
    from: ['si_submitted'],
    to: 'bl_checked',
    guards: [bothApproved],
    event: 'bl_checked',
  },
  {
    action: 'debit-note-issued',
    from: ['bl_checked'],
    to: 'debit_noted',
    guards: [receivableIssued],
    event: 'debit_noted',
    dcsa: 'ISSU',
  },
  { action: 'fully-paid', from: ['debit_noted'], to: 'paid', guards: [allPaid], event: 'paid' },
  // Its only receivable note voided, the shipment waits for a new one where it was.
  {
    action: 'debit-notes-voided',
    from: ['debit_noted'],
    to: 'bl_checked',
    guards: [noReceivableIssued],
    event: 'debit_notes_voided',
  },
  // Cash first; collect and monthly clients within credit, or with a manager's approval (docs/domain.md, step 13).
  { action: 'release-bl', from: ['paid'], to: 'released', guards: [], event: 'bl_released', dcsa: 'RELS' },
  {
    action: 'release-bl',
    from: ['debit_noted'],
    to: 'released',
    guards: [releaseBeforePayment],
    event: 'bl_released',
    dcsa: 'RELS',
  },
  { action: 'roll', from: ROLL_IN_PLACE, to: 'unchanged', guards: [], event: 'rolled' },
  { action: 'roll', from: ROLL_AFTER_BL_CHECK, to: 'si_submitted', guards: [], event: 'rolled' },
  {
    action: 'cancel',
    from: CANCELLABLE,
    to: 'cancelled',
    guards: [noIssuedDebitNote],
    event: 'cancelled',
    dcsa: 'CANC',
  },
  // After customs release: a distinct step with cancel's billing rule (docs/domain.md, 退关).
  {
    action: 'shut-out',
    from: SHUT_OUT_FROM,
    to: 'cancelled',
    guards: [noIssuedDebitNote],
    event: 'shut_out',
    dcsa: 'CANC',
  },
];

/** The row for this action from this status, if any. */
export function findTransition(action: ShipmentAction, status: ShipmentStatus): TransitionRule | undefined {
  return TRANSITIONS.find((t) => t.action === action && t.from.includes(status));
}

/** The user actions the status permits (whatever their guards say). */
export function actionsFrom(status: ShipmentStatus): UserAction[] {
  return USER_ACTIONS.filter((action) => findTransition(action, status));
}

/** What is missing for this rule now ([] when every guard holds). */
export function missingFor(rule: TransitionRule, ctx: GuardContext): string[] {
  return rule.guards.flatMap((guard) => guard(ctx));
}

/** Whether any guard of the rule reads the billing facts (then they must be loaded before it is checked). */
export function needsBilling(rule: TransitionRule): boolean {
  return rule.guards.some((guard) => BILLING_GUARDS.has(guard));
}

/** The automatic steps that may start from this status. */
export function automaticFrom(status: ShipmentStatus): TransitionRule[] {
  return TRANSITIONS.filter(
    (t) => (AUTOMATIC_ACTIONS as readonly string[]).includes(t.action) && t.from.includes(status),
  );
}

/** The automatic step that applies now, if any (the writer applies them until none does). */
export function nextAutomatic(ctx: GuardContext): TransitionRule | undefined {
  return automaticFrom(ctx.shipment.status).find((t) => missingFor(t, ctx).length === 0);
}

/**
 * Checks the table: every status reachable from `booking`, only the terminal statuses without a way out,
 * no row leaving a terminal status. Returns the problems ([] when sound); the app refuses to start otherwise.
 */
export function validateMachine(rules: readonly TransitionRule[] = TRANSITIONS): string[] {
  const problems: string[] = [];
  const reachable = new Set<ShipmentStatus>(['booking']);
  for (let grew = true; grew;) {
    grew = false;
    for (const rule of rules) {
      if (rule.to !== 'unchanged' && !reachable.has(rule.to) && rule.from.some((s) => reachable.has(s))) {
        reachable.add(rule.to);
        grew = true;
      }
    }
  }
  for (const status of SHIPMENT_STATUSES) {
    if (!reachable.has(status)) problems.push(`${status} is not reachable from booking`);
    const leaves = rules.some((r) => r.from.includes(status) && r.to !== 'unchanged' && r.to !== status);
    const terminal = TERMINAL_STATUSES.includes(status);
    if (terminal && rules.some((r) => r.from.includes(status)))
      problems.push(`${status} is terminal but has a way out`);
    if (!terminal && !leaves) problems.push(`${status} is a dead end but not terminal`);
  }
  const seen = new Set<string>();
  for (const rule of rules) {
    for (const from of rule.from) {
      const key = `${rule.action}@${from}`;
      if (seen.has(key)) problems.push(`${rule.action} from ${from} is defined twice`);
      seen.add(key);
    }
  }
  return problems;
}
