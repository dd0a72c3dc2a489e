import { creditGranted, grantsCredit, missingCreditTerms } from './credit-terms';

const limit = { amount: '50000.00', currency: 'USD' } as const;

describe('credit terms', () => {
  it('counts only prepaid without a limit or days as cash first', () => {
    expect(grantsCredit({ paymentTerms: 'prepaid', creditLimit: null, creditDays: null })).toBe(false);
    expect(grantsCredit({ paymentTerms: 'collect', creditLimit: null, creditDays: null })).toBe(true);
    expect(grantsCredit({ paymentTerms: 'monthly', creditLimit: limit, creditDays: 30 })).toBe(true);
    expect(grantsCredit({ paymentTerms: 'prepaid', creditLimit: limit, creditDays: null })).toBe(true);
    expect(grantsCredit({ paymentTerms: 'prepaid', creditLimit: null, creditDays: 0 })).toBe(true);
  });

  it('names the fields by which terms grant credit', () => {
    expect(creditGranted({ paymentTerms: 'prepaid', creditLimit: null, creditDays: null })).toEqual([]);
    expect(creditGranted({ paymentTerms: 'monthly', creditLimit: limit, creditDays: 30 })).toEqual([
      'paymentTerms',
      'creditLimit',
      'creditDays',
    ]);
    expect(creditGranted({ paymentTerms: 'prepaid', creditLimit: null, creditDays: 0 })).toEqual([
      'creditDays',
    ]);
  });

  it('asks collect and monthly clients for a credit limit and credit days', () => {
    expect(missingCreditTerms({ paymentTerms: 'prepaid', creditLimit: null, creditDays: null })).toEqual([]);
    expect(missingCreditTerms({ paymentTerms: 'monthly', creditLimit: null, creditDays: null })).toEqual([
      'creditLimit',
      'creditDays',
    ]);
    expect(missingCreditTerms({ paymentTerms: 'collect', creditLimit: limit, creditDays: null })).toEqual([
      'creditDays',
    ]);
    expect(missingCreditTerms({ paymentTerms: 'collect', creditLimit: null, creditDays: 0 })).toEqual([
      'creditLimit',
    ]);
    expect(missingCreditTerms({ paymentTerms: 'monthly', creditLimit: limit, creditDays: 30 })).toEqual([]);
  });
});
