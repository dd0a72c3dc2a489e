import { companyInfo } from '../../../test/factories/documents';
import { readPdfs, squash } from '../../../test/utils/pdf';
import type { BlDraftData } from '../domain/bl-draft-data';
import { DocumentRenderer } from './document-renderer';

const draft = (overrides: Partial<BlDraftData> = {}): BlDraftData => ({
  company: companyInfo(),
  reference: 'QS-2026-00042',
  revision: 2,
  date: '2026-11-27',
  blNumber: null,
  shipper: {
    name: 'DONGGUAN EVERBRIGHT HARDWARE MANUFACTURING CO., LTD.',
    address: 'NO. 8 INDUSTRIAL ROAD, CHANG AN TOWN, DONGGUAN, GUANGDONG, CHINA',
  },
  consignee: { name: 'PACIFIC HOME SUPPLY INC.', address: '1200 HARBOR BLVD, LONG BEACH, CA 90802, USA' },
  notifyParty: null,
  carrierName: 'COSCO SHIPPING Lines',
  vessel: 'COSCO SHIPPING ARIES',
  voyage: '042E',
  pol: 'CNYTN',
  pod: 'USLAX',
  placeOfReceipt: null,
  placeOfDelivery: null,
  marks: 'EVERBRIGHT\nLONG BEACH\nC/NO. 1-1200',
  description: '1200 CARTONS OF STEEL SHELVING UNITS\nHS CODE 9403.20\nSHIPPER LOAD, COUNT AND SEAL',
  packages: 1200,
  grossWeightKg: '18450.500',
  measurementCbm: '126.400',
  containers: [
    { number: 'CSNU6184021', seal: 'CN4482917', type: '40HC', packages: 600, grossWeightKg: '9200.000' },
    { number: 'CSNU6184037', seal: 'CN4482918', type: '40HC', packages: 600, grossWeightKg: '9250.500' },
  ],
  freightTerm: 'prepaid',
  blType: 'original',
  originals: 3,
  ...overrides,
});

describe('the B/L draft PDF', () => {
  const renderer = new DocumentRenderer();

  it('prints the parties, the carriage, the cargo and every box, marked DRAFT with its revision', async () => {
    const pdf = await renderer.renderBlDraft(draft());
    const [page] = readPdfs({ pdf }).pdf!.pages;
    const text = squash(page!);
    for (const expected of [
      '提单确认件',
      'B/L DRAFT',
      'QS-2026-00042',
      'DONGGUAN EVERBRIGHT HARDWARE',
      'PACIFIC HOME SUPPLY INC.',
      '同收货人',
      'COSCO SHIPPING ARIES / 042E',
      'CNYTN 盐田 Yantian',
      'USLAX',
      'C/NO. 1-1200',
      'STEEL SHELVING',
      '1,200',
      '18,450.500',
      '126.400',
      'CSNU6184021',
      'CN4482918',
      '9,250.500',
      'FREIGHT PREPAID',
      '正本提单',
      'DRAFT',
    ]) {
      expect(text).toContain(squash(expected));
    }
  });

  it('is the same bytes for the same data, and says 0 originals for a telex release', async () => {
    const a = await renderer.renderBlDraft(draft());
    const b = await renderer.renderBlDraft(draft());
    expect(a.equals(b)).toBe(true);
    const telex = await renderer.renderBlDraft(
      draft({ blType: 'telex', originals: 0, freightTerm: 'collect' }),
    );
    const text = squash(readPdfs({ telex }).telex!.pages.join(' '));
    expect(text).toContain(squash('电放 Telex release'));
    expect(text).toContain('FREIGHTCOLLECT');
  });
});
