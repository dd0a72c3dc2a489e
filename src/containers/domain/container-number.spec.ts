import fc from 'fast-check';
import { checkDigit, normalizeContainerNumber, validateContainerNumber } from './container-number';

// An independent, table-driven oracle (the letter values as printed in ISO 6346), so the tests do not
// merely repeat the implementation's arithmetic.
const ISO_LETTER_VALUES: Record<string, number> = {
  A: 10, B: 12, C: 13, D: 14, E: 15, F: 16, G: 17, H: 18, I: 19, J: 20, K: 21, L: 23, M: 24,
  N: 25, O: 26, P: 27, Q: 28, R: 29, S: 30, T: 31, U: 32, V: 34, W: 35, X: 36, Y: 37, Z: 38,
}; // prettier-ignore

/** The raw weighted sum mod 11, before the "10 is written as 0" rule. */
function remainder(first10: string): number {
  let sum = 0;
  [...first10].forEach((char, position) => {
    sum += (/[0-9]/.test(char) ? Number(char) : (ISO_LETTER_VALUES[char] as number)) * 2 ** position;
  });
  return sum % 11;
}

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const digit = fc.constantFrom(...'0123456789');
/** Owner code + category U + serial, i.e. everything but the check digit. */
const firstTen = fc
  .tuple(fc.array(letter, { minLength: 3, maxLength: 3 }), fc.array(digit, { minLength: 6, maxLength: 6 }))
  .map(([owner, serial]) => `${owner.join('')}U${serial.join('')}`);

describe('normalizeContainerNumber', () => {
  it.each([
    ['msku 123456-7', 'MSKU1234567'],
    ['MSKU1234567', 'MSKU1234567'],
    ['  csqu/305438/3 ', 'CSQU3054383'],
    ['CSQU 305 438 3', 'CSQU3054383'],
    ['CSQU\t3054383\n', 'CSQU3054383'],
    ['ＣＳＱＵ３０５４３８３', 'CSQU3054383'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeContainerNumber(input)).toBe(expected);
  });

  it('leaves other characters for the validator to reject', () => {
    expect(normalizeContainerNumber('MSKU.123456.7')).toBe('MSKU.123456.7');
  });
});

