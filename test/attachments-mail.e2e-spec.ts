import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutboxDispatcher } from '../src/notifications/outbox-dispatcher.service';
import { createClient } from './factories/master-data';
import { shipmentAt, type ShipmentRef } from './utils/flow';
import { bearer } from './utils/http';
import { startSmtp, type TestSmtp } from './utils/smtp';
import { createTestApp, type TestApp } from './utils/test-app';

const FIXTURES = join(__dirname, 'fixtures', 'papers');
const PDF = readFileSync(join(FIXTURES, 'packing-list.pdf'));
const PNG = readFileSync(join(FIXTURES, 'stuffing-photo.png'));
const XLSX = readFileSync(join(FIXTURES, 'commercial-invoice.xlsx'));
/** The limit this app runs with: one upload, and one e-mail's papers in all. */
const MAX_BYTES = 1024 * 1024;

/** A PDF of about `bytes`, padded with a comment the format ignores; `tag` makes its hash its own. */
function paddedPdf(bytes: number, tag: string): Buffer {
  return Buffer.concat([PDF, Buffer.from(`\n%${tag}${'x'.repeat(bytes - PDF.length - tag.length - 2)}`)]);
}

interface Uploaded {
  id: string;
  filename: string;
  contentType: string;
  version: number;
}

/**
 * Papers by e-mail (issue 18; docs/papers.md "Sending papers"): staff send client-visible papers of a shipment to
 * the client; the e-mail carries the files as stored, each with the type its content is; a papers_sent event
 * says which (the client sees the files, the staff also the note and the addresses). A paper not on the
 * shipment, removed or staff-only is refused, naming it, and nothing is written.
 */
