import { type CurrencyCode, minorDigits } from './currency';
import { MoneyError, parseDecimal, parseRate, pow10, roundHalfAwayFromZero } from './decimal';

export { MoneyError } from './decimal';

/** Money as it travels in the API (docs/api.md, "Money, rates, measures"): a decimal string with exactly the minor digits. */
export interface MoneyJson {
  amount: string;
  currency: CurrencyCode;
}

/**
 * An immutable amount of money: an integer number of minor units (`bigint`) in one ISO 4217 currency.
 *
 * Rounding rule: wherever a result falls between two minor units (`multiply`, `convert`), it is rounded
 * half-up, i.e. half away from zero (0.005 → 0.01, -0.005 → -0.01), to the currency's minor unit, and it is
 * applied per line after conversion: a debit note total in the billing currency is the sum of the converted
 * lines, never the conversion of the sum (docs/domain.md, step 11: a few fen of FX difference upsets
 * clients, so every line must add up to the total the client sees). All arithmetic is exact `bigint`; no JS
 * floats.
 */
export class Money {
  private constructor(
    /** The amount in minor units (cents, fen, fils; yen for JPY). */
    readonly minor: bigint,
    readonly currency: CurrencyCode,
  ) {
    Object.freeze(this);
  }

  /** Parses a decimal string with at most the currency's minor digits ("12.5" USD → 12.50). */
  static of(amount: string, currency: CurrencyCode): Money {
    const digits = minorDigits(currency);
    const { units, scale } = parseAmount(amount, currency);
    if (scale > digits) {
      throw new MoneyError(
        `${currency} amounts have at most ${digits} fractional digit(s): ${JSON.stringify(amount)}`,
      );
    }
    return new Money(units * pow10(digits - scale), currency);
  }

  /** Parses the API format: exactly the currency's minor digits ("1234.56" USD, "100" JPY, "1.234" KWD). */
  static strict(amount: string, currency: CurrencyCode): Money {
    const digits = minorDigits(currency);
    const { units, scale } = parseAmount(amount, currency);
    if (scale !== digits) {
      throw new MoneyError(
        `${currency} amounts have exactly ${digits} fractional digit(s): ${JSON.stringify(amount)}`,
      );
    }
    return new Money(units, currency);
  }

  /** The amount of `minor` minor units of `currency`. */
  static fromMinor(minor: bigint, currency: CurrencyCode): Money {
    minorDigits(currency);
    if (typeof minor !== 'bigint') throw new MoneyError(`Minor units must be a bigint, got ${typeof minor}`);
    return new Money(minor, currency);
  }

  /** Zero in `currency`. */
  static zero(currency: CurrencyCode): Money {
    return Money.fromMinor(0n, currency);
  }

  /** The sum of `list`, all in `currency` (which also makes the sum of an empty list well defined). */
  static sum(list: readonly Money[], currency: CurrencyCode): Money {
    return list.reduce((total, item) => total.add(item), Money.zero(currency));
  }

  /** The decimal string with exactly the currency's minor digits ("1234.50", "-0.05", "100" for JPY). */
  get amount(): string {
    const digits = minorDigits(this.currency);
    const negative = this.minor < 0n;
    const magnitude = (negative ? -this.minor : this.minor).toString().padStart(digits + 1, '0');
    const whole = magnitude.slice(0, magnitude.length - digits);
    const fraction = magnitude.slice(magnitude.length - digits);
    return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
  }

  /** The same as `amount`. */
  toString(): string {
    return this.amount;
  }

  /** The API shape `{ amount, currency }` (a `bigint` cannot go through `JSON.stringify`). */
  toJSON(): MoneyJson {
    return { amount: this.amount, currency: this.currency };
  }

  /** `this + other`; both in the same currency. */
  add(other: Money): Money {
    this.assertSameCurrency(other, 'add');
    return new Money(this.minor + other.minor, this.currency);
  }

  /** `this - other`; both in the same currency. */
  subtract(other: Money): Money {
    this.assertSameCurrency(other, 'subtract');
    return new Money(this.minor - other.minor, this.currency);
  }

