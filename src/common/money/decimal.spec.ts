import { CURRENCIES, type CurrencyCode, isCurrency, minorDigits } from './currency';
import {
  atScale,
  isDecimalString,
  MoneyError,
  parseDecimal,
  parseRate,
  roundHalfAwayFromZero,
} from './decimal';

describe('currency', () => {
  it('lists the supported currencies with their ISO 4217 minor digits', () => {
    expect(CURRENCIES).toEqual([
      'CNY',
      'USD',
      'EUR',
      'HKD',
      'GBP',
      'JPY',
      'KRW',
      'SGD',
      'AUD',
      'CAD',
      'KWD',
      'BHD',
    ]);
    expect(CURRENCIES.map((code) => [code, minorDigits(code)])).toEqual([
      ['CNY', 2],
      ['USD', 2],
      ['EUR', 2],
      ['HKD', 2],
      ['GBP', 2],
      ['JPY', 0],
      ['KRW', 0],
      ['SGD', 2],
      ['AUD', 2],
      ['CAD', 2],
      ['KWD', 3],
      ['BHD', 3],
    ]);
  });

  it('recognises supported codes only, exactly as written', () => {
    expect(isCurrency('USD')).toBe(true);
    expect(isCurrency('usd')).toBe(false);
    expect(isCurrency('XYZ')).toBe(false);
    expect(isCurrency('toString')).toBe(false);
    expect(isCurrency(undefined)).toBe(false);
    expect(isCurrency(840)).toBe(false);
  });

  it('refuses the minor digits of an unsupported currency', () => {
    expect(() => minorDigits('XYZ' as CurrencyCode)).toThrow(MoneyError);
  });

  it('cannot be modified', () => {
    expect(Object.isFrozen(CURRENCIES)).toBe(true);
  });
});

describe('decimal', () => {
  it.each(['0', '12', '-3.10', '0.5', '123456789012345678901234567890.123'])('accepts %p', (s) => {
    expect(isDecimalString(s)).toBe(true);
  });

  it.each([
    '',
    ' 1',
    '1 ',
    '1.',
    '.5',
    '+1',
    '1e3',
    '0x10',
    '1,000',
    '1 000',
    '01',
    '-',
    '1.2.3',
    'NaN',
    '١',
  ])('refuses %p', (s) => {
    expect(isDecimalString(s)).toBe(false);
    expect(() => parseDecimal(s)).toThrow(MoneyError);
  });

  it('parses exactly, keeping the written scale', () => {
    expect(parseDecimal('-3.10')).toEqual({ units: -310n, scale: 2 });
    expect(parseDecimal('7')).toEqual({ units: 7n, scale: 0 });
  });

  it('parses rates: positive, at most 10 fractional digits', () => {
    expect(parseRate('7.1234')).toEqual({ units: 71234n, scale: 4 });
    expect(parseRate('0.0000000001')).toEqual({ units: 1n, scale: 10 });
    for (const bad of ['0', '0.000', '-7.1', '7.12345678901', '1e2', '', '+7']) {
      expect(() => parseRate(bad)).toThrow(MoneyError);
    }
  });

  it('writes quantities at a fixed scale, as PostgreSQL prints numeric(p, 3)', () => {
    expect(['9120.5', '9120', '007', '0', '0.1', '12.345', '000.050'].map((s) => atScale(s, 3))).toEqual([
      '9120.500',
      '9120.000',
      '7.000',
      '0.000',
      '0.100',
      '12.345',
      '0.050',
    ]);
    expect(atScale('12', 0)).toBe('12');
    for (const bad of ['12.3456', '-1', '1.', '.5', '', '1e3', ' 1']) {
      expect(() => atScale(bad, 3)).toThrow(MoneyError);
    }
  });

  it('rounds half away from zero', () => {
    expect([15n, 25n, -15n, -25n, 14n, -14n, 16n, -16n].map((n) => roundHalfAwayFromZero(n, 10n))).toEqual([
      2n,
      3n,
      -2n,
      -3n,
      1n,
      -1n,
      2n,
      -2n,
    ]);
    expect(roundHalfAwayFromZero(5n, -10n)).toBe(-1n);
    expect(() => roundHalfAwayFromZero(1n, 0n)).toThrow(MoneyError);
  });
});
