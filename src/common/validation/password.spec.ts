import { meetsPasswordPolicy, normalisePassword } from './password';

describe('password policy and normalisation', () => {
  it('folds composed and decomposed accents, and full-width forms, to one text', () => {
    expect(normalisePassword('Cafe\u0301-2026')).toBe('Caf\u00e9-2026');
    expect(normalisePassword('ｈａｒｂｏｕｒ２０２６')).toBe('harbour2026');
    expect(normalisePassword('harbour-2026')).toBe('harbour-2026');
  });

  it('judges the policy on the normalised text', () => {
    expect(meetsPasswordPolicy('harbour-2026')).toBe(true);
    expect(meetsPasswordPolicy('港口密码港口密码2026')).toBe(true);
    expect(meetsPasswordPolicy('Cafe\u0301e\u0301e\u03011')).toBe(false); // 10 code points typed, 7 once composed
    expect(meetsPasswordPolicy('harbour-harbour')).toBe(false); // no digit
    expect(meetsPasswordPolicy('2026-2026-2026')).toBe(false); // no letter
    expect(meetsPasswordPolicy('short1')).toBe(false);
    expect(meetsPasswordPolicy(`a1${'x'.repeat(199)}`)).toBe(false);
    expect(meetsPasswordPolicy(12345678901)).toBe(false);
  });
});
