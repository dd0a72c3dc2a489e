import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutboxDispatcher } from '../src/notifications/outbox-dispatcher.service';
import { createClient } from './factories/master-data';
import { shipmentBody } from './factories/shipments';
import { book, act, shipmentAt } from './utils/flow';
import { startSmtp, TestSmtp } from './utils/smtp';
import { createTestApp, TestApp } from './utils/test-app';
import { bearer } from './utils/http';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the e-mail outbox with a real SMTP server', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let op: string;
  let dispatcher: OutboxDispatcher;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      OUTBOX_RETRY_BASE_MS: '100',
      OUTBOX_MAX_ATTEMPTS: '3',
      MAIL_FROM: 'ops@forwarder.test',
    });
    op = await t.tokenFor('operator');
    dispatcher = t.app.get(OutboxDispatcher);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop().catch(() => undefined);
  });

  const emails = async (shipmentId: string) =>
    (await t.http().get('/api/v1/emails').query({ shipmentId }).auth(op, bearer).expect(200)).body.items as {
      id: string;
      messageId: string;
      to: string[];
      subject: string;
      status: string;
      attempts: number;
      attachments: string[];
      sentAt: string | null;
    }[];

  it('queues the booking confirmation with the confirming action, and delivers it intact after commit', async () => {
    const client = await createClient(t, {
      name: 'Shenzhen Oak Furniture Co., Ltd.',
      nameLocal: '深圳橡木家具有限公司',
      emails: ['ops@oak.example', 'boss@oak.example'],
      language: 'zh',
    });
    const created = await book(t, op, shipmentBody({ clientId: client.id })).expect(201);
    expect(await emails(created.body.id)).toEqual([]);
    await act(t, op, created.body.id, 'confirm-booking').expect(200);

    const [queued] = await emails(created.body.id);
    expect(queued).toMatchObject({
      to: ['ops@oak.example', 'boss@oak.example'],
      status: 'pending',
      attempts: 0,
      attachments: [`booking-confirmation-${created.body.reference}.pdf`],
      sentAt: null,
    });
    expect(queued!.subject).toContain('订舱确认');

    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const mail = smtp.messages.find((m) => m.messageId === queued!.messageId);
    expect(mail).toBeDefined();
    expect(mail!.to).toMatchObject({
      value: [{ address: 'ops@oak.example' }, { address: 'boss@oak.example' }],
    });
    expect(mail!.from?.value[0]?.address).toBe('ops@forwarder.test');
    expect(mail!.subject).toBe(queued!.subject);
    expect(mail!.text).toContain('深圳橡木家具有限公司');
    expect(mail!.text).toContain(created.body.reference);
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]).toMatchObject({
      contentType: 'application/pdf',
      filename: `booking-confirmation-${created.body.reference}.pdf`,
    });
    expect(mail!.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await emails(created.body.id))[0]).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: expect.any(String),
    });
  });

  it('writes no e-mail when the action is refused', async () => {
    const s = await shipmentAt(t, 'booking_confirmed');
    const before = (await emails(s.id)).length;
    await act(t, op, s.id, 'confirm-booking').expect(409);
    expect((await emails(s.id)).length).toBe(before);
  });

  it('loses nothing while the server is down, delivers everything once it is back, and sends nothing twice', async () => {
    await dispatcher.dispatchDue();
    const client = await createClient(t, { emails: ['down@client.example'], language: 'en' });
    await smtp.stop();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await book(t, op, shipmentBody({ clientId: client.id })).expect(201);
      await act(t, op, s.body.id, 'confirm-booking').expect(200);
      ids.push(s.body.id);
    }
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retried: 3, failed: 0 });
    for (const id of ids) expect((await emails(id))[0]).toMatchObject({ status: 'pending', attempts: 1 });

    await smtp.start();
    await sleep(150); // the first retry waits OUTBOX_RETRY_BASE_MS
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 3, retried: 0, failed: 0 });
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    const messageIds = await Promise.all(ids.map(async (id) => (await emails(id))[0]!.messageId));
    for (const messageId of messageIds)
      expect(smtp.messages.filter((m) => m.messageId === messageId)).toHaveLength(1);
    for (const id of ids) expect((await emails(id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('marks an e-mail failed after the last attempt, with the error', async () => {
    await dispatcher.dispatchDue();
    const client = await createClient(t, { emails: ['never@client.example'] });
    const s = await book(t, op, shipmentBody({ clientId: client.id })).expect(201);
    await act(t, op, s.body.id, 'confirm-booking').expect(200);
    await smtp.stop();
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        await dispatcher.dispatchDue();
        await sleep(100 * 2 ** attempt + 50);
      }
    } finally {
      await smtp.start();
    }
    const [email] = await emails(s.body.id);
    expect(email).toMatchObject({ status: 'failed', attempts: 3 });
    const [{ last_error }] = await t.dataSource.query('SELECT last_error FROM emails WHERE id = $1', [
      email!.id,
    ]);
    expect(last_error).toMatch(/ECONNREFUSED|connect/);
  });

  it('sends again, under the same Message-ID, an e-mail whose sender died mid-send', async () => {
    await dispatcher.dispatchDue();
    const client = await createClient(t, { emails: ['crash@client.example'] });
    const s = await book(t, op, shipmentBody({ clientId: client.id })).expect(201);
    await act(t, op, s.body.id, 'confirm-booking').expect(200);
    // A sender claimed it and died: the row is `sending` with a lease that has run out.
    await t.dataSource.query(
      `UPDATE emails SET status = 'sending', attempts = 1, lease_until = now() - interval '1 second' WHERE shipment_id = $1`,
      [s.body.id],
    );
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [email] = await emails(s.body.id);
    expect(email).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.messages.filter((m) => m.messageId === email!.messageId)).toHaveLength(1);
  });

  it('does not take an e-mail another sender holds a live lease on', async () => {
    await dispatcher.dispatchDue();
    const client = await createClient(t, { emails: ['leased@client.example'] });
    const s = await book(t, op, shipmentBody({ clientId: client.id })).expect(201);
    await act(t, op, s.body.id, 'confirm-booking').expect(200);
    await t.dataSource.query(
      `UPDATE emails SET status = 'sending', lease_until = now() + interval '5 minutes' WHERE shipment_id = $1`,
      [s.body.id],
    );
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });
});

describe('the e-mail outbox without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('writes each message as an .eml file under DATA_DIR/outbox', async () => {
    const s = await shipmentAt(t, 'booking_confirmed');
    expect(await t.app.get(OutboxDispatcher).dispatchDue()).toMatchObject({ sent: 1 });
    const [{ message_id }] = await t.dataSource.query(
      'SELECT message_id FROM emails WHERE shipment_id = $1',
      [s.id],
    );
    const dir = join(t.config.dataDir, 'outbox');
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(dir, files[0]!), 'utf8');
    expect(eml).toContain(`Message-ID: ${message_id}`);
    expect(eml).toContain('Content-Type: application/pdf');
  });
});
