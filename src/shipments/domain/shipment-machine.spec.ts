import {
  actionsFrom,
  AUTOMATIC_ACTIONS,
  BillingFacts,
  findTransition,
  GuardContext,
  missingFor,
  NO_BILLING,
  needsBilling,
  nextAutomatic,
  TRANSITIONS,
  TransitionRule,
  USER_ACTIONS,
  validateMachine,
  type UserAction,
} from './shipment-machine';
import { SHIPMENT_STATUSES, type ContainerStatus, type ShipmentStatus } from './shipment-status';

// The expected table, written out independently of TRANSITIONS: for every status, what each user action
// does (the new status, 'same' for a step recorded without moving) or '-' when it is refused with 409.
const EXPECTED: Record<ShipmentStatus, Partial<Record<UserAction, ShipmentStatus | 'same'>>> = {
  booking: { 'confirm-booking': 'booking_confirmed', cancel: 'cancelled' },
  booking_confirmed: { 'request-space': 'space_requested', cancel: 'cancelled' },
  space_requested: { 'release-so': 'so_released', cancel: 'cancelled' },
  so_released: { pickup: 'same', stuff: 'same', 'gate-in': 'same', roll: 'same', cancel: 'cancelled' },
  picked_up: { stuff: 'same', 'gate-in': 'same', roll: 'same', cancel: 'cancelled' },
  stuffed: { 'gate-in': 'same', roll: 'same', cancel: 'cancelled' },
  gated_in: { 'declare-customs': 'customs_declared', roll: 'same', cancel: 'cancelled' },
  customs_declared: {
    'flag-inspection': 'same',
    'clear-inspection': 'same',
    'release-customs': 'customs_released',
    roll: 'same',
    cancel: 'cancelled',
  },
  // Issue 16: rolls until the B/L is released (the B/L check redone once the SI is in), shut-out after
  // customs release.
  customs_released: { 'submit-si': 'si_submitted', roll: 'same', 'shut-out': 'cancelled' },
  si_submitted: { 'submit-si': 'si_submitted', 'approve-bl': 'same', roll: 'same', 'shut-out': 'cancelled' },
  bl_checked: { 'submit-si': 'si_submitted', roll: 'si_submitted', 'shut-out': 'cancelled' },
  debit_noted: { 'release-bl': 'released', roll: 'si_submitted', 'shut-out': 'cancelled' },
  paid: { 'release-bl': 'released', roll: 'si_submitted', 'shut-out': 'cancelled' },
  released: {},
  cancelled: {},
};

const ctx = (
  over: Partial<GuardContext['shipment']> = {},
  containers: ContainerStatus[] = ['planned'],
  billing: Partial<BillingFacts> = {},
): GuardContext => ({
  shipment: {
    status: 'booking',
    carrierId: 'c1',
    inspection: 'none',
    siRevision: 0,
    blApprovedClientRevision: null,
    blApprovedCarrierRevision: null,
    ...over,
  },
  containers: containers.map((status) => ({ status })),
  billing: { ...NO_BILLING, ...billing },
});

describe('the shipment state machine table', () => {
  it('is sound: every status reachable from booking, only released and cancelled terminal', () => {
    expect(validateMachine()).toEqual([]);
  });

  const cases = SHIPMENT_STATUSES.flatMap((status) =>
    USER_ACTIONS.map((action) => [status, action] as const),
  );
  it.each(cases)('from %s, %s does what the expected table says', (status, action) => {
    const expected = EXPECTED[status][action];
    const rule = findTransition(action, status);
    if (expected === undefined) {
      expect(rule).toBeUndefined();
      expect(actionsFrom(status)).not.toContain(action);
    } else {
      expect(rule).toBeDefined();
      expect(rule?.to === 'unchanged' ? 'same' : rule?.to).toBe(expected);
      expect(actionsFrom(status)).toContain(action);
    }
  });

  it('lists exactly the expected actions for every status', () => {
    for (const status of SHIPMENT_STATUSES) {
      expect(actionsFrom(status).sort()).toEqual(Object.keys(EXPECTED[status]).sort());
    }
  });

  it('gives every row an event type', () => {
    for (const rule of TRANSITIONS) expect(rule.event).toMatch(/^[a-z_]+$/);
  });

  describe('validateMachine finds broken tables', () => {
    const without = (pred: (r: TransitionRule) => boolean): TransitionRule[] =>
      TRANSITIONS.filter((r) => !pred(r));
    it('an unreachable status', () => {
      expect(validateMachine(without((r) => r.to === 'paid'))).toContain(
        'paid is not reachable from booking',
      );
    });
    it('a dead end', () => {
      expect(validateMachine(without((r) => r.from.includes('paid') && r.to !== 'unchanged'))).toContain(
        'paid is a dead end but not terminal',
      );
    });
    it('a way out of a terminal status', () => {
      const extra: TransitionRule = {
        action: 'cancel',
        from: ['released'],
        to: 'cancelled',
        guards: [],
        event: 'cancelled',
      };
      expect(validateMachine([...TRANSITIONS, extra])).toContain('released is terminal but has a way out');
    });
    it('an action defined twice from one status', () => {
      const twice: TransitionRule = {
        action: 'roll',
        from: ['gated_in'],
        to: 'unchanged',
        guards: [],
        event: 'rolled',
      };
      expect(validateMachine([...TRANSITIONS, twice])).toContain('roll from gated_in is defined twice');
    });
  });
});