describe('checkDigit', () => {
  it.each([
    ['CSQU305438', 3],
    ['MSKU907032', 3],
    ['TGHU876238', 1],
    ['MAEU123456', 7],
  ])('gives %s the check digit %d', (first10, expected) => {
    expect(checkDigit(first10)).toBe(expected);
  });

  it('agrees with the ISO letter table for any owner code and serial', () => {
    fc.assert(
      fc.property(firstTen, (first10) => {
        expect(checkDigit(first10)).toBe(remainder(first10) % 10);
      }),
    );
  });

  it('writes a remainder of 10 as check digit 0', () => {
    // CSQU305445 is the first serial after CSQU305438 whose weighted sum leaves 10.
    expect(remainder('CSQU305445')).toBe(10);
    expect(checkDigit('CSQU305445')).toBe(0);
    expect(validateContainerNumber('CSQU3054450')).toEqual({ ok: true, value: 'CSQU3054450' });
    expect(validateContainerNumber('CSQU3054451')).toEqual({
      ok: false,
      reason: 'check digit should be 0, not 1',
    });
  });

  it('finds a remainder-10 serial for any owner code by searching (about one serial in eleven)', () => {
    fc.assert(
      fc.property(fc.array(letter, { minLength: 3, maxLength: 3 }), (owner) => {
        let found: string | undefined;
        for (let serial = 0; serial < 1000 && !found; serial += 1) {
          const first10 = `${owner.join('')}U${String(serial).padStart(6, '0')}`;
          if (remainder(first10) === 10) found = first10;
        }
        expect(found).toBeDefined();
        expect(checkDigit(found as string)).toBe(0);
        expect(validateContainerNumber(`${found}0`).ok).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it.each(['csqu305438', 'CSQU30543', 'CSQU3054383', 'CSQ1305438', 'CSQU30543X'])(
    'refuses %j, which is not 4 capital letters and 6 digits',
    (first10) => {
      expect(() => checkDigit(first10)).toThrow(RangeError);
    },
  );
});

describe('validateContainerNumber', () => {
  it.each(['CSQU3054383', 'MSKU9070323', 'TGHU8762381', 'MAEU1234567', 'CSQU3054450'])(
    'accepts the valid number %s',
    (number) => {
      expect(validateContainerNumber(number)).toEqual({ ok: true, value: number });
    },
  );

  it('accepts a lowercase, hyphenated number and returns it canonical', () => {
    expect(validateContainerNumber('msku 907032-3')).toEqual({ ok: true, value: 'MSKU9070323' });
  });

  it('accepts a number split by spaces and slashes', () => {
    expect(validateContainerNumber(' CSQU / 305438 / 3 ')).toEqual({ ok: true, value: 'CSQU3054383' });
  });

  it('accepts the category identifiers J and Z as well as U', () => {
    const j = `ABCJ123456${checkDigit('ABCJ123456')}`;
    const z = `ABCZ123456${checkDigit('ABCZ123456')}`;
    expect(validateContainerNumber(j)).toEqual({ ok: true, value: j });
    expect(validateContainerNumber(z)).toEqual({ ok: true, value: z });
  });

  it.each([
    ['CSQU3054384', 3, 4],
    ['MSKU9070320', 3, 0],
    ['TGHU8762382', 1, 2],
    ['MAEU1234560', 7, 0],
  ])('rejects %s and says which check digit was expected', (number, expected, actual) => {
    expect(validateContainerNumber(number)).toEqual({
      ok: false,
      reason: `check digit should be ${expected}, not ${actual}`,
    });
  });

  it.each(['CSQR3054383', 'MSKA9070323', 'MSKB9070323'])(
    'rejects %s, whose category letter is not U, J or Z',
    (n) => {
      expect(validateContainerNumber(n)).toEqual({
        ok: false,
        reason: 'the 4th letter (category) must be U, J or Z',
      });
    },
  );

  it.each([
    ['too short', 'CSQU305438'],
    ['too long', 'CSQU30543830'],
    ['missing the serial', 'CSQU'],
    ['empty', ''],
    ['only separators', ' - / '],
    ['a digit in the owner code', 'CS1U3054383'],
    ['a digit as category', 'CSQ03054383'],
    ['a letter in the serial', 'CSQU30S4383'],
    ['a letter as check digit', 'CSQU305438X'],
    ['five letters', 'CSQUU054383'],
    ['dots as separators', 'CSQU.305438.3'],
    ['a non-Latin letter', 'CSQÜ3054383'],
  ])('rejects a number with %s', (_case, number) => {
    expect(validateContainerNumber(number)).toEqual({
      ok: false,
      reason: 'must be 4 letters, 6 digits and a check digit',
    });
  });

  it('accepts any owner code and serial followed by its computed check digit', () => {
    fc.assert(
      fc.property(firstTen, (first10) => {
        const number = `${first10}${checkDigit(first10)}`;
        expect(validateContainerNumber(number)).toEqual({ ok: true, value: number });
      }),
    );
  });

  it('rejects any change to the check digit', () => {
    fc.assert(
      fc.property(firstTen, fc.integer({ min: 1, max: 9 }), (first10, shift) => {
        const wrong = (checkDigit(first10) + shift) % 10;
        expect(validateContainerNumber(`${first10}${wrong}`).ok).toBe(false);
      }),
    );
  });

  it('rejects any single-digit change to the serial when the check digit is not 0', () => {
    // Every weight 2^i is non-zero mod 11 and two digits differ by 1-9, so the sum always moves mod 11.
    fc.assert(
      fc.property(
        firstTen.filter((first10) => checkDigit(first10) !== 0),
        fc.integer({ min: 4, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (first10, position, shift) => {
          const changed = (Number(first10.charAt(position)) + shift) % 10;
          const typo = `${first10.slice(0, position)}${changed}${first10.slice(position + 1)}`;
          expect(validateContainerNumber(`${typo}${checkDigit(first10)}`).ok).toBe(false);
        },
      ),
    );
  });

  it('misses a single-digit change only when it moves the remainder between 0 and 10 (both check digit 0)', () => {
    // ISO 6346 writes remainder 10 as 0, so a number with check digit 0 is not fully protected.
    fc.assert(
      fc.property(
        firstTen,
        fc.integer({ min: 4, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (first10, position, shift) => {
          const changed = (Number(first10.charAt(position)) + shift) % 10;
          const typo = `${first10.slice(0, position)}${changed}${first10.slice(position + 1)}`;
          const accepted = validateContainerNumber(`${typo}${checkDigit(first10)}`).ok;
          const zeroOrTen = (r: number) => r === 0 || r === 10;
          expect(accepted).toBe(zeroOrTen(remainder(first10)) && zeroOrTen(remainder(typo)));
        },
      ),
    );
  });

  it('accepts MSKU2000140, a one-digit typo of the valid MSKU0000140, because both sums end in 0 or 10', () => {
    expect(remainder('MSKU000014')).toBe(0);
    expect(remainder('MSKU200014')).toBe(10);
    expect(validateContainerNumber('MSKU0000140').ok).toBe(true);
    expect(validateContainerNumber('MSKU2000140').ok).toBe(true);
  });
});
