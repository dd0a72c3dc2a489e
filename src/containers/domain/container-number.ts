/**
 * ISO 6346 container numbers: 3-letter owner code, category identifier (U, J or Z), 6-digit serial and a
 * check digit, e.g. CSQU3054383. The number is assigned when the empty container is picked up, and
 * operators type it from a print-out or a photo, so input is forgiving and the check digit catches typos.
 */

export type ContainerNumberResult = { ok: true; value: string } | { ok: false; reason: string };

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

/** Upper-cases and removes the separators people type ("msku 123456-7", "MSKU/123456/7") to give the canonical form. */
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

/** Normalises a typed container number and checks its shape, category letter and check digit. */
export function validateContainerNumber(input: string): ContainerNumberResult {
  const value = normalizeContainerNumber(input);
  if (!SHAPE.test(value)) {
    return { ok: false, reason: 'must be 4 letters, 6 digits and a check digit' };
  }
  if (!CATEGORIES.includes(value.charAt(3))) {
    return { ok: false, reason: 'the 4th letter (category) must be U, J or Z' };
  }
  const expected = checkDigit(value.slice(0, 10));
  const actual = Number(value.charAt(10));
  if (expected !== actual) {
    return { ok: false, reason: `check digit should be ${expected}, not ${actual}` };
  }
  return { ok: true, value };
}
