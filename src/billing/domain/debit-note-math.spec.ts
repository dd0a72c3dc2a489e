import fc from 'fast-check';
import { Money } from '../../common/money';
import {
  agingBucket,
  creditBlockerReasons,
  creditBlockers,
  priceLines,
  threeMonthsBefore,
  toBase,
} from './debit-note-math';

const usd = (a: string) => Money.strict(a, 'USD');
const cny = (a: string) => Money.strict(a, 'CNY');
const RATE = { from: 'USD', to: 'CNY', rate: '7.1234', source: 'BOC 2026-11-26', date: '2026-11-26' };

describe('priceLines', () => {
  it('totals a USD + CNY note settled in CNY exactly as computed by hand', () => {
    // 1850.00 × 2 = 3700.00 USD → × 7.1234 = 26356.58 CNY; 35.55 USD × 1 → 253.236870 → 253.24 CNY;
    // 550.00 CNY stays; 30.00 CNY × 1.5 = 45.00 CNY. Total 26356.58 + 253.24 + 550.00 + 45.00 = 27204.82.
    const result = priceLines(
      [
        { amount: usd('1850.00'), quantity: '2' },
        { amount: usd('35.55'), quantity: '1' },
        { amount: cny('550.00'), quantity: '1' },
        { amount: cny('30.00'), quantity: '1.5' },
      ],
      'CNY',
      [RATE],
    );
    if (!result.ok) throw new Error(result.missing.join());
    expect(result.lines.map((l) => l.converted.amount)).toEqual(['26356.58', '253.24', '550.00', '45.00']);
    expect(result.total.amount).toBe('27204.82');
  });

  it('rounds half-up per line, at the edge', () => {
    // 0.05 USD × 7.1 = 0.355 → 0.36; 0.05 × 7.09 = 0.3545 → 0.35.
    const up = priceLines([{ amount: usd('0.05'), quantity: '1' }], 'CNY', [{ ...RATE, rate: '7.1' }]);
    const down = priceLines([{ amount: usd('0.05'), quantity: '1' }], 'CNY', [{ ...RATE, rate: '7.09' }]);
    expect(up.ok && up.total.amount).toBe('0.36');
    expect(down.ok && down.total.amount).toBe('0.35');
    // Three lines of 0.05: per line 3 × 0.36 = 1.08, not 0.15 × 7.1 = 1.065 → 1.07.
    const three = priceLines(
      Array.from({ length: 3 }, () => ({ amount: usd('0.05'), quantity: '1' })),
      'CNY',
      [{ ...RATE, rate: '7.1' }],
    );
    expect(three.ok && three.total.amount).toBe('1.08');
  });

  it('names every currency pair without a rate', () => {
    const result = priceLines(
      [
        { amount: usd('1.00'), quantity: '1' },
        { amount: Money.strict('100', 'JPY'), quantity: '1' },
      ],
      'CNY',
      [],
    );
    expect(result).toEqual({ ok: false, missing: ['USD→CNY', 'JPY→CNY'] });
  });

  it('makes the total equal to the sum of the lines, always', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 1, max: 50 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 99_999_999 }),
        (lines, rateUnits) => {
          const rate = `${Math.floor(rateUnits / 10_000_000)}.${String(rateUnits % 10_000_000).padStart(7, '0')}`;
          const r = priceLines(
            lines.map(([minor, q]) => ({ amount: Money.fromMinor(minor, 'USD'), quantity: String(q) })),
            'CNY',
            [{ ...RATE, rate }],
          );
          if (!r.ok) return false;
          return r.total.minor === r.lines.reduce((s, l) => s + l.converted.minor, 0n);
        },
      ),
    );
  });
});

describe('toBase', () => {
  it('uses the rate frozen on the note, and refuses to guess one', () => {
    expect(toBase(usd('100.00'), 'CNY', [RATE])?.amount).toBe('712.34');
    expect(toBase(cny('5.00'), 'CNY', [])?.amount).toBe('5.00');
    expect(toBase(usd('1.00'), 'CNY', [])).toBeNull();
  });
});

