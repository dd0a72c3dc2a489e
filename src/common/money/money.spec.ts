import fc from 'fast-check';
import { CURRENCIES, type CurrencyCode, minorDigits } from './currency';
import { Money, MoneyError } from './money';

const usd = (amount: string): Money => Money.of(amount, 'USD');

// An independent reference for the rounding rule (half away from zero), written with floor division on
// non-negative numbers instead of the truncate-and-compare-remainder route the implementation takes.
function referenceRound(numerator: bigint, denominator: bigint): bigint {
  const floorHalfUp = (n: bigint): bigint => (2n * n + denominator) / (2n * denominator);
  return numerator < 0n ? -floorHalfUp(-numerator) : floorHalfUp(numerator);
}

// An independent reference for a rate string: integer and fraction text, fraction padded to 10 digits.
function referenceRate(rate: string): { numerator: bigint; denominator: bigint } {
  const [whole = '', fraction = ''] = rate.split('.');
  return { numerator: BigInt(whole + fraction.padEnd(10, '0')), denominator: 10n ** 10n };
}

function referenceConvert(minor: bigint, from: CurrencyCode, rate: string, to: CurrencyCode): bigint {
  const { numerator, denominator } = referenceRate(rate);
  return referenceRound(
    minor * numerator * 10n ** BigInt(minorDigits(to)),
    denominator * 10n ** BigInt(minorDigits(from)),
  );
}

const currencyArb = fc.constantFrom(...CURRENCIES);
const minorArb = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
// Rates as traders quote them: a positive decimal with 0 to 10 fractional digits.
const rateArb = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 14n }), fc.integer({ min: 0, max: 10 }))
  .map(([units, scale]) => {
    const digits = units.toString().padStart(scale + 1, '0');
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });

describe('Money parsing', () => {
  it.each([
    ['12.5', 'USD', 1250n],
    ['12', 'USD', 1200n],
    ['-3.10', 'USD', -310n],
    ['0.01', 'USD', 1n],
    ['-0.00', 'USD', 0n],
    ['100', 'JPY', 100n],
    ['-7', 'KRW', -7n],
    ['1.234', 'KWD', 1234n],
    ['1.2', 'KWD', 1200n],
    ['5', 'BHD', 5000n],
    ['99999999999999999999.99', 'CNY', 9999999999999999999999n],
  ] as const)('of(%p, %p) is %p minor units', (amount, currency, minor) => {
    expect(Money.of(amount, currency).minor).toBe(minor);
  });

  it.each([
    ['12.345', 'USD'],
    ['0.001', 'USD'],
    ['100.0', 'JPY'],
    ['1.5', 'KRW'],
    ['1.2345', 'KWD'],
    ['1e3', 'USD'],
    [' 1', 'USD'],
    ['1 ', 'USD'],
    ['1.', 'USD'],
    ['.5', 'USD'],
    ['+1', 'USD'],
    ['', 'USD'],
    ['0x10', 'USD'],
    ['1,000.00', 'USD'],
    ['1 000', 'JPY'],
    ['01.00', 'USD'],
    ['Infinity', 'USD'],
  ] as const)('of(%p, %p) throws a MoneyError', (amount, currency) => {
    expect(() => Money.of(amount, currency)).toThrow(MoneyError);
  });

  it('says what is wrong', () => {
    expect(() => Money.of('12.345', 'USD')).toThrow(
      'USD amounts have at most 2 fractional digit(s): "12.345"',
    );
    expect(() => Money.of('1e3', 'USD')).toThrow('Not a valid USD amount: "1e3"');
    expect(() => Money.strict('12.5', 'USD')).toThrow(
      'USD amounts have exactly 2 fractional digit(s): "12.5"',
    );
  });

  it('refuses numbers, unknown currencies and lower-case codes at run time', () => {
    expect(() => Money.of(12.5 as unknown as string, 'USD')).toThrow(MoneyError);
    expect(() => Money.of('12.50', 'XYZ' as CurrencyCode)).toThrow(MoneyError);
    expect(() => Money.of('12.50', 'usd' as CurrencyCode)).toThrow(MoneyError);
    expect(() => Money.fromMinor(12 as unknown as bigint, 'USD')).toThrow(MoneyError);
    expect(() => Money.zero('XYZ' as CurrencyCode)).toThrow(MoneyError);
  });

  it.each([
    ['1234.56', 'USD', 123456n],
    ['-0.05', 'USD', -5n],
    ['100', 'JPY', 100n],
    ['0', 'KRW', 0n],
    ['1.234', 'KWD', 1234n],
    ['0.000', 'BHD', 0n],
  ] as const)('strict(%p, %p) accepts the API format', (amount, currency, minor) => {
    expect(Money.strict(amount, currency).minor).toBe(minor);
  });

  it.each([
    ['1234.5', 'USD'],
    ['1234', 'USD'],
    ['1234.567', 'USD'],
    ['100.0', 'JPY'],
    ['100.00', 'JPY'],
    ['1.23', 'KWD'],
    ['1.2340', 'KWD'],
    ['1e2', 'JPY'],
  ] as const)('strict(%p, %p) throws', (amount, currency) => {
    expect(() => Money.strict(amount, currency)).toThrow(MoneyError);
  });
});

