import { Money } from '../../common/money';
import { beyondMaximum, dateWindow, maxAmountIn, rateTooFarFrom, type MoneyLimits } from './money-limits';

const limits: MoneyLimits = {
  maxAmount: 1_000_000_000_000n,
  fxRateMaxFactor: 10,
  earliestDate: '2000-01-01',
  maxDaysAhead: 366,
};

describe('money limits', () => {
  it('allows the maximum in each currency and refuses one minor unit more, either sign', () => {
    expect(maxAmountIn(Money.strict('1.00', 'CNY'), limits).toJSON()).toEqual({
      amount: '1000000000000.00',
      currency: 'CNY',
    });
    expect(beyondMaximum(Money.strict('1000000000000.00', 'CNY'), limits)).toBe(false);
    expect(beyondMaximum(Money.strict('1000000000000.01', 'CNY'), limits)).toBe(true);
    expect(beyondMaximum(Money.strict('-1000000000000.01', 'CNY'), limits)).toBe(true);
    expect(beyondMaximum(Money.strict('1000000000000', 'JPY'), limits)).toBe(false);
    expect(beyondMaximum(Money.strict('1000000000001', 'JPY'), limits)).toBe(true);
    expect(beyondMaximum(Money.strict('1000000000000.001', 'KWD'), limits)).toBe(true);
  });

  it('compares rates exactly: the factor itself is allowed, anything past it either way is not', () => {
    expect(rateTooFarFrom('71', '7.1', 10)).toBe(false);
    expect(rateTooFarFrom('71.0000000001', '7.1', 10)).toBe(true);
    expect(rateTooFarFrom('0.71', '7.1', 10)).toBe(false);
    expect(rateTooFarFrom('0.7099999999', '7.1', 10)).toBe(true);
    expect(rateTooFarFrom('7.1234', '7.1', 10)).toBe(false);
    expect(rateTooFarFrom('14', '7', 2)).toBe(false);
    expect(rateTooFarFrom('14.0000000001', '7', 2)).toBe(true);
  });

  it('opens the date window at the earliest date and closes it maxDaysAhead after today', () => {
    expect(dateWindow('2026-11-27', limits)).toEqual({ earliest: '2000-01-01', latest: '2027-11-28' });
  });
});
