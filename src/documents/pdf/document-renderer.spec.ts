import { inflateSync } from 'node:zlib';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bookingConfirmationData,
  CLIENT,
  companyInfo,
  debitNoteData,
  longDebitNoteData,
  statementData,
} from '../../../test/factories/documents';
import { readPdfs, squash } from '../../../test/utils/pdf';
import { parseDocumentFonts } from './document-fonts';
import { DocumentRenderer } from './document-renderer';
import { findTemplatesDir, loadDocumentTemplates } from './document-templates';

function extractText(pdfs: Record<string, Buffer>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(readPdfs(pdfs)).map(([name, read]) => [name, read.pages]));
}

/**
 * How many glyphs the pages draw as `.notdef` (the empty box a font shows for a character it lacks): every
 * embedded font is a subset whose glyph 0 is `.notdef`, and text is drawn as 4-digit glyph ids (Identity-H).
 */
function notdefGlyphs(pdf: Buffer): number {
  let count = 0;
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a deflated stream (an image, a font program that does not inflate alone)
    }
    for (const text of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const hex of (text[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)) {
        count += (hex[1]?.match(/.{4}/g) ?? []).filter((glyph) => glyph === '0000').length;
      }
    }
  }
  return count;
}

function expectTexts(pages: string[] | undefined, needles: string[]): void {
  const text = squash((pages ?? []).join(' '));
  for (const needle of needles) {
    if (!text.includes(squash(needle))) throw new Error(`PDF text lacks ${JSON.stringify(needle)}`);
  }
}

