import { Money, MoneyError, parseRate, type CurrencyCode } from '../../common/money';

/** An exchange rate with where it came from and its date (docs/api.md: frozen on the note that used it). */
export interface FxRate {
  from: string;
  to: string;
  rate: string;
  source: string;
  date: string;
}

export interface LineInput {
  amount: Money;
  /** A decimal string, e.g. "2" or "2.5". */
  quantity: string;
}

export interface PricedLine {
  lineTotal: Money;
  rate: string | null;
  converted: Money;
}

/** The rate for `from → to` among the given ones (exact pair only: no inverse, no cross rates). */
export function findRate(rates: readonly FxRate[], from: string, to: string): FxRate | undefined {
  return rates.find((r) => r.from === from && r.to === to);
}

/**
 * Prices a note's lines: each line's amount × quantity rounded half-up in its own currency, then converted
 * into the note's currency at the note's rate and rounded half-up again, per line; the note's total is the
 * sum of the converted lines (so the total always equals what the lines show). Returns the currency pairs
 * that lack a rate instead when there are any.
 */
export function priceLines(
  lines: readonly LineInput[],
  noteCurrency: CurrencyCode,
  rates: readonly FxRate[],
): { ok: true; lines: PricedLine[]; total: Money } | { ok: false; missing: string[] } {
  const missing = new Set<string>();
  const priced: PricedLine[] = [];
  for (const line of lines) {
    const lineTotal = line.amount.multiply(line.quantity);
    if (line.amount.currency === noteCurrency) {
      priced.push({ lineTotal, rate: null, converted: lineTotal });
      continue;
    }
    const rate = findRate(rates, line.amount.currency, noteCurrency);
    if (!rate) {
      missing.add(`${line.amount.currency}→${noteCurrency}`);
      continue;
    }
    priced.push({ lineTotal, rate: rate.rate, converted: lineTotal.convert(rate.rate, noteCurrency) });
  }
  if (missing.size) return { ok: false, missing: [...missing] };
  return {
    ok: true,
    lines: priced,
    total: Money.sum(
      priced.map((l) => l.converted),
      noteCurrency,
    ),
  };
}

/** An amount of a note in the base currency, at the rate frozen on that note; null when it has none. */
export function toBase(amount: Money, base: CurrencyCode, rates: readonly FxRate[]): Money | null {
  if (amount.currency === base) return amount;
  const rate = findRate(rates, amount.currency, base);
  return rate ? amount.convert(rate.rate, base) : null;
}

/** Checks one rate's form: a positive decimal with at most 10 decimals, a source, an ISO date. */
export function rateProblem(rate: FxRate): string | null {
  try {
    parseRate(rate.rate);
  } catch (error) {
    return error instanceof MoneyError ? error.message : 'rate must be a positive decimal string';
  }
  if (rate.from === rate.to) return 'from and to must differ';
  return null;
}

export const AGING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Whole days from `from` to `to` (dates as YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The aging bucket of an open amount by how many days past its due date it is on `asOf`. */
export function agingBucket(dueDate: string, asOf: string): AgingBucket {
  const overdue = daysBetween(dueDate, asOf);
  if (overdue <= 0) return 'current';
  if (overdue <= 30) return 'd1_30';
  if (overdue <= 60) return 'd31_60';
  if (overdue <= 90) return 'd61_90';
  return 'd90_plus';
}

/** A date three calendar months before `asOf` (docs/domain.md: receivables over three months need a statement). */
export function threeMonthsBefore(asOf: string): string {
  const d = new Date(`${asOf}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 3, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

export interface CreditPosition {
  terms: 'prepaid' | 'collect' | 'monthly';
  creditLimit: Money | null;
  creditDays: number | null;
  /** Every open (issued, unpaid part) receivable of the client, this shipment's included, in the base currency. */
  openNotes: readonly { number: string; balance: Money; dueDate: string }[];
  today: string;
}

/** One reason credit does not cover a release before payment: a stable code, its words, and its figures. */
export type CreditBlocker =
  | { code: 'prepaid'; message: string }
  | { code: 'no_credit_limit'; message: string }
  | { code: 'credit_currency_mismatch'; message: string; currency: string; openCurrency: string }
  | { code: 'over_credit_limit'; message: string; open: Money; creditLimit: Money }
  | { code: 'overdue'; message: string; number: string; dueDate: string; daysOverdue: number };

/**
 * Why the B/L may not be released before payment on credit (docs/domain.md step 13 and "Cash first"): only
 * collect and monthly clients, within the credit limit a manager granted, with nothing overdue past their
 * credit days. Returns [] when credit allows it. Each reason has a code, so that a screen can say it in the
 * reader's language; `creditBlockers` gives the words alone.
 */
export function creditBlockerReasons(p: CreditPosition): CreditBlocker[] {
  if (p.terms === 'prepaid') {
    return [
      {
        code: 'prepaid',
        message: 'the client is prepaid (cash first): its debit notes must be paid before release',
      },
    ];
  }
  const blockers: CreditBlocker[] = [];
  if (!p.creditLimit) {
    blockers.push({ code: 'no_credit_limit', message: `the ${p.terms} client has no credit limit` });
  }
  if (p.creditLimit) {
    const currency = p.creditLimit.currency;
    const foreign = p.openNotes.find((n) => n.balance.currency !== currency);
    if (foreign) {
      blockers.push({
        code: 'credit_currency_mismatch',
        message: `the credit limit is in ${currency} but open receivables are in ${foreign.balance.currency}`,
        currency,
        openCurrency: foreign.balance.currency,
      });
    } else {
      const open = Money.sum(
        p.openNotes.map((n) => n.balance),
        currency,
      );
      if (open.compare(p.creditLimit) > 0) {
        blockers.push({
          code: 'over_credit_limit',
          message: `open receivables ${open.amount} ${currency} exceed the credit limit ${p.creditLimit.amount} ${currency}`,
          open,
          creditLimit: p.creditLimit,
        });
      }
    }
  }
  for (const note of p.openNotes) {
    const late = daysBetween(note.dueDate, p.today);
    if (late > 0) {
      blockers.push({
        code: 'overdue',
        message: `${note.number} is ${late} day(s) overdue (due ${note.dueDate})`,
        number: note.number,
        dueDate: note.dueDate,
        daysOverdue: late,
      });
    }
  }
  return blockers;
}

/** The words of creditBlockerReasons: what the release guard reports as missing. */
export function creditBlockers(p: CreditPosition): string[] {
  return creditBlockerReasons(p).map((b) => b.message);
}
