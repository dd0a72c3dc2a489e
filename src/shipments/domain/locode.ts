/** UN/LOCODEs for ports of loading and discharge: 2-letter country code + 3-character location (CNYTN). */

export type UnLocodeResult = { ok: true; value: string } | { ok: false; reason: string };

// The location part uses letters and the digits 2-9 only: 0 and 1 are left out so they are never
// confused with O and I.
const UN_LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;

/** Whether a string is already a canonical UN/LOCODE (no trimming or case folding). */
export function isUnLocode(s: string): boolean {
  return UN_LOCODE.test(s);
}

/** Trims and upper-cases a typed UN/LOCODE and drops the one space often written after the country ("CN YTN"). */
export function normalizeUnLocode(s: string): UnLocodeResult {
  const trimmed = s.normalize('NFKC').trim().toUpperCase();
  const value = /^[A-Z]{2} \S/.test(trimmed) ? trimmed.slice(0, 2) + trimmed.slice(3) : trimmed;
  if (!isUnLocode(value)) {
    return {
      ok: false,
      reason: 'must be a UN/LOCODE: 2-letter country code and 3 letters or digits 2-9, e.g. CNYTN',
    };
  }
  return { ok: true, value };
}
