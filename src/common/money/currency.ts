import { MoneyError } from './decimal';

// ISO 4217 minor digits of the currencies the forwarder bills in (docs/api.md, "Money, rates, measures": JPY 0, USD 2, KWD 3).
const MINOR_DIGITS = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  HKD: 2,
  GBP: 2,
  JPY: 0,
  KRW: 0,
  SGD: 2,
  AUD: 2,
  CAD: 2,
  KWD: 3,
  BHD: 3,
} as const satisfies Record<string, number>;

/** An ISO 4217 code of a currency the product supports. */
export type CurrencyCode = keyof typeof MINOR_DIGITS;

/** Every supported currency code. */
export const CURRENCIES: readonly CurrencyCode[] = Object.freeze(Object.keys(MINOR_DIGITS) as CurrencyCode[]);

/** Whether `s` is a supported ISO 4217 currency code (exact, upper case). */
export function isCurrency(s: unknown): s is CurrencyCode {
  return typeof s === 'string' && Object.hasOwn(MINOR_DIGITS, s);
}

/** The number of digits after the decimal point in the currency's minor unit (ISO 4217). */
export function minorDigits(code: CurrencyCode): number {
  // Checked at run time too: codes often arrive from request bodies or database rows typed only as string.
  if (!isCurrency(code)) throw new MoneyError(`Unsupported currency: ${String(code)}`);
  return MINOR_DIGITS[code];
}
