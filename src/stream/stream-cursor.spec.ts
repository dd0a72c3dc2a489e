import { formatCursor, MAX_IN_PROGRESS, parseCursor, parseSnapshot, unionSnapshots } from './stream-cursor';

describe('stream cursors (SSE ids)', () => {
  it('read back what they wrote', () => {
    const cursor = {
      xmax: 18446744073709551615n,
      xip: [700n, 9000n],
      tx: 812n,
      eventId: 9223372036854775807n,
      at: 1767225600,
    };
    expect(formatCursor(cursor)).toBe('18446744073709551615-812-9223372036854775807-1767225600-700.9000');
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor);
    expect(parseCursor(' 5-0-0-1 ')).toEqual({ xmax: 5n, xip: [], tx: 0n, eventId: 0n, at: 1 });
  });

  it('are not whatever else a Last-Event-ID holds', () => {
    for (const text of [
      undefined,
      '',
      'garbage',
      '1-2-3',
      '1-2-3-4-',
      '-1-2-3-4',
      '1.5-2-3-4',
      '18446744073709551616-0-0-1', // past xid8
      '1-0-9223372036854775808-1', // past bigint
      '9-0-0-1-5.3', // in progress: ascending
      '9-0-0-1-12', // and below xmax
      `99-0-0-1-${Array.from({ length: MAX_IN_PROGRESS + 1 }, (_, i) => i + 1).join('.')}`,
      '1-0-0-1\nid: 2',
    ]) {
      expect(parseCursor(text)).toBeNull();
    }
  });
});

describe('snapshots', () => {
  it('read as PostgreSQL writes them', () => {
    expect(parseSnapshot('2514:2931:2514,2600')).toEqual({ xmax: 2931n, xip: [2514n, 2600n] });
    expect(parseSnapshot('10:10:')).toEqual({ xmax: 10n, xip: [] });
    for (const text of [undefined, 7, '', '1:2', '1:2:x', '1:2:3,,4']) expect(parseSnapshot(text)).toBeNull();
  });

  it('join as "finished in either"', () => {
    // 5 was in progress for the later one only; 7 for both; 12 ran past the earlier one's xmax.
    const earlier = { xmax: 10n, xip: [3n, 7n] };
    const later = { xmax: 20n, xip: [5n, 7n, 12n] };
    expect(unionSnapshots(earlier, later)).toEqual({ xmax: 20n, xip: [7n, 12n] });
    expect(unionSnapshots(later, earlier)).toEqual({ xmax: 20n, xip: [7n, 12n] });
  });

  it('claim less, never more, past the in-progress they keep', () => {
    const many = Array.from({ length: MAX_IN_PROGRESS + 4 }, (_, i) => BigInt(100 + i));
    const kept = parseSnapshot(`100:1000:${many.join(',')}`)!;
    expect(kept.xip).toEqual(many.slice(0, MAX_IN_PROGRESS));
    // Everything from the first one left out on counts as not seen finished.
    expect(kept.xmax).toBe(many[MAX_IN_PROGRESS]);
  });
});
