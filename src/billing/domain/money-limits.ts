import { Money, minorDigits, parseRate, pow10 } from '../../common/money';

/**
 * What money on a note or a payment cannot be, whatever the form allows: a typo of a few zeros in an amount
 * or a rate, a date a century off. Limits a business may set differently come from the configuration
 * (docs/billing.md, "Sanity limits"); these rules only compare.
 */
export interface MoneyLimits {
  /** The largest amount in major units (yuan, dollars) an amount may come to, either sign. */
  maxAmount: bigint;
  /** A rate more than this many times above or below its reference is refused. */
  fxRateMaxFactor: number;
  /** `YYYY-MM-DD`: nothing dated before it. */
  earliestDate: string;
  /** Dates (rates, due dates) at most this many days after today. */
  maxDaysAhead: number;
}

/** The largest amount allowed in `money`'s currency, as Money. */
export function maxAmountIn(money: Money, limits: MoneyLimits): Money {
  return Money.fromMinor(limits.maxAmount * pow10(minorDigits(money.currency)), money.currency);
}

/** Whether `money` is beyond the maximum (in absolute value); exactly the maximum is allowed. */
export function beyondMaximum(money: Money, limits: MoneyLimits): boolean {
  const magnitude = money.minor < 0n ? -money.minor : money.minor;
  return magnitude > maxAmountIn(money, limits).minor;
}

/**
 * Whether `rate` is more than `factor` times above or below `reference` (both positive decimal strings),
 * exactly: 10× is allowed at factor 10, 10.0000000001× is not.
 */
export function rateTooFarFrom(rate: string, reference: string, factor: number): boolean {
  const a = parseRate(rate);
  const b = parseRate(reference);
  // a = ua / 10^sa and b = ub / 10^sb: compare ua·10^sb with ub·10^sa, no division.
  const left = a.units * pow10(b.scale);
  const right = b.units * pow10(a.scale);
  const f = BigInt(factor);
  return left > f * right || right > f * left;
}

/** The earliest and latest dates allowed today (`YYYY-MM-DD`); the latest is today + maxDaysAhead. */
export function dateWindow(today: string, limits: MoneyLimits): { earliest: string; latest: string } {
  const latest = new Date(Date.parse(`${today}T00:00:00Z`) + limits.maxDaysAhead * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { earliest: limits.earliestDate, latest };
}