describe('guards at their edges', () => {
  const missing = (action: UserAction, c: GuardContext): string[] => {
    const rule = findTransition(action, c.shipment.status);
    if (!rule) throw new Error(`no rule for ${action} from ${c.shipment.status}`);
    return missingFor(rule, c);
  };

  it('request-space needs a carrier, on the shipment or in the body', () => {
    const c = ctx({ status: 'booking_confirmed', carrierId: null });
    expect(missing('request-space', c)).toEqual([expect.stringContaining('carrier')]);
    expect(missing('request-space', { ...c, input: { carrierId: 'x' } })).toEqual([]);
    expect(missing('request-space', ctx({ status: 'booking_confirmed' }))).toEqual([]);
  });

  it('release-customs is refused while an inspection is pending, allowed once cleared or never flagged', () => {
    expect(
      missing('release-customs', ctx({ status: 'customs_declared', inspection: 'pending' })),
    ).toHaveLength(1);
    expect(missing('release-customs', ctx({ status: 'customs_declared', inspection: 'cleared' }))).toEqual(
      [],
    );
    expect(missing('release-customs', ctx({ status: 'customs_declared', inspection: 'none' }))).toEqual([]);
  });

  it('an inspection can be cleared only when pending, and flagged only when not', () => {
    expect(missing('clear-inspection', ctx({ status: 'customs_declared', inspection: 'none' }))).toHaveLength(
      1,
    );
    expect(missing('clear-inspection', ctx({ status: 'customs_declared', inspection: 'pending' }))).toEqual(
      [],
    );
    expect(
      missing('flag-inspection', ctx({ status: 'customs_declared', inspection: 'pending' })),
    ).toHaveLength(1);
    expect(missing('flag-inspection', ctx({ status: 'customs_declared', inspection: 'cleared' }))).toEqual(
      [],
    );
  });

  it('container steps need a container in the step before', () => {
    expect(missing('pickup', ctx({ status: 'so_released' }, ['picked_up', 'planned']))).toEqual([]);
    expect(missing('stuff', ctx({ status: 'so_released' }, ['planned', 'planned']))).toHaveLength(1);
    expect(missing('gate-in', ctx({ status: 'picked_up' }, ['picked_up', 'picked_up']))).toHaveLength(1);
    expect(missing('gate-in', ctx({ status: 'picked_up' }, ['stuffed', 'picked_up']))).toEqual([]);
  });

  it('release-bl from debit_noted needs billing to allow release before payment; from paid it does not', () => {
    const blocked = ctx({ status: 'debit_noted' }, ['gated_in'], {
      releaseBeforePaymentBlockers: ['over the credit limit'],
    });
    expect(missing('release-bl', blocked)).toEqual(['over the credit limit']);
    expect(
      missing(
        'release-bl',
        ctx({ status: 'debit_noted' }, ['gated_in'], { releaseBeforePaymentBlockers: [] }),
      ),
    ).toEqual([]);
    expect(
      missing('release-bl', ctx({ status: 'paid' }, ['gated_in'], { releaseBeforePaymentBlockers: ['x'] })),
    ).toEqual([]);
  });

  it('shut-out follows the same rule as cancel', () => {
    expect(
      missing('shut-out', ctx({ status: 'customs_released' }, ['gated_in'], { unvoidedIssuedNotes: 2 })),
    ).toEqual(['void the 2 issued debit note(s) first']);
    expect(missing('shut-out', ctx({ status: 'paid' }, ['gated_in'], { unvoidedIssuedNotes: 0 }))).toEqual(
      [],
    );
  });

  it('cancel is refused with an issued, unvoided debit note', () => {
    expect(
      missing('cancel', ctx({ status: 'gated_in' }, ['gated_in'], { unvoidedIssuedNotes: 1 })),
    ).toHaveLength(1);
    expect(missing('cancel', ctx({ status: 'gated_in' }, ['gated_in'], { unvoidedIssuedNotes: 0 }))).toEqual(
      [],
    );
  });
});

