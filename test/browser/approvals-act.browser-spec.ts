import type { Browser, Page } from 'playwright-core';
import { createClient } from '../factories/master-data';
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
import { dialog } from './shipment-helpers';

// Approvals that act (issue 16): a salesperson asks for credit terms for their client from the client page;
// their manager approves in the inbox, seeing the terms asked; the client page shows the new terms. Set up
// through the API; the browser only for what the people do.

let service: ConsoleService;
let browser: Browser;
let manager: { id: string; email: string };
let sales: { id: string; email: string };
let clientId: string;

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  manager = await createStaffUser(service, { name: '王经理', role: 'manager' });
  const email = `sales.${Date.now()}@quayside.test`;
  const res = await t
    .http()
    .post('/api/v1/users')
    .auth(service.adminToken, bearer)
    .send({ email, name: 'Li Sales', password: PASSWORD, role: 'sales', teamLeadId: manager.id });
  expect(res.status).toBe(201);
  sales = { id: res.body.id as string, email };
  clientId = (
    await createClient(t, {
      code: 'PINE-SZ',
      name: 'Shenzhen Pine Lighting Co., Ltd.',
      paymentTerms: 'prepaid',
      salesUserId: sales.id,
    })
  ).id;
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function signInAt(page: Page, email: string, path: string, language: 'zh' | 'en'): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${service.url}/sign-in?lang=${language}`);
  await signIn(page, email);
  await page.goto(`${service.url}${path}?lang=${language}`);
}

browserTest(
  'sales asks for credit terms; the manager approves them in the inbox; the client page shows them',
  () => browser,
  async ({ page }) => {
    await signInAt(page, sales.email, `/clients/${clientId}`, 'en');
    const credit = page.getByTestId('client-credit');
    await credit.getByTestId('credit-terms').getByText('Prepaid').waitFor();
    // The page as read: its tables loaded (a loading table is dimmed), empty for a new client.
    await page.getByText('No shipments yet').waitFor();
    await page.getByText('No open debit notes').waitFor();
    await page.locator('.ant-spin-blur').first().waitFor({ state: 'detached' });
    await expectAccessible(page, 'client page (sales)');
    await credit.getByTestId('credit-request').click();
    const form = dialog(page);
    await form.getByLabel('Monthly').check();
    await form.getByLabel('Credit limit').fill('200000.00');
    await form.getByLabel('Credit days').fill('30');
    await form.getByLabel('Reason').fill('Monthly settlement agreed with their buyer');
    // The dialog itself: under its mask, the page's empty tables are not what the user reads now.
    await expectAccessible(page, 'credit terms request', '.ant-modal');
    await form.getByTestId('credit-request-send').click();
    await form.waitFor({ state: 'detached' });
    await credit.getByTestId('credit-request-pending').getByText('200,000.00 CNY').waitFor();

    await signInAt(page, manager.email, '/approvals', 'zh');
    const pending = page.getByTestId('approvals-pending');
    await pending.getByText('Shenzhen Pine Lighting Co., Ltd.').waitFor();
    await pending.getByTestId('approval-terms').getByText('月结 · 200,000.00 CNY · 30 天').waitFor();
    await expectAccessible(page, 'approvals inbox with credit terms');
    await pending.getByTestId('approve').click();
    await dialog(page).getByTestId('approval-terms').waitFor();
    await dialog(page).getByTestId('decide-ok').click();
    await dialog(page).waitFor({ state: 'detached' });
    await pending.getByText('没有待审批的事项').waitFor();

    await page.goto(`${service.url}/clients/${clientId}?lang=zh`);
    const terms = page.getByTestId('client-credit');
    await terms.getByTestId('credit-terms').getByText('月结').waitFor();
    await terms.getByTestId('credit-limit').getByText('200,000.00 CNY').waitFor();
    await terms.getByTestId('credit-days').getByText('30 天').waitFor();
  },
);
