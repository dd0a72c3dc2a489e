import { diff } from './diff';

interface Row {
  name: string;
  emails: string[];
  limit: { amount: string; currency: string } | null;
  days?: number | null;
  minor?: bigint;
  at?: Date;
  untracked?: string;
}

describe('diff', () => {
  const base: Row = { name: 'Bright', emails: ['a@x.io'], limit: { amount: '1.00', currency: 'USD' } };

  it('lists only the fields that changed, with their values before and after', () => {
    expect(diff(base, { ...base, name: 'Brighter' }, ['name', 'emails', 'limit'])).toEqual({
      name: { from: 'Bright', to: 'Brighter' },
    });
  });

  it('finds nothing when nothing changed, even for fresh arrays and objects', () => {
    const copy: Row = { name: 'Bright', emails: ['a@x.io'], limit: { currency: 'USD', amount: '1.00' } };
    expect(diff(base, copy, ['name', 'emails', 'limit'])).toEqual({});
  });

  it('compares arrays and objects by their contents and order', () => {
    const after: Row = { ...base, emails: ['a@x.io', 'b@x.io'], limit: { amount: '2.00', currency: 'USD' } };
    expect(diff(base, after, ['emails', 'limit'])).toEqual({
      emails: { from: ['a@x.io'], to: ['a@x.io', 'b@x.io'] },
      limit: { from: { amount: '1.00', currency: 'USD' }, to: { amount: '2.00', currency: 'USD' } },
    });
    expect(diff({ ...base, emails: ['a', 'b'] }, { ...base, emails: ['b', 'a'] }, ['emails'])).toEqual({
      emails: { from: ['a', 'b'], to: ['b', 'a'] },
    });
  });

  it('treats a missing value as null and reports a value set or cleared', () => {
    expect(diff(base, { ...base, days: null }, ['days'])).toEqual({});
    expect(diff(base, { ...base, days: 30 }, ['days'])).toEqual({ days: { from: null, to: 30 } });
    expect(diff({ ...base, limit: null }, base, ['limit'])).toEqual({
      limit: { from: null, to: { amount: '1.00', currency: 'USD' } },
    });
  });

  it('tells 0 from null and "1" from 1', () => {
    expect(diff({ ...base, days: 0 }, { ...base, days: null }, ['days'])).toEqual({
      days: { from: 0, to: null },
    });
    expect(diff({ ...base, name: '1' }, { ...base, name: 1 as unknown as string }, ['name'])).toEqual({
      name: { from: '1', to: 1 },
    });
  });

  it('ignores fields it is not asked about', () => {
    expect(diff(base, { ...base, untracked: 'x' }, ['name'])).toEqual({});
  });

  it('returns plain JSON: bigints and dates as strings', () => {
    const at = new Date('2026-11-26T01:30:00.000Z');
    const changes = diff(base, { ...base, minor: 12345678901234567890n, at }, ['minor', 'at']);
    expect(changes).toEqual({
      minor: { from: null, to: '12345678901234567890' },
      at: { from: null, to: '2026-11-26T01:30:00.000Z' },
    });
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
    expect(diff({ ...base, minor: 5n }, { ...base, minor: 5n }, ['minor'])).toEqual({});
  });
});
