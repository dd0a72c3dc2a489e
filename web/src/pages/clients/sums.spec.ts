import { describe, expect, it } from '@jest/globals';
import { balancesByCurrency, sumMoney } from './sums';

describe('sums of money on the receivables screens', () => {
  it('adds by minor units, exactly, in the currency’s digits', () => {
    expect(
      sumMoney(
        [
          { amount: '0.10', currency: 'CNY' },
          { amount: '0.20', currency: 'CNY' },
        ],
        'CNY',
      ),
    ).toEqual({
      amount: '0.30',
      currency: 'CNY',
    });
    expect(
      sumMoney(
        [
          { amount: '99999999999999999.99', currency: 'CNY' },
          { amount: '0.01', currency: 'CNY' },
        ],
        'CNY',
      ),
    ).toEqual({ amount: '100000000000000000.00', currency: 'CNY' });
    expect(
      sumMoney(
        [
          { amount: '150000', currency: 'JPY' },
          { amount: '1', currency: 'JPY' },
        ],
        'JPY',
      ).amount,
    ).toBe('150001');
    expect(
      sumMoney(
        [
          { amount: '1.005', currency: 'KWD' },
          { amount: '-2.000', currency: 'KWD' },
        ],
        'KWD',
      ).amount,
    ).toBe('-0.995');
    expect(sumMoney([], 'USD')).toEqual({ amount: '0.00', currency: 'USD' });
  });

  it('keeps each currency apart, in code order', () => {
    const notes = [
      { balance: { amount: '2350.00', currency: 'USD' } },
      { balance: { amount: '18600.00', currency: 'CNY' } },
      { balance: { amount: '4200.50', currency: 'CNY' } },
    ];
    expect(balancesByCurrency(notes)).toEqual([
      { amount: '22800.50', currency: 'CNY' },
      { amount: '2350.00', currency: 'USD' },
    ]);
    expect(balancesByCurrency([])).toEqual([]);
  });
});
