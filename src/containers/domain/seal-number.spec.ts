import fc from 'fast-check';
import { normalizeSealNumber } from './seal-number';

describe('normalizeSealNumber', () => {
  it.each([
    ['ML1234567', 'ML1234567'],
    ['  ml1234567 ', 'ML1234567'],
    ['1', '1'],
    ['A', 'A'],
    ['ABCDE1234567890', 'ABCDE1234567890'],
    ['ｃｎ１２３４', 'CN1234'],
  ])('accepts %j as %j', (input, value) => {
    expect(normalizeSealNumber(input)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '\t\n'])('rejects the empty input %j', (input) => {
    expect(normalizeSealNumber(input)).toEqual({ ok: false, reason: 'must not be empty' });
  });

  it.each(['ML 1234567', 'ML-1234567', 'ML/1234567', 'ML.1234567', 'ML1234567#', 'SÉAL1', '封条123'])(
    'rejects %j, which has a character other than a letter or digit',
    (input) => {
      expect(normalizeSealNumber(input)).toEqual({
        ok: false,
        reason: 'must contain only letters and digits',
      });
    },
  );

  it('rejects 16 characters or more', () => {
    expect(normalizeSealNumber('ABCDE12345678901')).toEqual({
      ok: false,
      reason: 'must be at most 15 characters',
    });
  });

  it('accepts exactly the strings of 1-15 letters and digits, whatever their case and surrounding spaces', () => {
    const alphanumeric = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
    fc.assert(
      fc.property(
        fc.array(alphanumeric, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('', ' ', '  '),
        (chars, pad) => {
          const raw = chars.join('');
          const result = normalizeSealNumber(`${pad}${raw}${pad}`);
          expect(result.ok).toBe(raw.length <= 15);
          if (result.ok) expect(result.value).toBe(raw.toUpperCase());
        },
      ),
    );
  });
});