describe('aging', () => {
  it.each([
    ['2026-11-30', '2026-11-30', 'current'],
    ['2026-12-01', '2026-11-30', 'current'],
    ['2026-11-29', '2026-11-30', 'd1_30'],
    ['2026-10-31', '2026-11-30', 'd1_30'],
    ['2026-10-30', '2026-11-30', 'd31_60'],
    ['2026-10-01', '2026-11-30', 'd31_60'],
    ['2026-09-30', '2026-11-30', 'd61_90'],
    ['2026-09-01', '2026-11-30', 'd61_90'],
    ['2026-08-31', '2026-11-30', 'd90_plus'],
  ])('due %s, as of %s → %s', (due, asOf, bucket) => {
    expect(agingBucket(due, asOf)).toBe(bucket);
  });

  it('counts three calendar months back, clamping to month ends', () => {
    expect(threeMonthsBefore('2026-11-30')).toBe('2026-08-30');
    expect(threeMonthsBefore('2026-05-31')).toBe('2026-02-28');
    expect(threeMonthsBefore('2026-02-15')).toBe('2025-11-15');
  });
});

describe('creditBlockers', () => {
  const base = { creditLimit: cny('10000.00'), creditDays: 30, today: '2026-11-30' };
  const note = (number: string, amount: string, dueDate = '2026-12-15') => ({
    number,
    balance: cny(amount),
    dueDate,
  });

  it('refuses a prepaid client', () => {
    expect(creditBlockers({ ...base, terms: 'prepaid', openNotes: [] })).toEqual([
      expect.stringContaining('prepaid'),
    ]);
  });

  it('allows a monthly client exactly at the limit, not a fen over', () => {
    expect(
      creditBlockers({ ...base, terms: 'monthly', openNotes: [note('A', '4000.00'), note('B', '6000.00')] }),
    ).toEqual([]);
    expect(
      creditBlockers({ ...base, terms: 'monthly', openNotes: [note('A', '4000.00'), note('B', '6000.01')] }),
    ).toEqual([expect.stringContaining('exceed the credit limit')]);
  });

  it('refuses when a note is overdue, by a day, naming it', () => {
    expect(
      creditBlockers({ ...base, terms: 'collect', openNotes: [note('DN-1', '1.00', '2026-11-30')] }),
    ).toEqual([]);
    expect(
      creditBlockers({ ...base, terms: 'collect', openNotes: [note('DN-1', '1.00', '2026-11-29')] }),
    ).toEqual(['DN-1 is 1 day(s) overdue (due 2026-11-29)']);
  });

  it('refuses a credit client with no limit', () => {
    expect(creditBlockers({ ...base, creditLimit: null, terms: 'monthly', openNotes: [] })).toEqual([
      expect.stringContaining('no credit limit'),
    ]);
  });
});

describe('creditBlockerReasons', () => {
  const base = { creditLimit: cny('10000.00'), creditDays: 30, today: '2026-11-30' };

  it('names each reason by a code with its figures, in the order creditBlockers says them', () => {
    const p = {
      ...base,
      terms: 'monthly' as const,
      openNotes: [
        { number: 'DN-1', balance: cny('9000.00'), dueDate: '2026-11-20' },
        { number: 'DN-2', balance: cny('2000.00'), dueDate: '2026-12-20' },
      ],
    };
    const reasons = creditBlockerReasons(p);
    expect(reasons).toEqual([
      expect.objectContaining({
        code: 'over_credit_limit',
        open: cny('11000.00'),
        creditLimit: cny('10000.00'),
      }),
      expect.objectContaining({ code: 'overdue', number: 'DN-1', dueDate: '2026-11-20', daysOverdue: 10 }),
    ]);
    expect(reasons.map((r) => r.message)).toEqual(creditBlockers(p));
  });

  it('says prepaid, no limit and a limit in another currency by their codes', () => {
    expect(creditBlockerReasons({ ...base, terms: 'prepaid', openNotes: [] }).map((r) => r.code)).toEqual([
      'prepaid',
    ]);
    expect(
      creditBlockerReasons({ ...base, creditLimit: null, terms: 'collect', openNotes: [] }).map(
        (r) => r.code,
      ),
    ).toEqual(['no_credit_limit']);
    expect(
      creditBlockerReasons({
        ...base,
        terms: 'monthly',
        openNotes: [{ number: 'DN-3', balance: Money.strict('10.00', 'USD'), dueDate: '2026-12-20' }],
      }),
    ).toEqual([
      expect.objectContaining({ code: 'credit_currency_mismatch', currency: 'CNY', openCurrency: 'USD' }),
    ]);
  });
});
