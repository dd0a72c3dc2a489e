import { createHash } from 'node:crypto';
import { OutboxDispatcher } from '../src/notifications/outbox-dispatcher.service';
import { JobsService } from '../src/scheduler/jobs.service';
import { createDraft, issue, receivableBody, today } from './factories/billing';
import { createCarrier, createClient, creditClientBody } from './factories/master-data';
import { releaseSoBody } from './factories/shipments';
import { act, shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { readPdfs } from './utils/pdf';
import { startSmtp, TestSmtp } from './utils/smtp';
import { createTestApp, TestApp } from './utils/test-app';

interface StoredDocument {
  id: string;
  kind: string;
  version: number;
  filename: string;
  size: number;
  sha256: string;
  createdAt: string;
  createdByName: string | null;
  sentTo: string[];
  shipmentId: string | null;
  shipmentReference: string | null;
  debitNoteId: string | null;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Cut-offs at whole hours UTC, so their local time (Asia/Shanghai, UTC+8) is known exactly. */
const at = (days: number, hourUtc: number): { iso: string; local: string } => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hourUtc, 0, 0, 0);
  const local = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return { iso: d.toISOString(), local: `${local.slice(0, 10)} ${local.slice(11, 16)}` };
};

describe('documents kept as sent (docs/documents.md)', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let op: string;
  let admin: string;
  let dispatcher: OutboxDispatcher;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'ops@forwarder.test',
      TIMEZONE: 'Asia/Shanghai',
    });
    op = await t.tokenFor('operator');
    admin = await t.tokenFor('admin');
    dispatcher = t.app.get(OutboxDispatcher);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop().catch(() => undefined);
  });

  const list = async (shipmentId: string, token = op): Promise<StoredDocument[]> =>
    (await t.http().get(`/api/v1/shipments/${shipmentId}/documents`).auth(token, bearer).expect(200)).body
      .items as StoredDocument[];
  const download = async (id: string, token = op): Promise<Buffer> => {
    const res = await t
      .http()
      .get(`/api/v1/documents/${id}/pdf`)
      .auth(token, bearer)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="[\w.-]+\.pdf"/);
    return res.body as Buffer;
  };
  /** The attachments of the e-mails about a shipment, by message, once the outbox has sent them. */
  const mailed = async (subjectPart: string) => {
    await dispatcher.dispatchDue();
    return smtp.messages.filter((m) => m.subject?.includes(subjectPart));
  };

  it('keeps the booking confirmation and the S/O notice as sent, byte for byte after the client and the shipment change', async () => {
    const client = await createClient(t, {
      name: 'Dongguan Long River Household Products Import and Export Trading Co., Ltd.',
      nameLocal: '东莞市长江家居用品进出口贸易有限公司（集团）华南分公司',
      emails: ['docs@longriver.example'],
    });
    const s = await shipmentAt(t, 'so_released', { clientId: client.id });
    const docs = await list(s.id);
    expect(docs.map((d) => [d.kind, d.version])).toEqual([
      ['so_notice', 1],
      ['booking_confirmation', 1],
    ]);
    for (const d of docs) {
      expect(d.sentTo).toEqual(['docs@longriver.example']);
      expect(d.createdByName).toEqual(expect.any(String));
    }
    const before = new Map<string, Buffer>();
    for (const d of docs) {
      const bytes = await download(d.id);
      expect(sha256(bytes)).toBe(d.sha256);
      expect(bytes.length).toBe(d.size);
      before.set(d.id, bytes);
    }

    // The client renamed, the shipment edited: what was sent stays what it was.
    const current = (await t.http().get(`/api/v1/clients/${client.id}`).auth(admin, bearer).expect(200)).body;
    await t
      .http()
      .patch(`/api/v1/clients/${client.id}`)
      .auth(admin, bearer)
      .set('If-Match', `"${current.version}"`)
      .send({ name: 'Renamed Trading Ltd.', nameLocal: '改名贸易有限公司' })
      .expect(200);
    await t
      .http()
      .patch(`/api/v1/shipments/${s.id}`)
      .auth(op, bearer)
      .send({ remarks: 'Fragile: stack max 2' })
      .expect(200);
    for (const d of docs) expect((await download(d.id)).equals(before.get(d.id)!)).toBe(true);
    // Sent only now, after the changes: the e-mails carried the bytes made before them, not a new rendering.
    const [confirmationMail] = await mailed(
      `${(await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer)).body.reference}`,
    );
    expect(confirmationMail).toBeDefined();
    const all = smtp.messages.flatMap((m) => m.attachments);
    for (const d of docs) {
      const attached = all.find((a) => a.filename === d.filename);
      expect(attached).toBeDefined();
      expect(sha256(attached!.content)).toBe(d.sha256);
    }
  });

  it('makes S/O notice v2 on a roll after the S/O, e-mails it, and prints the S/O number, local cut-offs and containers', async () => {
    const client = await createClient(t, { emails: ['trucking@bright.example'], language: 'en' });
    const s = await shipmentAt(t, 'space_requested', { clientId: client.id });
    const cy = at(8, 9);
    const si = at(7, 4);
    const vgm = at(8, 1);
    const so: Record<string, unknown> = {
      ...releaseSoBody(),
      cutoffs: { cy: cy.iso, si: si.iso, vgm: vgm.iso },
    };
    await act(t, op, s.id, 'release-so', so).expect(200);
    const [v1] = await list(s.id).then((d) => d.filter((x) => x.kind === 'so_notice'));
    expect(v1).toMatchObject({ version: 1, sentTo: ['trucking@bright.example'] });
    const v1Bytes = await download(v1!.id);

    const { [v1!.id]: text } = readPdfs({ [v1!.id]: v1Bytes });
    const page = text!.pages.join(' ');
    expect(page).toContain(so.soNumber as string);
    expect(page).toContain(so.carrierBookingReference as string);
    expect(page).toContain(cy.local);
    expect(page).toContain(si.local);
    expect(page).toContain(vgm.local);
    expect(page).toMatch(/40HC|40'HC|45G1/);
    expect(page).toContain('放舱通知');

    const newCy = at(15, 9);
    await act(t, op, s.id, 'roll', {
      vessel: 'MSC ANNA',
      voyage: 'FE550W',
      etd: at(17, 9).iso,
      cutoffs: { cy: newCy.iso, si: at(14, 4).iso },
      reason: 'Vessel full: next sailing',
    }).expect(200);
    const notices = (await list(s.id)).filter((d) => d.kind === 'so_notice');
    expect(notices.map((d) => d.version)).toEqual([2, 1]);
    const v2Bytes = await download(notices[0]!.id);
    const v2Text = readPdfs({ v2: v2Bytes }).v2!.pages.join(' ');
    expect(v2Text).toContain('MSC ANNA');
    expect(v2Text).toContain(newCy.local);
    expect((await download(v1!.id)).equals(v1Bytes)).toBe(true);

    const mails = await mailed(so.soNumber as string);
    expect(mails.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^S\/O notice/),
        expect.stringMatching(/Revised, version 2/),
      ]),
    );
    const revised = mails.find((m) => m.subject?.includes('version 2'))!;
    expect(revised.attachments).toHaveLength(1);
    expect(revised.attachments[0]!.content.equals(v2Bytes)).toBe(true);
  });

  it('makes a new booking confirmation version on a re-send; v1 still downloads the same', async () => {
    const client = await createClient(t);
    const s = await shipmentAt(t, 'booking_confirmed', { clientId: client.id });
    const [v1] = await list(s.id);
    const v1Bytes = await download(v1!.id);
    await t
      .http()
      .patch(`/api/v1/shipments/${s.id}`)
      .auth(op, bearer)
      .send({ commodity: 'Steel shelving' })
      .expect(200);
    const docs = await list(s.id);
    expect(docs.map((d) => [d.kind, d.version])).toEqual([
      ['booking_confirmation', 2],
      ['booking_confirmation', 1],
    ]);
    expect(docs[0]!.filename).toMatch(/-v2\.pdf$/);
    expect(docs[0]!.sha256).not.toBe(docs[1]!.sha256);
    expect((await download(v1!.id)).equals(v1Bytes)).toBe(true);
    const v2Text = readPdfs({ v2: await download(docs[0]!.id) }).v2!.pages.join(' ');
    expect(v2Text).toContain('Steel shelving');
    // Dated the day it was made (today, in the company's time zone).
    expect(v2Text).toContain(today(t));
  });

  it('keeps the issued debit note and the e-mailed statement; the note PDF is the stored bytes', async () => {
    const client = await createClient(t, creditClientBody({ emails: ['ap@monthly.example'] }), admin);
    const carrier = await createCarrier(t);
    const s = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
    const note = await issue(t, (await createDraft(t, s.id, receivableBody(client.id))).id);
    const stored = (await list(s.id)).find((d) => d.kind === 'debit_note');
    expect(stored).toMatchObject({ version: 1, debitNoteId: note.id, filename: `${note.number}.pdf` });
    const bytes = await download(stored!.id);
    const accounts = await t.tokenFor('accounts');
    const live = await t
      .http()
      .get(`/api/v1/debit-notes/${note.id}/pdf`)
      .auth(accounts, bearer)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((live.body as Buffer).equals(bytes)).toBe(true);
    const mail = (await mailed(note.number!)).find((m) => m.attachments.length);
    expect(sha256(mail!.attachments[0]!.content)).toBe(stored!.sha256);

    const asOf = today(t);
    const queued = await t.dataSource.transaction((em) => t.app.get(JobsService).statements(em, asOf));
    expect(queued).toBeGreaterThanOrEqual(1);
    const statements = (
      await t
        .http()
        .get(`/api/v1/clients/${client.id}/documents`)
        .query({ kind: 'statement' })
        .auth(admin, bearer)
        .expect(200)
    ).body.items as StoredDocument[];
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ kind: 'statement', version: 1, shipmentId: null });
    expect(sha256(await download(statements[0]!.id, admin))).toBe(statements[0]!.sha256);
    // Queued once per key: the job run again stores nothing more.
    await t.dataSource.transaction((em) => t.app.get(JobsService).statements(em, asOf));
    const again = (
      await t.http().get(`/api/v1/clients/${client.id}/documents`).auth(admin, bearer).expect(200)
    ).body.items as StoredDocument[];
    expect(again.filter((d) => d.kind === 'statement')).toHaveLength(1);
    expect(again.map((d) => d.kind).sort()).toEqual(
      ['booking_confirmation', 'debit_note', 'so_notice', 'statement'].sort(),
    );
  });

  it('still sends an e-mail queued before documents were stored: its attachment rendered at send time', async () => {
    const client = await createClient(t, { emails: ['legacy@bright.example'] });
    const s = await shipmentAt(t, 'booking', { clientId: client.id });
    const reference = (await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer)).body
      .reference as string;
    const filename = `booking-confirmation-${reference}.pdf`;
    await t.dataSource.query(
      `INSERT INTO emails (message_id, template, language, "to", subject, body, attachments, shipment_id, client_id)
       VALUES ($1, 'booking_confirmed', 'en', ARRAY['legacy@bright.example'], $2, 'legacy', $3::jsonb, $4, $5)`,
      [
        `<legacy-${s.id}@forwarder.test>`,
        `Legacy ${reference}`,
        JSON.stringify([{ kind: 'booking_confirmation', id: s.id, filename }]),
        s.id,
        client.id,
      ],
    );
    const [mail] = await mailed(`Legacy ${reference}`);
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]!.filename).toBe(filename);
    expect(readPdfs({ a: mail!.attachments[0]!.content }).a!.pages.join(' ')).toContain(reference);
  });

  it('shows a client user its own documents only, a salesperson only their clients’', async () => {
    const own = await createClient(t);
    const other = await createClient(t);
    const s = await shipmentAt(t, 'booking_confirmed', { clientId: own.id });
    const [doc] = await list(s.id);
    const ownUser = await t.createUser({ role: 'client', clientId: own.id });
    const otherUser = await t.createUser({ role: 'client', clientId: other.id });
    const outsider = await t.createUser({ role: 'sales' });

    expect((await list(s.id, ownUser.token)).map((d) => d.id)).toEqual([doc!.id]);
    expect((await download(doc!.id, ownUser.token)).length).toBe(doc!.size);
    await t.http().get(`/api/v1/clients/${own.id}/documents`).auth(ownUser.token, bearer).expect(200);

    for (const token of [otherUser.token, outsider.token]) {
      await t.http().get(`/api/v1/documents/${doc!.id}/pdf`).auth(token, bearer).expect(404);
      await t.http().get(`/api/v1/shipments/${s.id}/documents`).auth(token, bearer).expect(404);
      await t.http().get(`/api/v1/clients/${own.id}/documents`).auth(token, bearer).expect(404);
    }
    // The client's salesperson (the default one) sees them.
    const sales = await t.tokenFor('sales');
    expect((await list(s.id, sales)).map((d) => d.id)).toEqual([doc!.id]);
  });
});
