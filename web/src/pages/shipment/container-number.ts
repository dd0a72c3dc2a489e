/**
 * ISO 6346 container numbers, checked in the browser as they are typed: the same rules as the service's
 * src/containers/domain/container-number.ts (its spec and ours compare the two), so the operator sees a typo
 * before pressing Enter, and the service still decides. The console cannot import the service's file (another
 * build), hence the copy; reasons are codes here, not English, so the screen says them in the user's language.
 */

/** Why a number is refused: its shape, its category letter, or its check digit (with the digit expected). */
export type ContainerNumberProblem =
  { reason: 'shape' } | { reason: 'category' } | { reason: 'checkDigit'; expected: number; actual: number };

export type ContainerNumberResult = { ok: true; value: string } | ({ ok: false } & ContainerNumberProblem);

/** Letter values of ISO 6346: A=10 onwards, skipping multiples of 11 (11, 22, 33) so no letter is worth 0 mod 11. */
const LETTER_VALUES: Readonly<Record<string, number>> = (() => {
  const values: Record<string, number> = {};
  let value = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value += 1;
    values[letter] = value;
    value += 1;
  }
  return values;
})();

const FIRST_TEN = /^[A-Z]{4}[0-9]{6}$/;
const SHAPE = /^[A-Z]{4}[0-9]{7}$/;
const CATEGORIES = 'UJZ';
/** A prefix of a well-formed number: up to 4 letters, then up to 7 digits. */
const PREFIX = /^[A-Z]{0,4}$|^[A-Z]{4}[0-9]{0,7}$/;
export const CONTAINER_NUMBER_LENGTH = 11;

/** Upper-cases and removes the separators people type ("msku 123456-7", "MSKU/123456/7"). */
export function normalizeContainerNumber(input: string): string {
  // NFKC first: numbers pasted from Chinese documents often come in full-width forms (ＭＳＫＵ１２３…).
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-/]+/g, '');
}

/** The ISO 6346 check digit of a canonical owner code + category + serial ("CSQU305438" → 3). */
export function checkDigit(first10: string): number {
  if (!FIRST_TEN.test(first10)) {
    throw new RangeError(`checkDigit needs 4 capital letters and 6 digits, got "${first10}"`);
  }
  let sum = 0;
  for (let position = 0; position < 10; position += 1) {
    const char = first10.charAt(position);
    const value = position < 4 ? (LETTER_VALUES[char] ?? 0) : Number(char);
    sum += value * 2 ** position;
  }
  // The standard writes a remainder of 10 as 0; owners are meant to avoid serials that give it.
  return (sum % 11) % 10;
}

/** Normalises a typed container number and checks its shape, category letter and check digit (as the service does). */
export function validateContainerNumber(input: string): ContainerNumberResult {
  const value = normalizeContainerNumber(input);
  if (!SHAPE.test(value)) return { ok: false, reason: 'shape' };
  if (!CATEGORIES.includes(value.charAt(3))) return { ok: false, reason: 'category' };
  const expected = checkDigit(value.slice(0, 10));
  const actual = Number(value.charAt(10));
  if (expected !== actual) return { ok: false, reason: 'checkDigit', expected, actual };
  return { ok: true, value };
}

/**
 * What to say about a number while it is being typed: nothing yet (empty), "keep typing" while it is a
 * prefix of a possible number, a problem as soon as one is certain (a digit among the owner letters, a
 * category that is not U/J/Z), and the check digit's verdict once all 11 characters are there.
 */
export type TypingState =
  | { state: 'empty' }
  | { state: 'partial'; value: string }
  | ({ state: 'invalid'; value: string } & ContainerNumberProblem)
  | { state: 'valid'; value: string };

export function assessTyping(input: string): TypingState {
  const value = normalizeContainerNumber(input);
  if (value === '') return { state: 'empty' };
  if (value.length >= 4 && !CATEGORIES.includes(value.charAt(3)) && /^[A-Z]{4}/.test(value)) {
    return { state: 'invalid', value, reason: 'category' };
  }
  if (value.length < CONTAINER_NUMBER_LENGTH) {
    return PREFIX.test(value) ? { state: 'partial', value } : { state: 'invalid', value, reason: 'shape' };
  }
  const result = validateContainerNumber(value);
  return result.ok ? { state: 'valid', value: result.value } : { ...result, state: 'invalid', value };
}
