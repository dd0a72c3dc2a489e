/** Seal numbers: the number on the one-time seal fitted after stuffing, as printed by the carrier or depot. */

export type SealNumberResult = { ok: true; value: string } | { ok: false; reason: string };

const MAX_LENGTH = 15;

/** Trims and upper-cases a seal number and accepts it only as 1-15 letters and digits. */
export function normalizeSealNumber(input: string): SealNumberResult {
  // NFKC folds full-width letters and digits from Chinese input into ASCII before checking.
  const value = input.normalize('NFKC').trim().toUpperCase();
  if (value === '') {
    return { ok: false, reason: 'must not be empty' };
  }
  // Unlike container numbers, separators are not stripped: a seal number has no fixed shape, so we could
  // not tell a typo from two numbers typed into one field.
  if (!/^[A-Z0-9]+$/.test(value)) {
    return { ok: false, reason: 'must contain only letters and digits' };
  }
  if (value.length > MAX_LENGTH) {
    return { ok: false, reason: `must be at most ${MAX_LENGTH} characters` };
  }
  return { ok: true, value };
}