describe('Money formatting', () => {
  it.each([
    [123450n, 'USD', '1234.50'],
    [-5n, 'USD', '-0.05'],
    [-100n, 'USD', '-1.00'],
    [0n, 'USD', '0.00'],
    [7n, 'CNY', '0.07'],
    [100n, 'JPY', '100'],
    [-3n, 'KRW', '-3'],
    [0n, 'JPY', '0'],
    [1n, 'KWD', '0.001'],
    [-1234n, 'BHD', '-1.234'],
    [12345678901234567890n, 'EUR', '123456789012345678.90'],
  ] as const)('%p minor %p is %p', (minor, currency, text) => {
    const money = Money.fromMinor(minor, currency);
    expect(money.amount).toBe(text);
    expect(money.toString()).toBe(text);
    expect(String(money)).toBe(text);
  });

  it('serialises to the API shape', () => {
    expect(usd('12.5').toJSON()).toEqual({ amount: '12.50', currency: 'USD' });
    expect(JSON.stringify({ total: Money.of('1.2', 'KWD') })).toBe(
      '{"total":{"amount":"1.200","currency":"KWD"}}',
    );
  });

  it('is immutable', () => {
    const money = usd('1.00');
    expect(Object.isFrozen(money)).toBe(true);
    expect(() => {
      (money as unknown as { minor: bigint }).minor = 5n;
    }).toThrow(TypeError);
    money.add(usd('2.00'));
    expect(money.minor).toBe(100n);
  });

  it('has a zero in every currency', () => {
    for (const currency of CURRENCIES) {
      const zero = Money.zero(currency);
      expect(zero.isZero()).toBe(true);
      expect(zero.currency).toBe(currency);
    }
    expect(Money.zero('KWD').amount).toBe('0.000');
  });
});

