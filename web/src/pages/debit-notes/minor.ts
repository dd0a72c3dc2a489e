import { isCurrency, MINOR_DIGITS } from '../../money/money';

/**
 * Money as integer minor units (bigint), for sums the screen shows as the user types (what is left to
 * allocate); the service computes again. Amounts arrive and leave as decimal strings, never floats.
 */
export function toMinor(amount: string, currency: string): bigint {
  const digits = isCurrency(currency) ? MINOR_DIGITS[currency] : 2;
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^[-+]/, '').split('.');
  const minor =
    BigInt(whole || '0') * 10n ** BigInt(digits) +
    BigInt(fraction.padEnd(digits, '0').slice(0, digits) || '0');
  return negative ? -minor : minor;
}

export function fromMinor(minor: bigint, currency: string): string {
  const digits = isCurrency(currency) ? MINOR_DIGITS[currency] : 2;
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const out = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return negative ? `-${out}` : out;
}
