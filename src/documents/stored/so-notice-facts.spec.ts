import { localTime } from './so-notice-facts';

describe('localTime (the S/O notice prints cut-offs as the port reads them)', () => {
  it('writes a UTC instant as the wall-clock time of the zone, 24-hour', () => {
    expect(localTime(new Date('2026-12-07T09:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-07 17:00');
    expect(localTime(new Date('2026-12-07T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-08 00:30');
    expect(localTime(new Date('2026-07-01T12:00:00Z'), 'Europe/Amsterdam')).toBe('2026-07-01 14:00');
  });

  it('leaves a cut-off the carrier did not give as null', () => {
    expect(localTime(null, 'Asia/Shanghai')).toBeNull();
  });
});
