import fc from 'fast-check';
import { CONTAINER_TYPES, containerTypeLabel, normalizeContainerType } from './container-type';

describe('normalizeContainerType', () => {
  it.each(Object.keys(CONTAINER_TYPES))('accepts the ISO code %s as it is', (code) => {
    expect(normalizeContainerType(code)).toEqual({ ok: true, code });
  });

  it.each([
    ['22g1', '22G1'],
    ['l5g1', 'L5G1'],
    [' 45G1 ', '45G1'],
  ])('accepts the ISO code %j in any case and with surrounding spaces', (input, code) => {
    expect(normalizeContainerType(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['20GP', '22G1'],
    ['20DC', '22G1'],
    ['20DV', '22G1'],
    ["20'GP", '22G1'],
    ['40GP', '42G1'],
    ['40DC', '42G1'],
    ['40DV', '42G1'],
    ['40HC', '45G1'],
    ['40HQ', '45G1'],
    ['45HC', 'L5G1'],
    ['45HQ', 'L5G1'],
    ['20RF', '22R1'],
    ['20RE', '22R1'],
    ['20RH', '22R1'],
    ['40RF', '45R1'],
    ['40RH', '45R1'],
    ['40RE', '45R1'],
    ['40RQ', '45R1'],
    ['20OT', '22U1'],
    ['40OT', '42U1'],
    ['20FR', '22P1'],
    ['40FR', '42P1'],
    ['20TK', '22T1'],
  ])('maps the alias %s to %s', (alias, code) => {
    expect(normalizeContainerType(alias)).toEqual({ ok: true, code });
  });

  it.each([
    ['40hc', '45G1'],
    ['40 HC', '45G1'],
    ["40'hq", '45G1'],
    ['40"HC', '45G1'],
    ['40’HC', '45G1'],
    ['40′HC', '45G1'],
    [" 20' gp ", '22G1'],
    ['４０ＨＣ', '45G1'],
  ])('accepts the alias written as %j', (input, code) => {
    expect(normalizeContainerType(input)).toEqual({ ok: true, code });
  });

  it.each([
    '22G0',
    '42G0',
    '25G1',
    '42R1',
    '45U1',
    '40XX',
    '20',
    'HC',
    'G1',
    '40-HC',
    'constructor',
    'toString',
  ])('rejects %j, which is not a type we book', (input) => {
    const result = normalizeContainerType(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(`unknown container type "${input}"`);
  });

  it.each(['', '   ', "''"])('rejects the empty input %j', (input) => {
    expect(normalizeContainerType(input)).toEqual({
      ok: false,
      reason: 'must be a container type such as 22G1 or 40HC',
    });
  });

  it('never throws, and whatever it accepts is a code in CONTAINER_TYPES', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = normalizeContainerType(input);
        if (result.ok) expect(Object.keys(CONTAINER_TYPES)).toContain(result.code);
      }),
    );
  });
});

describe('CONTAINER_TYPES', () => {
  it('counts TEU × 4 from the length: 20 ft → 4, 40 ft → 8, 45 ft → 9', () => {
    for (const info of Object.values(CONTAINER_TYPES)) {
      expect(info.teuTimes4).toBe({ 20: 4, 40: 8, 45: 9 }[info.size]);
    }
  });

  it('has a label for every code that maps back to that code', () => {
    for (const [code, info] of Object.entries(CONTAINER_TYPES)) {
      expect(normalizeContainerType(info.label)).toEqual({ ok: true, code });
    }
  });

  it('takes the length from the first character of the ISO code (2 = 20 ft, 4 = 40 ft, L = 45 ft)', () => {
    for (const [code, info] of Object.entries(CONTAINER_TYPES)) {
      expect({ 2: 20, 4: 40, L: 45 }[code.charAt(0)]).toBe(info.size);
    }
  });
});

describe('containerTypeLabel', () => {
  it.each([
    ['22G1', '20GP'],
    ['42G1', '40GP'],
    ['45G1', '40HC'],
    ['L5G1', '45HC'],
    ['22R1', '20RF'],
    ['45R1', '40RF'],
    ['22U1', '20OT'],
    ['42U1', '40OT'],
    ['22P1', '20FR'],
    ['42P1', '40FR'],
    ['22T1', '20TK'],
  ])('shows %s as %s', (code, label) => {
    expect(containerTypeLabel(code)).toBe(label);
  });

  it('shows an alias or lowercase code by its usual label', () => {
    expect(containerTypeLabel('40hq')).toBe('40HC');
    expect(containerTypeLabel('45g1')).toBe('40HC');
  });

  it('shows a code it does not know as given', () => {
    expect(containerTypeLabel('22G0')).toBe('22G0');
  });
});
