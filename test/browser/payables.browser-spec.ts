import type { Browser, Locator, Page } from 'playwright-core';
import { shiftDays, today } from '../factories/billing';
import { createCarrier } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import {
  browserTest,
  createStaffUser,
  expectAccessible,
  launchBrowser,
  signIn,
  startService,
  type ConsoleService,
} from './harness';
import { dialog } from './shipment-helpers';

// Carrier bills in the browser: accounts records the carrier's bill on a shipment (its invoice number and due
// date, no PDF of ours), pays it in part (an over-allocation refused with the service's reason first), and
// sees what is still owed in the payables aging.

let service: ConsoleService;
let browser: Browser;
let accounts: { email: string };
let carrier: { id: string; code: string };
let shipmentId: string;

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  accounts = await createStaffUser(service, { name: '陈会计', role: 'accounts' });
  carrier = await createCarrier(service.t, { code: 'MSKB', name: 'Maersk Line (bills)' });
  shipmentId = (await shipmentAt(service.t, 'booking', { carrierId: carrier.id })).id;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** Picks an option in an Ant Design select: opens it, types to filter, takes the first match. */
async function choose(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

browserTest(
  "accounts records a carrier's bill, pays it in part and sees the payables aging",
  () => browser,
  async ({ page }) => {
    await page.goto(`${service.url}/sign-in?lang=en`);
    await signIn(page, accounts.email);

    // The bill on the shipment: the shipment's carrier by default, its invoice number and due date.
    await page.goto(`${service.url}/shipments/${shipmentId}`);
    await page.getByTestId('shipment-billing').getByTestId('record-carrier-bill').click();
    const form = dialog(page);
    await form.getByText('MSKB · Maersk Line (bills)').waitFor();
    await form.getByTestId('carrier-bill-number').fill('MSKU-INV-118');
    const due = form.locator('#carrier-bill-due');
    await due.click();
    await due.fill(shiftDays(today(service.t), 30));
    await due.press('Enter');
    await form.getByTestId('carrier-bill-amount').fill('3400.00');
    await expectAccessible(page, 'record a carrier bill');
    await form.getByTestId('carrier-bill-create').click();
    await page.waitForURL(/\/debit-notes\/[0-9a-f-]{36}$/);
    await page.getByTestId('preview-total').filter({ hasText: '3,400.00 CNY' }).waitFor();
    await page.getByTestId('note-issue').filter({ hasText: 'Record the bill' }).click();
    await page.getByTestId('issue-confirm').click();
    const recorded = page.getByTestId('issued-note');
    await recorded.getByTestId('note-status').filter({ hasText: 'Recorded' }).waitFor();
    await recorded.getByTestId('no-pdf').waitFor();
    await expect(page.getByTestId('pdf-frame').count()).resolves.toBe(0);
    await expectAccessible(page, 'recorded carrier bill');

    // What is owed, then a payment of 1,000.00: over-allocated first (refused, the reason shown), then right.
    await page.goto(`${service.url}/payables`);
    const row = page.getByTestId('payables-row-MSKB');
    await row.getByTestId('payables-total').filter({ hasText: '3,400.00' }).waitFor();
    await page.getByTestId('carrier-payments-table').getByText('No payments to carriers recorded.').waitFor();
    await expectAccessible(page, 'payables');
    await page.getByTestId('pay-carrier').click();
    const drawer = page.getByRole('dialog');
    await choose(page, drawer.getByLabel('Carrier'), 'MSKB');
    await drawer.getByTestId('carrier-pay-amount').fill('1000.00');
    await drawer.getByTestId('carrier-pay-reference').fill('BOC-OUT-20261127-0003');
    const allocate = drawer.getByTestId('pay-bill-MSKU-INV-118');
    await allocate.fill('1500.00');
    await drawer
      .getByTestId('carrier-pay-remaining')
      .filter({ hasText: 'Allocations exceed the payment of 1,000.00 CNY' })
      .waitFor();
    await expectAccessible(page, 'pay a carrier');
    await drawer.getByTestId('carrier-pay-submit').click();
    await drawer
      .getByTestId('note-problem')
      .getByText('allocations total 1500.00, more than the payment 1000.00', { exact: true })
      .waitFor();
    await allocate.fill('1000.00');
    await drawer
      .getByTestId('carrier-pay-remaining')
      .filter({ hasText: 'Left to allocate: 0.00 CNY' })
      .waitFor();
    await drawer.getByTestId('carrier-pay-submit').click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByTestId('carrier-payments-table').getByText('BOC-OUT-20261127-0003').waitFor();
    await row.getByTestId('payables-total').filter({ hasText: '2,400.00' }).waitFor();
  },
  90_000,
);
