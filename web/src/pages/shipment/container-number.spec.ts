import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as service from '../../../../src/containers/domain/container-number';
import {
  assessTyping,
  checkDigit,
  normalizeContainerNumber,
  validateContainerNumber,
} from './container-number';

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const digit = fc.constantFrom(...'0123456789');
const firstTen = fc
  .tuple(
    fc.array(letter, { minLength: 3, maxLength: 3 }),
    fc.constantFrom('U', 'J', 'Z'),
    fc.array(digit, { minLength: 6, maxLength: 6 }),
  )
  .map(([owner, category, serial]) => `${owner.join('')}${category}${serial.join('')}`);
/** What an operator might type: mostly near-numbers (separators, case, wrong digits), some noise. */
const typed = fc.oneof(
  fc.tuple(firstTen, digit, fc.constantFrom('', ' ', '-', '/')).map(([ten, d, sep]) => {
    const number = `${ten}${d}`;
    return `${number.slice(0, 4)}${sep}${number.slice(4, 10)}${sep}${number.slice(10)}`.toLowerCase();
  }),
  fc.string({ maxLength: 14 }),
  fc.stringMatching(/^[A-Za-z0-9 -]{0,13}$/),
);

describe('the console’s container number check', () => {
  it.each([
    ['CSQU3054383', true],
    ['msku 907032-3', true],
    ['ＣＳＱＵ３０５４３８３', true],
    ['CSQU3054384', false],
    ['CSQA3054383', false],
    ['CSQU305438', false],
  ])('validates %j as %s', (input, ok) => {
    expect(validateContainerNumber(input).ok).toBe(ok);
  });

  it('names the check digit expected', () => {
    expect(validateContainerNumber('MSKU9070320')).toEqual({
      ok: false,
      reason: 'checkDigit',
      expected: 3,
      actual: 0,
    });
  });

  it('agrees with the service on every input: same verdict, same canonical value, same check digit', () => {
    fc.assert(
      fc.property(typed, (input) => {
        const ours = validateContainerNumber(input);
        const theirs = service.validateContainerNumber(input);
        expect(ours.ok).toBe(theirs.ok);
        if (ours.ok && theirs.ok) expect(ours.value).toBe(theirs.value);
        if (!ours.ok && !theirs.ok && ours.reason === 'checkDigit') {
          expect(theirs.reason).toBe(`check digit should be ${ours.expected}, not ${ours.actual}`);
        }
        expect(normalizeContainerNumber(input)).toBe(service.normalizeContainerNumber(input));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(firstTen, (ten) => expect(checkDigit(ten)).toBe(service.checkDigit(ten))));
  });
});

describe('assessTyping', () => {
  it('says nothing of an empty field and waits while the number is a possible prefix', () => {
    expect(assessTyping('  ')).toEqual({ state: 'empty' });
    for (const prefix of ['m', 'MSK', 'MSKU', 'msku 9', 'MSKU907032']) {
      expect(assessTyping(prefix).state).toBe('partial');
    }
  });

  it('refuses as soon as the number cannot become valid', () => {
    expect(assessTyping('MS1')).toMatchObject({ state: 'invalid', reason: 'shape' });
    expect(assessTyping('MSKA')).toMatchObject({ state: 'invalid', reason: 'category' });
    expect(assessTyping('MSKU90703A')).toMatchObject({ state: 'invalid', reason: 'shape' });
    expect(assessTyping('MSKU90703231')).toMatchObject({ state: 'invalid', reason: 'shape' });
  });

  it('gives the check digit’s verdict once all 11 characters are typed', () => {
    expect(assessTyping('MSKU 907032-3')).toEqual({ state: 'valid', value: 'MSKU9070323' });
    expect(assessTyping('MSKU9070324')).toMatchObject({
      state: 'invalid',
      reason: 'checkDigit',
      expected: 3,
    });
  });

  it('calls valid exactly what the service accepts, and never calls partial what cannot become valid', () => {
    fc.assert(
      fc.property(typed, (input) => {
        const state = assessTyping(input);
        expect(state.state === 'valid').toBe(service.validateContainerNumber(input).ok);
        if (state.state === 'partial') {
          // Some completion of it is a valid number: pad the rest with a serial and its right check digit.
          const value = state.value;
          const letters = value.slice(0, 4).padEnd(4, 'U');
          const owner =
            letters.length === 4 && 'UJZ'.includes(letters[3]!) ? letters : `${letters.slice(0, 3)}U`;
          const serial = value.slice(4).padEnd(6, '0').slice(0, 6);
          const completed = `${owner}${serial}${checkDigit(`${owner}${serial}`)}`;
          expect(completed.startsWith(value.slice(0, Math.min(value.length, 10)))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
