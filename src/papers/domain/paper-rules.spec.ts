import { effectiveRules, type PaperRuleRow } from './paper-rules';

const rule = (over: Partial<PaperRuleRow>): PaperRuleRow => ({
  id: Math.random().toString(36),
  action: 'submit-si',
  kind: 'customs_release',
  severity: 'warning',
  carrierId: null,
  clientId: null,
  ...over,
});

describe('effectiveRules', () => {
  const shipment = { clientId: 'c1', carrierId: 'k1' };
  it('keeps the defaults when nothing overrides them', () => {
    expect(effectiveRules([rule({})], shipment).map((r) => r.severity)).toEqual(['warning']);
  });
  it('takes the most specific: client and carrier, then client, then carrier', () => {
    const rows = [
      rule({}),
      rule({ carrierId: 'k1', severity: 'blocking' }),
      rule({ clientId: 'c1', severity: 'waived' }),
    ];
    expect(effectiveRules(rows, shipment)).toEqual([]);
    expect(effectiveRules(rows, { clientId: 'c2', carrierId: 'k1' }).map((r) => r.severity)).toEqual([
      'blocking',
    ]);
    expect(effectiveRules(rows, { clientId: 'c2', carrierId: 'k2' }).map((r) => r.severity)).toEqual([
      'warning',
    ]);
  });
  it('ignores overrides of other carriers and clients', () => {
    expect(effectiveRules([rule({ carrierId: 'k9', severity: 'blocking' })], shipment)).toEqual([]);
  });
});
