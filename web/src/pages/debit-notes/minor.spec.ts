import { describe, expect, it } from '@jest/globals';
import { fromMinor, toMinor } from './minor';
import { bodyOf, formPathOf } from './note-form';

describe('minor units (what is left to allocate)', () => {
  it.each([
    ['1234.56', 'USD', 123456n],
    ['0.05', 'CNY', 5n],
    ['150000', 'JPY', 150000n],
    ['1.234', 'KWD', 1234n],
    ['-12.30', 'USD', -1230n],
  ])('%s %s is %s minor units and back', (amount, currency, minor) => {
    expect(toMinor(amount, currency)).toBe(minor);
    expect(fromMinor(minor, currency)).toBe(amount);
  });

  it('keeps amounts past a double exact', () => {
    expect(fromMinor(toMinor('90071992547409.93', 'USD') + 1n, 'USD')).toBe('90071992547409.94');
  });
});

describe('the draft form', () => {
  it('puts the service fields on the form fields', () => {
    expect(formPathOf('lines[1].amount.amount')).toEqual(['lines', 1, 'amount', 'amount']);
    expect(formPathOf('lines[0].description')).toEqual(['lines', 0, 'description']);
    expect(formPathOf('fxRates[2].rate')).toEqual(['fxRates', 2, 'rate']);
    expect(formPathOf('fxRates[0]')).toEqual(['fxRates', 0, 'rate']);
    expect(formPathOf('dueDate')).toEqual(['dueDate']);
    expect(formPathOf('partyId')).toBeNull();
  });

  it('sends amounts with the currency digits, and nothing while a line is unfinished', () => {
    const lines = [
      { description: ' THC ', quantity: '2', amount: { amount: '850', currency: 'CNY' as const } },
    ];
    expect(bodyOf({ currency: 'CNY', lines, fxRates: [] })).toEqual({
      currency: 'CNY',
      lines: [{ description: 'THC', quantity: '2', amount: { amount: '850.00', currency: 'CNY' } }],
      fxRates: [],
    });
    expect(
      bodyOf({ currency: 'CNY', lines: [{ ...lines[0]!, amount: { amount: '8.505', currency: 'CNY' } }] }),
    ).toBeNull();
    expect(bodyOf({ currency: 'CNY', lines: [{ ...lines[0]!, description: '' }] })).toBeNull();
  });
});
