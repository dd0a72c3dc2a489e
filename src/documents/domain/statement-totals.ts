import { type CurrencyCode, Money, type MoneyJson } from '../../common/money';
import type {
  AgingBucket,
  StatementCurrencyAging,
  StatementNote,
  StatementPeriodTotals,
} from './document-data';

const BUCKETS: readonly AgingBucket[] = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'];

/**
 * The open balances of a statement per currency, by age past the due date: a client pays a USD note in USD,
 * so nothing is converted. Currencies in the order base first, then alphabetical.
 */
export function statementAging(
  notes: readonly StatementNote[],
  baseCurrency: string,
): StatementCurrencyAging[] {
  const currencies = [...new Set(notes.map((note) => note.balance.currency))].sort((a, b) =>
    a === baseCurrency ? -1 : b === baseCurrency ? 1 : a.localeCompare(b),
  );
  return currencies.map((currency) => {
    const code = currency;
    const sums = Object.fromEntries(BUCKETS.map((b) => [b, Money.zero(code)])) as Record<AgingBucket, Money>;
    for (const note of notes) {
      if (note.balance.currency !== currency) continue;
      sums[note.bucket] = sums[note.bucket].add(Money.strict(note.balance.amount, code));
    }
    const buckets = Object.fromEntries(BUCKETS.map((b) => [b, sums[b].toJSON()])) as Record<
      AgingBucket,
      MoneyJson
    >;
    return {
      currency,
      buckets: {
        ...buckets,
        total: Money.sum(
          BUCKETS.map((b) => sums[b]),
          code,
        ).toJSON(),
      },
    };
  });
}

/**
 * A period's figures per currency: opening + issued − received = closing, every currency that has any of
 * them (the base currency alone, at zero, when none has), base first.
 */
export function periodTotals(
  opening: readonly MoneyJson[],
  notes: readonly { total: MoneyJson }[],
  payments: readonly { amount: MoneyJson }[],
  baseCurrency: string,
): StatementPeriodTotals[] {
  const currencies = new Set<string>([
    ...opening.map((m) => m.currency),
    ...notes.map((n) => n.total.currency),
    ...payments.map((p) => p.amount.currency),
  ]);
  if (currencies.size === 0) currencies.add(baseCurrency);
  const sum = (list: readonly MoneyJson[], code: CurrencyCode): Money =>
    Money.sum(
      list.filter((m) => m.currency === code).map((m) => Money.strict(m.amount, code)),
      code,
    );
  return [...currencies]
    .sort((a, b) => (a === baseCurrency ? -1 : b === baseCurrency ? 1 : a.localeCompare(b)))
    .map((currency) => {
      const code = currency as CurrencyCode;
      const open = sum(opening, code);
      const issued = sum(
        notes.map((n) => n.total),
        code,
      );
      const received = sum(
        payments.map((p) => p.amount),
        code,
      );
      return {
        currency,
        opening: open.toJSON(),
        issued: issued.toJSON(),
        received: received.toJSON(),
        closing: open.add(issued).subtract(received).toJSON(),
      };
    });
}
