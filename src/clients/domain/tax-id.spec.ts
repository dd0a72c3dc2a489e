import { isTaxId, normalizeTaxId, taxIdCheckCharacter } from './tax-id';

describe('unified social credit code (GB 32100-2015)', () => {
  // Codes of registered companies as printed on their business licences.
  const REAL = ['91350100M000100Y43', '9144030071526726XG', '914403001922038216', '91330100716105852F'];

  it.each(REAL)('accepts %s', (code) => {
    expect(normalizeTaxId(code)).toEqual({ ok: true, value: code });
    expect(isTaxId(code)).toBe(true);
  });

  it('computes the check character from the first 17', () => {
    expect(REAL.map((code) => taxIdCheckCharacter(code.slice(0, 17)))).toEqual(['3', 'G', '6', 'F']);
  });

  it('refuses a wrong check character', () => {
    const result = normalizeTaxId('9144030071526726XH');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('call for G');
    expect(normalizeTaxId('914403001922038217').ok).toBe(false);
  });

  it('folds what Chinese input methods and copying produce', () => {
    expect(normalizeTaxId(' 9144 0300 7152 6726 xg ')).toEqual({ ok: true, value: '9144030071526726XG' });
    expect(normalizeTaxId('９１４４０３００７１５２６７２６ＸＧ')).toEqual({
      ok: true,
      value: '9144030071526726XG',
    });
    expect(isTaxId('9144030071526726xg')).toBe(false);
  });

  it('refuses the wrong length and characters outside the set', () => {
    expect(normalizeTaxId('9144030071526726X').ok).toBe(false);
    expect(normalizeTaxId('9144030071526726XGG').ok).toBe(false);
    // I, O, S, V and Z are not in the set; the division code is digits.
    expect(normalizeTaxId('914403007152672OXG').ok).toBe(false);
    expect(normalizeTaxId('91A4030071526726XG').ok).toBe(false);
  });
});
