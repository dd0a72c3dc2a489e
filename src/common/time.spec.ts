import { nextDay, startOfDayIn, todayIn } from './time';

describe('startOfDayIn', () => {
  it.each([
    ['2026-11-27', 'Asia/Shanghai', '2026-11-26T16:00:00.000Z'],
    ['2026-01-01', 'UTC', '2026-01-01T00:00:00.000Z'],
    // New York: winter UTC-5, summer UTC-4; the spring change is at 02:00, so midnight exists.
    ['2026-01-15', 'America/New_York', '2026-01-15T05:00:00.000Z'],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'],
    ['2026-03-09', 'America/New_York', '2026-03-09T04:00:00.000Z'],
    // Kolkata: UTC+5:30.
    ['2026-06-01', 'Asia/Kolkata', '2026-05-31T18:30:00.000Z'],
  ])('%s in %s begins at %s', (date, zone, instant) => {
    expect(startOfDayIn(date, zone).toISOString()).toBe(instant);
    // The instant is that day there, and a millisecond before it is the day before.
    expect(todayIn(zone, startOfDayIn(date, zone))).toBe(date);
    expect(todayIn(zone, new Date(startOfDayIn(date, zone).getTime() - 1))).not.toBe(date);
  });

  it('moves to the next day across month and year ends', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
