import fc from 'fast-check';
import { isUnLocode, normalizeUnLocode } from './locode';

const REASON = 'must be a UN/LOCODE: 2-letter country code and 3 letters or digits 2-9, e.g. CNYTN';

describe('isUnLocode', () => {
  it.each(['CNYTN', 'CNSHK', 'USLAX', 'DEHAM', 'NLRTM', 'GBLO2', 'US9AB'])(
    'accepts the canonical code %s',
    (code) => {
      expect(isUnLocode(code)).toBe(true);
    },
  );

  it.each([
    ['lower case', 'cnytn'],
    ['a space inside', 'CN YTN'],
    ['surrounding spaces', ' CNYTN'],
    ['a digit 0 in the location', 'CNYT0'],
    ['a digit 1 in the location', 'CN1TN'],
    ['a digit in the country', 'C1YTN'],
    ['too few characters', 'CNYT'],
    ['too many characters', 'CNYTNX'],
    ['nothing', ''],
  ])('rejects a code with %s', (_case, code) => {
    expect(isUnLocode(code)).toBe(false);
  });
});

describe('normalizeUnLocode', () => {
  it.each([
    ['CNYTN', 'CNYTN'],
    ['cnytn', 'CNYTN'],
    ['cn ytn', 'CNYTN'],
    ['  CN SHK  ', 'CNSHK'],
    ['Us Lax', 'USLAX'],
    ['gb lo2', 'GBLO2'],
    ['ＣＮＹＴＮ', 'CNYTN'],
  ])('accepts %j as %s', (input, value) => {
    expect(normalizeUnLocode(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['two spaces after the country', 'CN  YTN'],
    ['a space inside the location', 'CNY TN'],
    ['a hyphen', 'CN-YTN'],
    ['a digit 0 in the location', 'CN YT0'],
    ['a port name', 'Yantian'],
    ['too short', 'CN YT'],
    ['empty', ''],
  ])('rejects input with %s', (_case, input) => {
    expect(normalizeUnLocode(input)).toEqual({ ok: false, reason: REASON });
  });

  it('only ever returns canonical codes, and leaves canonical codes unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (input) => {
        const result = normalizeUnLocode(input);
        if (result.ok) {
          expect(isUnLocode(result.value)).toBe(true);
          expect(normalizeUnLocode(result.value)).toEqual(result);
        }
      }),
    );
  });

  it('accepts any canonical code in lower case or with one space after the country', () => {
    const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const locationChar = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789');
    fc.assert(
      fc.property(
        fc.array(upper, { minLength: 2, maxLength: 2 }),
        fc.array(locationChar, { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (country, location, spaced) => {
          const code = `${country.join('')}${location.join('')}`;
          const typed = `${country.join('')}${spaced ? ' ' : ''}${location.join('')}`.toLowerCase();
          expect(normalizeUnLocode(typed)).toEqual({ ok: true, value: code });
        },
      ),
    );
  });
});