describe('Money arithmetic', () => {
  it('adds and subtracts in one currency', () => {
    expect(usd('10.05').add(usd('0.95')).amount).toBe('11.00');
    expect(usd('10.05').subtract(usd('10.10')).amount).toBe('-0.05');
    expect(usd('-1.5').negate().amount).toBe('1.50');
    expect(Money.zero('USD').negate().amount).toBe('0.00');
  });

  it('refuses to mix currencies', () => {
    const cny = Money.of('1', 'CNY');
    expect(() => usd('1').add(cny)).toThrow(MoneyError);
    expect(() => usd('1').add(cny)).toThrow('Cannot add CNY and USD');
    expect(() => usd('1').subtract(cny)).toThrow(MoneyError);
    expect(() => usd('1').compare(cny)).toThrow(MoneyError);
    expect(() => Money.sum([usd('1'), cny], 'USD')).toThrow(MoneyError);
    expect(() => Money.sum([cny], 'USD')).toThrow(MoneyError);
  });

  it('compares and tests sign', () => {
    expect(usd('1.00').compare(usd('1.01'))).toBe(-1);
    expect(usd('1.01').compare(usd('1.00'))).toBe(1);
    expect(usd('1.0').compare(usd('1'))).toBe(0);
    expect(usd('-0.01').isNegative()).toBe(true);
    expect(usd('-0.01').isPositive()).toBe(false);
    expect(usd('0.01').isPositive()).toBe(true);
    expect(usd('0').isZero()).toBe(true);
    expect(usd('0').isNegative()).toBe(false);
    expect(usd('0').isPositive()).toBe(false);
  });

  it('is equal only in the same currency and amount', () => {
    expect(usd('1.5').equals(Money.fromMinor(150n, 'USD'))).toBe(true);
    expect(usd('1.5').equals(usd('1.51'))).toBe(false);
    expect(usd('1.00').equals(Money.of('1.00', 'CNY'))).toBe(false);
  });

  it('sums a list, and an empty list to zero', () => {
    expect(Money.sum([usd('1.10'), usd('2.20'), usd('-0.30')], 'USD').amount).toBe('3.00');
    expect(Money.sum([], 'JPY').amount).toBe('0');
  });
});

describe('Money.multiply', () => {
  it.each([
    ['0.01', '0.5', '0.01'],
    ['0.01', '0.49', '0.00'],
    ['0.01', '0.51', '0.01'],
    ['-0.01', '0.5', '-0.01'],
    ['-0.01', '0.49', '0.00'],
    ['0.01', '-0.5', '-0.01'],
    ['1.00', '0.125', '0.13'],
    ['1.00', '0.124999999', '0.12'],
    ['-1.00', '0.125', '-0.13'],
    ['19.99', '2.5', '49.98'], // 49.975 rounds up
    ['-19.99', '2.5', '-49.98'],
    ['19.99', '3', '59.97'],
    ['30.00', '0', '0.00'],
    ['1234.56', '1', '1234.56'],
  ])('USD %p × %p = %p', (amount, factor, expected) => {
    expect(usd(amount).multiply(factor).amount).toBe(expected);
  });

  it('rounds to the currency unit of JPY and KWD', () => {
    expect(Money.of('101', 'JPY').multiply('0.5').amount).toBe('51'); // 50.5
    expect(Money.of('-101', 'JPY').multiply('0.5').amount).toBe('-51');
    expect(Money.of('1.001', 'KWD').multiply('1.5').amount).toBe('1.502'); // 1.5015
  });

  it('multiplies by a whole bigint exactly', () => {
    expect(usd('30.00').multiply(3n).amount).toBe('90.00');
    expect(usd('30.00').multiply(-2n).amount).toBe('-60.00');
  });

  it('refuses factors that are not decimal strings', () => {
    for (const bad of ['1e2', '', '.5', '2,5', 'abc'])
      expect(() => usd('1').multiply(bad)).toThrow(MoneyError);
    expect(() => usd('1').multiply(2 as unknown as string)).toThrow(MoneyError);
  });
});