  /** `-this`. */
  negate(): Money {
    return new Money(-this.minor, this.currency);
  }

  /** Whether the amount is zero. */
  isZero(): boolean {
    return this.minor === 0n;
  }

  /** Whether the amount is below zero. */
  isNegative(): boolean {
    return this.minor < 0n;
  }

  /** Whether the amount is above zero. */
  isPositive(): boolean {
    return this.minor > 0n;
  }

  /** -1, 0 or 1 as `this` is less than, equal to or greater than `other` (same currency only). */
  compare(other: Money): -1 | 0 | 1 {
    this.assertSameCurrency(other, 'compare');
    if (this.minor < other.minor) return -1;
    return this.minor > other.minor ? 1 : 0;
  }

  /** Whether both the currency and the amount are the same. */
  equals(other: Money): boolean {
    return this.currency === other.currency && this.minor === other.minor;
  }

  /**
   * `this × factor` (a quantity such as "2.5", or a whole bigint), rounded half away from zero to the minor
   * unit.
   */
  multiply(factor: string | bigint): Money {
    if (typeof factor === 'bigint') return new Money(this.minor * factor, this.currency);
    const { units, scale } = parseDecimal(factor);
    return new Money(roundHalfAwayFromZero(this.minor * units, pow10(scale)), this.currency);
  }

  /**
   * `this × rate` in currency `to` (rate: units of `to` per unit of this currency, a positive decimal string
   * with up to 10 fractional digits), rounded half away from zero to the minor unit of `to`.
   */
  convert(rate: string, to: CurrencyCode): Money {
    const { units, scale } = parseRate(rate);
    const numerator = this.minor * units * pow10(minorDigits(to));
    const denominator = pow10(scale + minorDigits(this.currency));
    return new Money(roundHalfAwayFromZero(numerator, denominator), to);
  }

  /**
   * Splits the amount in proportion to `ratios` (non-negative integers, not all zero) without creating or
   * losing a minor unit: every part gets its share rounded toward zero, and the minor units left over go one
   * each to the parts with the largest remainders, the earlier part first on a tie. So every part is within
   * one minor unit of its exact share, and a zero ratio always gets zero.
   */
  allocate(ratios: readonly (bigint | number)[]): Money[] {
    const weights = ratios.map(toRatio);
    const total = weights.reduce((sum, weight) => sum + weight, 0n);
    if (total === 0n) throw new MoneyError('Allocation needs at least one ratio above zero');
    // Work on the magnitude so that a negative amount splits as the mirror image of the positive one.
    const negative = this.minor < 0n;
    const magnitude = negative ? -this.minor : this.minor;
    const parts = weights.map((weight, index) => ({
      index,
      share: (magnitude * weight) / total,
      remainder: (magnitude * weight) % total,
    }));
    let leftover = magnitude - parts.reduce((sum, part) => sum + part.share, 0n);
    const byRemainder = [...parts].sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
    for (const part of byRemainder) {
      if (leftover === 0n) break;
      part.share += 1n;
      leftover -= 1n;
    }
    return parts.map((part) => new Money(negative ? -part.share : part.share, this.currency));
  }

  private assertSameCurrency(other: Money, operation: string): void {
    if (other.currency !== this.currency) {
      throw new MoneyError(`Cannot ${operation} ${other.currency} and ${this.currency}`);
    }
  }
}

function parseAmount(amount: string, currency: CurrencyCode): { units: bigint; scale: number } {
  // Guards callers that bypass the types (a JSON number slipping through would lose precision silently).
  if (typeof amount !== 'string') {
    throw new MoneyError(`A ${currency} amount must be a decimal string, got ${typeof amount}`);
  }
  try {
    return parseDecimal(amount);
  } catch {
    throw new MoneyError(`Not a valid ${currency} amount: ${JSON.stringify(amount)}`);
  }
}

function toRatio(ratio: bigint | number): bigint {
  if (typeof ratio === 'bigint' ? ratio < 0n : !Number.isSafeInteger(ratio) || ratio < 0) {
    throw new MoneyError(`Allocation ratios are non-negative integers, got ${String(ratio)}`);
  }
  return BigInt(ratio);
}
