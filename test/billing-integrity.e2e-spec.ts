import type { IncomingMessage } from 'node:http';
import { IssuedNoteSnapshot1795800000000 } from '../migrations/1795800000000-IssuedNoteSnapshot';
import { ConfigValidationError, loadConfig } from '../src/config/app-config';
import { OutboxDispatcher } from '../src/notifications/outbox-dispatcher.service';
import {
  createDraft,
  eventsOf,
  fxRate,
  issue,
  issuePayable,
  issueReceivable,
  money,
  pay,
  paymentBody,
  postDebitNote,
  postPayment,
  postReleaseBl,
  receivableBody,
  payableBody,
  setFxTerms,
  shiftDays,
  today,
  type DebitNote,
} from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { act, shipmentAt } from './utils/flow';
import { startSmtp, type TestSmtp } from './utils/smtp';
import { createTestApp, type TestApp } from './utils/test-app';
import { bearer } from './utils/http';
import { type ReadPdf, readPdfs, squash } from './utils/pdf';

/**
 * Issue 11, "two integrity gaps" and "money sanity": an issued debit note is one document whatever changes
 * after it; the B/L number can be entered, corrected until release and printed; money that cannot be right
 * is refused at the limits (docs/billing.md).
 */

const textOf = (pdf: ReadPdf): string => squash(pdf.pages.join(' '));

/** Collects a binary body (supertest leaves application/pdf unparsed otherwise). */
function binary(res: IncomingMessage, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
  res.on('error', (error) => done(error, Buffer.alloc(0)));
}

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

interface ShipmentOut {
  id: string;
  reference: string;
  status: string;
  version: number;
  clientId: string;
  blNumber: string | null;
  vessel: string | null;
  voyage: string | null;
  containers: { containerNumber: string | null; sealNumber: string | null }[];
}

