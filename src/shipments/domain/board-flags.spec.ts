import { boardFlags, MAIN_NEXT_ACTION, mainNextAction, type BoardFacts } from './board-flags';
import { actionsFrom } from './shipment-machine';
import { SHIPMENT_STATUSES } from './shipment-status';

describe('boardFlags', () => {
  const now = new Date('2026-11-27T08:00:00Z');
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
  const facts = (over: Partial<BoardFacts>): BoardFacts => ({
    status: 'so_released',
    cutoffCy: null,
    cutoffSi: null,
    cutoffCustoms: null,
    inspection: 'none',
    siRevision: 0,
    blApprovedClientRevision: null,
    blApprovedCarrierRevision: null,
    rolled: false,
    ...over,
  });

  it.each([
    // status, CY cut-off in hours, expected
    ['so_released', 49, []],
    ['so_released', 48, ['cy_cutoff_soon']],
    ['stuffed', 0.01, ['cy_cutoff_soon']],
    ['stuffed', 0, ['cy_cutoff_passed']],
    ['picked_up', -5, ['cy_cutoff_passed']],
    // Through the gate: the CY cut-off no longer concerns it; customs then does, on the CY cut-off.
    ['gated_in', 10, []],
    ['gated_in', -1, ['customs_cutoff_passed']],
    ['customs_released', -1, []],
    ['booking', -1, []],
  ] as const)('%s with the CY cut-off in %d h: %j', (status, h, expected) => {
    expect(boardFlags(facts({ status, cutoffCy: hours(h) }), now, 48)).toEqual(expected);
  });

  it.each([
    ['so_released', 12, ['si_cutoff_soon']],
    ['customs_released', -2, ['si_cutoff_passed']],
    ['bl_checked', -2, []],
  ] as const)('%s with the SI cut-off in %d h: %j', (status, h, expected) => {
    expect(boardFlags(facts({ status, cutoffSi: hours(h) }), now, 24)).toEqual(expected);
  });

  it('takes the customs cut-off over the CY one when there is one, and marks a pending inspection', () => {
    expect(
      boardFlags(
        facts({
          status: 'customs_declared',
          cutoffCy: hours(-3),
          cutoffCustoms: hours(3),
          inspection: 'pending',
        }),
        now,
        24,
      ),
    ).toEqual(['inspection']);
    expect(
      boardFlags(
        facts({ status: 'customs_declared', cutoffCustoms: hours(-1), inspection: 'cleared' }),
        now,
        24,
      ),
    ).toEqual(['customs_cutoff_passed']);
  });

  it('marks a roll, and a B/L draft waiting for either side to approve its current revision', () => {
    expect(boardFlags(facts({ status: 'customs_released', rolled: true }), now, 24)).toEqual(['rolled']);
    const si = { status: 'si_submitted', siRevision: 2 } as const;
    expect(
      boardFlags(facts({ ...si, blApprovedClientRevision: 1, blApprovedCarrierRevision: 2 }), now, 24),
    ).toEqual(['awaiting_client_bl_approval']);
    expect(boardFlags(facts({ ...si, blApprovedClientRevision: 2 }), now, 24)).toEqual([
      'awaiting_carrier_bl_approval',
    ]);
    expect(
      boardFlags(facts({ ...si, blApprovedClientRevision: 2, blApprovedCarrierRevision: 2 }), now, 24),
    ).toEqual([]);
  });

  it.each([
    ['booking', 'none', 'confirm-booking'],
    ['so_released', 'none', 'pickup'],
    ['customs_declared', 'none', 'release-customs'],
    ['customs_declared', 'pending', 'clear-inspection'],
    ['si_submitted', 'none', 'approve-bl'],
    ['bl_checked', 'none', null],
    ['paid', 'none', 'release-bl'],
  ] as const)('points a %s card (inspection %s) to %s', (status, inspection, action) => {
    expect(mainNextAction(status, inspection)).toBe(action);
  });

  it.each(SHIPMENT_STATUSES.map((s) => [s]))(
    'points %s only to an action the machine allows from it',
    (status) => {
      const action = MAIN_NEXT_ACTION[status];
      if (action) expect(actionsFrom(status)).toContain(action);
    },
  );
});
