import { describe, expect, it } from '@jest/globals';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it.each([
    [{ amount: '1234567.5', currency: 'USD' }, '1,234,567.50 USD'],
    [{ amount: '0.00', currency: 'CNY' }, '0.00 CNY'],
    [{ amount: '-1000.25', currency: 'HKD' }, '-1,000.25 HKD'],
    [{ amount: '150000', currency: 'JPY' }, '150,000 JPY'],
    [{ amount: '12.345', currency: 'KWD' }, '12.345 KWD'],
    [{ amount: '999', currency: 'USD' }, '999.00 USD'],
    [{ amount: '98765432109876543210.99', currency: 'USD' }, '98,765,432,109,876,543,210.99 USD'],
  ])('%j reads %s', (money, text) => {
    expect(formatMoney(money)).toBe(text);
  });

  it('leaves the code off when asked', () => {
    expect(formatMoney({ amount: '1000', currency: 'EUR' }, { code: false })).toBe('1,000.00');
  });
});
