import { JobsService } from '../src/scheduler/jobs.service';
import { OutboxDispatcher } from '../src/notifications/outbox-dispatcher.service';
import { createDraft, issue, receivableBody, shiftDays, shiftMonths, today } from './factories/billing';
import { createClient } from './factories/master-data';
import { actOnContainer, shipmentAt } from './utils/flow';
import { startSmtp, TestSmtp } from './utils/smtp';
import { createTestApp, TestApp } from './utils/test-app';
import { createTestDatabase } from './utils/test-database';
import { bearer } from './utils/http';

const hours = (h: number) => h * 3600_000;

async function shipmentView(t: TestApp, id: string) {
  const token = await t.tokenFor('operator');
  const [shipment, events, emails] = await Promise.all([
    t.http().get(`/api/v1/shipments/${id}`).auth(token, bearer),
    t.http().get(`/api/v1/shipments/${id}/events`).auth(token, bearer),
    t.http().get('/api/v1/emails').query({ shipmentId: id }).auth(token, bearer),
  ]);
  return {
    shipment: shipment.body,
    events: events.body.items as { type: string; data: Record<string, unknown> }[],
    emails: emails.body.items as { subject: string; to: string[]; attachments: string[] }[],
  };
}

describe('scheduled jobs', () => {
  let t: TestApp;
  let jobs: JobsService;
  beforeAll(async () => {
    t = await createTestApp({ CUTOFF_WARNING_HOURS: '24' });
    jobs = t.app.get(JobsService);
  });
  afterAll(() => t.close());

  it('warns once before the CY cut-off while containers are not gated in, to the operator and the salesperson', async () => {
    const sales = await t.createUser({ role: 'sales' });
    const client = await createClient(t, { salesUserId: sales.id });
    const s = await shipmentAt(t, 'so_released', { clientId: client.id });
    const { shipment } = await shipmentView(t, s.id);
    const cy = new Date(shipment.cutoffs.cy);

    const cyAlerts = async () =>
      (await shipmentView(t, s.id)).events.filter((e) => e.type === 'cutoff_alert' && e.data.cutoff === 'cy');
    await jobs.run('cutoffWatch', new Date(cy.getTime() - hours(30))); // not yet inside the window
    expect(await cyAlerts()).toHaveLength(0);
    expect(await jobs.run('cutoffWatch', new Date(cy.getTime() - hours(10)))).toBe(1);
    expect(await jobs.run('cutoffWatch', new Date(cy.getTime() - hours(5)))).toBe(0); // once per cut-off

    const view = await shipmentView(t, s.id);
    const alerts = await cyAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.data).toMatchObject({ cutoff: 'cy', hoursLeft: 10 });
    expect(alerts[0]!.data.missing).toHaveLength(2);
    const mail = view.emails.find((e) => e.subject.includes('截重柜'));
    expect(mail?.to).toEqual(expect.arrayContaining([sales.email]));
    expect(mail?.to).toHaveLength(2);
  });

  it('does not warn of the CY cut-off once every container is gated in', async () => {
    const gated = await shipmentAt(t, 'gated_in');
    const cy = new Date((await shipmentView(t, gated.id)).shipment.cutoffs.cy);
    await jobs.run('cutoffWatch', new Date(cy.getTime() - hours(10)));
    expect((await shipmentView(t, gated.id)).events.filter((e) => e.type === 'cutoff_alert')).toHaveLength(0);
  });

  it('warns before the SI cut-off while no SI is submitted', async () => {
    const s = await shipmentAt(t, 'gated_in');
    const si = new Date((await shipmentView(t, s.id)).shipment.cutoffs.si);
    await jobs.run('cutoffWatch', new Date(si.getTime() - hours(3)));
    const alerts = (await shipmentView(t, s.id)).events.filter((e) => e.type === 'cutoff_alert');
    expect(alerts.map((a) => a.data.cutoff)).toEqual(['si']);
  });

  it('flags a roll risk once the CY cut-off has passed with a container not gated in', async () => {
    const s = await shipmentAt(t, 'picked_up');
    const op = await t.tokenFor('operator');
    await actOnContainer(t, op, s.id, s.containers[0]!.id, 'stuff', {}).expect(200);
    await actOnContainer(t, op, s.id, s.containers[0]!.id, 'gate-in', {}).expect(200);
    const cy = new Date((await shipmentView(t, s.id)).shipment.cutoffs.cy);
    await jobs.run('rollRisk', new Date(cy.getTime() - hours(1)));
    expect(await jobs.run('rollRisk', new Date(cy.getTime() + hours(1)))).toBeGreaterThanOrEqual(1);
    await jobs.run('rollRisk', new Date(cy.getTime() + hours(2)));
    const risks = (await shipmentView(t, s.id)).events.filter((e) => e.type === 'roll_risk');
    expect(risks).toHaveLength(1);
    expect(risks[0]!.data.missing).toEqual([expect.stringContaining('not gated in (picked_up)')]);
  });

  it('flags a roll risk when customs are not released by the cut-off', async () => {
    const s = await shipmentAt(t, 'customs_declared');
    const cy = new Date((await shipmentView(t, s.id)).shipment.cutoffs.cy);
    await jobs.run('rollRisk', new Date(cy.getTime() + hours(1)));
    const risks = (await shipmentView(t, s.id)).events.filter((e) => e.type === 'roll_risk');
    expect(risks.map((r) => r.data.missing)).toEqual([['customs not released']]);
  });

  describe('receivables', () => {
    const noteFor = async (terms: Record<string, unknown>, dueDate: string) => {
      const client = await createClient(t, terms);
      const s = await shipmentAt(t, 'bl_checked', { clientId: client.id });
      const note = await issue(t, (await createDraft(t, s.id, receivableBody(client.id, { dueDate }))).id);
      return { client, shipment: s, note };
    };
    const reminders = async (shipmentId: string) =>
      (await shipmentView(t, shipmentId)).emails.filter(
        (e) => e.subject.includes('逾期') || e.subject.includes('overdue'),
      );

    it('reminds a client of an overdue note: prepaid every 3 days, credit clients weekly, never twice a round', async () => {
      const day = today(t);
      const prepaid = await noteFor({ paymentTerms: 'prepaid' }, shiftDays(day, -1));
      const at = (d: string) => new Date(`${d}T09:00:00+08:00`);
      await jobs.run('receivables', at(day));
      await jobs.run('receivables', at(day));
      expect(await reminders(prepaid.shipment.id)).toHaveLength(1);
      await jobs.run('receivables', at(shiftDays(day, 2))); // 3 days overdue: same round
      expect(await reminders(prepaid.shipment.id)).toHaveLength(1);
      await jobs.run('receivables', at(shiftDays(day, 3))); // 4 days overdue: the next round
      expect(await reminders(prepaid.shipment.id)).toHaveLength(2);
    });

    it('does not remind a client of a note that is not yet due, or paid', async () => {
      const day = today(t);
      const notDue = await noteFor({ paymentTerms: 'prepaid' }, day);
      await jobs.run('receivables', new Date(`${day}T09:00:00+08:00`));
      expect(await reminders(notDue.shipment.id)).toHaveLength(0);
    });

    it("sends monthly clients their statement on the 1st, as of the month's last day, once", async () => {
      const day = today(t);
      const monthly = await noteFor({ emails: ['ap@monthly.example'] }, day);
      const token = await t.tokenFor('manager');
      await t
        .http()
        .patch(`/api/v1/clients/${monthly.client.id}`)
        .auth(token, bearer)
        .send({
          paymentTerms: 'monthly',
          creditLimit: { amount: '100000.00', currency: 'CNY' },
          creditDays: 30,
        })
        .expect(200);
      const first = shiftMonths(`${day.slice(0, 7)}-01`, 1);
      await jobs.run('receivables', new Date(`${first}T09:00:00+08:00`));
      await jobs.run('receivables', new Date(`${first}T10:00:00+08:00`));
      const list = await t
        .http()
        .get('/api/v1/emails')
        .query({ clientId: monthly.client.id })
        .auth(token, bearer);
      const statements = list.body.items.filter((e: { attachments: string[] }) =>
        e.attachments.some((a) => a.startsWith('statement-')),
      );
      expect(statements).toHaveLength(1);
      expect(statements[0].attachments).toEqual([
        `statement-${monthly.client.code}-${shiftDays(first, -1)}.pdf`,
      ]);
      expect(statements[0].to).toEqual(['ap@monthly.example']);
    });
  });

  it('never runs a job twice at once: the second run finds the lock taken', async () => {
    const results = await Promise.all([jobs.run('housekeeping'), jobs.run('housekeeping')]);
    // On PGlite the two transactions run one after the other (one session); on PostgreSQL one skips.
    expect(results.filter((r) => r === null).length).toBeLessThanOrEqual(1);
    expect(results.some((r) => r === 0)).toBe(true);
  });
});

