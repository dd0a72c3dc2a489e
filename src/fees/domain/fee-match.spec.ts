import { mostSpecificRule, normalizeTerminal, type FeeRuleScope } from './fee-match';

const rule = (over: Partial<FeeRuleScope> & { id: string }): FeeRuleScope & { id: string } => ({
  kind: 'lift',
  carrierId: null,
  terminal: null,
  containerType: null,
  ...over,
});

describe('mostSpecificRule', () => {
  const rules = [
    rule({ id: 'any' }),
    rule({ id: 'type', containerType: '45G1' }),
    rule({ id: 'terminal', terminal: 'YICT' }),
    rule({ id: 'carrier', carrierId: 'c1' }),
    rule({ id: 'carrier+type', carrierId: 'c1', containerType: '45G1' }),
    rule({ id: 'carrier+terminal', carrierId: 'c1', terminal: 'YICT' }),
    rule({ id: 'all', carrierId: 'c1', terminal: 'YICT', containerType: '45G1' }),
    rule({ id: 'other kind', kind: 'doc_print', carrierId: 'c1', terminal: 'YICT', containerType: '45G1' }),
  ];
  const pick = (
    subject: { carrierId: string | null; terminal: string | null; containerType: string },
    from = rules,
  ) => mostSpecificRule(from, 'lift', subject)?.id;

  it('carrier beats terminal beats type beats any', () => {
    expect(pick({ carrierId: 'c1', terminal: 'yict', containerType: '45G1' })).toBe('all');
    expect(pick({ carrierId: 'c1', terminal: 'YICT', containerType: '22G1' })).toBe('carrier+terminal');
    expect(pick({ carrierId: 'c1', terminal: null, containerType: '45G1' })).toBe('carrier+type');
    expect(pick({ carrierId: 'c1', terminal: 'CCT', containerType: '22G1' })).toBe('carrier');
    expect(pick({ carrierId: 'c2', terminal: 'YICT', containerType: '45G1' })).toBe('terminal');
    expect(pick({ carrierId: 'c2', terminal: null, containerType: '45G1' })).toBe('type');
    expect(pick({ carrierId: null, terminal: null, containerType: '22G1' })).toBe('any');
  });

  it('finds none when no rule of the kind applies', () => {
    expect(pick({ carrierId: 'c2', terminal: null, containerType: '22G1' }, rules.slice(1))).toBeUndefined();
  });

  it('reads terminals without regard to case or spaces; an empty one is none', () => {
    expect(normalizeTerminal(' yict ')).toBe('YICT');
    expect(normalizeTerminal('  ')).toBeNull();
    expect(normalizeTerminal(null)).toBeNull();
  });
});