describe('billing integrity', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let op: string;
  let admin: string;
  let accounts: string;
  let dispatcher: OutboxDispatcher;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, OUTBOX_RETRY_BASE_MS: '100' });
    op = await t.tokenFor('operator');
    admin = await t.tokenFor('admin');
    accounts = await t.tokenFor('accounts');
    dispatcher = t.app.get(OutboxDispatcher);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop().catch(() => undefined);
  });

  const pdfOf = async (noteId: string, token = accounts): Promise<Buffer> => {
    const res = await t
      .http()
      .get(`/api/v1/debit-notes/${noteId}/pdf`)
      .auth(token, bearer)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    return res.body as Buffer;
  };
  const shipment = async (id: string): Promise<{ body: ShipmentOut; etag: string }> => {
    const res = await t.http().get(`/api/v1/shipments/${id}`).auth(op, bearer).expect(200);
    return { body: res.body as ShipmentOut, etag: res.headers.etag as string };
  };
  const patchShipment = (id: string, body: Record<string, unknown>, token = op, ifMatch?: string) => {
    const req = t.http().patch(`/api/v1/shipments/${id}`).auth(token, bearer);
    if (ifMatch) void req.set('If-Match', ifMatch);
    return req.send(body);
  };
  /** The PDF attached to the e-mail that sent this note, as the client received it over SMTP. */
  const emailedPdf = async (note: DebitNote): Promise<Buffer> => {
    await dispatcher.dispatchDue();
    const attachment = smtp.messages
      .flatMap((m) => m.attachments)
      .find((a) => a.filename === `${note.number}.pdf`);
    if (!attachment) throw new Error(`no e-mail carried ${note.number}.pdf`);
    return attachment.content;
  };

  describe('an issued debit note is one document', () => {
    it('renders the e-mailed copy and every later download byte for byte alike, whatever is edited after issue', async () => {
      const client = await createClient(t, {
        name: 'Dongguan Hongda Hardware Products Co., Ltd.',
        nameLocal: '东莞市宏达五金制品有限公司',
        address: "168 Zhen'an Middle Road, Chang'an Town, Dongguan",
        emails: ['accounts@hongda.example'],
      });
      const s = await shipmentAt(t, 'gated_in', { clientId: client.id });
      const atIssue = (await shipment(s.id)).body;
      const note = await issueReceivable(t, s.id);
      const emailed = await emailedPdf(note);

      // Everything the note prints that lives elsewhere changes after the issue.
      await t
        .http()
        .patch(`/api/v1/clients/${client.id}`)
        .auth(admin, bearer)
        .send({
          name: 'Renamed Trading Ltd.',
          nameLocal: '改名贸易有限公司',
          address: '1 New Road, Shenzhen',
        })
        .expect(200);
      await act(t, op, s.id, 'roll', {
        vessel: 'EVER GIVEN',
        voyage: '0999E',
        etd: inDays(20),
        reason: 'Rolled by the carrier',
      }).expect(200);

      const downloaded = await pdfOf(note.id);
      const clientUser = await t.createUser({ role: 'client', clientId: client.id });
      const asClient = await pdfOf(note.id, clientUser.token);
      const read = readPdfs({ emailed, downloaded });
      expect(textOf(read.downloaded!)).toBe(textOf(read.emailed!));
      expect(downloaded.equals(emailed)).toBe(true);
      expect(asClient.equals(emailed)).toBe(true);

      const text = textOf(read.downloaded!);
      for (const printed of [
        '东莞市宏达五金制品有限公司',
        'DongguanHongdaHardwareProductsCo.,Ltd.',
        'MSCOSCAR/FE546W',
        ...atIssue.containers.map((c) => c.containerNumber!),
      ]) {
        expect(text).toContain(printed);
      }
      for (const later of ['改名贸易有限公司', 'RenamedTrading', 'EVERGIVEN'])
        expect(text).not.toContain(later);
      // The document's own date is the issue date, not the day it is downloaded.
      expect(String(read.downloaded!.info.CreationDate)).toMatch(
        new RegExp(`^D:${note.issueDate!.replace(/-/g, '')}`),
      );
    });

    it("prints no PDF of a carrier's bill: the carrier's own invoice is the document (issue 16)", async () => {
      const carrier = await createCarrier(t, { name: 'Blue Anchor Line' });
      const s = await shipmentAt(t, 'so_released', { carrierId: carrier.id });
      const note = await issuePayable(t, s.id);
      const res = await t.http().get(`/api/v1/debit-notes/${note.id}/pdf`).auth(accounts, bearer);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'DEBIT_NOTE_INVALID_STATE',
        details: { direction: 'payable', action: 'print' },
      });
    });
  });

  describe('the B/L number', () => {
    it("is recorded with the carrier's approval of the draft, as an event, found by q and printed on notes issued after it", async () => {
      const s = await shipmentAt(t, 'si_submitted');
      await act(t, op, s.id, 'approve-bl', { party: 'client', revision: 1 }).expect(200);
      const approved = await act(t, op, s.id, 'approve-bl', {
        party: 'carrier',
        revision: 1,
        blNumber: ' cosu6284519370 ',
      }).expect(200);
      expect(approved.body).toMatchObject({ blNumber: 'COSU6284519370', status: 'bl_checked' });

      const events = await eventsOf(t, s.id);
      const set = events.filter((e) => e.type === 'bl_number_set');
      expect(set).toEqual([
        expect.objectContaining({
          data: { from: null, to: 'COSU6284519370', via: 'approve-bl' },
          actor: expect.objectContaining({ id: await t.userIdFor('operator') }),
        }),
      ]);

      const found = await t
        .http()
        .get('/api/v1/shipments')
        .query({ q: 'cosu62845' })
        .auth(op, bearer)
        .expect(200);
      expect(found.body.items.map((i: ShipmentOut) => i.id)).toEqual([s.id]);

      // The number is on the client's papers: a client user sees it and its history.
      const { clientId } = (await shipment(s.id)).body;
      const clientUser = await t.createUser({ role: 'client', clientId });
      const seen = await t.http().get(`/api/v1/shipments/${s.id}/events`).auth(clientUser.token, bearer);
      expect(seen.body.items.filter((e: { type: string }) => e.type === 'bl_number_set')).toEqual([
        expect.objectContaining({ data: { from: null, to: 'COSU6284519370' } }),
      ]);

      const note = await issueReceivable(t, s.id);
      expect(textOf(readPdfs({ note: await pdfOf(note.id) }).note!)).toContain('COSU6284519370');
    });

    it("is refused on the client's side of the approval", async () => {
      const s = await shipmentAt(t, 'si_submitted');
      const res = await act(t, op, s.id, 'approve-bl', {
        party: 'client',
        revision: 1,
        blNumber: 'COSU6284519370',
      }).expect(400);
      expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'blNumber' })]);
      expect((await shipment(s.id)).body.blNumber).toBeNull();
    });

    it('is corrected with PATCH and If-Match, each change an event with before and after; a note issued before keeps the old one', async () => {
      const s = await shipmentAt(t, 'bl_checked');
      let { etag } = await shipment(s.id);
      const first = await patchShipment(s.id, { blNumber: 'MEDU1234567' }, op, etag).expect(200);
      expect(first.body.blNumber).toBe('MEDU1234567');
      expect(first.headers.etag).toBe(`"${first.body.version}"`);
      const noteBefore = await issueReceivable(t, s.id);

      // Stale If-Match: 412, nothing written.
      await patchShipment(s.id, { blNumber: 'MEDU7654321' }, op, etag).expect(412);
      etag = (await shipment(s.id)).etag;
      const corrected = await patchShipment(s.id, { blNumber: '  medu7654321 ' }, op, etag).expect(200);
      expect(corrected.body.blNumber).toBe('MEDU7654321');

      // The same value again: nothing to change, nothing written.
      const same = await patchShipment(s.id, { blNumber: 'MEDU7654321' }).expect(200);
      expect(same.body.version).toBe(corrected.body.version);
      const noBody = await patchShipment(s.id, {}).expect(200);
      expect(noBody.body.version).toBe(corrected.body.version);

      const set = (await eventsOf(t, s.id)).filter((e) => e.type === 'bl_number_set');
      expect(set.map((e) => e.data)).toEqual([
        { from: null, to: 'MEDU1234567', via: 'edit' },
        { from: 'MEDU1234567', to: 'MEDU7654321', via: 'edit' },
      ]);
      expect(set.every((e) => e.actor.id !== null)).toBe(true);

      const noteAfter = await issueReceivable(t, s.id);
      const read = readPdfs({ before: await pdfOf(noteBefore.id), after: await pdfOf(noteAfter.id) });
      expect(textOf(read.before!)).toContain('MEDU1234567');
      expect(textOf(read.before!)).not.toContain('MEDU7654321');
      expect(textOf(read.after!)).toContain('MEDU7654321');

      // null clears it (a number entered on the wrong shipment).
      const cleared = await patchShipment(s.id, { blNumber: null }).expect(200);
      expect(cleared.body.blNumber).toBeNull();
    });

    it('is validated: length, characters; other fields are refused; only operations may edit it', async () => {
      const s = await shipmentAt(t, 'booking');
      for (const bad of ['AB1', 'COSU 628451', '-COSU62845', 'A'.repeat(41), '', 'COSU\u0000123', 42]) {
        const res = await patchShipment(s.id, { blNumber: bad }).expect(400);
        const fields = (res.body.details.fields as { field: string }[]).map((f) => f.field);
        expect(new Set(fields)).toEqual(new Set(['blNumber']));
      }
      await patchShipment(s.id, { blNumber: 'ABCD' }).expect(200);
      await patchShipment(s.id, { blNumber: `A${'1'.repeat(38)}Z` }).expect(200);
      await patchShipment(s.id, { blNumber: 'SZX/LAX-2026-001' }).expect(200);
      const unknown = await patchShipment(s.id, { blNumber: 'ABCD1234', vessel: 'X' }).expect(400);
      expect(unknown.body.details.fields).toEqual([expect.objectContaining({ field: 'vessel' })]);
      for (const role of ['sales', 'accounts', 'manager'] as const) {
        await patchShipment(s.id, { blNumber: 'ABCD1234' }, await t.tokenFor(role)).expect(403);
      }
      expect((await shipment(s.id)).body.blNumber).toBe('SZX/LAX-2026-001');
    });

    it('is refused once the B/L is released, and on a cancelled shipment (422 with the reason)', async () => {
      const s = await shipmentAt(t, 'bl_checked');
      await patchShipment(s.id, { blNumber: 'ONEY5550001' }).expect(200);
      const note = await issueReceivable(t, s.id);
      await pay(t, [note]);
      const released = await postReleaseBl(t, s.id);
      expect(released.status).toBe(200);
      const refused = await patchShipment(s.id, { blNumber: 'ONEY5550002' }).expect(422);
      expect(refused.body.code).toBe('REQUIREMENTS_UNMET');
      expect(refused.body.details.missing.join(' ')).toMatch(/released/);

      const cancelled = await shipmentAt(t, 'cancelled');
      const no = await patchShipment(cancelled.id, { blNumber: 'ONEY5550003' }).expect(422);
      expect(no.body.code).toBe('REQUIREMENTS_UNMET');
      expect(no.body.details.missing.join(' ')).toMatch(/cancelled/);
      expect((await shipment(s.id)).body.blNumber).toBe('ONEY5550001');
      expect((await shipment(cancelled.id)).body.blNumber).toBeNull();
    });
  });

  describe('money sanity', () => {
    let clientId: string;
    let shipmentId: string;
    let carrierId: string;

    beforeAll(async () => {
      clientId = (await createClient(t)).id;
      carrierId = (await createCarrier(t)).id;
      shipmentId = (await shipmentAt(t, 'booking', { clientId, carrierId })).id;
    });

    const draft = (overrides: Parameters<typeof receivableBody>[1]) =>
      postDebitNote(t, shipmentId, receivableBody(clientId, overrides));
    const line = (amount: string, currency = 'CNY', quantity?: string) => ({
      description: 'Ocean freight',
      amount: money(amount, currency),
      ...(quantity ? { quantity } : {}),
    });
    const refusal = (res: { status: number; body: Record<string, unknown> }, code: string, field: string) => {
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 422, code });
      expect((res.body.details as { fields: unknown[] }).fields).toEqual([
        expect.objectContaining({ field }),
      ]);
    };

    it('refuses a line amount beyond the maximum (10^12 by default), and allows the maximum itself', async () => {
      expect((await draft({ lines: [line('1000000000000.00')] })).status).toBe(201);
      const over = await draft({ lines: [line('1000000000000.01')] });
      refusal(over, 'AMOUNT_OUT_OF_RANGE', 'lines[0].amount.amount');
      expect((over.body.details as { limit: unknown }).limit).toEqual({ max: money('1000000000000.00') });
      refusal(
        await draft({ lines: [line('92233720368547758.07')] }),
        'AMOUNT_OUT_OF_RANGE',
        'lines[0].amount.amount',
      );
      expect(
        (await draft({ lines: [line('1000000000000', 'JPY')], fxRates: [fxRate('0.05', { from: 'JPY' })] }))
          .status,
      ).toBe(201);
      refusal(
        await draft({ lines: [line('1000000000001', 'JPY')], fxRates: [fxRate('0.05', { from: 'JPY' })] }),
        'AMOUNT_OUT_OF_RANGE',
        'lines[0].amount.amount',
      );
    });

    it('refuses a line total or a note total beyond the maximum', async () => {
      expect((await draft({ lines: [line('500000000000.00', 'CNY', '2')] })).status).toBe(201);
      refusal(
        await draft({ lines: [line('500000000000.00', 'CNY', '2.001')] }),
        'AMOUNT_OUT_OF_RANGE',
        'lines[0].quantity',
      );
      expect((await draft({ lines: [line('600000000000.00'), line('400000000000.00')] })).status).toBe(201);
      refusal(
        await draft({ lines: [line('600000000000.00'), line('400000000000.01')] }),
        'AMOUNT_OUT_OF_RANGE',
        'lines',
      );
    });

    it('refuses a line that comes to zero, in its own currency or converted', async () => {
      // 0.01 × 0.5 = 0.005, rounded half-up to 0.01; × 0.499 rounds to 0.00.
      expect((await draft({ lines: [line('0.01', 'CNY', '0.5')] })).status).toBe(201);
      const zero = await draft({ lines: [line('0.01', 'CNY', '0.499')] });
      refusal(zero, 'AMOUNT_OUT_OF_RANGE', 'lines[0].quantity');
      expect((zero.body.details as { limit: unknown }).limit).toEqual({ min: money('0.01') });
      // JPY 1 at 0.005 → CNY 0.005 → 0.01; at 0.0049 → 0.00.
      const jpy = (rate: string) =>
        draft({ lines: [line('1', 'JPY')], fxRates: [fxRate(rate, { from: 'JPY', date: today(t) })] });
      expect((await jpy('0.005')).status).toBe(201);
      refusal(await jpy('0.0049'), 'AMOUNT_OUT_OF_RANGE', 'lines[0].amount.amount');
      // The zero line is refused when edited in too, and nothing changes.
      const kept = await createDraft(t, shipmentId, receivableBody(clientId));
      const edit = await t
        .http()
        .patch(`/api/v1/debit-notes/${kept.id}`)
        .auth(accounts, bearer)
        .send({ lines: [line('0.01', 'CNY', '0.001')] });
      refusal(edit, 'AMOUNT_OUT_OF_RANGE', 'lines[0].quantity');
    });

    it("refuses an FX rate more than 10 times away from the client's agreed rate; 10 times is allowed", async () => {
      const agreed = await createClient(t);
      const s = await shipmentAt(t, 'booking', { clientId: agreed.id, carrierId });
      const term = {
        from: 'GBP',
        to: 'CNY',
        mode: 'fixed',
        rate: '9.1',
        source: 'Agreed 2026',
        date: '2026-11-01',
      };
      expect((await setFxTerms(t, agreed.id, [term])).status).toBe(200);
      const gbp = (rate: string) =>
        postDebitNote(
          t,
          s.id,
          receivableBody(agreed.id, {
            lines: [line('100.00', 'GBP')],
            fxRates: [fxRate(rate, { from: 'GBP', date: today(t) })],
          }),
        );
      expect((await gbp('91')).status).toBe(201);
      expect((await gbp('0.91')).status).toBe(201);
      const high = await gbp('91.0000000001');
      refusal(high, 'FX_RATE_OUT_OF_RANGE', 'fxRates[0].rate');
      expect((high.body.details as { limit: unknown }).limit).toEqual({ reference: '9.1', factor: 10 });
      refusal(await gbp('0.9099999999'), 'FX_RATE_OUT_OF_RANGE', 'fxRates[0].rate');
      // A new agreed rate a power of ten from the one it replaces is the same slip.
      refusal(
        await setFxTerms(t, agreed.id, [{ ...term, rate: '91.1' }]),
        'FX_RATE_OUT_OF_RANGE',
        'terms[0].rate',
      );
      expect((await setFxTerms(t, agreed.id, [{ ...term, rate: '9.2' }])).status).toBe(200);
    });

    it('refuses an FX rate more than 10 times away from the last one an issued note used for the pair', async () => {
      const first = await createClient(t);
      const s1 = await shipmentAt(t, 'booking', { clientId: first.id, carrierId });
      const eur = (rate: string) => ({
        lines: [line('100.00', 'EUR')],
        fxRates: [fxRate(rate, { from: 'EUR', date: today(t) })],
      });
      const issued = await issue(t, (await createDraft(t, s1.id, receivableBody(first.id, eur('7.8')))).id);

      const other = await createClient(t);
      const s2 = await shipmentAt(t, 'booking', { clientId: other.id, carrierId });
      expect((await postDebitNote(t, s2.id, receivableBody(other.id, eur('78')))).status).toBe(201);
      const slipped = await postDebitNote(t, s2.id, receivableBody(other.id, eur('78.0000000001')));
      refusal(slipped, 'FX_RATE_OUT_OF_RANGE', 'fxRates[0].rate');
      expect(String(slipped.body.message)).toContain(issued.number!);
      refusal(
        await postDebitNote(t, s2.id, receivableBody(other.id, eur('0.77'))),
        'FX_RATE_OUT_OF_RANGE',
        'fxRates[0].rate',
      );
      // A carrier's bill and a client's agreed terms meet the same check.
      refusal(
        await postDebitNote(t, s2.id, payableBody(carrierId, eur('780'))),
        'FX_RATE_OUT_OF_RANGE',
        'fxRates[0].rate',
      );
      refusal(
        await setFxTerms(t, other.id, [
          { from: 'EUR', to: 'CNY', mode: 'fixed', rate: '0.77', source: 'Agreed', date: today(t) },
        ]),
        'FX_RATE_OUT_OF_RANGE',
        'terms[0].rate',
      );
    });

    it('refuses rate dates before 2000 or more than 366 days ahead, and due dates before 2000', async () => {
      const rated = (date: string) =>
        draft({ lines: [line('10.00', 'HKD')], fxRates: [fxRate('0.91', { from: 'HKD', date })] });
      expect((await rated('2000-01-01')).status).toBe(201);
      refusal(await rated('1999-12-31'), 'DATE_OUT_OF_RANGE', 'fxRates[0].date');
      const latest = shiftDays(today(t), 366);
      expect((await rated(latest)).status).toBe(201);
      refusal(await rated(shiftDays(latest, 1)), 'DATE_OUT_OF_RANGE', 'fxRates[0].date');

      expect((await draft({ dueDate: '2000-01-01' })).status).toBe(201);
      refusal(await draft({ dueDate: '1999-12-31' }), 'DATE_OUT_OF_RANGE', 'dueDate');
      refusal(await draft({ dueDate: '1900-01-01' }), 'DATE_OUT_OF_RANGE', 'dueDate');
    });

    describe('payments', () => {
      let note: DebitNote;

      beforeAll(async () => {
        const s = await shipmentAt(t, 'booking', { clientId, carrierId });
        note = await issueReceivable(t, s.id, { lines: [line('1000.00')] });
      });
      const partOf = (overrides: Record<string, unknown>) =>
        postPayment(t, paymentBody(clientId, [{ debitNoteId: note.id, amount: money('0.01') }], overrides));

      it('refuses a payment dated before 2000 (in the business calendar), and allows 2000-01-01', async () => {
        expect((await partOf({ receivedAt: '2000-01-01T00:00:00+08:00' })).status).toBe(201);
        refusal(await partOf({ receivedAt: '1999-12-31T23:59:59+08:00' }), 'DATE_OUT_OF_RANGE', 'receivedAt');
        refusal(await partOf({ receivedAt: '1900-01-01T00:00:00Z' }), 'DATE_OUT_OF_RANGE', 'receivedAt');
      });

      it('refuses a payment beyond the maximum (the 92 quadrillion CNY once accepted), and allows the maximum', async () => {
        expect((await partOf({ amount: money('1000000000000.00') })).status).toBe(201);
        const over = await partOf({ amount: money('1000000000000.01') });
        refusal(over, 'AMOUNT_OUT_OF_RANGE', 'amount.amount');
        refusal(
          await partOf({ amount: money('92233720368547758.07') }),
          'AMOUNT_OUT_OF_RANGE',
          'amount.amount',
        );
      });
    });
  });

  // Last in this file: the migration is run again on this database, over every note the tests above issued.
  describe('notes issued before snapshots existed', () => {
    it('get one at the upgrade, from the data as it then stood, and print as before', async () => {
      const s = await shipmentAt(t, 'gated_in');
      await patchShipment(s.id, { blNumber: 'HLCU2026110001' }).expect(200);
      const note = await issueReceivable(t, s.id);
      const before = await pdfOf(note.id);
      const taken = (
        await t.dataSource.query<{ snapshot: Record<string, unknown> }[]>(
          'SELECT snapshot FROM debit_notes WHERE id = $1',
          [note.id],
        )
      )[0]!.snapshot;

      const migration = new IssuedNoteSnapshot1795800000000();
      const runner = t.dataSource.createQueryRunner();
      try {
        await migration.down(runner);
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      const rows = await t.dataSource.query<{ id: string; snapshot: Record<string, unknown> | null }[]>(
        'SELECT id, snapshot FROM debit_notes WHERE issued_at IS NOT NULL',
      );
      expect(rows.filter((r) => r.snapshot === null)).toEqual([]);
      const backfilled = rows.find((r) => r.id === note.id)!.snapshot!;
      // What that migration knew of: no tax wording, no client tax id (issue 17 added both to snapshots).
      const {
        taxNote: _taxNote,
        party,
        ...rest
      } = taken as { taxNote: unknown; party: Record<string, unknown> };
      const { taxId: _taxId, ...partyThen } = party;
      expect(backfilled).toEqual({ ...rest, party: partyThen, takenAt: expect.any(String), company: null });
      expect((await pdfOf(note.id)).equals(before)).toBe(true);
    });
  });
});

