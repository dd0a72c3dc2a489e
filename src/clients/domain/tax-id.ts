/**
 * The unified social credit code (统一社会信用代码) every Chinese company is registered under, which a VAT invoice
 * and a debit note name the client by (docs/domain.md, "Clients"). GB 32100-2015: 18 characters from a
 * 31-character set without I, O, Z, S and V; the last is a check character over the first 17 (weighted sum
 * modulo 31).
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^(i) mod 31 for positions 1..17 (GB 32100-2015, 4.2).
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const FORM = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type TaxIdResult = { ok: true; value: string } | { ok: false; reason: string };

/** The check character the first 17 characters call for. */
export function taxIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * A typed code made canonical (full-width folded, spaces dropped, upper case) and checked: its form (two
 * code characters, a six-digit administrative division, nine characters of the organisation code, the check
 * character) and its check character.
 */
export function normalizeTaxId(input: string): TaxIdResult {
  const value = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (value.length !== 18) {
    return { ok: false, reason: `must be 18 characters (统一社会信用代码); got ${value.length}` };
  }
  if (!FORM.test(value)) {
    return {
      ok: false,
      reason:
        'must be a unified social credit code: digits and capital letters except I, O, Z, S and V, the 3rd to 8th digits',
    };
  }
  const expected = taxIdCheckCharacter(value);
  if (value.charAt(17) !== expected) {
    return { ok: false, reason: `check character is wrong: the first 17 characters call for ${expected}` };
  }
  return { ok: true, value };
}

/** Whether a string is already a canonical, valid unified social credit code. */
export function isTaxId(value: string): boolean {
  const result = normalizeTaxId(value);
  return result.ok && result.value === value;
}
