import { OutboxDispatcher } from '../src/notifications/outbox-dispatcher.service';
import {
  createCreditClient,
  createPrepaidClient,
  decideApproval,
  issueReceivable,
  money,
  pay,
  postApproval,
  postReleaseBl,
} from './factories/billing';
import { createClient } from './factories/master-data';
import { shipmentBody } from './factories/shipments';
import { act, book, shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { startSmtp, TestSmtp } from './utils/smtp';
import { createTestApp, TestApp } from './utils/test-app';

interface QueuedEmail {
  template: string;
  language: string;
  to: string[];
  reply_to: string | null;
  subject: string;
  body: string;
  message_id: string;
}

/**
 * What the e-mails say and who they come from (docs/documents.md "E-mails"): the company's name as the
 * sender, answers to the person behind the notice with their name and phone in the signature, amounts with
 * thousands separators, credit clients not told to pay before release, and the notices of release, payment
 * and approvals waiting.
 */
describe('notices: sender, signature and the new notices', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'ops@forwarder.test',
      COMPANY_NAME: 'Harbour Line Logistics Ltd.',
      COMPANY_NAME_LOCAL: '港湾物流有限公司',
    });
    admin = await t.tokenFor('admin');
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop().catch(() => undefined);
  });

  const queued = (where: string, params: unknown[]): Promise<QueuedEmail[]> =>
    t.dataSource.query(
      `SELECT template, language, "to", reply_to, subject, body, message_id FROM emails WHERE ${where} ORDER BY created_at`,
      params,
    );
  const ofShipment = (shipmentId: string, template: string) =>
    queued('shipment_id = $1 AND template = $2', [shipmentId, template]);
  const setPhone = (userId: string, phone: string | null) =>
    t.http().patch(`/api/v1/users/${userId}`).auth(admin, bearer).send({ phone });

  it("keeps a user's phone, refusing what is no phone number (400 with the field, nothing changed)", async () => {
    const op = await t.createUser({ role: 'operator', name: 'Chen Jing' });
    const bad = await setPhone(op.id, 'call me maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toEqual([expect.objectContaining({ field: 'phone' })]);
    expect((await t.http().get(`/api/v1/users/${op.id}`).auth(admin, bearer)).body.phone).toBeNull();
    const good = await setPhone(op.id, '+86 755 8888 1234 ext. 12');
    expect(good.status).toBe(200);
    expect(good.body.phone).toBe('+86 755 8888 1234 ext. 12');
    expect((await setPhone(op.id, null)).body.phone).toBeNull();
  });

  it("comes from the company by name, answers go to the shipment's operator, who signs with name and phone", async () => {
    const op = await t.createUser({ role: 'operator', name: 'Chen Jing' });
    expect((await setPhone(op.id, '138 0013 8000')).status).toBe(200);
    const client = await createClient(t, { emails: ['ops@oak.example'], language: 'zh' });
    const created = await book(
      t,
      op.token,
      shipmentBody({ clientId: client.id, agreedRate: { amount: '12850.00', currency: 'USD' } }),
    ).expect(201);
    await act(t, op.token, created.body.id, 'confirm-booking').expect(200);

    const [email] = await ofShipment(created.body.id, 'booking_confirmed');
    expect(email!.reply_to).toBe(op.email);
    const listed = await t
      .http()
      .get('/api/v1/emails')
      .query({ shipmentId: created.body.id })
      .auth(op.token, bearer);
    expect(listed.body.items[0].replyTo).toBe(op.email);
    expect(email!.body).toContain('约定运价：USD 12,850.00 / 40HC');
    expect(email!.body).toMatch(
      /Chen Jing\n电话：138 0013 8000\n邮箱：\S+\n港湾物流有限公司\nHarbour Line Logistics Ltd\.$/,
    );

    await t.app.get(OutboxDispatcher).dispatchDue();
    const mail = smtp.messages.find((m) => m.messageId === email!.message_id);
    expect(mail!.from?.value[0]).toEqual({ name: '港湾物流有限公司', address: 'ops@forwarder.test' });
    expect(mail!.replyTo?.value[0]?.address).toBe(op.email);
  });

  it("writes to an English reader with the English company name; the booker gone, answers go to the client's salesperson", async () => {
    const client = await createClient(t, { emails: ['buyer@acme.example'], language: 'en' });
    const op = await t.createUser({ role: 'operator', name: 'Wendy Lau' });
    const created = await book(t, op.token, shipmentBody({ clientId: client.id })).expect(201);
    // The booker leaves: no one active behind the shipment but the client's salesperson.
    expect(
      (await t.http().patch(`/api/v1/users/${op.id}`).auth(admin, bearer).send({ active: false })).status,
    ).toBe(200);
    await act(t, await t.tokenFor('operator'), created.body.id, 'confirm-booking').expect(200);
    const [email] = await ofShipment(created.body.id, 'booking_confirmed');
    const sales = await t
      .http()
      .get(`/api/v1/users/${await t.userIdFor('sales')}`)
      .auth(admin, bearer);
    expect(email!.reply_to).toBe(sales.body.email);
    expect(email!.body).toContain('Agreed rate: USD 1,850.00 per 40HC');
    expect(email!.body).toMatch(/\nHarbour Line Logistics Ltd\.$/);
    expect(email!.body).not.toContain('港湾物流');
  });

  it('tells a cash-first client the B/L waits for payment, and a monthly client only the due date', async () => {
    const prepaid = await createPrepaidClient(t, { emails: ['cash@client.example'], language: 'en' });
    const cashShipment = await shipmentAt(t, 'bl_checked', { clientId: prepaid.id });
    await issueReceivable(t, cashShipment.id, {
      lines: [{ description: 'Ocean freight', amount: money('12345.60') }],
    });
    const [cash] = await ofShipment(cashShipment.id, 'debit_note_issued');
    expect(cash!.body).toContain('The B/L is released once payment is received.');
    expect(cash!.body).toContain('CNY 12,345.60');

    const monthly = await createCreditClient(t, { emails: ['monthly@client.example'], language: 'zh' });
    const creditShipment = await shipmentAt(t, 'bl_checked', { clientId: monthly.id });
    await issueReceivable(t, creditShipment.id);
    const [credit] = await ofShipment(creditShipment.id, 'debit_note_issued');
    expect(credit!.body).not.toContain('款项到账后我们将安排放单');
    expect(credit!.body).toContain('请按约定账期于付款期限前付款');
  });

  it('confirms a payment to the client with what it settled and what is left, grouped in thousands', async () => {
    const client = await createPrepaidClient(t, { emails: ['payer@client.example'], language: 'en' });
    const s = await shipmentAt(t, 'bl_checked', { clientId: client.id });
    const note = await issueReceivable(t, s.id, {
      lines: [{ description: 'Ocean freight', amount: money('25000.00') }],
    });
    await pay(t, [{ note, amount: '10000.00' }], { reference: 'BOC-778' });
    const [email] = await queued('client_id = $1 AND template = $2', [client.id, 'payment_received']);
    expect(email!.subject).toBe('Payment received: CNY 10,000.00 (BOC-778)');
    expect(email!.body).toContain(`${note.number}: CNY 10,000.00 applied, CNY 15,000.00 left`);
  });

  it.each([
    ['telex', 'Telex released', 'without the original B/L'],
    ['original', 'Original B/L released', 'please arrange collection'],
  ] as const)('tells the client of a %s release', async (mode, subject, words) => {
    const client = await createPrepaidClient(t, { emails: ['release@client.example'], language: 'en' });
    const s = await shipmentAt(t, 'bl_checked', { clientId: client.id });
    const note = await issueReceivable(t, s.id);
    await pay(t, [note]);
    expect((await postReleaseBl(t, s.id, { mode })).status).toBe(200);
    const [email] = await ofShipment(s.id, 'bl_released');
    expect(email!.to).toEqual(['release@client.example']);
    expect(email!.subject).toContain(`${subject}: ${s.reference}`);
    expect(email!.body).toContain(words);
  });

  it('tells the managers who can decide an approval that it waits, and no one else', async () => {
    const manager = await t.userIdFor('manager');
    const outsider = await t.createUser({ role: 'manager' });
    const s = await shipmentAt(t, 'booking');
    const asked = await postApproval(t, await t.tokenFor('sales'), {
      type: 'release_before_payment',
      shipmentId: s.id,
      reason: 'Long-standing client',
    });
    expect(asked.status).toBe(201);
    const emails = await queued('template = $1 AND shipment_id = $2', ['approval_waiting', s.id]);
    const managerEmail = (await t.http().get(`/api/v1/users/${manager}`).auth(admin, bearer)).body.email;
    expect(emails.flatMap((e) => e.to)).toEqual([managerEmail]);
    expect(emails.flatMap((e) => e.to)).not.toContain(outsider.email);
    expect(emails[0]!.subject).toContain('未付款放单');
    expect(emails[0]!.subject).toContain(s.reference);
    expect(emails[0]!.body).toContain('Long-standing client');
    // Deciding it sends nothing more to the deciders.
    expect((await decideApproval(t, await t.tokenFor('manager'), asked.body.id, 'approve')).status).toBe(200);
    expect(await queued('template = $1 AND shipment_id = $2', ['approval_waiting', s.id])).toHaveLength(1);
  });
});