describe('money sanity limits are configuration', () => {
  it('are read from the environment and checked at boot, each bad value named', () => {
    const config = loadConfig({
      MONEY_MAX_AMOUNT: '5000',
      FX_RATE_MAX_FACTOR: '3',
      MONEY_EARLIEST_DATE: '2020-01-01',
      MONEY_MAX_DAYS_AHEAD: '30',
    });
    expect(config.moneyLimits).toEqual({
      maxAmount: 5000n,
      fxRateMaxFactor: 3,
      earliestDate: '2020-01-01',
      maxDaysAhead: 30,
    });
    expect(loadConfig({}).moneyLimits).toEqual({
      maxAmount: 1_000_000_000_000n,
      fxRateMaxFactor: 10,
      earliestDate: '2000-01-01',
      maxDaysAhead: 366,
    });
    for (const [name, value] of [
      ['MONEY_MAX_AMOUNT', '0'],
      ['MONEY_MAX_AMOUNT', 'lots'],
      ['FX_RATE_MAX_FACTOR', '1'],
      ['MONEY_EARLIEST_DATE', '1.1.2000'],
      ['MONEY_MAX_DAYS_AHEAD', '0'],
    ] as const) {
      expect(() => loadConfig({ [name]: value })).toThrow(ConfigValidationError);
      try {
        loadConfig({ [name]: value });
      } catch (error) {
        expect((error as ConfigValidationError).problems.join('\n')).toContain(name);
      }
    }
  });

  it('take effect: a business with smaller limits gets them', async () => {
    const t = await createTestApp({
      MONEY_MAX_AMOUNT: '5000',
      FX_RATE_MAX_FACTOR: '2',
      MONEY_EARLIEST_DATE: '2020-01-01',
    });
    try {
      const client = await createClient(t);
      const s = await shipmentAt(t, 'booking', { clientId: client.id });
      const post = (lines: { description: string; amount: { amount: string; currency: string } }[]) =>
        postDebitNote(t, s.id, receivableBody(client.id, { lines }));
      expect((await post([{ description: 'Freight', amount: money('5000.00') }])).status).toBe(201);
      const over = await post([{ description: 'Freight', amount: money('5000.01') }]);
      expect(over.status).toBe(422);
      expect(over.body.details.limit).toEqual({ max: money('5000.00') });
      await setFxTerms(t, client.id, [
        { from: 'USD', to: 'CNY', mode: 'fixed', rate: '7', source: 'Agreed', date: '2026-11-01' },
      ]).then((r) => expect(r.status).toBe(200));
      const usd = (rate: string) =>
        postDebitNote(
          t,
          s.id,
          receivableBody(client.id, {
            lines: [{ description: 'Freight', amount: money('10.00', 'USD') }],
            fxRates: [fxRate(rate, { date: today(t) })],
          }),
        );
      expect((await usd('14')).status).toBe(201);
      expect((await usd('14.01')).body.code).toBe('FX_RATE_OUT_OF_RANGE');
      const early = await usd('7');
      expect(early.status).toBe(201);
      const dated = await postDebitNote(
        t,
        s.id,
        receivableBody(client.id, {
          lines: [{ description: 'Freight', amount: money('10.00', 'USD') }],
          fxRates: [fxRate('7', { date: '2019-12-31' })],
        }),
      );
      expect(dated.body).toMatchObject({
        code: 'DATE_OUT_OF_RANGE',
        details: { limit: { earliest: '2020-01-01' } },
      });
    } finally {
      await t.close();
    }
  });
});
