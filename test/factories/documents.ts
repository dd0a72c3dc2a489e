import { type CurrencyCode, Money, type MoneyJson } from '../../src/common/money';
import type {
  BookingConfirmationData,
  CompanyInfo,
  DebitNoteData,
  DebitNoteDocumentLine,
  DocumentFxRate,
  StatementData,
} from '../../src/documents/domain/document-data';
import { statementAging } from '../../src/documents/domain/statement-totals';

/** Sample data for the document renderers: a forwarder in Yantian billing a hardware exporter in Dongguan. */

export function companyInfo(overrides: Partial<CompanyInfo> = {}): CompanyInfo {
  return {
    name: 'Shenzhen Quayside International Freight Forwarding Co., Ltd.',
    nameLocal: '深圳码头国际货运代理有限公司',
    address: 'Room 1208, Yantian Port Building, 2 Yantian Road, Yantian District, Shenzhen 518081, China',
    addressLocal: '广东省深圳市盐田区盐田路2号盐田港大厦1208室',
    phone: '+86 755 2528 8000',
    email: 'accounts@quayside.example.cn',
    bank: {
      beneficiary:
        '深圳码头国际货运代理有限公司 Shenzhen Quayside International Freight Forwarding Co., Ltd.',
      bankName: '招商银行深圳盐田支行 China Merchants Bank, Shenzhen Yantian Sub-branch',
      account: '7559 1234 5678 901',
      swift: 'CMBCCNBS',
      bankAddress: '深圳市盐田区海山路18号 18 Haishan Road, Yantian District, Shenzhen',
    },
    ...overrides,
  };
}

export const CLIENT = {
  code: 'HD001',
  name: 'Dongguan Hongda Hardware Products Co., Ltd.',
  nameLocal: '东莞市宏达五金制品有限公司',
  address: "广东省东莞市长安镇振安中路168号 168 Zhen'an Middle Road, Chang'an Town, Dongguan, Guangdong",
};

export const USD_CNY: DocumentFxRate = {
  from: 'USD',
  to: 'CNY',
  rate: '7.1234',
  source: 'Bank of China 11:00 selling rate',
  date: '2026-11-26',
};

export function bookingConfirmationData(
  overrides: Partial<BookingConfirmationData> = {},
): BookingConfirmationData {
  return {
    company: companyInfo(),
    reference: 'QS-2026-00042',
    date: '2026-11-20',
    client: CLIENT,
    carrierName: 'COSCO SHIPPING Lines 中远海运集装箱运输',
    pol: 'CNYTN Yantian',
    pod: 'USLAX Los Angeles',
    containers: [
      { type: '45G1', count: 2 },
      { type: '22G1', count: 1 },
    ],
    commodity: '五金工具（扳手、螺丝刀套装）Hardware tools (spanners, screwdriver sets), HS 8204.11',
    vessel: 'COSCO SHIPPING ARIES',
    voyage: '042E',
    etd: '2026-12-03T06:00:00.000Z',
    agreedRate: { amount: '1850.00', currency: 'USD' },
    freightTerm: 'prepaid',
    remarks: null,
    ...overrides,
  };
}

export interface LineSpec {
  description: string;
  amount: string;
  currency: CurrencyCode;
  quantity?: string;
}

/** Eight charges in USD and CNY that come to CNY 16,409.02 at USD/CNY 7.1234. */
export const SAMPLE_LINES: readonly LineSpec[] = [
  { description: '海运费 Ocean freight 40HC', amount: '1850.00', currency: 'USD' },
  { description: '燃油附加费 Bunker adjustment factor (BAF)', amount: '120.00', currency: 'USD' },
  { description: '美国舱单费 AMS filing fee', amount: '35.00', currency: 'USD' },
  { description: '码头操作费 Terminal handling charge (THC)', amount: '1050.00', currency: 'CNY' },
  { description: '文件费 Documentation fee', amount: '450.00', currency: 'CNY' },
  { description: '打单费 Document-print fee', amount: '30.00', currency: 'CNY' },
  { description: '封条费 Seal fee', amount: '50.00', currency: 'CNY' },
  { description: '拖车费 Trucking, Dongguan to Yantian', amount: '273.30', currency: 'CNY', quantity: '2' },
];

