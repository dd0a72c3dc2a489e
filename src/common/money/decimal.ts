/** A malformed amount, rate or currency, or arithmetic across currencies. */
export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

/** An exact decimal: `units / 10^scale`, where `scale` is the number of fractional digits as written. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

// Plain decimal notation only: optional minus, no plus, no leading zeros, no exponent, no separators,
// no bare "1." or ".5". Anything looser hides typos in amounts that end up on a debit note.
const DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** The largest number of fractional digits an FX rate may have. */
export const MAX_RATE_SCALE = 10;

/** Whether `s` is a decimal string in plain notation ("12", "-3.10"; not "1e3", "+1", ".5", "1,000"). */
export function isDecimalString(s: unknown): s is string {
  return typeof s === 'string' && DECIMAL.test(s);
}

/** Parses a plain-notation decimal string exactly; throws `MoneyError` on anything else. */
export function parseDecimal(s: string): Decimal {
  if (!isDecimalString(s)) throw new MoneyError(`Not a decimal number: ${JSON.stringify(s)}`);
  const dot = s.indexOf('.');
  if (dot < 0) return { units: BigInt(s), scale: 0 };
  return { units: BigInt(s.slice(0, dot) + s.slice(dot + 1)), scale: s.length - dot - 1 };
}

/**
 * A non-negative decimal string of digits (leading zeros allowed) written at exactly `scale` fractional
 * digits, as PostgreSQL prints a numeric(p, scale): "9120.5" → "9120.500", "007" → "7.000". Throws
 * `MoneyError` on anything else, or when it has more fractional digits than `scale` (no rounding here).
 */
export function atScale(s: string, scale: number): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(s);
  const fraction = match?.[2] ?? '';
  if (!match || fraction.length > scale)
    throw new MoneyError(`Not a decimal number with up to ${scale} decimals: ${JSON.stringify(s)}`);
  const whole = (match[1] as string).replace(/^0+(?=\d)/, '');
  return scale ? `${whole}.${fraction.padEnd(scale, '0')}` : whole;
}

/** Parses an FX rate: a positive decimal string with at most 10 fractional digits ("7.1234"). */
export function parseRate(s: string): Decimal {
  const rate = parseDecimal(s);
  if (rate.units <= 0n) throw new MoneyError(`An exchange rate must be positive: ${JSON.stringify(s)}`);
  if (rate.scale > MAX_RATE_SCALE) {
    throw new MoneyError(
      `An exchange rate has at most ${MAX_RATE_SCALE} fractional digits: ${JSON.stringify(s)}`,
    );
  }
  return rate;
}

/** 10^n as a bigint. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** `numerator / denominator` rounded to an integer, half away from zero (2.5 → 3, -2.5 → -3). */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new MoneyError('Division by zero');
  if (denominator < 0n) return roundHalfAwayFromZero(-numerator, -denominator);
  // bigint division truncates toward zero and the remainder takes the numerator's sign.
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twiceAbsRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  if (twiceAbsRemainder < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}