describe('Money.convert', () => {
  it.each([
    ['100.00', 'USD', '7.12345', 'CNY', '712.35'], // 712.345 rounds up
    ['100.00', 'USD', '7.12344', 'CNY', '712.34'],
    ['-100.00', 'USD', '7.12345', 'CNY', '-712.35'],
    ['1.00', 'USD', '7.1234', 'CNY', '7.12'],
    ['0.01', 'USD', '0.5', 'CNY', '0.01'],
    ['0.01', 'USD', '0.4999999999', 'CNY', '0.00'],
    ['1234.56', 'USD', '1', 'USD', '1234.56'],
    ['100', 'JPY', '0.0483', 'USD', '4.83'],
    ['1', 'JPY', '0.0065', 'USD', '0.01'], // 0.0065 rounds up to a cent
    ['1', 'JPY', '0.0049', 'USD', '0.00'],
    ['12.34', 'USD', '151.2345', 'JPY', '1866'], // 1866.23373
    ['0.05', 'USD', '150', 'JPY', '8'], // 7.5 yen rounds up
    ['-0.05', 'USD', '150', 'JPY', '-8'],
    ['1.000', 'KWD', '3.2567', 'USD', '3.26'],
    ['1.00', 'USD', '0.3075', 'KWD', '0.308'], // 0.3075 rounds up
    ['1000', 'KRW', '0.0053', 'CNY', '5.30'],
    ['0.00', 'USD', '7.1', 'CNY', '0.00'],
  ] as const)('%p %p at %p into %p is %p', (amount, from, rate, to, expected) => {
    const converted = Money.of(amount, from).convert(rate, to);
    expect(converted.currency).toBe(to);
    expect(converted.amount).toBe(expected);
  });

  it.each(['0', '-7.1', '7.12345678901', '7,1', '7e0', '', ' 7'])('refuses the rate %p', (rate) => {
    expect(() => usd('1').convert(rate, 'CNY')).toThrow(MoneyError);
  });

  it('refuses an unsupported target currency', () => {
    expect(() => usd('1').convert('1', 'XYZ' as CurrencyCode)).toThrow(MoneyError);
  });

  it('defines a note total as the sum of per-line conversions, not the conversion of the sum', () => {
    // Three lines of 0.005 CNY each after conversion: each rounds up, the converted sum would not.
    const lines = [usd('0.01'), usd('0.01'), usd('0.01')];
    const perLine = Money.sum(
      lines.map((line) => line.convert('0.5', 'CNY')),
      'CNY',
    );
    expect(perLine.amount).toBe('0.03');
    expect(Money.sum(lines, 'USD').convert('0.5', 'CNY').amount).toBe('0.02');
  });
});

