import {
  documentTimestamp,
  fillLabel,
  formatAmount,
  formatDocumentDate,
  formatMoney,
  teuFromQuarterUnits,
} from './document-format';

describe('document formatting', () => {
  it('groups thousands without touching the digits', () => {
    expect(formatAmount('16409.02')).toBe('16,409.02');
    expect(formatAmount('-1234567')).toBe('-1,234,567');
    expect(formatAmount('999.999')).toBe('999.999');
    expect(formatAmount('0.00')).toBe('0.00');
    expect(formatAmount('12345678901234.56')).toBe('12,345,678,901,234.56');
    expect(formatMoney({ amount: '1850.00', currency: 'USD' })).toBe('USD 1,850.00');
  });

  it('leaves anything that is not a plain decimal as given', () => {
    expect(formatAmount('1e5')).toBe('1e5');
    expect(formatAmount('')).toBe('');
  });

  it('dates an ETD by the calendar day in China', () => {
    expect(formatDocumentDate('2026-12-03')).toBe('2026-12-03');
    expect(formatDocumentDate('2026-12-03T06:00:00.000Z')).toBe('2026-12-03');
    expect(formatDocumentDate('2026-12-03T17:30:00Z')).toBe('2026-12-04');
    expect(formatDocumentDate('soon')).toBe('soon');
  });

  it("stamps a PDF with the document's own date, or the epoch for a draft", () => {
    expect(documentTimestamp('2026-11-26').toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(documentTimestamp(null).getTime()).toBe(0);
  });

  it('fills label placeholders and leaves unknown ones', () => {
    expect(fillLabel('折合{currency}', { currency: 'CNY' })).toBe('折合CNY');
    expect(fillLabel('Page {page} of {pages}', { page: 1, pages: 3 })).toBe('Page 1 of 3');
    expect(fillLabel('{missing}', {})).toBe('{missing}');
  });

  it('writes TEU exactly from quarter units', () => {
    expect(teuFromQuarterUnits(20)).toBe('5');
    expect(teuFromQuarterUnits(9)).toBe('2.25');
    expect(teuFromQuarterUnits(18)).toBe('4.5');
    expect(teuFromQuarterUnits(0)).toBe('0');
  });
});
