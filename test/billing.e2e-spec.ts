import {
  createCreditClient,
  createDraft,
  eventsOf,
  fxRate,
  getNote,
  getShipment,
  issue,
  issuePayable,
  issueReceivable,
  money,
  pay,
  paymentBody,
  payableBody,
  postDebitNote,
  postIssue,
  postPayment,
  postVoid,
  receivableBody,
  setFxTerms,
  shiftDays,
  shiftMonths,
  today,
  type DebitNote,
  type DebitNoteBody,
  fixedFxTerm,
} from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { act, shipmentAt } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer, countRows } from './utils/http';

describe('billing over HTTP: debit notes, payments, profit and aging', () => {
  let t: TestApp;
  let accounts: string;
  let op: string;
  let carrier: { id: string };
  let year: string;

  beforeAll(async () => {
    t = await createTestApp();
    accounts = await t.tokenFor('accounts');
    op = await t.tokenFor('operator');
    carrier = await createCarrier(t);
    year = today(t).slice(0, 4);
  });
  afterAll(() => t.close());

  /** A new client (prepaid unless overridden) with a shipment at `status`. */
  const shipmentFor = async (status: 'booking' | 'bl_checked' = 'booking', clientId?: string) => {
    const client = clientId ?? (await createClient(t)).id;
    const s = await shipmentAt(t, status, { clientId: client, carrierId: carrier.id });
    return { shipmentId: s.id, clientId: client };
  };
  const numberOf = (note: DebitNote): number => Number(note.number!.slice(-6));
  const patch = (id: string, body: Record<string, unknown>, ifMatch?: string) => {
    const req = t.http().patch(`/api/v1/debit-notes/${id}`).auth(accounts, bearer);
    return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
  };

  describe('drafts', () => {
    it("creates a receivable draft to the shipment's client: priced, unnumbered, with an ETag", async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const res = await postDebitNote(
        t,
        shipmentId,
        receivableBody(clientId, {
          lines: [
            { description: 'Ocean freight', amount: money('1850.00'), quantity: 2 },
            { description: 'Document fee', amount: money('30.00') },
          ],
          remarks: 'Bank: BOC Shenzhen',
        }),
      );
      expect(res.status).toBe(201);
      expect(res.headers.etag).toBe(`"${res.body.version}"`);
      expect(res.body).toMatchObject({
        shipmentId,
        direction: 'receivable',
        partyId: clientId,
        status: 'draft',
        number: null,
        currency: 'CNY',
        total: { amount: '3730.00', currency: 'CNY' },
        paid: { amount: '0.00', currency: 'CNY' },
        balance: { amount: '3730.00', currency: 'CNY' },
        fxRates: [],
        issueDate: null,
        remarks: 'Bank: BOC Shenzhen',
      });
      expect(res.body.lines).toEqual([
        expect.objectContaining({ seq: 1, quantity: '2', lineTotal: money('3700.00'), rate: null }),
        expect.objectContaining({
          seq: 2,
          quantity: '1',
          lineTotal: money('30.00'),
          converted: money('30.00'),
        }),
      ]);
      expect((await eventsOf(t, shipmentId)).map((e) => e.type)).not.toContain('debit_note_issued');
    });

    it("refuses a receivable note to anyone but the shipment's client with 422 naming partyId", async () => {
      const { shipmentId } = await shipmentFor();
      const other = await createClient(t);
      const before = await countRows(t, 'debit_notes');
      const res = await postDebitNote(t, shipmentId, receivableBody(other.id));
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        code: 'INVALID_REFERENCE',
        details: { fields: [{ field: 'partyId' }] },
      });
      expect(await countRows(t, 'debit_notes')).toBe(before);
    });

    it("a payable note needs a carrier as its party and the carrier's own number", async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const noNumber = await postDebitNote(
        t,
        shipmentId,
        payableBody(carrier.id, { carrierNumber: undefined }),
      );
      expect(noNumber.status).toBe(400);
      expect(noNumber.body.code).toBe('VALIDATION_FAILED');
      expect(noNumber.body.details.fields).toEqual([expect.objectContaining({ field: 'carrierNumber' })]);

      const notACarrier = await postDebitNote(t, shipmentId, payableBody(clientId));
      expect(notACarrier.status).toBe(422);
      expect(notACarrier.body).toMatchObject({
        code: 'INVALID_REFERENCE',
        details: { fields: [{ field: 'partyId', message: 'no such carrier' }] },
      });

      const ok = await postDebitNote(
        t,
        shipmentId,
        payableBody(carrier.id, { carrierNumber: 'MSC-SZX-88123' }),
      );
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({
        direction: 'payable',
        partyId: carrier.id,
        carrierNumber: 'MSC-SZX-88123',
        status: 'draft',
      });
    });

    const usdLine = { description: 'Ocean freight', amount: money('100.00', 'USD') };
    it.each<[string, (clientId: string) => DebitNoteBody, string]>([
      [
        'money as a JSON number',
        (c) =>
          receivableBody(c, {
            lines: [{ description: 'Freight', amount: { amount: 1000, currency: 'CNY' } as never }],
          }),
        'lines[0].amount.amount',
      ],
      [
        'one digit too many',
        (c) => receivableBody(c, { lines: [{ description: 'Freight', amount: money('1000.505') }] }),
        'lines[0].amount.amount',
      ],
      [
        'decimals on a JPY amount',
        (c) => receivableBody(c, { lines: [{ description: 'Freight', amount: money('1000.00', 'JPY') }] }),
        'lines[0].amount.amount',
      ],
      [
        'a negative amount',
        (c) => receivableBody(c, { lines: [{ description: 'Freight', amount: money('-5.00') }] }),
        'lines[0].amount.amount',
      ],
      [
        'quantity 0',
        (c) => receivableBody(c, { lines: [{ description: 'Freight', amount: money('5.00'), quantity: 0 }] }),
        'lines[0].quantity',
      ],
      [
        'quantity "0.000"',
        (c) =>
          receivableBody(c, {
            lines: [{ description: 'Freight', amount: money('5.00'), quantity: '0.000' }],
          }),
        'lines[0].quantity',
      ],
      [
        'a line without a description',
        (c) => receivableBody(c, { lines: [{ description: '', amount: money('5.00') }] }),
        'lines[0].description',
      ],
      ['no lines', (c) => receivableBody(c, { lines: [] }), 'lines'],
      ['an unknown currency', (c) => receivableBody(c, { currency: 'XXX' }), 'currency'],
      ['a bad direction', (c) => receivableBody(c, { direction: 'sideways' as never }), 'direction'],
      ['a bad due date', (c) => receivableBody(c, { dueDate: '2026-13-01' }), 'dueDate'],
      [
        'a rate that is not a decimal',
        (c) => receivableBody(c, { lines: [usdLine], fxRates: [fxRate('seven')] }),
        'fxRates[0].rate',
      ],
      [
        'a rate as a JSON number',
        (c) => receivableBody(c, { lines: [usdLine], fxRates: [fxRate(7.1 as never)] }),
        'fxRates[0].rate',
      ],
      [
        'a zero rate',
        (c) => receivableBody(c, { lines: [usdLine], fxRates: [fxRate('0.0000')] }),
        'fxRates[0].rate',
      ],
      [
        'a rate with 11 decimals',
        (c) => receivableBody(c, { lines: [usdLine], fxRates: [fxRate('7.12345678901')] }),
        'fxRates[0].rate',
      ],
      [
        'two rates for one pair',
        (c) => receivableBody(c, { lines: [usdLine], fxRates: [fxRate('7.1'), fxRate('7.2')] }),
        'fxRates[1]',
      ],
      ['an unknown field', (c) => receivableBody(c, { discount: '5%' }), 'discount'],
    ])('refuses %s with 400 naming %s, and writes nothing', async (_what, body, field) => {
      const { shipmentId, clientId } = await shipmentFor();
      const before = await countRows(t, 'debit_notes');
      const res = await postDebitNote(t, shipmentId, body(clientId));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await countRows(t, 'debit_notes')).toBe(before);
    });

    it("refuses a USD line on a CNY note without a rate: 422 naming 'USD→CNY'", async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const before = await countRows(t, 'debit_notes');
      const res = await postDebitNote(
        t,
        shipmentId,
        receivableBody(clientId, {
          lines: [
            { description: 'Ocean freight', amount: money('1850.00', 'USD') },
            { description: 'THC', amount: money('1050.00', 'CNY') },
          ],
        }),
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('REQUIREMENTS_UNMET');
      expect(res.body.details.missing).toEqual([expect.stringContaining('USD→CNY')]);
      expect(res.body.message).toContain('USD→CNY');
      expect(await countRows(t, 'debit_notes')).toBe(before);
    });

    it('refuses notes on a cancelled shipment', async () => {
      const client = await createClient(t);
      const s = await shipmentAt(t, 'cancelled', { clientId: client.id, carrierId: carrier.id });
      const res = await postDebitNote(t, s.id, receivableBody(client.id));
      expect(res.status).toBe(422);
      expect(res.body.details.missing).toEqual([expect.stringContaining('not cancelled')]);
    });

    it('lets only accounts and admins write notes; operators and sales read them', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      for (const role of ['operator', 'sales', 'manager'] as const) {
        const res = await postDebitNote(t, shipmentId, receivableBody(clientId), await t.tokenFor(role));
        expect([role, res.status]).toEqual([role, 403]);
      }
      const draft = await createDraft(t, shipmentId, receivableBody(clientId), await t.tokenFor('admin'));
      for (const role of ['operator', 'sales', 'manager'] as const) {
        const token = await t.tokenFor(role);
        expect([role, (await postIssue(t, draft.id, token)).status]).toEqual([role, 403]);
        const read = await t.http().get(`/api/v1/debit-notes/${draft.id}`).auth(token, bearer);
        expect([role, read.status]).toEqual([role, 200]);
        const list = await t.http().get(`/api/v1/shipments/${shipmentId}/debit-notes`).auth(token, bearer);
        expect(list.body.items.map((n: DebitNote) => n.id)).toEqual([draft.id]);
      }
      expect((await getNote(t, draft.id)).status).toBe('draft');
      const payment = await postPayment(
        t,
        paymentBody(clientId, [{ debitNoteId: draft.id, amount: money('1.00') }]),
        await t.tokenFor('sales'),
      );
      expect(payment.status).toBe(403);
      await t.http().post(`/api/v1/debit-notes/${draft.id}/issue`).send({}).expect(401);
    });
  });

  describe('agreed FX terms', () => {
    const usdFreight = { description: 'Ocean freight', amount: money('1000.00', 'USD') };

    it("applies the client's fixed rate by default and freezes it on the note; later terms do not touch it", async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const put = await setFxTerms(t, clientId, [fixedFxTerm()]);
      expect(put.status).toBe(200);
      expect(put.body.terms).toEqual([fixedFxTerm()]);

      const draft = await createDraft(t, shipmentId, receivableBody(clientId, { lines: [usdFreight] }));
      const agreed = {
        from: 'USD',
        to: 'CNY',
        rate: '7.1000',
        source: 'Contract 2026-031',
        date: '2026-11-01',
      };
      expect(draft.fxRates).toEqual([agreed]);
      expect(draft.lines[0]).toMatchObject({ rate: '7.1000', converted: money('7100.00') });
      expect(draft.total).toEqual(money('7100.00'));
      const issued = await issue(t, draft.id);

      // A rate given on the note wins over the agreed one.
      const given = await createDraft(
        t,
        shipmentId,
        receivableBody(clientId, { lines: [usdFreight], fxRates: [fxRate('7.2000')] }),
      );
      expect(given.total).toEqual(money('7200.00'));

      await setFxTerms(t, clientId, [
        {
          from: 'USD',
          to: 'CNY',
          mode: 'fixed',
          rate: '7.3000',
          source: 'Contract 2026-044',
          date: '2026-12-01',
        },
      ]).then((r) => expect(r.status).toBe(200));
      const after = await getNote(t, issued.id);
      expect(after.fxRates).toEqual([agreed]);
      expect(after.lines).toEqual(issued.lines);
      expect(after.total).toEqual(money('7100.00'));
      expect(after.version).toBe(issued.version);
      // A new note takes the new terms.
      const next = await createDraft(t, shipmentId, receivableBody(clientId, { lines: [usdFreight] }));
      expect(next.total).toEqual(money('7300.00'));
      expect(next.fxRates[0]).toMatchObject({ rate: '7.3000', source: 'Contract 2026-044' });
    });

    it('per_note terms agree no rate: each note must carry its own', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      await setFxTerms(t, clientId, [{ from: 'USD', to: 'CNY', mode: 'per_note' }]).then((r) =>
        expect(r.status).toBe(200),
      );
      const without = await postDebitNote(t, shipmentId, receivableBody(clientId, { lines: [usdFreight] }));
      expect(without.status).toBe(422);
      expect(without.body.details.missing).toEqual([expect.stringContaining('USD→CNY')]);
      const withRate = await createDraft(
        t,
        shipmentId,
        receivableBody(clientId, { lines: [usdFreight], fxRates: [fxRate('7.0512')] }),
      );
      expect(withRate.total).toEqual(money('7051.20'));
    });

    it('refuses fixed terms without a rate, and lets only accounts, managers and admins set terms', async () => {
      const { clientId } = await shipmentFor();
      const noRate = await setFxTerms(t, clientId, [
        { from: 'USD', to: 'CNY', mode: 'fixed', source: 'x', date: '2026-11-01' },
      ]);
      expect(noRate.status).toBe(400);
      expect(noRate.body.details.fields).toEqual([expect.objectContaining({ field: 'terms[0].rate' })]);
      const same = await setFxTerms(t, clientId, [{ from: 'USD', to: 'USD', mode: 'per_note' }]);
      expect(same.status).toBe(400);
      for (const role of ['operator', 'sales'] as const) {
        const res = await setFxTerms(
          t,
          clientId,
          [{ from: 'USD', to: 'CNY', mode: 'per_note' }],
          await t.tokenFor(role),
        );
        expect([role, res.status]).toEqual([role, 403]);
      }
      const read = await t
        .http()
        .get(`/api/v1/clients/${clientId}/fx-terms`)
        .auth(await t.tokenFor('sales'), bearer);
      expect(read.body).toEqual({ terms: [] });
    });
  });

  describe('FX totals', () => {
    it('prices a USD + CNY note settled in CNY exactly as computed by hand, then settles it in CNY', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      // USD→CNY 7.1234. Each line: amount × quantity, rounded half-up in its own currency; then × rate,
      // rounded half-up to the fen; the total is the sum of the converted lines.
      //   1850.00 USD × 2   = 3700.00 USD × 7.1234 = 26356.580000 → 26356.58
      //    123.45 USD × 1   =  123.45 USD × 7.1234 =   879.383730 →   879.38 (down)
      //     12.33 USD × 2.5 =   30.825 → 30.83 USD × 7.1234 = 219.614422 → 219.61
      //     25.00 USD × 1   =   25.00 USD × 7.1234 =   178.085000 →   178.09 (an exact half: up)
      //   1050.00 CNY × 2   = 2100.00 CNY (no rate)
      //     30.00 CNY × 1   =   30.00 CNY
      //   total 26356.58 + 879.38 + 219.61 + 178.09 + 2100.00 + 30.00 = 29763.66 CNY
      const note = await createDraft(
        t,
        shipmentId,
        receivableBody(clientId, {
          lines: [
            { description: 'Ocean freight 40HC', amount: money('1850.00', 'USD'), quantity: 2 },
            { description: 'BAF', amount: money('123.45', 'USD') },
            { description: 'Seal fee', amount: money('12.33', 'USD'), quantity: '2.5' },
            { description: 'Customs agency', amount: money('25.00', 'USD') },
            { description: 'THC', amount: money('1050.00'), quantity: '2' },
            { description: 'Document fee', amount: money('30.00') },
          ],
          fxRates: [fxRate('7.1234')],
        }),
      );
      expect(note.lines.map((l) => [l.lineTotal, l.rate, l.converted.amount, l.quantity])).toEqual([
        [money('3700.00', 'USD'), '7.1234', '26356.58', '2'],
        [money('123.45', 'USD'), '7.1234', '879.38', '1'],
        [money('30.83', 'USD'), '7.1234', '219.61', '2.5'],
        [money('25.00', 'USD'), '7.1234', '178.09', '1'],
        [money('2100.00'), null, '2100.00', '2'],
        [money('30.00'), null, '30.00', '1'],
      ]);
      expect(note.total).toEqual(money('29763.66'));
      const issued = await issue(t, note.id);
      expect(issued.total).toEqual(money('29763.66'));
      expect(issued.lines).toEqual(note.lines);

      await pay(t, [{ note: issued, amount: '29763.66' }]);
      expect(await getNote(t, issued.id)).toMatchObject({
        status: 'paid',
        paid: money('29763.66'),
        balance: money('0.00'),
      });
    });

    it('rounds half-up per line after conversion, not on the sum', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      // USD→CNY 7.1:
      //   0.05 USD × 7.1 = 0.355 → 0.36 CNY, three times: 1.08 (converting the sum would give
      //   0.15 × 7.1 = 1.065 → 1.07, a fen less)
      //   0.01 USD × 7.1 = 0.071 → 0.07 CNY (down)
      //   0.01 USD × 2.5 = 0.025 → 0.03 USD (half-up in USD first) × 7.1 = 0.213 → 0.21 CNY
      //   total 0.36 × 3 + 0.07 + 0.21 = 1.36 CNY
      const note = await createDraft(
        t,
        shipmentId,
        receivableBody(clientId, {
          lines: [
            { description: 'Fee A', amount: money('0.05', 'USD') },
            { description: 'Fee B', amount: money('0.05', 'USD') },
            { description: 'Fee C', amount: money('0.05', 'USD') },
            { description: 'Fee D', amount: money('0.01', 'USD') },
            { description: 'Fee E', amount: money('0.01', 'USD'), quantity: '2.5' },
          ],
          fxRates: [fxRate('7.1')],
        }),
      );
      expect(note.lines.map((l) => l.converted.amount)).toEqual(['0.36', '0.36', '0.36', '0.07', '0.21']);
      expect(note.lines[4]!.lineTotal).toEqual(money('0.03', 'USD'));
      expect(note.total).toEqual(money('1.36'));
    });

    it('prices a USD note with a CNY line, and a JPY line into USD, each at its own rate', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      // Into USD: 710.00 CNY × 0.1408 = 99.968 → 99.97 USD; 12345 JPY × 0.0066 = 81.477 → 81.48 USD;
      // 100.00 USD stays. Total 281.45 USD; USD→CNY 7.1 is there for the base currency.
      const note = await createDraft(
        t,
        shipmentId,
        receivableBody(clientId, {
          currency: 'USD',
          lines: [
            { description: 'THC', amount: money('710.00', 'CNY') },
            { description: 'Japan leg', amount: money('12345', 'JPY') },
            { description: 'Freight', amount: money('100.00', 'USD') },
          ],
          fxRates: [
            fxRate('0.1408', { from: 'CNY', to: 'USD' }),
            fxRate('0.0066', { from: 'JPY', to: 'USD' }),
            fxRate('7.1'),
          ],
        }),
      );
      expect(note.lines.map((l) => l.converted)).toEqual([
        money('99.97', 'USD'),
        money('81.48', 'USD'),
        money('100.00', 'USD'),
      ]);
      expect(note.total).toEqual(money('281.45', 'USD'));
    });
  });

  describe('editing and issuing', () => {
    it('edits a draft under If-Match; a stale ETag gets 412 and changes nothing', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const draft = await createDraft(t, shipmentId, receivableBody(clientId));
      const read = await t.http().get(`/api/v1/debit-notes/${draft.id}`).auth(accounts, bearer).expect(200);
      const etag = read.headers.etag as string;
      expect(etag).toBe(`"${draft.version}"`);

      const edited = await patch(
        draft.id,
        {
          lines: [{ description: 'Ocean freight', amount: money('1200.00'), quantity: 3 }],
          dueDate: '2030-01-31',
        },
        etag,
      );
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ total: money('3600.00'), dueDate: '2030-01-31', status: 'draft' });
      expect(edited.headers.etag).toBe(`"${draft.version + 1}"`);

      const stale = await patch(draft.id, { lines: [{ description: 'x', amount: money('1.00') }] }, etag);
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      const now = await getNote(t, draft.id);
      expect(now).toMatchObject({ total: money('3600.00'), version: draft.version + 1 });
      expect(now.lines).toHaveLength(1);

      // Only the rates may change too: the lines are repriced at the new rate.
      const usd = await patch(draft.id, {
        lines: [{ description: 'Freight', amount: money('10.00', 'USD') }],
        fxRates: [fxRate('7.0000')],
      });
      expect(usd.body.total).toEqual(money('70.00'));
      const repriced = await patch(draft.id, { fxRates: [fxRate('7.5000')] });
      expect(repriced.body.total).toEqual(money('75.00'));
      const carrierNumber = await patch(draft.id, { carrierNumber: 'X-1' });
      expect(carrierNumber.status).toBe(400);
      expect(carrierNumber.body.details.fields[0].field).toBe('carrierNumber');
    });

    it('issues: a number DN-<year>-<6 digits>, frozen from then on (edit and a second issue get 409)', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const draft = await createDraft(t, shipmentId, receivableBody(clientId));
      const res = await postIssue(t, draft.id);
      expect(res.status).toBe(200);
      expect(res.body.number).toMatch(new RegExp(`^DN-${year}-\\d{6}$`));
      expect(res.body).toMatchObject({
        status: 'issued',
        issueDate: today(t),
        // A prepaid client: due on issue.
        dueDate: today(t),
        total: money('1000.00'),
        balance: money('1000.00'),
      });
      expect(res.headers.etag).toBe(`"${res.body.version}"`);

      const edit = await patch(draft.id, { remarks: 'changed' });
      expect(edit.status).toBe(409);
      expect(edit.body).toMatchObject({
        code: 'DEBIT_NOTE_INVALID_STATE',
        details: { status: 'issued', action: 'edit' },
      });
      const again = await postIssue(t, draft.id);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'DEBIT_NOTE_INVALID_STATE', details: { action: 'issue' } });
      const now = await getNote(t, draft.id);
      expect(now).toMatchObject({ number: res.body.number, remarks: null, version: res.body.version });

      const history = await eventsOf(t, shipmentId);
      expect(history.filter((e) => e.type === 'debit_note_issued')).toEqual([
        expect.objectContaining({
          fromStatus: 'booking',
          toStatus: 'booking',
          data: expect.objectContaining({
            debitNoteId: draft.id,
            number: res.body.number,
            direction: 'receivable',
            total: money('1000.00'),
          }),
        }),
      ]);
    });

    it('issue and void honour If-Match: a stale one gets 412 and numbers nothing', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const draft = await createDraft(t, shipmentId, receivableBody(clientId));
      await patch(draft.id, { remarks: 'v2' }).then((r) => expect(r.status).toBe(200));
      const stale = `"${draft.version}"`;
      const issueStale = await t
        .http()
        .post(`/api/v1/debit-notes/${draft.id}/issue`)
        .auth(accounts, bearer)
        .set('If-Match', stale)
        .send({});
      expect(issueStale.status).toBe(412);
      expect(await getNote(t, draft.id)).toMatchObject({ status: 'draft', number: null });
      const issued = await t
        .http()
        .post(`/api/v1/debit-notes/${draft.id}/issue`)
        .auth(accounts, bearer)
        .set('If-Match', `"${draft.version + 1}"`)
        .send({});
      expect(issued.status).toBe(200);
      const voidStale = await t
        .http()
        .post(`/api/v1/debit-notes/${draft.id}/void`)
        .auth(accounts, bearer)
        .set('If-Match', stale)
        .send({ reason: 'x' });
      expect(voidStale.status).toBe(412);
      expect((await getNote(t, draft.id)).status).toBe('issued');
    });

    it("dates a credit client's note due after their credit days, unless the draft says otherwise", async () => {
      const client = await createCreditClient(t, { creditDays: 45 });
      const { shipmentId } = await shipmentFor('booking', client.id);
      const byTerms = await issueReceivable(t, shipmentId);
      expect(byTerms.dueDate).toBe(shiftDays(today(t), 45));
      const given = await issueReceivable(t, shipmentId, { dueDate: shiftDays(today(t), 10) });
      expect(given.dueDate).toBe(shiftDays(today(t), 10));
    });

    it('moves a bl_checked shipment to debit_noted with its first issued receivable note, not with a payable one', async () => {
      const { shipmentId } = await shipmentFor('bl_checked');
      const payable = await issuePayable(t, shipmentId, { carrierNumber: 'COSU-INV-5531' });
      expect(payable).toMatchObject({ number: null, carrierNumber: 'COSU-INV-5531', status: 'issued' });
      expect((await getShipment(t, shipmentId)).status).toBe('bl_checked');

      const first = await issueReceivable(t, shipmentId);
      expect((await getShipment(t, shipmentId)).status).toBe('debit_noted');
      const second = await issueReceivable(t, shipmentId);
      expect(numberOf(second)).toBe(numberOf(first) + 1);
      expect((await getShipment(t, shipmentId)).status).toBe('debit_noted');

      const history = await eventsOf(t, shipmentId);
      expect(history.slice(-4).map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
        ['debit_note_issued', 'bl_checked', 'bl_checked'],
        ['debit_note_issued', 'bl_checked', 'bl_checked'],
        ['debit_noted', 'bl_checked', 'debit_noted'],
        ['debit_note_issued', 'debit_noted', 'debit_noted'],
      ]);
      expect(history.at(-3)!.data).toMatchObject({ number: first.number });
    });

    it('refuses to issue a USD note without a USD→CNY rate (422), and issues it once the rate is given', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const draft = await createDraft(
        t,
        shipmentId,
        receivableBody(clientId, {
          currency: 'USD',
          lines: [{ description: 'Freight', amount: money('500.00', 'USD') }],
        }),
      );
      expect(draft.total).toEqual(money('500.00', 'USD'));
      const counterBefore = await t.dataSource.query(
        `SELECT coalesce(max(value), 0)::text AS v FROM counters`,
      );
      const refused = await postIssue(t, draft.id);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('REQUIREMENTS_UNMET');
      expect(refused.body.details.missing).toEqual([expect.stringContaining('USD→CNY')]);
      expect(await getNote(t, draft.id)).toMatchObject({ status: 'draft', number: null });
      expect(await t.dataSource.query(`SELECT coalesce(max(value), 0)::text AS v FROM counters`)).toEqual(
        counterBefore,
      );

      await patch(draft.id, { fxRates: [fxRate('7.1')] }).then((r) => expect(r.status).toBe(200));
      const issued = await issue(t, draft.id);
      expect(issued).toMatchObject({ status: 'issued', total: money('500.00', 'USD') });
      expect(issued.number).toMatch(/^DN-\d{4}-\d{6}$/);
    });

    it('refuses to issue a draft on a cancelled shipment', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const draft = await createDraft(t, shipmentId, receivableBody(clientId));
      await act(t, op, shipmentId, 'cancel', { reason: 'client withdrew' }).expect(200);
      const res = await postIssue(t, draft.id);
      expect(res.status).toBe(422);
      expect(res.body.details.missing).toEqual([expect.stringContaining('not cancelled')]);
    });
  });

  describe('void', () => {
    it('voids an unpaid issued note with its reason; its number stays used and the next note takes the next one', async () => {
      const { shipmentId, clientId } = await shipmentFor('bl_checked');
      const issued = await issueReceivable(t, shipmentId);
      const draft = await createDraft(t, shipmentId, receivableBody(clientId));

      const shipmentBefore = await getShipment(t, shipmentId);
      const voided = await postVoid(t, issued.id, 'Wrong client address');
      expect(voided.status).toBe(200);
      expect(voided.body).toMatchObject({
        status: 'void',
        number: issued.number,
        voidReason: 'Wrong client address',
      });
      // Its only receivable note voided, a debit_noted shipment waits for the next one at bl_checked.
      expect(shipmentBefore.status).toBe('debit_noted');
      expect((await getShipment(t, shipmentId)).status).toBe('bl_checked');
      expect((await eventsOf(t, shipmentId)).map((e) => e.type)).toContain('debit_notes_voided');
      const next = await issue(t, draft.id);
      expect((await getShipment(t, shipmentId)).status).toBe(shipmentBefore.status);
      expect(numberOf(next)).toBe(numberOf(issued) + 1);
      expect(await getNote(t, issued.id)).toMatchObject({ status: 'void', number: issued.number });

      const twice = await postVoid(t, issued.id);
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: 'DEBIT_NOTE_INVALID_STATE', details: { status: 'void' } });
      const edit = await patch(issued.id, { remarks: 'x' });
      expect(edit.status).toBe(409);

      expect((await eventsOf(t, shipmentId)).filter((e) => e.type === 'debit_note_voided')).toEqual([
        expect.objectContaining({
          data: expect.objectContaining({ number: issued.number, reason: 'Wrong client address' }),
        }),
      ]);
    });

    it('voids a draft without ever numbering it; a void draft cannot be issued', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const draft = await createDraft(t, shipmentId, receivableBody(clientId));
      const voided = await postVoid(t, draft.id, 'Not needed');
      expect(voided.body).toMatchObject({ status: 'void', number: null });
      const issueVoid = await postIssue(t, draft.id);
      expect(issueVoid.status).toBe(409);
      expect(issueVoid.body.details).toMatchObject({ status: 'void' });
    });

    it('refuses to void once anything is paid, and asks for a reason', async () => {
      const { shipmentId } = await shipmentFor();
      const issued = await issueReceivable(t, shipmentId);
      const noReason = await t
        .http()
        .post(`/api/v1/debit-notes/${issued.id}/void`)
        .auth(accounts, bearer)
        .send({ reason: '  ' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details.fields[0].field).toBe('reason');

      await pay(t, [{ note: issued, amount: '0.01' }]);
      const refused = await postVoid(t, issued.id);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'DEBIT_NOTE_INVALID_STATE',
        details: { status: 'partially_paid', action: 'void' },
      });
      expect(await getNote(t, issued.id)).toMatchObject({ status: 'partially_paid', voidReason: null });
    });

    it('refuses to cancel a shipment while an issued, unvoided note exists, and allows it once voided', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      await createDraft(t, shipmentId, receivableBody(clientId));
      const issued = await issueReceivable(t, shipmentId);
      const refused = await act(t, op, shipmentId, 'cancel', { reason: 'client withdrew' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('REQUIREMENTS_UNMET');
      expect(refused.body.details.missing).toEqual(['void the 1 issued debit note(s) first']);
      expect((await getShipment(t, shipmentId)).status).toBe('booking');

      await postVoid(t, issued.id).then((r) => expect(r.status).toBe(200));
      await act(t, op, shipmentId, 'cancel', { reason: 'client withdrew' }).expect(200);
    });
  });

  describe('payments', () => {
    it('takes partial then full payment: issued → partially_paid → paid, with paid and balance', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const note = await issueReceivable(t, shipmentId, {
        lines: [{ description: 'Freight', amount: money('1000.00') }],
      });
      expect(note).toMatchObject({ status: 'issued', paid: money('0.00'), balance: money('1000.00') });

      const first = await postPayment(
        t,
        paymentBody(clientId, [{ debitNoteId: note.id, amount: money('400.00') }], {
          amount: money('500.00'),
          reference: 'BOC-20261126-0042',
        }),
      );
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        clientId,
        amount: money('500.00'),
        unallocated: money('100.00'),
        reference: 'BOC-20261126-0042',
        allocations: [{ debitNoteId: note.id, debitNoteNumber: note.number, amount: money('400.00') }],
      });
      expect(await getNote(t, note.id)).toMatchObject({
        status: 'partially_paid',
        paid: money('400.00'),
        balance: money('600.00'),
      });
      const read = await t
        .http()
        .get(`/api/v1/payments/${first.body.id}`)
        .auth(await t.tokenFor('sales'), bearer)
        .expect(200);
      expect(read.body).toMatchObject({ amount: money('500.00'), unallocated: money('100.00') });

      await pay(t, [{ note, amount: '600.00' }]);
      expect(await getNote(t, note.id)).toMatchObject({
        status: 'paid',
        paid: money('1000.00'),
        balance: money('0.00'),
      });
      const paidList = await t
        .http()
        .get(`/api/v1/debit-notes?clientId=${clientId}&status=paid`)
        .auth(accounts, bearer)
        .expect(200);
      expect(paidList.body.items.map((n: DebitNote) => n.id)).toEqual([note.id]);
      const events = (await eventsOf(t, shipmentId)).filter((e) => e.type === 'payment_received');
      expect(events.map((e) => e.data.allocations)).toEqual([
        [{ debitNoteId: note.id, amount: money('400.00') }],
        [{ debitNoteId: note.id, amount: money('600.00') }],
      ]);
    });

    describe('refusals write nothing', () => {
      let clientId: string;
      let shipmentId: string;
      let open: DebitNote;
      let second: DebitNote;
      let draft: DebitNote;
      let voided: DebitNote;
      let usd: DebitNote;
      let payable: DebitNote;
      let otherClients: DebitNote;

      beforeAll(async () => {
        ({ shipmentId, clientId } = await shipmentFor());
        open = await issueReceivable(t, shipmentId, {
          lines: [{ description: 'Freight', amount: money('100.00') }],
        });
        second = await issueReceivable(t, shipmentId, {
          lines: [{ description: 'THC', amount: money('50.00') }],
        });
        draft = await createDraft(t, shipmentId, receivableBody(clientId));
        voided = await issueReceivable(t, shipmentId);
        await postVoid(t, voided.id).then((r) => expect(r.status).toBe(200));
        usd = await issueReceivable(t, shipmentId, {
          currency: 'USD',
          lines: [{ description: 'Freight', amount: money('100.00', 'USD') }],
          fxRates: [fxRate('7.1')],
        });
        payable = await issuePayable(t, shipmentId);
        const other = await shipmentFor();
        otherClients = await issueReceivable(t, other.shipmentId);
      });

      const cny = (amount: string) => money(amount);
      it.each<
        [
          string,
          () => {
            amount: string;
            allocations: { note: () => DebitNote; amount: string; currency?: string }[];
          },
          string,
          RegExp,
        ]
      >([
        [
          'allocations adding up to more than the payment',
          () => ({
            amount: '100.00',
            allocations: [
              { note: () => open, amount: '60.00' },
              { note: () => second, amount: '50.00' },
            ],
          }),
          'allocations',
          /allocations total 110\.00, more than the payment 100\.00/,
        ],
        [
          'more than the balance of a note',
          () => ({ amount: '100.01', allocations: [{ note: () => open, amount: '100.01' }] }),
          'allocations[0].amount.amount',
          /DN-\d{4}-\d{6} has 100\.00 CNY open, less than 100\.01/,
        ],
        [
          'a draft',
          () => ({ amount: '10.00', allocations: [{ note: () => draft, amount: '10.00' }] }),
          'allocations[0].debitNoteId',
          /is draft, not issued/,
        ],
        [
          'a void note',
          () => ({ amount: '10.00', allocations: [{ note: () => voided, amount: '10.00' }] }),
          'allocations[0].debitNoteId',
          /DN-\d{4}-\d{6} is void, not issued/,
        ],
        [
          "another client's note",
          () => ({ amount: '10.00', allocations: [{ note: () => otherClients, amount: '10.00' }] }),
          'allocations[0].debitNoteId',
          /not a receivable note of this client/,
        ],
        [
          'a payable note',
          () => ({ amount: '10.00', allocations: [{ note: () => payable, amount: '10.00' }] }),
          'allocations[0].debitNoteId',
          /not a receivable note of this client/,
        ],
        [
          'a note in another currency',
          () => ({ amount: '10.00', allocations: [{ note: () => usd, amount: '10.00' }] }),
          'allocations[0].amount.currency',
          /is in USD; the payment is in CNY/,
        ],
        [
          'one good and one bad allocation',
          () => ({
            amount: '20.00',
            allocations: [
              { note: () => open, amount: '10.00' },
              { note: () => draft, amount: '10.00' },
            ],
          }),
          'allocations[1].debitNoteId',
          /is draft/,
        ],
      ])(
        'refuses %s with 422 naming the allocation, and writes nothing',
        async (_what, make, field, message) => {
          const spec = make();
          const before = {
            payments: await countRows(t, 'payments'),
            allocations: await countRows(t, 'payment_allocations'),
            events: (await eventsOf(t, shipmentId)).length,
          };
          const res = await postPayment(
            t,
            paymentBody(
              clientId,
              spec.allocations.map((a) => ({
                debitNoteId: a.note().id,
                amount: money(a.amount, a.currency ?? 'CNY'),
              })),
              { amount: cny(spec.amount) },
            ),
          );
          expect(res.status).toBe(422);
          expect(res.body.code).toBe('REQUIREMENTS_UNMET');
          expect(res.body.details.fields).toEqual([expect.objectContaining({ field })]);
          expect(res.body.message).toMatch(message);
          expect({
            payments: await countRows(t, 'payments'),
            allocations: await countRows(t, 'payment_allocations'),
            events: (await eventsOf(t, shipmentId)).length,
          }).toEqual(before);
          expect(await getNote(t, open.id)).toMatchObject({ status: 'issued', paid: cny('0.00') });
          expect(await getNote(t, second.id)).toMatchObject({ status: 'issued', paid: cny('0.00') });
        },
      );

      it('refuses the same note twice, a zero payment and a time in the future with 400', async () => {
        const before = await countRows(t, 'payments');
        const twice = await postPayment(
          t,
          paymentBody(clientId, [
            { debitNoteId: open.id, amount: cny('1.00') },
            { debitNoteId: open.id, amount: cny('1.00') },
          ]),
        );
        expect(twice.status).toBe(400);
        expect(twice.body.details.fields[0].field).toBe('allocations');
        const zero = await postPayment(
          t,
          paymentBody(clientId, [{ debitNoteId: open.id, amount: cny('0.00') }]),
        );
        expect(zero.status).toBe(400);
        expect(zero.body.details.fields[0].field).toBe('amount.amount');
        const future = await postPayment(
          t,
          paymentBody(clientId, [{ debitNoteId: open.id, amount: cny('1.00') }], {
            receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
          }),
        );
        expect(future.status).toBe(400);
        expect(future.body.details.fields[0].field).toBe('receivedAt');
        const numberAmount = await postPayment(
          t,
          paymentBody(clientId, [{ debitNoteId: open.id, amount: cny('1.00') }], {
            amount: { amount: 1, currency: 'CNY' } as never,
          }),
        );
        expect(numberAmount.status).toBe(400);
        expect(numberAmount.body.details.fields[0].field).toBe('amount.amount');
        expect(await countRows(t, 'payments')).toBe(before);
      });
    });

    it('never overpays a note under concurrent payments: those that no longer fit are refused', async () => {
      const { shipmentId } = await shipmentFor();
      const note = await issueReceivable(t, shipmentId, {
        lines: [{ description: 'Freight', amount: money('1000.00') }],
      });
      const before = await countRows(t, 'payments');
      const results = await Promise.all(
        Array.from({ length: 5 }, (_v, i) =>
          postPayment(
            t,
            paymentBody(note.partyId, [{ debitNoteId: note.id, amount: money('300.00') }], {
              reference: `RACE-${i}`,
            }),
            accounts,
          ),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 422, 422]);
      expect(await getNote(t, note.id)).toMatchObject({
        status: 'partially_paid',
        paid: money('900.00'),
        balance: money('100.00'),
      });
      expect(await countRows(t, 'payments')).toBe(before + 3);
    });

    it('records a payment retried with the same Idempotency-Key once', async () => {
      const { shipmentId } = await shipmentFor();
      const note = await issueReceivable(t, shipmentId);
      const body = paymentBody(note.partyId, [{ debitNoteId: note.id, amount: money('250.00') }]);
      const send = () =>
        t
          .http()
          .post('/api/v1/payments')
          .auth(accounts, bearer)
          .set('Idempotency-Key', 'bank-file-line-17')
          .send(body);
      const first = await send();
      expect(first.status).toBe(201);
      const retry = await send();
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(await getNote(t, note.id)).toMatchObject({ paid: money('250.00'), balance: money('750.00') });
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM payment_allocations WHERE debit_note_id = $1`,
        [note.id],
      );
      expect(n).toBe(1);
    });

    it('moves a debit_noted shipment to paid only when every issued receivable note is paid', async () => {
      const { shipmentId } = await shipmentFor('bl_checked');
      const a = await issueReceivable(t, shipmentId, {
        lines: [{ description: 'Freight', amount: money('3000.00') }],
      });
      const b = await issueReceivable(t, shipmentId, {
        lines: [{ description: 'THC', amount: money('1050.00') }],
      });
      // A payable note left unpaid and a draft do not hold the shipment back.
      await issuePayable(t, shipmentId);
      await createDraft(t, shipmentId, receivableBody(a.partyId));
      expect((await getShipment(t, shipmentId)).status).toBe('debit_noted');

      await pay(t, [a]);
      expect((await getShipment(t, shipmentId)).status).toBe('debit_noted');
      await pay(t, [{ note: b, amount: '1049.99' }]);
      expect((await getShipment(t, shipmentId)).status).toBe('debit_noted');
      const next = await t
        .http()
        .get(`/api/v1/shipments/${shipmentId}/next-actions`)
        .auth(op, bearer)
        .expect(200);
      expect(next.body).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'release-bl', allowed: false })]),
      );

      await pay(t, [{ note: b, amount: '0.01' }]);
      expect((await getShipment(t, shipmentId)).status).toBe('paid');
      const history = await eventsOf(t, shipmentId);
      const paid = history.filter((e) => e.type === 'paid');
      expect(paid).toEqual([expect.objectContaining({ fromStatus: 'debit_noted', toStatus: 'paid' })]);
      expect(history.at(-2)).toMatchObject({ type: 'payment_received' });
      expect(history.at(-1)).toMatchObject({ type: 'paid' });
    });

    it('settles notes of two shipments with one payment and moves both to paid', async () => {
      const client = await createClient(t);
      const one = await shipmentFor('bl_checked', client.id);
      const two = await shipmentFor('bl_checked', client.id);
      const a = await issueReceivable(t, one.shipmentId);
      const b = await issueReceivable(t, two.shipmentId, {
        lines: [{ description: 'Freight', amount: money('2500.50') }],
      });
      const res = await pay(t, [a, b]);
      expect(res.amount).toEqual(money('3500.50'));
      expect((await getShipment(t, one.shipmentId)).status).toBe('paid');
      expect((await getShipment(t, two.shipmentId)).status).toBe('paid');
    });
  });

  describe('profit', () => {
    it('is receivable minus payable of the issued notes, in CNY at each note frozen rate', async () => {
      const { shipmentId, clientId } = await shipmentFor('bl_checked');
      // Receivable: 10000.00 CNY + 1000.00 USD at 7.1 (= 7100.00 CNY)                         = 17100.00
      // Payable:    1234.56 USD at 7.1234 = 8794.264704 → 8794.26 CNY; inspection 550.00 CNY =  9344.26
      // Margin:     17100.00 − 9344.26                                                         =  7755.74
      await issueReceivable(t, shipmentId, {
        lines: [{ description: 'Freight', amount: money('10000.00') }],
      });
      await issueReceivable(t, shipmentId, {
        currency: 'USD',
        lines: [{ description: 'Freight', amount: money('1000.00', 'USD') }],
        fxRates: [fxRate('7.1')],
      });
      const payableUsd = await issuePayable(t, shipmentId, {
        currency: 'USD',
        lines: [{ description: 'Ocean freight', amount: money('1234.56', 'USD') }],
        fxRates: [fxRate('7.1234')],
      });
      await issuePayable(t, shipmentId, {
        lines: [{ description: 'Inspection (Yantian)', amount: money('550.00') }],
      });
      // Neither a draft nor a void note counts.
      await createDraft(
        t,
        shipmentId,
        receivableBody(clientId, { lines: [{ description: 'x', amount: money('999.00') }] }),
      );
      const voided = await issueReceivable(t, shipmentId, {
        lines: [{ description: 'x', amount: money('777.00') }],
      });
      await postVoid(t, voided.id);

      const res = await t
        .http()
        .get(`/api/v1/shipments/${shipmentId}/profit`)
        .auth(await t.tokenFor('sales'), bearer)
        .expect(200);
      expect(res.body).toMatchObject({
        shipmentId,
        baseCurrency: 'CNY',
        receivable: money('17100.00'),
        payable: money('9344.26'),
        margin: money('7755.74'),
      });
      expect(res.body.notes).toHaveLength(4);
      expect(res.body.notes).toContainEqual(
        expect.objectContaining({
          id: payableUsd.id,
          direction: 'payable',
          total: money('1234.56', 'USD'),
          totalBase: money('8794.26'),
        }),
      );
    });

    it('can be negative', async () => {
      const { shipmentId } = await shipmentFor();
      await issueReceivable(t, shipmentId, { lines: [{ description: 'Freight', amount: money('100.00') }] });
      await issuePayable(t, shipmentId, { lines: [{ description: 'Freight', amount: money('100.01') }] });
      const res = await t
        .http()
        .get(`/api/v1/shipments/${shipmentId}/profit`)
        .auth(accounts, bearer)
        .expect(200);
      expect(res.body.margin).toEqual(money('-0.01'));
    });
  });

  describe('receivables aging', () => {
    const aging = (asOf: string, token = accounts) =>
      t.http().get(`/api/v1/receivables/aging?asOf=${asOf}`).auth(token, bearer);
    const rowOf = async (clientId: string, asOf: string) => {
      const res = await aging(asOf);
      expect(res.status).toBe(200);
      return (res.body.items as { clientId: string }[]).find((r) => r.clientId === clientId) as
        (Record<string, unknown> & { statementRequired: boolean }) | undefined;
    };

    it('puts open balances in buckets by days past due, at their edges, in CNY', async () => {
      const client = await createCreditClient(t);
      const { shipmentId } = await shipmentFor('booking', client.id);
      const asOf = today(t);
      const due = async (daysPastDue: number, amount: string, extra: Partial<DebitNoteBody> = {}) =>
        issueReceivable(t, shipmentId, {
          dueDate: shiftDays(asOf, -daysPastDue),
          lines: [{ description: `Due ${daysPastDue} days ago`, amount: money(amount, extra.currency) }],
          ...extra,
        });
      await due(-1, '1.00'); // due tomorrow: current
      await due(0, '2.00'); // due today: current
      await due(1, '10.00'); // d1_30
      await due(30, '20.00'); // d1_30
      await due(31, '100.00'); // d31_60
      await due(60, '200.00'); // d31_60
      await due(61, '1000.00'); // d61_90
      await due(90, '2000.00'); // d61_90
      await due(91, '10000.00'); // d90_plus
      // 100.00 USD at 7.1 = 710.00 CNY, 40 days past due: d31_60.
      await due(40, '100.00', { currency: 'USD', fxRates: [fxRate('7.1')] });
      // Paid in part: only the balance ages (5000.00 − 4000.00 = 1000.00 in d90_plus); paid in full: gone.
      const partly = await due(120, '5000.00');
      await pay(t, [{ note: partly, amount: '4000.00' }]);
      const settled = await due(150, '333.00');
      await pay(t, [settled]);
      // Drafts and void notes never age.
      const { clientId } = await getShipment(t, shipmentId);
      await createDraft(t, shipmentId, receivableBody(clientId, { dueDate: shiftDays(asOf, -200) }));
      const voided = await due(200, '444.00');
      await postVoid(t, voided.id);

      const row = await rowOf(client.id, asOf);
      expect(row).toMatchObject({
        clientCode: client.code,
        current: money('3.00'),
        d1_30: money('30.00'),
        d31_60: money('1010.00'),
        d61_90: money('3000.00'),
        d90_plus: money('11000.00'),
        total: money('15043.00'),
        statementRequired: false,
        oldestIssueDate: asOf,
      });
    });

    it('counts only payments received by asOf, and only notes issued by then', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      const note = await issueReceivable(t, shipmentId, {
        dueDate: today(t),
        lines: [{ description: 'Freight', amount: money('800.00') }],
      });
      await pay(t, [{ note, amount: '300.00' }]);
      // Issue dates come from the clock; move this one 40 days back, as if issued then, so that an asOf
      // before today (and before the payment) still sees the note.
      const issuedOn = shiftDays(today(t), -40);
      await t.dataSource.query(
        `UPDATE debit_notes SET issue_date = $2::date, due_date = $2::date WHERE id = $1`,
        [note.id, issuedOn],
      );
      const yesterday = shiftDays(today(t), -1);
      // Yesterday the payment (received today) had not arrived: 800.00 open, 39 days past due.
      expect(await rowOf(clientId, yesterday)).toMatchObject({
        d31_60: money('800.00'),
        total: money('800.00'),
      });
      // Today it has: 500.00 open, 40 days past due.
      expect(await rowOf(clientId, today(t))).toMatchObject({
        d31_60: money('500.00'),
        total: money('500.00'),
      });
      // Before the note was issued there was nothing to age.
      expect(await rowOf(clientId, shiftDays(issuedOn, -1))).toBeUndefined();
    });

    it('flags a client whose open receivables were issued more than three months before asOf', async () => {
      const { shipmentId, clientId } = await shipmentFor();
      await issueReceivable(t, shipmentId);
      // Issued today: four months on, a statement of account is due; two months on, not yet.
      expect(await rowOf(clientId, shiftMonths(today(t), 4))).toMatchObject({
        statementRequired: true,
        oldestIssueDate: today(t),
        d90_plus: money('1000.00'),
      });
      expect(await rowOf(clientId, shiftMonths(today(t), 2))).toMatchObject({ statementRequired: false });
    });

    it('refuses a bad asOf and readers outside accounts, sales and management', async () => {
      const bad = await aging('2026-02-30x');
      expect(bad.status).toBe(400);
      expect(bad.body.details.fields[0].field).toBe('asOf');
      expect((await aging(today(t), op)).status).toBe(403);
      expect((await aging(today(t), await t.tokenFor('sales'))).status).toBe(200);
    });
  });
});
