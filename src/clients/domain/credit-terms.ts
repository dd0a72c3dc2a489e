import type { MoneyJson } from '../../common/money';

/** How a client pays: cash first (`prepaid`) or on credit (`collect` 到付, `monthly` 月结). */
export type PaymentTerms = 'prepaid' | 'collect' | 'monthly';

/** A client's credit terms: what only a manager grants (docs/domain.md, "Cash first"; "Authority"). */
export interface CreditTerms {
  paymentTerms: PaymentTerms;
  creditLimit: MoneyJson | null;
  creditDays: number | null;
}

export const CREDIT_TERM_FIELDS = ['paymentTerms', 'creditLimit', 'creditDays'] as const;
export type CreditTermField = (typeof CREDIT_TERM_FIELDS)[number];

/**
 * The fields by which the terms give the client credit. Cash first (docs/domain.md): credit is the exception a
 * manager sets per client, so anything but `prepaid` with no credit limit and no credit days is a grant of credit.
 */
export function creditGranted(terms: CreditTerms): CreditTermField[] {
  return CREDIT_TERM_FIELDS.filter((field) =>
    field === 'paymentTerms' ? terms.paymentTerms !== 'prepaid' : terms[field] !== null,
  );
}

/** Whether the terms give the client any credit (see creditGranted). */
export function grantsCredit(terms: CreditTerms): boolean {
  return creditGranted(terms).length > 0;
}

/**
 * What a `collect` or `monthly` client still lacks: their B/L is released before payment only within the
 * credit a manager granted (docs/domain.md step 13), so both a credit limit and credit days must be set.
 */
export function missingCreditTerms(terms: CreditTerms): ('creditLimit' | 'creditDays')[] {
  if (terms.paymentTerms === 'prepaid') return [];
  const missing: ('creditLimit' | 'creditDays')[] = [];
  if (terms.creditLimit === null) missing.push('creditLimit');
  if (terms.creditDays === null) missing.push('creditDays');
  return missing;
}