const onServer = process.env.DATABASE_URL ? describe : describe.skip;

// Several instances share one PostgreSQL (PGlite is one process by design): each job and each e-mail once.
onServer('two app instances on one PostgreSQL', () => {
  let smtp: TestSmtp;
  let a: TestApp;
  let b: TestApp;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    smtp = await startSmtp();
    const db = await createTestDatabase();
    dispose = db.dispose;
    a = await createTestApp({ SMTP_URL: smtp.url }, db);
    b = await createTestApp({ SMTP_URL: smtp.url }, db);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await dispose();
    await smtp.stop();
  });

  it('alerts once and sends each e-mail once when both run the jobs and the outbox together', async () => {
    const shipments = [];
    for (let i = 0; i < 4; i++) shipments.push(await shipmentAt(a, 'so_released'));
    const cy = new Date((await shipmentView(a, shipments[0]!.id)).shipment.cutoffs.cy);
    const now = new Date(cy.getTime() - hours(10));
    for (let round = 0; round < 3; round++) {
      await Promise.all([
        a.app.get(JobsService).run('cutoffWatch', now),
        b.app.get(JobsService).run('cutoffWatch', now),
      ]);
    }
    for (const s of shipments) {
      expect((await shipmentView(a, s.id)).events.filter((e) => e.type === 'cutoff_alert')).toHaveLength(1);
    }
    const [x, y] = await Promise.all([
      a.app.get(OutboxDispatcher).dispatchDue(2),
      b.app.get(OutboxDispatcher).dispatchDue(2),
    ]);
    const [{ n }] = await a.dataSource.query(`SELECT count(*)::int AS n FROM emails`);
    expect(x.sent + y.sent).toBe(n);
    const ids = smtp.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(n);
  });
});