describe('papers sent to the client by e-mail', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let op: string;
  let client: { id: string };
  let clientUser: { token: string };
  let shipment: ShipmentRef;
  let other: ShipmentRef;

  const upload = async (
    shipmentId: string,
    file: { content: Buffer; filename: string },
    kind: string,
    clientVisible: boolean,
  ): Promise<Uploaded> => {
    const res = await t
      .http()
      .post(`/api/v1/shipments/${shipmentId}/attachments`)
      .auth(op, bearer)
      .field('kind', kind)
      .field('clientVisible', String(clientVisible))
      .attach('file', file.content, { filename: file.filename, contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    return res.body as Uploaded;
  };
  const send = (shipmentId: string, body: Record<string, unknown>, token = op) =>
    t.http().post(`/api/v1/shipments/${shipmentId}/attachments/send`).auth(token, bearer).send(body);
  const counts = async () => {
    const [row] = await t.dataSource.query<{ emails: number; events: number; audits: number }[]>(
      `SELECT (SELECT count(*)::int FROM emails WHERE template = 'papers_sent') AS emails,
              (SELECT count(*)::int FROM shipment_events WHERE type = 'papers_sent') AS events,
              (SELECT count(*)::int FROM audit_records WHERE action = 'papers_sent') AS audits`,
    );
    return row!;
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'ops@forwarder.test',
      ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
    });
    op = await t.tokenFor('operator');
    client = await createClient(t, { emails: ['docs@pine-lighting.example'], language: 'en' });
    clientUser = await t.createUser({ role: 'client', clientId: client.id });
    shipment = await shipmentAt(t, 'so_released', { clientId: client.id });
    other = await shipmentAt(t, 'so_released', { clientId: client.id });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop().catch(() => undefined);
  });

  it('e-mails the files to the client byte for byte, each with its own type; the event says which', async () => {
    const packing = await upload(
      shipment.id,
      { content: PDF, filename: '装箱单 PL-2026.pdf' },
      'packing_list',
      true,
    );
    const photo = await upload(shipment.id, { content: PNG, filename: 'stuffing.png' }, 'photo', true);
    const invoice = await upload(
      shipment.id,
      { content: XLSX, filename: 'invoice.xlsx' },
      'commercial_invoice',
      true,
    );
    const res = await send(shipment.id, {
      attachmentIds: [packing.id, photo.id, invoice.id],
      note: 'The packing list as customs accepted it.',
    });
    expect(res.status).toBe(201);
    expect(res.body.to).toEqual(['docs@pine-lighting.example']);
    expect(res.body.files.map((f: { attachmentId: string }) => f.attachmentId)).toEqual([
      packing.id,
      photo.id,
      invoice.id,
    ]);
    expect(res.body.totalBytes).toBe(PDF.length + PNG.length + XLSX.length);

    const [email] = await t.dataSource.query<{ message_id: string; body: string; subject: string }[]>(
      `SELECT message_id, body, subject FROM emails WHERE shipment_id = $1 AND template = 'papers_sent'`,
      [shipment.id],
    );
    expect(email!.subject).toBe(`Papers of shipment ${shipment.reference} (3)`);
    expect(email!.body).toContain('- Packing list: 装箱单 PL-2026.pdf');
    expect(email!.body).toContain('The packing list as customs accepted it.');
    await t.app.get(OutboxDispatcher).dispatchDue();
    const mail = smtp.messages.find((m) => m.messageId === email!.message_id);
    expect(mail).toBeDefined();
    expect(mail!.to).toMatchObject({ value: [{ address: 'docs@pine-lighting.example' }] });
    const files = mail!.attachments.map((a) => ({
      filename: a.filename,
      type: a.contentType,
      content: a.content,
    }));
    expect(files).toEqual([
      { filename: '装箱单 PL-2026.pdf', type: 'application/pdf', content: PDF },
      { filename: 'stuffing.png', type: 'image/png', content: PNG },
      {
        filename: 'invoice.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: XLSX,
      },
    ]);

    // The history: staff see the note and the addresses; the client which files only.
    type Event = { type: string; data: Record<string, unknown>; actor: { name: string | null } };
    const events = async (token: string) =>
      (
        (await t.http().get(`/api/v1/shipments/${shipment.id}/events`).auth(token, bearer)).body
          .items as Event[]
      ).filter((e) => e.type === 'papers_sent');
    const [staff] = await events(op);
    expect(staff!.data).toEqual({
      files: [
        { attachmentId: packing.id, kind: 'packing_list', filename: '装箱单 PL-2026.pdf' },
        { attachmentId: photo.id, kind: 'photo', filename: 'stuffing.png' },
        { attachmentId: invoice.id, kind: 'commercial_invoice', filename: 'invoice.xlsx' },
      ],
      note: 'The packing list as customs accepted it.',
      to: ['docs@pine-lighting.example'],
    });
    const [seen] = await events(clientUser.token);
    expect(seen!.data).toEqual({ files: staff!.data.files });
  });

  it('refuses papers staff-only, removed or of another shipment, naming them, and writes nothing', async () => {
    const visible = await upload(
      shipment.id,
      { content: paddedPdf(4000, 'v'), filename: 'so.pdf' },
      'so',
      true,
    );
    const staffOnly = await upload(
      shipment.id,
      { content: paddedPdf(4000, 's'), filename: 'cost.pdf' },
      'other',
      false,
    );
    const removed = await upload(
      shipment.id,
      { content: paddedPdf(4000, 'r'), filename: 'old.pdf' },
      'so',
      true,
    );
    await t
      .http()
      .post(`/api/v1/attachments/${removed.id}/remove`)
      .auth(op, bearer)
      .send({ reason: 'superseded' })
      .expect(200);
    const foreign = await upload(
      other.id,
      { content: paddedPdf(4000, 'f'), filename: 'other.pdf' },
      'so',
      true,
    );
    const before = await counts();
    const sentBefore = smtp.messages.length;

    for (const [bad, problem] of [
      [staffOnly.id, 'not visible to the client'],
      [removed.id, 'removed'],
      [foreign.id, 'not an attachment of this shipment'],
      ['00000000-0000-4000-8000-000000000000', 'not an attachment of this shipment'],
    ] as const) {
      const res = await send(shipment.id, { attachmentIds: [visible.id, bad] });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.attachmentIds).toEqual([bad]);
      expect(res.body.details.fields).toEqual([{ field: 'attachmentIds', message: `${bad}: ${problem}` }]);
    }
    // The list's own shape: none, more than ten, not ids.
    for (const attachmentIds of [[], Array.from({ length: 11 }, () => visible.id), ['not-an-id']]) {
      const res = await send(shipment.id, { attachmentIds });
      expect(res.status).toBe(400);
      expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'attachmentIds' })]);
    }
    expect(await counts()).toEqual(before);
    await t.app.get(OutboxDispatcher).dispatchDue();
    expect(smtp.messages.length).toBe(sentBefore);
  });

  it('caps one e-mail at the upload limit in all (422 EMAIL_TOO_LARGE), writing nothing', async () => {
    const big1 = await upload(
      shipment.id,
      { content: paddedPdf(600 * 1024, 'one'), filename: 'big-1.pdf' },
      'other',
      true,
    );
    const big2 = await upload(
      shipment.id,
      { content: paddedPdf(600 * 1024, 'two'), filename: 'big-2.pdf' },
      'other',
      true,
    );
    const before = await counts();
    const res = await send(shipment.id, { attachmentIds: [big1.id, big2.id] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('EMAIL_TOO_LARGE');
    expect(res.body.details).toMatchObject({ maxBytes: MAX_BYTES, totalBytes: 2 * 600 * 1024 });
    expect(await counts()).toEqual(before);
    // One of them alone goes.
    expect((await send(shipment.id, { attachmentIds: [big1.id] })).status).toBe(201);
  });

  it('is for staff who work shipments: a client user and accounts are refused, other scopes see 404', async () => {
    const paper = await upload(shipment.id, { content: paddedPdf(3000, 'c'), filename: 'c.pdf' }, 'so', true);
    expect((await send(shipment.id, { attachmentIds: [paper.id] }, clientUser.token)).status).toBe(403);
    expect(
      (await send(shipment.id, { attachmentIds: [paper.id] }, await t.tokenFor('accounts'))).status,
    ).toBe(403);
    const stranger = await t.createUser({ role: 'sales' });
    expect((await send(shipment.id, { attachmentIds: [paper.id] }, stranger.token)).status).toBe(404);
  });
});
