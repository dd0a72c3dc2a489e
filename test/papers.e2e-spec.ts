import type { IncomingMessage } from 'node:http';
import {
  createDraft,
  fxRate,
  issue,
  money,
  pay,
  receivableBody,
  shiftDays,
  today,
  type DebitNote,
} from './factories/billing';
import { createClient } from './factories/master-data';
import { shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { readPdfs, squash } from './utils/pdf';
import { createTestApp, type TestApp } from './utils/test-app';

/**
 * Issue 17, "the papers, as a Chinese client's clerk reads them": what the booking confirmation, the debit
 * note and the statement print (docs/billing.md "What each paper shows"), read back from the PDFs' text.
 */

const CNY_ACCOUNT = '6222 0210 0000 1111';
const USD_ACCOUNT = 'USD 4455 6677 8899';
const TAX_ID = '9144030071526726XG';

/** Collects a binary body (supertest leaves application/pdf unparsed otherwise). */
function binary(res: IncomingMessage, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
  res.on('error', (error) => done(error, Buffer.alloc(0)));
}

/** Noon in Shanghai on `date`: a time a payment was received that day. */
const noonOn = (date: string): string => `${date}T12:00:00+08:00`;

describe('the papers as the client reads them', () => {
  let t: TestApp;
  let op: string;
  let accounts: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({
      BANK_ACCOUNT: CNY_ACCOUNT,
      BANK_ACCOUNTS: JSON.stringify([
        {
          currency: 'USD',
          bankName: 'Bank of China, Shenzhen Branch (USD account)',
          account: USD_ACCOUNT,
          swift: 'BKCHCNBJ45A',
        },
      ]),
    });
    op = await t.tokenFor('operator');
    accounts = await t.tokenFor('accounts');
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  const pdfText = async (path: string, token = accounts): Promise<string> => {
    const res = await t
      .http()
      .get(path)
      .auth(token, bearer)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return squash(readPdfs({ pdf: res.body as Buffer }).pdf!.pages.join(' '));
  };
  const has = (text: string, needles: string[]): void => {
    for (const needle of needles) expect(text).toContain(squash(needle));
  };
  /** A USD note to the shipment's client with a USD line and a CNY line, rated both ways. */
  const usdNote = async (shipmentId: string, clientId: string): Promise<DebitNote> => {
    const draft = await createDraft(
      t,
      shipmentId,
      receivableBody(clientId, {
        currency: 'USD',
        lines: [
          { description: 'Ocean freight CNYTN-USLAX 40HC', amount: money('1200.50', 'USD') },
          { description: 'Terminal handling charge', amount: money('1050.00', 'CNY') },
        ],
        fxRates: [fxRate('0.1400', { from: 'CNY', to: 'USD' }), fxRate('7.1000', { from: 'USD', to: 'CNY' })],
      }),
    );
    return issue(t, draft.id);
  };

  describe('booking confirmation', () => {
    it('names the ports beside their codes, gives the rate per container type, the S/O, cut-offs, contact and terms', async () => {
      const s = await shipmentAt(t, 'so_released', {
        pol: 'CNYTN',
        pod: 'USLAX',
        containers: [
          { type: '40HC', quantity: 2 },
          { type: '20GP', quantity: 1 },
        ],
        agreedRate: { amount: '1200.00', currency: 'USD' },
      });
      const [shipment] = await t.dataSource.query<{ so_number: string; created_by_id: string }[]>(
        'SELECT so_number, created_by_id FROM shipments WHERE id = $1',
        [s.id],
      );
      const [operator] = await t.dataSource.query<{ name: string; email: string }[]>(
        'SELECT name, email FROM users WHERE id = $1',
        [shipment!.created_by_id],
      );
      const text = await pdfText(`/api/v1/shipments/${s.id}/booking-confirmation/pdf`, op);
      has(text, [
        'CNYTN 盐田 Yantian',
        'USLAX 洛杉矶 Los Angeles',
        'USD 1,200.00 / 40HC',
        'USD 1,200.00 / 20GP',
        shipment!.so_number,
        '截止时间（当地时间 Asia/Shanghai）',
        '截港（重柜进港） CY cut-off',
        '操作联系人 Operator (your contact)',
        operator!.name,
        operator!.email,
        '不含目的港',
        'excluding destination',
      ]);
    });

    it('says TBA for the S/O and prints no cut-offs before the space is released', async () => {
      const s = await shipmentAt(t, 'booking_confirmed', { pod: 'NLRTM' });
      const text = await pdfText(`/api/v1/shipments/${s.id}/booking-confirmation/pdf`, op);
      has(text, ['NLRTM 鹿特丹 Rotterdam', 'S/O 号（订舱号） S/O No. 待定 TBA']);
      expect(text).not.toContain(squash('截止时间（当地时间'));
    });
  });

  describe('client tax id (统一社会信用代码)', () => {
    it('is stored canonical when its check character is right, and refused with the field when not', async () => {
      const created = await createClient(t, { taxId: ' 9144 0300 7152 6726 xg ' });
      expect(created.taxId).toBe(TAX_ID);

      const bad = await t
        .http()
        .post('/api/v1/clients')
        .auth(admin, bearer)
        .send({
          code: 'TAX-BAD',
          name: 'Wrong Check Co.',
          emails: ['a@b.example'],
          paymentTerms: 'prepaid',
          grade: 'c',
          taxId: '9144030071526726XH',
        })
        .expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.details.fields).toEqual([
        expect.objectContaining({ field: 'taxId', message: expect.stringContaining('check character') }),
      ]);

      const patched = await t
        .http()
        .patch(`/api/v1/clients/${created.id}`)
        .auth(admin, bearer)
        .send({ taxId: '91350100M000100Y4X' })
        .expect(400);
      expect(patched.body.details.fields[0].field).toBe('taxId');
      const cleared = await t
        .http()
        .patch(`/api/v1/clients/${created.id}`)
        .auth(admin, bearer)
        .send({ taxId: null })
        .expect(200);
      expect(cleared.body.taxId).toBeNull();
    });
  });

  describe('debit note', () => {
    it('a USD note shows the USD account, not the CNY one, subtotals per currency, words in English, tax id, tax wording and the stamp area', async () => {
      const client = await createClient(t, { taxId: TAX_ID });
      const s = await shipmentAt(t, 'gated_in', { clientId: client.id });
      const note = await usdNote(s.id, client.id);
      const text = await pdfText(`/api/v1/debit-notes/${note.id}/pdf`);
      has(text, [
        USD_ACCOUNT,
        'Bank of China, Shenzhen Branch (USD account)',
        `统一社会信用代码 Unified social credit code: ${TAX_ID}`,
        // 1,050.00 CNY at 0.1400 = 147.00 USD.
        '小计 Subtotal (USD) 1,200.50 1,200.50',
        '小计 Subtotal (CNY) 1,050.00 147.00',
        '合计 Total (USD) 1,347.50',
        'SAY US DOLLARS ONE THOUSAND THREE HUNDRED AND FORTY-SEVEN AND CENTS FIFTY ONLY',
        '税务说明 Tax',
        'VAT invoice (fapiao) will be issued separately',
        '财务专用章 Finance stamp',
        '制单 Prepared by',
        '审核 Checked by',
      ]);
      expect(text).not.toContain(squash(CNY_ACCOUNT));
      expect(text).not.toContain('人民币大写');

      // The issued note froze the account it printed (and the tax id), whatever is configured later.
      const [row] = await t.dataSource.query<
        { snapshot: { company: { bank: { account: string } }; party: { taxId: string } } }[]
      >('SELECT snapshot FROM debit_notes WHERE id = $1', [note.id]);
      expect(row!.snapshot.company.bank.account).toBe(USD_ACCOUNT);
      expect(row!.snapshot.party.taxId).toBe(TAX_ID);
    });

    it('a CNY note in one currency shows the CNY account, no subtotals, and the amount in Chinese capitals', async () => {
      const s = await shipmentAt(t, 'gated_in');
      const { clientId } = (await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer)).body as {
        clientId: string;
      };
      const note = await issue(t, (await createDraft(t, s.id, receivableBody(clientId))).id);
      const text = await pdfText(`/api/v1/debit-notes/${note.id}/pdf`);
      has(text, [CNY_ACCOUNT, '壹仟元整', 'SAY CHINESE YUAN ONE THOUSAND ONLY']);
      expect(text).not.toContain(squash(USD_ACCOUNT));
      expect(text).not.toContain('小计');
    });
  });

  describe('statement', () => {
    it('totals and ages each currency on its own, with the account for each', async () => {
      const client = await createClient(t);
      const s1 = await shipmentAt(t, 'gated_in', { clientId: client.id });
      const s2 = await shipmentAt(t, 'gated_in', { clientId: client.id });
      await issue(t, (await createDraft(t, s1.id, receivableBody(client.id))).id);
      const usd = await usdNote(s2.id, client.id);
      await pay(t, [{ note: usd, amount: '347.50' }]);

      const text = await pdfText(`/api/v1/clients/${client.id}/statement/pdf`);
      has(text, [
        '合计 Total (CNY) 1,000.00',
        '合计 Total (USD) 1,000.00',
        '账龄分析（按币种） Aging by currency',
        'SAY US DOLLARS ONE THOUSAND ONLY',
        '壹仟元整',
        'CNY 账户 CNY account',
        CNY_ACCOUNT,
        'USD 账户 USD account',
        USD_ACCOUNT,
      ]);
      // Nothing converted: the USD balance is not added into a CNY total (1,000 + 1,000 × 7.1).
      expect(text).not.toContain('8,100.00');
    });

    it('of a period: opening, issued, received and closing per currency; a client who paid everything closes at zero', async () => {
      const day = today(t);
      const from = shiftDays(day, -30);
      const client = await createClient(t);
      const ships = await Promise.all(
        [1, 2, 3].map(() => shipmentAt(t, 'gated_in', { clientId: client.id })),
      );
      const backdate = (note: DebitNote, date: string) =>
        t.dataSource.query('UPDATE debit_notes SET issue_date = $2, due_date = $3 WHERE id = $1', [
          note.id,
          date,
          shiftDays(date, 30),
        ]);

      // Before the period: CNY 1,000.00 issued, 400.00 of it paid.
      const n1 = await issue(t, (await createDraft(t, ships[0]!.id, receivableBody(client.id))).id);
      await backdate(n1, shiftDays(day, -40));
      await pay(t, [{ note: n1, amount: '400.00' }], { receivedAt: noonOn(shiftDays(day, -35)) });
      // In it: a USD note paid in full, and a CNY note paid with the rest of the first.
      const n2 = await usdNote(ships[1]!.id, client.id);
      await backdate(n2, shiftDays(day, -20));
      await pay(t, [n2], { receivedAt: noonOn(shiftDays(day, -5)) });
      const n3 = await issue(
        t,
        (
          await createDraft(
            t,
            ships[2]!.id,
            receivableBody(client.id, { lines: [{ description: 'Trucking', amount: money('2345.67') }] }),
          )
        ).id,
      );
      await pay(t, [
        { note: n1, amount: '600.00' },
        { note: n3, amount: '2345.67' },
      ]);

      const text = await pdfText(`/api/v1/clients/${client.id}/statement/pdf?from=${from}&to=${day}`);
      has(text, [
        '对账期间 Period',
        `${from} ~ ${day}`,
        `期初余额为 ${shiftDays(from, -1)} 日终余额`,
        // currency, opening, issued, received, closing
        'CNY 600.00 2,345.67 2,945.67 0.00',
        'USD 0.00 1,347.50 1,347.50 0.00',
        n2.number!,
        n3.number!,
        '2,945.67',
        'No open debit notes as of the date above.',
      ]);
      // n1 was issued before the period: not among the notes issued in it.
      expect(text).not.toContain(n1.number!);

      // The day before: the CNY 600.00 still owed on n1 is the closing balance.
      const before = await pdfText(
        `/api/v1/clients/${client.id}/statement/pdf?from=${shiftDays(day, -60)}&to=${shiftDays(day, -31)}`,
      );
      has(before, ['CNY 0.00 1,000.00 400.00 600.00', n1.number!, '600.00']);
    });

    it('refuses malformed or reversed periods, naming the field', async () => {
      const client = await createClient(t);
      const cases: [string, string][] = [
        ['from=2026-11-30&to=2026-11-01', 'from'],
        ['from=2026-13-01&to=2026-11-30', 'from'],
        ['from=2026-11-01&to=30-11-2026', 'to'],
        ['to=2026-11-30', 'to'],
        ['asOf=2026-11-30&from=2026-11-01', 'asOf'],
      ];
      for (const [query, field] of cases) {
        const res = await t
          .http()
          .get(`/api/v1/clients/${client.id}/statement/pdf?${query}`)
          .auth(accounts, bearer)
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.fields[0].field).toBe(field);
      }
    });
  });
});