describe('automatic steps', () => {
  const auto = (c: GuardContext): string | undefined => nextAutomatic(c)?.action;

  it('move the shipment when its last container moves, not before', () => {
    expect(auto(ctx({ status: 'so_released' }, ['picked_up', 'planned']))).toBeUndefined();
    expect(auto(ctx({ status: 'so_released' }, ['picked_up', 'stuffed']))).toBe('all-picked-up');
    expect(auto(ctx({ status: 'picked_up' }, ['stuffed', 'picked_up']))).toBeUndefined();
    expect(auto(ctx({ status: 'picked_up' }, ['stuffed', 'gated_in']))).toBe('all-stuffed');
    expect(auto(ctx({ status: 'stuffed' }, ['gated_in', 'gated_in']))).toBe('all-gated-in');
  });

  it('move to bl_checked only when both sides approved the current revision', () => {
    const base = { status: 'si_submitted' as const, siRevision: 2 };
    expect(
      auto(ctx({ ...base, blApprovedClientRevision: 2, blApprovedCarrierRevision: null })),
    ).toBeUndefined();
    expect(auto(ctx({ ...base, blApprovedClientRevision: 2, blApprovedCarrierRevision: 1 }))).toBeUndefined();
    expect(auto(ctx({ ...base, blApprovedClientRevision: 2, blApprovedCarrierRevision: 2 }))).toBe(
      'bl-agreed',
    );
  });

  it('follow billing: debit_noted on the first issued receivable, paid when none is unpaid', () => {
    expect(auto(ctx({ status: 'bl_checked' }))).toBeUndefined();
    expect(
      auto(ctx({ status: 'bl_checked' }, [], { issuedReceivableNotes: 1, unpaidReceivableNotes: 1 })),
    ).toBe('debit-note-issued');
    expect(
      auto(ctx({ status: 'debit_noted' }, [], { issuedReceivableNotes: 2, unpaidReceivableNotes: 1 })),
    ).toBeUndefined();
    expect(
      auto(ctx({ status: 'debit_noted' }, [], { issuedReceivableNotes: 2, unpaidReceivableNotes: 0 })),
    ).toBe('fully-paid');
  });

  it('take a debit_noted shipment back to bl_checked when its receivable notes are all voided', () => {
    expect(auto(ctx({ status: 'debit_noted' }, [], { issuedReceivableNotes: 0 }))).toBe('debit-notes-voided');
    expect(
      auto(ctx({ status: 'debit_noted' }, [], { issuedReceivableNotes: 1, unpaidReceivableNotes: 1 })),
    ).toBeUndefined();
  });

  it('are never offered as user actions', () => {
    for (const status of SHIPMENT_STATUSES) {
      for (const a of AUTOMATIC_ACTIONS) expect(actionsFrom(status)).not.toContain(a);
    }
  });
});

describe('billing facts, loaded only for the rules that read them', () => {
  // Facts that differ from NO_BILLING in every field, so that a guard reading them shows it.
  const someBilling: BillingFacts = {
    issuedReceivableNotes: 2,
    unpaidReceivableNotes: 1,
    unvoidedIssuedNotes: 3,
    releaseBeforePaymentBlockers: ['over the credit limit'],
    belowFloorBlockers: ['below the floor'],
  };
  const unreadable = (over: Partial<GuardContext['shipment']>): GuardContext => {
    const base = ctx(over, ['planned', 'gated_in']);
    return {
      ...base,
      get billing(): BillingFacts {
        throw new Error('billing read');
      },
    };
  };

  it('a rule not marked as needing billing never reads it, from any status', () => {
    for (const rule of TRANSITIONS.filter((r) => !needsBilling(r))) {
      for (const status of SHIPMENT_STATUSES) {
        for (const inspection of ['none', 'pending', 'cleared'] as const) {
          expect(() => missingFor(rule, unreadable({ status, inspection, siRevision: 1 }))).not.toThrow();
        }
      }
    }
  });

  it('a rule marked as needing billing answers differently with other facts', () => {
    for (const rule of TRANSITIONS.filter(needsBilling)) {
      const status = rule.from[0]!;
      expect(missingFor(rule, ctx({ status }, [], someBilling))).not.toEqual(
        missingFor(rule, ctx({ status }, [], NO_BILLING)),
      );
    }
  });

  it('are needed by cancel, release before payment and the billing steps, and by nothing else', () => {
    const marked = TRANSITIONS.filter(needsBilling).map((r) => `${r.action}@${r.from.join('|')}`);
    expect(marked.sort()).toEqual(
      [
        'confirm-booking@booking',
        'cancel@booking|booking_confirmed|space_requested|so_released|picked_up|stuffed|gated_in|customs_declared',
        'debit-note-issued@bl_checked',
        'debit-notes-voided@debit_noted',
        'fully-paid@debit_noted',
        'release-bl@debit_noted',
        'shut-out@customs_released|si_submitted|bl_checked|debit_noted|paid',
      ].sort(),
    );
  });
});
