import { boardFlags, type BoardFacts } from './board-flags';

describe('boardFlags', () => {
  const now = new Date('2026-11-27T08:00:00Z');
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
  const facts = (over: Partial<BoardFacts>): BoardFacts => ({
    status: 'so_released',
    cutoffCy: null,
    cutoffSi: null,
    cutoffCustoms: null,
    inspection: 'none',
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
    ['si_submitted', -2, []],
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
});