/** Prices lines as billing does: amount × quantity, then converted per line, rounded half-up each time. */
export function priceLines(
  specs: readonly LineSpec[],
  currency: CurrencyCode,
  rates: readonly DocumentFxRate[],
): { lines: DebitNoteDocumentLine[]; total: MoneyJson } {
  let total = Money.zero(currency);
  const lines = specs.map((spec) => {
    const quantity = spec.quantity ?? '1';
    const lineTotal = Money.of(spec.amount, spec.currency).multiply(quantity);
    const rate =
      spec.currency === currency
        ? null
        : (rates.find((r) => r.from === spec.currency && r.to === currency)?.rate ?? null);
    if (spec.currency !== currency && rate === null) throw new Error(`No rate ${spec.currency}→${currency}`);
    const converted = rate === null ? lineTotal : lineTotal.convert(rate, currency);
    total = total.add(converted);
    return {
      description: spec.description,
      amount: Money.of(spec.amount, spec.currency).toJSON(),
      quantity,
      lineTotal: lineTotal.toJSON(),
      rate,
      converted: converted.toJSON(),
    };
  });
  return { lines, total: total.toJSON() };
}

/** A CNY note for CLIENT with SAMPLE_LINES by default; lines and total are priced from `options`. */
export function debitNoteData(
  overrides: Partial<Omit<DebitNoteData, 'lines' | 'total'>> = {},
  options: { lines?: readonly LineSpec[]; currency?: CurrencyCode } = {},
): DebitNoteData {
  const fxRates = overrides.fxRates ?? [USD_CNY];
  const priced = priceLines(options.lines ?? SAMPLE_LINES, options.currency ?? 'CNY', fxRates);
  return {
    company: companyInfo(),
    number: 'DN-2026-000123',
    status: 'issued',
    issueDate: '2026-11-26',
    dueDate: '2026-12-26',
    direction: 'receivable',
    party: CLIENT,
    shipment: {
      reference: 'QS-2026-00042',
      blNumber: 'COSU6284519370',
      containerNumbers: ['CSNU6184726', 'CSNU6209815', 'TGHU3356718'],
      vessel: 'COSCO SHIPPING ARIES',
      voyage: '042E',
      pol: 'CNYTN Yantian',
      pod: 'USLAX Los Angeles',
      etd: '2026-12-03',
    },
    carrierNumber: null,
    remarks: null,
    ...overrides,
    lines: priced.lines,
    fxRates,
    total: priced.total,
  };
}

/** A note with `count` lines, alternating USD and CNY charges (long enough to run over pages). */
export function longDebitNoteData(count: number): DebitNoteData {
  const specs: LineSpec[] = Array.from({ length: count }, (_, index) => {
    const base = SAMPLE_LINES[index % SAMPLE_LINES.length] as LineSpec;
    return { ...base, description: `${base.description} #${index + 1}` };
  });
  return debitNoteData({ number: 'DN-2026-000124' }, { lines: specs });
}

export function statementData(overrides: Partial<StatementData> = {}): StatementData {
  const data = statementDataWithoutAging(overrides);
  return { ...data, aging: overrides.aging ?? statementAging(data.notes, 'CNY') };
}

function statementDataWithoutAging(overrides: Partial<StatementData>): StatementData {
  const cny = (amount: string): MoneyJson => ({ amount, currency: 'CNY' });
  const usd = (amount: string): MoneyJson => ({ amount, currency: 'USD' });
  return {
    company: companyInfo(),
    client: CLIENT,
    asOf: '2026-11-30',
    notes: [
      {
        number: 'DN-2026-000071',
        issueDate: '2026-07-15',
        dueDate: '2026-08-14',
        shipmentReference: 'QS-2026-00011',
        currency: 'CNY',
        total: cny('12800.00'),
        paid: cny('5000.00'),
        balance: cny('7800.00'),
        bucket: 'd90_plus',
      },
      {
        number: 'DN-2026-000090',
        issueDate: '2026-09-02',
        dueDate: '2026-10-02',
        shipmentReference: 'QS-2026-00019',
        currency: 'USD',
        total: usd('2105.00'),
        paid: usd('0.00'),
        balance: usd('2105.00'),
        bucket: 'd31_60',
      },
      {
        number: 'DN-2026-000104',
        issueDate: '2026-10-20',
        dueDate: '2026-11-19',
        shipmentReference: 'QS-2026-00031',
        currency: 'CNY',
        total: cny('3650.50'),
        paid: cny('0.00'),
        balance: cny('3650.50'),
        bucket: 'd1_30',
      },
      {
        number: 'DN-2026-000123',
        issueDate: '2026-11-26',
        dueDate: '2026-12-26',
        shipmentReference: 'QS-2026-00042',
        currency: 'CNY',
        total: cny('16409.02'),
        paid: cny('0.00'),
        balance: cny('16409.02'),
        bucket: 'current',
      },
    ],
    aging: [],
    accounts: [
      { ...companyInfo().bank, currency: 'CNY' },
      {
        currency: 'USD',
        beneficiary: 'Shenzhen Quayside International Freight Forwarding Co., Ltd.',
        bankName: 'China Merchants Bank, Shenzhen Yantian Sub-branch (USD)',
        account: 'USD 7559 8765 4321 000',
        swift: 'CMBCCNBS',
      },
    ],
    ...overrides,
  };
}