describe('Money.allocate', () => {
  it('splits evenly and gives leftover units to the first parts', () => {
    expect(usd('100.00').allocate([1, 1, 1]).map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(usd('0.05').allocate([1, 1, 1]).map(String)).toEqual(['0.02', '0.02', '0.01']);
    expect(usd('-100.00').allocate([1, 1, 1]).map(String)).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('splits in proportion, the leftover to the largest remainders', () => {
    expect(usd('0.05').allocate([3, 7]).map(String)).toEqual(['0.02', '0.03']); // 1.5 and 3.5: a tie, the first wins
    expect(usd('1.00').allocate([1n, 2n, 3n]).map(String)).toEqual(['0.17', '0.33', '0.50']); // 16.67, 33.33, 50
    expect(Money.of('10', 'JPY').allocate([70, 30]).map(String)).toEqual(['7', '3']);
  });

  it('never gives a unit to a zero ratio', () => {
    expect(usd('0.01').allocate([0, 1, 1]).map(String)).toEqual(['0.00', '0.01', '0.00']);
    expect(usd('0.02').allocate([0, 0, 1]).map(String)).toEqual(['0.00', '0.00', '0.02']);
  });

  it('keeps the currency', () => {
    expect(
      Money.of('1.000', 'KWD')
        .allocate([1, 2])
        .map((part) => part.toJSON()),
    ).toEqual([
      { amount: '0.333', currency: 'KWD' },
      { amount: '0.667', currency: 'KWD' },
    ]);
  });

  it.each([
    [[]],
    [[0, 0]],
    [[-1, 2]],
    [[1.5]],
    [[Number.NaN]],
    [[2 ** 53]],
    [[-1n]],
    [['1' as unknown as number]],
  ])('refuses the ratios %p', (ratios) => {
    expect(() => usd('1').allocate(ratios as number[])).toThrow(MoneyError);
  });
});

describe('Money properties', () => {
  it('allocate never creates or loses a minor unit and keeps every part within one unit of its share', () => {
    fc.assert(
      fc.property(
        minorArb,
        currencyArb,
        fc
          .array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 12 })
          .filter((ratios) => ratios.some((r) => r > 0n)),
        (minor, currency, ratios) => {
          const parts = Money.fromMinor(minor, currency).allocate(ratios);
          const total = ratios.reduce((a, b) => a + b, 0n);
          expect(parts).toHaveLength(ratios.length);
          expect(parts.reduce((sum, part) => sum + part.minor, 0n)).toBe(minor);
          parts.forEach((part, i) => {
            expect(part.currency).toBe(currency);
            // |part - minor × ratio / total| < 1, multiplied through by total
            const gap = part.minor * total - minor * (ratios[i] ?? 0n);
            expect(gap < total && -gap < total).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('add and subtract undo each other', () => {
    fc.assert(
      fc.property(minorArb, minorArb, currencyArb, (a, b, currency) => {
        const x = Money.fromMinor(a, currency);
        const y = Money.fromMinor(b, currency);
        expect(x.add(y).subtract(y).equals(x)).toBe(true);
        expect(x.subtract(y).add(y).equals(x)).toBe(true);
        expect(x.add(y).equals(y.add(x))).toBe(true);
        expect(x.add(x.negate()).isZero()).toBe(true);
      }),
    );
  });

  it('parses back what it formats, in every currency', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), currencyArb, (minor, currency) => {
        const text = Money.fromMinor(minor, currency).toString();
        expect(Money.strict(text, currency).minor).toBe(minor);
        expect(Money.of(text, currency).minor).toBe(minor);
        expect(text.split('.')[1]?.length ?? 0).toBe(minorDigits(currency));
      }),
      { numRuns: 500 },
    );
  });

  it('sums converted lines to the per-line reference computed independently', () => {
    fc.assert(
      fc.property(
        currencyArb,
        currencyArb,
        rateArb,
        fc.array(minorArb, { maxLength: 30 }),
        (from, to, rate, minors) => {
          const lines = minors.map((minor) => Money.fromMinor(minor, from));
          const total = Money.sum(
            lines.map((line) => line.convert(rate, to)),
            to,
          );
          const reference = minors.reduce((sum, minor) => sum + referenceConvert(minor, from, rate, to), 0n);
          expect(total.currency).toBe(to);
          expect(total.minor).toBe(reference);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('converts to within half a minor unit of the exact product, halves away from zero', () => {
    fc.assert(
      fc.property(minorArb, currencyArb, currencyArb, rateArb, (minor, from, to, rate) => {
        const converted = Money.fromMinor(minor, from).convert(rate, to);
        const { numerator, denominator } = referenceRate(rate);
        // exact = minor × rate × 10^to / 10^from, as the fraction exactNum / exactDen in minor units of `to`
        const exactNum = minor * numerator * 10n ** BigInt(minorDigits(to));
        const exactDen = denominator * 10n ** BigInt(minorDigits(from));
        const error = converted.minor * exactDen - exactNum;
        expect(2n * (error < 0n ? -error : error) <= exactDen).toBe(true);
        // On an exact half the result lies away from zero: its magnitude is at least the exact magnitude.
        if (2n * (error < 0n ? -error : error) === exactDen) {
          expect(
            converted.minor < 0n
              ? -converted.minor * exactDen >= -exactNum
              : converted.minor * exactDen >= exactNum,
          ).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('multiplies as the reference rounds the exact product', () => {
    fc.assert(
      fc.property(minorArb, currencyArb, rateArb, fc.boolean(), (minor, currency, factor, negative) => {
        const signed = negative ? `-${factor}` : factor;
        const product = Money.fromMinor(minor, currency).multiply(signed);
        const { numerator, denominator } = referenceRate(factor);
        const exact = (negative ? -1n : 1n) * minor * numerator;
        expect(product.minor).toBe(referenceRound(exact, denominator));
      }),
      { numRuns: 500 },
    );
  });
});
