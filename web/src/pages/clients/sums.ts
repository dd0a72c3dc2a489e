import { isCurrency, MINOR_DIGITS, type MoneyValue } from '../../money/money';

const digitsOf = (currency: string): number => (isCurrency(currency) ? MINOR_DIGITS[currency] : 2);

/** An amount as whole minor units ("1,234.5" is not accepted: the service's decimal strings only). */
function toMinor(amount: string, digits: number): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^[-+]/, '').split('.');
  const units = BigInt(`${whole}${fraction.padEnd(digits, '0').slice(0, digits)}`);
  return negative ? -units : units;
}

function fromMinor(units: bigint, digits: number): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const amount = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return negative ? `-${amount}` : amount;
}

/** The sum of amounts in one currency, by integer minor units (never a float). */
export function sumMoney(values: readonly MoneyValue[], currency: string): MoneyValue {
  const digits = digitsOf(currency);
  const units = values.reduce((sum, v) => sum + toMinor(v.amount, digits), 0n);
  return { amount: fromMinor(units, digits), currency };
}

/** What is owed, one sum per currency (a note's balance is in its own currency), by currency code. */
export function balancesByCurrency(notes: readonly { balance: MoneyValue }[]): MoneyValue[] {
  const byCurrency = new Map<string, MoneyValue[]>();
  for (const { balance } of notes)
    byCurrency.set(balance.currency, [...(byCurrency.get(balance.currency) ?? []), balance]);
  return [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, values]) => sumMoney(values, currency));
}
