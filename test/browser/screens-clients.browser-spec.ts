import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fxRate, issueReceivable, money, shiftDays, today } from '../factories/billing';
import { createCarrier, createClient, creditClientBody } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { bearer } from '../utils/http';
import {
  createStaffUser,
  launchBrowser,
  PASSWORD,
  signIn,
  startService,
  type ConsoleService,
} from './harness';

// The sales screens, receivables and the client portal as pictures, in both languages:
// `SCREENSHOTS=1 npm run test:browser -- test/browser/screens-clients.browser-spec.ts` writes
// test/browser/artifacts/screens/{clients-list,client-page,receivables,portal-home,portal-shipment}-<zh|en>.png.
// Not a test of anything: skipped unless asked for.

const OUT = join(__dirname, 'artifacts', 'screens');
const run = process.env.SCREENSHOTS ? describe : describe.skip;

run('screenshots of the sales screens and the portal', () => {
  let service: ConsoleService;
  let browser: Browser;
  let manager: { email: string };
  let clientUser: string;
  let bright: { id: string };
  let portalShipment: string;

  beforeAll(async () => {
    [service, browser] = await Promise.all([startService(), launchBrowser()]);
    ({ manager, clientUser, bright, portalShipment } = await seed(service));
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  const shoot = async (page: Page, name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, name), fullPage: true });
  };

  for (const language of ['zh', 'en'] as const) {
    it(`clients, a client, receivables (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(page, manager.email);
      await page.goto(`${service.url}/clients?lang=${language}`);
      await page.getByTestId('client-row-BRIGHT-SZ').waitFor();
      await shoot(page, `clients-list-${language}.png`);
      await page.goto(`${service.url}/clients/${bright.id}?lang=${language}`);
      await page.getByTestId('open-notes').locator('tbody tr.ant-table-row').first().waitFor();
      await page.getByTestId('client-shipments').locator('tbody tr.ant-table-row').first().waitFor();
      await shoot(page, `client-page-${language}.png`);
      await page.getByTestId('client-edit').click();
      await page.getByTestId('client-form').waitFor();
      await shoot(page, `client-form-${language}.png`);
      await page.goto(`${service.url}/receivables?lang=${language}`);
      await page.getByTestId('aging-row-BRIGHT-SZ').waitFor();
      await page.getByTestId('aging-row-BRIGHT-SZ').getByRole('button').first().click();
      await page.getByTestId('aging-drill').locator('tbody tr.ant-table-row').first().waitFor();
      await shoot(page, `receivables-${language}.png`);
      await context.close();
    });

    it(`the portal (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(page, clientUser);
      await page.goto(`${service.url}/?lang=${language}`);
      await page.getByTestId('portal-shipments').locator('tbody tr.ant-table-row').first().waitFor();
      await page.getByTestId('portal-balance').locator('.ant-statistic').first().waitFor();
      await shoot(page, `portal-home-${language}.png`);
      await page.goto(`${service.url}/shipments/${portalShipment}?lang=${language}`);
      await page.getByTestId('portal-bl').waitFor();
      await page.getByTestId('history').waitFor();
      await shoot(page, `portal-shipment-${language}.png`);
      await context.close();
    });
  }
});

/** A manager's team: a salesperson owning four clients, with shipments, bills of several ages, a client user. */
async function seed(service: ConsoleService) {
  const { t } = service;
  const manager = await createStaffUser(service, { name: '陈经理', role: 'manager' });
  const salesEmail = `sales.${Date.now()}@quayside.test`;
  const sales = await t
    .http()
    .post('/api/v1/users')
    .auth(service.adminToken, bearer)
    .send({ email: salesEmail, name: '林业务', password: PASSWORD, role: 'sales', teamLeadId: manager.id })
    .expect(201);
  const owner = { salesUserId: sales.body.id as string };
  const bright = await createClient(
    t,
    creditClientBody({
      code: 'BRIGHT-SZ',
      name: 'Bright Furniture Co.',
      nameLocal: '深圳明亮家具有限公司',
      grade: 'a',
      emails: ['shipping@bright-furniture.example', 'accounts@bright-furniture.example'],
      ...owner,
    }),
  );
  const haitian = await createClient(t, {
    code: 'HAITIAN-NB',
    name: 'Haitian Appliances Ltd.',
    nameLocal: '宁波海天电器有限公司',
    language: 'en',
    ...owner,
  });
  const leaf = await createClient(
    t,
    creditClientBody({
      code: 'LEAF-GZ',
      name: 'Green Leaf Garments',
      nameLocal: '广州绿叶服装有限公司',
      paymentTerms: 'collect',
      creditLimit: { amount: '80000.00', currency: 'CNY' },
      creditDays: 15,
      grade: 'c',
      ...owner,
    }),
  );
  await createClient(t, {
    code: 'YIWU-TRADE',
    name: 'Yiwu Small Goods Trading',
    nameLocal: '义乌小商品贸易公司',
    ...owner,
  });
  const carrier = await createCarrier(t, { code: 'COSU', name: 'COSCO Shipping' });

  const base = today(t);
  /** A bill issued `daysAgo` days ago, due `dueIn` days after: moved back as the aging tests do. */
  const bill = async (
    shipmentId: string,
    daysAgo: number,
    dueIn: number,
    amount: string,
    currency = 'CNY',
  ) => {
    const note = await issueReceivable(t, shipmentId, {
      lines: [{ description: 'Ocean freight', amount: money(amount, currency) }],
      ...(currency === 'USD' ? { currency, fxRates: [fxRate('7.1234', { date: base })] } : {}),
    });
    const issueDate = shiftDays(base, -daysAgo);
    await t.dataSource.query('UPDATE debit_notes SET issue_date = $2, due_date = $3 WHERE id = $1', [
      note.id,
      issueDate,
      shiftDays(issueDate, dueIn),
    ]);
  };

  const portal = await shipmentAt(t, 'si_submitted', {
    clientId: bright.id,
    carrierId: carrier.id,
    containers: [{ type: '40HC', quantity: 2 }],
  });
  await bill(portal.id, 2, 30, '2350.00', 'USD');
  const old = await shipmentAt(t, 'bl_checked', { clientId: bright.id, carrierId: carrier.id });
  await bill(old.id, 130, 30, '18600.00');
  await bill(old.id, 45, 30, '4200.50');
  await shipmentAt(t, 'so_released', {
    clientId: bright.id,
    carrierId: carrier.id,
    pol: 'CNSHK',
    pod: 'DEHAM',
  });
  await shipmentAt(t, 'booking', { clientId: bright.id, pol: 'CNYTN', pod: 'AUSYD' });
  const h = await shipmentAt(t, 'customs_released', { clientId: haitian.id, carrierId: carrier.id });
  await bill(h.id, 20, 15, '9800.00');
  const l = await shipmentAt(t, 'gated_in', { clientId: leaf.id, carrierId: carrier.id });
  await bill(l.id, 3, 15, '1250000.00');

  const clientEmail = `desk.${Date.now()}@bright-furniture.example`;
  await t
    .http()
    .post('/api/v1/users')
    .auth(service.adminToken, bearer)
    .send({
      email: clientEmail,
      name: '明亮家具 单证部',
      password: PASSWORD,
      role: 'client',
      clientId: bright.id,
    })
    .expect(201);
  return { manager, clientUser: clientEmail, bright, portalShipment: portal.id };
}
