import type { Browser, Page } from 'playwright-core';
import { issueReceivable } from '../factories/billing';
import { createClient, creditClientBody } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { bearer } from '../utils/http';
import {
  browserTest,
  createStaffUser,
  expectAccessible,
  launchBrowser,
  PASSWORD,
  signIn,
  startService,
  type ConsoleService,
} from './harness';

// The sales screens in a real browser: a salesperson's own clients, a client's page with its credit terms
// read-only to them (they edit its contacts); the salesperson's manager sets those terms; receivables.

let service: ConsoleService;
let browser: Browser;
let manager: { id: string; email: string };
let sales: { id: string; email: string };
let pearl: { id: string; code: string };

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  manager = await createStaffUser(service, { name: '陈经理', role: 'manager' });
  const email = `sales.${Date.now()}@quayside.test`;
  const res = await t
    .http()
    .post('/api/v1/users')
    .auth(service.adminToken, bearer)
    .send({ email, name: '林业务', password: PASSWORD, role: 'sales', teamLeadId: manager.id })
    .expect(201);
  sales = { id: res.body.id as string, email };
  // A monthly client with credit a manager granted, owned by the salesperson, owing one bill.
  pearl = await createClient(
    t,
    creditClientBody({ code: 'PEARL-GZ', name: 'Pearl River Foods', salesUserId: sales.id }),
  );
  await issueReceivable(t, (await shipmentAt(t, 'booking_confirmed', { clientId: pearl.id })).id, {
    lines: [{ description: 'Ocean freight', amount: { amount: '12500.00', currency: 'CNY' } }],
  });
  // Someone else's client: not on this salesperson's list.
  await createClient(t, { code: 'ELSE-SZ' });
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function signedIn(page: Page, email: string, path: string): Promise<void> {
  await page.goto(`${service.url}/sign-in`);
  await signIn(page, email);
  await page.goto(`${service.url}${path}`);
}

const clientOf = async (id: string) =>
  (await service.t.http().get(`/api/v1/clients/${id}`).auth(service.adminToken, bearer).expect(200)).body as {
    address: string | null;
    creditDays: number | null;
    version: number;
  };

describe('clients', () => {
  browserTest(
    'a salesperson opens their client, sees its credit terms read-only, and edits its contacts',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await signedIn(page, sales.email, '/clients?lang=zh');
      const table = page.getByTestId('clients-table');
      await table.getByTestId('client-row-PEARL-GZ').waitFor();
      expect(await table.locator('[data-testid^="client-row-"]').count()).toBe(1);
      await expectAccessible(page, 'clients list');

      await table.getByRole('link', { name: 'PEARL-GZ' }).click();
      await page.getByTestId('client-page').waitFor();
      await page.getByTestId('credit-readonly').waitFor();
      await page.getByTestId('credit-terms').getByText('月结').waitFor();
      await page.getByTestId('credit-limit').getByText('350,000.00 CNY').waitFor();
      await page.getByTestId('client-receivables').getByText('12,500.00 CNY').first().waitFor();
      await expectAccessible(page, 'client page (sales)');

      await page.getByTestId('client-edit').click();
      const form = page.getByRole('dialog');
      await form.getByTestId('credit-readonly-note').waitFor();
      expect(await form.locator('#client-credit-amount').isDisabled()).toBe(true);
      expect(await form.getByLabel('信用天数').isDisabled()).toBe(true);
      await expectAccessible(page, 'client form (sales)');
      await form.getByLabel('地址').fill('No. 1 Zhujiang Road, Guangzhou');
      await form.getByTestId('client-save').click();
      await form.waitFor({ state: 'detached' });
      await page.getByText('No. 1 Zhujiang Road, Guangzhou').waitFor();
      expect(await clientOf(pearl.id)).toMatchObject({
        address: 'No. 1 Zhujiang Road, Guangzhou',
        creditDays: 30,
        version: 2,
      });
    },
    90_000,
  );

  browserTest(
    'their manager sets the credit terms; receivables show the client',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await signedIn(page, manager.email, `/clients/${pearl.id}?lang=en`);
      await page.getByTestId('client-page').waitFor();
      expect(await page.getByTestId('credit-readonly').count()).toBe(0);
      await page.getByTestId('client-edit').click();
      const form = page.getByRole('dialog');
      await form.getByLabel('Credit days').fill('45');
      await form.getByTestId('client-save').click();
      await form.waitFor({ state: 'detached' });
      await page.getByTestId('credit-days').getByText('45 days').waitFor();
      expect((await clientOf(pearl.id)).creditDays).toBe(45);
      await expectAccessible(page, 'client page (manager)');

      await page.goto(`${service.url}/receivables?lang=en`);
      const row = page.getByTestId('aging-row-PEARL-GZ');
      await row.getByTestId('aging-total').getByText('12,500.00').waitFor();
      await expectAccessible(page, 'receivables');
    },
    90_000,
  );
});