describe('DocumentRenderer', () => {
  const renderer = new DocumentRenderer();
  const pdfs: Record<string, Buffer> = {};
  let text: Record<string, string[]> = {};

  beforeAll(async () => {
    pdfs.debitNote = await renderer.renderDebitNote(debitNoteData());
    pdfs.draft = await renderer.renderDebitNote(
      debitNoteData({ number: null, status: 'draft', issueDate: null, dueDate: null }),
    );
    pdfs.payable = await renderer.renderDebitNote(
      debitNoteData(
        {
          direction: 'payable',
          number: null,
          status: 'issued',
          party: { name: 'COSCO SHIPPING Lines Co., Ltd.', nameLocal: '中远海运集装箱运输有限公司' },
          carrierNumber: 'COSU-SZX-2026-88231',
          fxRates: [
            { from: 'CNY', to: 'USD', rate: '0.1404', source: 'Carrier tariff rate', date: '2026-11-25' },
          ],
        },
        { currency: 'USD' },
      ),
    );
    pdfs.long = await renderer.renderDebitNote(longDebitNoteData(60));
    pdfs.booking = await renderer.renderBookingConfirmation(bookingConfirmationData());
    pdfs.statement = await renderer.renderStatement(statementData());
    text = extractText(pdfs);
  });

  describe('debit note', () => {
    it('shows the number, dates, parties and shipment with its B/L and container numbers', () => {
      expectTexts(text.debitNote, [
        '费用确认单',
        'DEBIT NOTE',
        'DN-2026-000123',
        '2026-11-26',
        '2026-12-26',
        '深圳码头国际货运代理有限公司',
        'Shenzhen Quayside International Freight Forwarding Co., Ltd.',
        '东莞市宏达五金制品有限公司',
        'Dongguan Hongda Hardware Products Co., Ltd.',
        'QS-2026-00042',
        'COSU6284519370',
        'CSNU6184726',
        'CSNU6209815',
        'TGHU3356718',
        'COSCO SHIPPING ARIES / 042E',
        'CNYTN Yantian',
        'USLAX Los Angeles',
      ]);
    });

    it('lists every line in its own currency, with the rate and the amount in the note currency', () => {
      const note = debitNoteData();
      for (const line of note.lines) {
        expectTexts(text.debitNote, [line.description]);
      }
      expectTexts(text.debitNote, [
        '1,850.00',
        '13,178.29',
        '854.81',
        '273.30',
        '546.60',
        '7.1234',
        '费用项目',
        '汇率',
        '折合CNY',
      ]);
    });

    it('states the exchange rates used with their source and date', () => {
      expectTexts(text.debitNote, [
        '1 USD = 7.1234 CNY',
        'Bank of China 11:00 selling rate',
        '2026-11-26',
        '所用汇率',
        'Exchange rates used',
      ]);
    });

    it('gives the total in figures, in English words and in Chinese capitals for CNY', () => {
      expect(debitNoteData().total).toEqual({ amount: '16409.02', currency: 'CNY' });
      expectTexts(text.debitNote, [
        '合计 Total (CNY)',
        '16,409.02',
        'CHINESE YUAN SIXTEEN THOUSAND FOUR HUNDRED AND NINE AND FEN TWO ONLY',
        '人民币大写',
        '壹万陆仟肆佰零玖元零贰分',
      ]);
    });

    it('gives the payment account of a receivable note', () => {
      expectTexts(text.debitNote, [
        '收款账户',
        '7559 1234 5678 901',
        'CMBCCNBS',
        '招商银行深圳盐田支行 China Merchants Bank, Shenzhen Yantian Sub-branch',
      ]);
    });

    it('marks a note without a number as a draft', () => {
      expectTexts(text.draft, ['草稿 DRAFT', 'DRAFT']);
      expect(squash(text.draft?.join(' ') ?? '')).not.toContain('DN-2026-000123');
      expect(squash(text.debitNote?.join(' ') ?? '')).not.toContain('DRAFT');
    });

    it("shows a payable note's carrier and carrier number, words in USD, and no payment account", () => {
      expectTexts(text.payable, [
        '出单方 From',
        '中远海运集装箱运输有限公司',
        'COSU-SZX-2026-88231',
        '1 CNY = 0.1404 USD',
        'Carrier tariff rate',
        'US DOLLARS',
      ]);
      expect(text.payable?.join(' ')).not.toContain('人民币大写');
      expect(text.payable?.join(' ')).not.toContain('DRAFT');
      expect(text.payable?.join(' ')).not.toContain('收款账户');
    });

    it('runs a 60-line note over several pages, repeating the table header and numbering the pages', () => {
      const pages = text.long ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(2);
      pages.forEach((page, index) => {
        expectTexts([page], [`Page ${index + 1} of ${pages.length}`, 'DN-2026-000124']);
      });
      const withTable = pages.filter((page) => squash(page).includes(squash('折合CNY')));
      expect(withTable.length).toBeGreaterThanOrEqual(2);
      for (const page of withTable) expectTexts([page], ['费用项目', 'Description', 'Unit amount', 'Qty']);
      expectTexts(pages.slice(1), ['续 continued']);
      for (let n = 1; n <= 60; n++) expectTexts(pages, [`#${n}`]);
    });

    it('renders the same data to the same bytes, whatever was rendered before', async () => {
      const data = debitNoteData();
      const first = await renderer.renderDebitNote(data);
      await renderer.renderStatement(statementData());
      const again = await new DocumentRenderer().renderDebitNote(structuredClone(data));
      expect(first.equals(pdfs.debitNote as Buffer)).toBe(true);
      expect(again.equals(first)).toBe(true);
      const { info } = readPdfs({ first }).first ?? { info: {} };
      expect(info).toMatchObject({ CreationDate: 'D:20261126000000Z', ModDate: 'D:20261126000000Z' });
    });

    it('gives the same bytes with the glyph outlines cached between documents as without', async () => {
      const uncached = new DocumentRenderer({ fonts: parseDocumentFonts({ cacheOutlines: false }) });
      for (const name of ['debitNote', 'long'] as const) {
        const data = name === 'long' ? longDebitNoteData(60) : debitNoteData();
        expect((await uncached.renderDebitNote(data)).equals(pdfs[name] as Buffer)).toBe(true);
      }
    });

    it('embeds Noto Sans SC as TrueType subsets, regular and bold', () => {
      const bytes = (pdfs.debitNote as Buffer).toString('latin1');
      expect(bytes.startsWith('%PDF-1.7')).toBe(true);
      expect(bytes).toContain('/FontFile2');
      expect(bytes).toMatch(/\/[A-Z]{6}\+NotoSansSC-Regular/);
      expect(bytes).toMatch(/\/[A-Z]{6}\+NotoSansSC-Bold/);
      expect(bytes).toContain('/ToUnicode');
      // Only the glyphs used: a whole weight is 10 MiB.
      expect((pdfs.debitNote as Buffer).length).toBeLessThan(150 * 1024);
    });

    it('sets the title, author and subject', () => {
      const { info } = readPdfs({ note: pdfs.debitNote as Buffer }).note ?? { info: {} };
      expect(info).toMatchObject({
        Title: 'DEBIT NOTE DN-2026-000123',
        Author: 'Shenzhen Quayside International Freight Forwarding Co., Ltd.',
        Subject:
          '费用确认单 DEBIT NOTE DN-2026-000123 - Dongguan Hongda Hardware Products Co., Ltd. - QS-2026-00042',
      });
    });
  });

  describe('characters Noto Sans SC lacks', () => {
    const party = {
      name: 'Łódź Öztürk Ğıda Straße Ωμέγα ✓ ★ 📦 Al Noor شركة النور للتجارة',
      nameLocal: 'חברת שלום בע"מ สวัสดี 😀 한국',
    };
    let pdf: Buffer;
    let pages: string[];

    beforeAll(async () => {
      pdf = await renderer.renderDebitNote(debitNoteData({ party, remarks: 'Jebel Ali مستودع 12 🙏🏽' }));
      pages = extractText({ pdf }).pdf ?? [];
    });

    it('draws no empty box (.notdef glyph) for Latin Extended, Greek, Arabic, Hebrew, Thai, symbols or emoji', () => {
      expect(notdefGlyphs(pdf)).toBe(0);
      expect(notdefGlyphs(pdfs.debitNote as Buffer)).toBe(0);
    });

    it('keeps those characters as text, from fallback fonts embedded as subsets', () => {
      expectTexts(pages, ['Łódź', 'Öztürk', 'Ğıda', 'Ωμέγα', '✓', '★', '📦', 'สวัสดี', '😀']);
      const bytes = pdf.toString('latin1');
      for (const face of [
        'NotoSans-Regular',
        'NotoSansArabic',
        'NotoSansHebrew',
        'NotoSansThai',
        'NotoEmoji',
      ])
        expect(bytes).toMatch(new RegExp(`/[A-Z]{6}\\+${face}`));
      expect(pdf.length).toBeLessThan(200 * 1024);
    });

    it('prints a visible placeholder (U+FFFD) for what no font has (Korean here), never a silent box', () => {
      expectTexts(pages, ['\uFFFD\uFFFD']);
      expect(squash(pages.join(' '))).not.toContain('한국');
    });

    it('gives the same bytes every time', async () => {
      const again = await new DocumentRenderer().renderDebitNote(
        debitNoteData({ party, remarks: 'Jebel Ali مستودع 12 🙏🏽' }),
      );
      expect(again.equals(pdf)).toBe(true);
    });
  });

  describe('booking confirmation', () => {
    it('shows the client, ports, containers by type and count, vessel, ETD and the agreed rate', () => {
      expectTexts(text.booking, [
        '订舱确认书',
        'BOOKING CONFIRMATION',
        'QS-2026-00042',
        '2026-11-20',
        '东莞市宏达五金制品有限公司',
        'HD001',
        'CNYTN Yantian',
        'USLAX Los Angeles',
        '40HC',
        '45G1',
        "40' high cube general purpose",
        '20GP',
        '3 (5 TEU)',
        '五金工具',
        'COSCO SHIPPING ARIES / 042E',
        '2026-12-03',
        'USD 1,850.00',
        '预付 PREPAID',
      ]);
    });

    it("has boxes for both parties' stamps, signatures and dates", () => {
      expectTexts(text.booking, [
        '委托方 Client',
        '承运代理方 Forwarder',
        '盖章/签字 Stamp & signature',
        '日期 Date',
        "both parties' stamps and signatures",
      ]);
      const page = squash(text.booking?.[0] ?? '');
      expect(page.split(squash('盖章/签字 Stamp & signature')).length - 1).toBeGreaterThanOrEqual(2);
    });

    it('says TBA for a vessel, ETD and rate not yet known', async () => {
      const pdf = await renderer.renderBookingConfirmation(
        bookingConfirmationData({
          vessel: null,
          voyage: null,
          etd: null,
          agreedRate: null,
          carrierName: null,
        }),
      );
      const pages = extractText({ pdf }).pdf ?? [];
      // Carrier, vessel, ETD and rate, and the S/O number and carrier booking reference not yet given.
      expect(squash(pages.join(' ')).split('待定TBA').length - 1).toBe(6);
      expect(squash(pages.join(' '))).not.toContain(squash('截止时间（当地时间'));
    });

    it('names the ports, gives the rate per container type, the S/O, cut-offs, contact and terms', async () => {
      const pdf = await renderer.renderBookingConfirmation(
        bookingConfirmationData({
          pol: 'CNYTN',
          pod: 'USLAX',
          soNumber: 'COSU6284519370',
          carrierBookingReference: 'SZX2611042',
          cutoffs: { cy: '2026-12-01 17:00', si: '2026-11-30 12:00', vgm: '2026-12-01 12:00', customs: null },
          timeZone: 'Asia/Shanghai',
          contact: { name: '王小明', email: 'wang@quayside.example.cn', phone: '+86 755 2528 8001' },
          terms: { zh: '运价不含目的港费用。', en: 'Rates exclude destination charges.' },
        }),
      );
      expectTexts(extractText({ pdf }).pdf, [
        'CNYTN 盐田 Yantian',
        'USLAX 洛杉矶 Los Angeles',
        'USD 1,850.00 / 40HC',
        'USD 1,850.00 / 20GP',
        'COSU6284519370',
        'SZX2611042',
        '截止时间（当地时间 Asia/Shanghai）',
        '2026-12-01 17:00',
        '2026-11-30 12:00',
        '王小明',
        '+86 755 2528 8001',
        'wang@quayside.example.cn',
        '运价不含目的港费用。',
        'Rates exclude destination charges.',
      ]);
    });
  });

  describe("debit note as the client's accounts clerk reads it", () => {
    const usdAccount = {
      beneficiary: 'Shenzhen Quayside International Freight Forwarding Co., Ltd.',
      bankName: 'China Merchants Bank, Shenzhen Yantian Sub-branch (USD)',
      account: 'USD 7559 8765 4321 000',
      swift: 'CMBCCNBS',
    };
    let pages: string[] = [];

    beforeAll(async () => {
      const pdf = await renderer.renderDebitNote(
        debitNoteData(
          {
            party: { ...CLIENT, taxId: '9144030071526726XG' },
            company: companyInfo({ bank: usdAccount }),
            fxRates: [
              { from: 'CNY', to: 'USD', rate: '0.1404', source: 'Bank of China', date: '2026-11-26' },
            ],
            taxNote: {
              zh: '增值税发票将另行开具。',
              en: 'A VAT invoice (fapiao) will be issued separately.',
            },
          },
          { currency: 'USD' },
        ),
      );
      pages = extractText({ pdf }).pdf ?? [];
    });

    it("prints the client's unified social credit code", () => {
      expectTexts(pages, ['统一社会信用代码 Unified social credit code: 9144030071526726XG']);
    });

    it('subtotals the lines per original currency when there are several', () => {
      // USD lines: 1,850 + 120 + 35; CNY lines: 1,050 + 450 + 30 + 50 + 546.60.
      expectTexts(pages, ['小计 Subtotal (USD) 2,005.00', '小计 Subtotal (CNY) 2,126.60']);
    });

    it('gives the amount in words in English for USD, and the USD account', () => {
      expectTexts(pages, ['SAY US DOLLARS', 'USD 7559 8765 4321 000']);
      expect(squash(pages.join(' '))).not.toContain('人民币大写');
      expect(squash(pages.join(' '))).not.toContain(squash('7559 1234 5678 901'));
    });

    it('has the tax wording, and the finance stamp with prepared-by and checked-by lines', () => {
      expectTexts(pages, [
        '税务说明 Tax',
        '增值税发票将另行开具。',
        '财务专用章 Finance stamp',
        '制单 Prepared by:',
        '审核 Checked by:',
      ]);
    });
  });

  describe('statement of account', () => {
    it('lists the open notes with balances, the aging per currency and the total due in each, in words', () => {
      const data = statementData();
      for (const note of data.notes) expectTexts(text.statement, [note.number, note.shipmentReference]);
      expectTexts(text.statement, [
        '对账单',
        'STATEMENT OF ACCOUNT',
        '2026-11-30',
        '东莞市宏达五金制品有限公司',
        '2,105.00',
        '7,800.00',
        '账龄分析（按币种） Aging by currency',
        '逾期90天以上',
        '合计 Total (CNY) 27,859.52',
        '合计 Total (USD) 2,105.00',
        'SAY CHINESE YUAN TWENTY-SEVEN THOUSAND EIGHT HUNDRED AND FIFTY-NINE AND FEN FIFTY-TWO ONLY',
        '贰万柒仟捌佰伍拾玖元伍角贰分',
        'SAY US DOLLARS TWO THOUSAND ONE HUNDRED AND FIVE ONLY',
        'USD 账户 USD account',
        'USD 7559 8765 4321 000',
        '7559 1234 5678 901',
        '客户确认 Client confirmation',
      ]);
      // Nothing is converted: no USD balance is totalled in CNY.
      expect(squash(text.statement!.join(' '))).not.toContain('14,994.76');
    });

    it('says so when the client has nothing open', async () => {
      const pdf = await renderer.renderStatement(statementData({ notes: [], aging: [] }));
      expectTexts(extractText({ pdf }).pdf, ['No open debit notes as of the date above.', '零元整']);
    });

    it('shows a period: opening, issued, received and closing per currency, the notes and the payments', async () => {
      const cny = (amount: string) => ({ amount, currency: 'CNY' as const });
      const pdf = await renderer.renderStatement(
        statementData({
          asOf: '2026-11-30',
          notes: [],
          aging: [],
          period: {
            from: '2026-11-01',
            to: '2026-11-30',
            openingDate: '2026-10-31',
            notes: [
              {
                number: 'DN-2026-000123',
                issueDate: '2026-11-26',
                dueDate: '2026-12-26',
                shipmentReference: 'QS-2026-00042',
                total: cny('16409.02'),
              },
            ],
            payments: [{ date: '2026-11-28', reference: 'CMB 20261128-001', amount: cny('20059.52') }],
            totals: [
              {
                currency: 'CNY',
                opening: cny('3650.50'),
                issued: cny('16409.02'),
                received: cny('20059.52'),
                closing: cny('0.00'),
              },
            ],
          },
        }),
      );
      expectTexts(extractText({ pdf }).pdf, [
        '对账期间 Period',
        '2026-11-01 ~ 2026-11-30',
        '期初余额为 2026-10-31 日终余额',
        'CNY 3,650.50 16,409.02 20,059.52 0.00',
        '本期账单 Debit notes issued in the period',
        'DN-2026-000123',
        '本期收款 Payments received in the period',
        'CMB 20261128-001',
        '期末未结账单',
      ]);
    });
  });
});

describe('document templates', () => {
  it('are found from the built code in dist/ as from the sources', () => {
    const fromSrc = findTemplatesDir();
    expect(findTemplatesDir(join(fromSrc, '..', 'dist', 'src', 'documents', 'pdf'))).toBe(fromSrc);
  });

  it('refuse a label without both languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quayside-templates-'));
    mkdirSync(join(dir, 'documents'));
    const labels = loadDocumentTemplates().labels;
    writeFileSync(
      join(dir, 'documents', 'labels.json'),
      JSON.stringify({ ...labels, debitNote: { ...labels.debitNote, title: { zh: '费用确认单' } } }),
    );
    writeFileSync(join(dir, 'documents', 'layout.json'), JSON.stringify(loadDocumentTemplates().layout));
    expect(() => loadDocumentTemplates(dir)).toThrow('debitNote: title needs non-empty "zh" and "en"');
  });
});
