import type { Browser, Page } from 'playwright-core';
import { issueReceivable, money } from '../factories/billing';
import { createCarrier, createClient } from '../factories/master-data';
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
import { dialog, statusShown } from './shipment-helpers';

// A monthly client over its credit limit (docs/domain.md step 13): accounts opens the shipment and sees why
// the B/L cannot go, asks a manager for a release before payment; the manager sees the count in the header,
// approves it from the inbox (with the client's credit position beside it); accounts releases the B/L with
// that approval. Set up through the API; the browser only for what the people do.

let service: ConsoleService;
let browser: Browser;
let accounts: { id: string; email: string };
let manager: { id: string; email: string };
let shipment: { id: string; reference: string };

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  accounts = await createStaffUser(service, { name: 'Chen Accounts', role: 'accounts' });
  manager = await createStaffUser(service, { name: '王经理', role: 'manager' });
  // The client's salesperson is in the manager's team: the manager sees (and decides on) the client's work.
  const sales = await t
    .http()
    .post('/api/v1/users')
    .auth(service.adminToken, bearer)
    .send({
      email: `sales.${Date.now()}@quayside.test`,
      name: 'Li Sales',
      password: PASSWORD,
      role: 'sales',
      teamLeadId: manager.id,
    });
  expect(sales.status).toBe(201);
  const client = await createClient(t, {
    code: 'OAK-SZ',
    name: 'Shenzhen Oak Furniture Co., Ltd.',
    paymentTerms: 'monthly',
    creditLimit: money('10000.00'),
    creditDays: 30,
    salesUserId: sales.body.id as string,
  });
  const carrier = await createCarrier(t, { code: 'COSU', name: 'COSCO Shipping' });
  const s = await shipmentAt(t, 'bl_checked', { clientId: client.id, carrierId: carrier.id });
  // An issued note of CNY 12,000.00 on a limit of 10,000.00: debit_noted, over the limit.
  await issueReceivable(t, s.id, { lines: [{ description: 'Ocean freight', amount: money('12000.00') }] });
  shipment = s;
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
  'accounts sees why the release waits and asks; a manager approves from the inbox; accounts releases',
  () => browser,
  async ({ page }) => {
    // Accounts: the release panel says why (not paid, over the credit limit) and offers a request.
    await signInAt(page, accounts.email, `/shipments/${shipment.id}`, 'en');
    const panel = page.getByTestId('release-panel');
    await panel.locator('[data-testid="release-state"][data-releasable="false"]').waitFor();
    const blockers = panel.getByTestId('release-blockers');
    await blockers.getByText('1 debit note(s) of this shipment are unpaid.').waitFor();
    await blockers
      .getByText('Open receivables 12,000.00 CNY exceed the credit limit 10,000.00 CNY.')
      .waitFor();
    await panel.getByTestId('credit-over-limit').waitFor();
    // One release button on the page, the panel's, disabled while the release waits.
    await expect(page.getByTestId('action-release-bl').count()).resolves.toBe(1);
    await expect(panel.getByTestId('action-release-bl').isDisabled()).resolves.toBe(true);
    await expectAccessible(page, 'release panel, blocked');

    await panel.getByTestId('request-release-approval').click();
    await dialog(page).getByLabel('Reason').fill('Long-standing client; payment promised for Friday');
    await expectAccessible(page, 'request approval form');
    await dialog(page).getByTestId('request-approval-ok').click();
    await dialog(page).waitFor({ state: 'detached' });
    await panel.locator('[data-code="approval_pending"]').waitFor();
    await panel.getByTestId('release-approval').getByText('Pending').waitFor();

    // The manager: the count in the header, the inbox with the context, approve with a note.
    await signInAt(page, manager.email, '/', 'zh');
    await page.getByTestId('pending-approvals-count').getByText('1').waitFor();
    await page.getByTestId('nav-approvals').click();
    await page.getByRole('heading', { level: 1, name: '审批' }).waitFor();
    const pending = page.getByTestId('approvals-pending');
    await pending.getByRole('link', { name: shipment.reference }).waitFor();
    await pending.getByText('Shenzhen Oak Furniture Co., Ltd.').waitFor();
    await pending.getByText('Long-standing client; payment promised for Friday').waitFor();
    await pending.getByTestId('credit-over-limit').waitFor();
    await pending.getByText('12,000.00 CNY').first().waitFor();
    await expectAccessible(page, 'approvals inbox');
    await pending.getByTestId('approve').click();
    await dialog(page).getByLabel('审批意见（可选）').fill('老客户，同意');
    await dialog(page).getByTestId('decide-ok').click();
    await dialog(page).waitFor({ state: 'detached' });
    await pending.getByText('没有待审批的事项').waitFor();
    await page.getByTestId('pending-approvals-count').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '已处理' }).click();
    await page.waitForURL(/tab=decided/);
    const decided = page.getByTestId('approvals-decided');
    await decided.getByText('老客户，同意').waitFor();
    await decided.getByText('已批准').waitFor();
    await expectAccessible(page, 'approvals history');

    // Accounts again: the approval lets the B/L go; released with it.
    await signInAt(page, accounts.email, `/shipments/${shipment.id}`, 'en');
    await panel.locator('[data-releasable="true"]').waitFor();
    await panel.getByText('Release before payment approved: the B/L can be released.').waitFor();
    await expectAccessible(page, 'release panel, approved');
    await panel.getByTestId('action-release-bl').click();
    await dialog(page).getByTestId('action-submit').click();
    await dialog(page).waitFor({ state: 'detached' });
    await statusShown(page, 'Released');
    // Released: nothing left to release, so the panel is gone.
    await panel.waitFor({ state: 'detached' });
  },
);
