import type { Browser, Locator, Page } from 'playwright-core';
import { todayIn } from '../../src/common/time';
import { createClient } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { bearer } from '../utils/http';
import {
  browserTest,
  createStaffUser,
  expectAccessible,
  launchBrowser,
  signIn,
  startService,
  type ConsoleService,
} from './harness';
import { dialog, statusShown } from './shipment-helpers';

// Accounts' day in the browser: a two-currency debit note drafted on a bl_checked shipment with the
// service's own total shown before issue, issued, paid in part then in full (an over-allocation refused with
// the service's reason on the way), and the B/L released from the shipment page.

let service: ConsoleService;
let browser: Browser;
let accounts: { email: string };
let client: { id: string; code: string };
let shipment: { id: string; reference: string };

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  accounts = await createStaffUser(service, { name: '陈会计', role: 'accounts' });
  client = await createClient(service.t, {
    code: 'OAK-SZ',
    name: 'Shenzhen Oak Furniture Co., Ltd.',
    nameLocal: '深圳橡木家具有限公司',
  });
  const ref = await shipmentAt(service.t, 'bl_checked', { clientId: client.id });
  const res = await service.t
    .http()
    .get(`/api/v1/shipments/${ref.id}`)
    .auth(service.adminToken, bearer)
    .expect(200);
  shipment = { id: ref.id, reference: res.body.reference as string };
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** Picks an option in an Ant Design select: opens it, types to filter, takes the first match. */
async function choose(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  await page.keyboard.type(text);
  // A client picker asks the service as the typing pauses: the option is there once it has answered.
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

browserTest(
  'accounts drafts a two-currency note, issues it, records a partial then a full payment, releases the B/L',
  () => browser,
  async ({ page }) => {
    await page.goto(`${service.url}/sign-in?lang=en`);
    await signIn(page, accounts.email);

    // The shipment page: no notes yet; a new one starts from the agreed freight (USD 1,850.00).
    await page.goto(`${service.url}/shipments/${shipment.id}`);
    const billing = page.getByTestId('shipment-billing');
    await billing.getByText('No debit notes on this shipment yet.').waitFor();
    await expectAccessible(page, 'shipment page with billing');
    await billing.getByTestId('new-debit-note').click();
    await expect(dialog(page).getByTestId('new-note-amount').inputValue()).resolves.toBe('1850.00');
    await expectAccessible(page, 'new debit note form');
    await dialog(page).getByTestId('new-note-create').click();
    await page.waitForURL(/\/debit-notes\/[0-9a-f-]{36}$/);
    const editor = page.getByTestId('draft-editor');
    await editor.waitFor();
    await page.getByTestId('preview-total').filter({ hasText: '1,850.00 USD' }).waitFor();

    // Billed in yuan: the USD line now needs a rate, and the preview says so in the service's words.
    await choose(page, page.getByLabel('Note currency'), 'CNY');
    await page
      .getByTestId('note-preview')
      .getByText(/USD→CNY/)
      .first()
      .waitFor();
    await page.getByTestId('add-line').click();
    const thc = page.getByTestId('note-line').nth(1);
    await thc.getByTestId('line-description').fill('Terminal handling (THC)');
    await thc.getByTestId('line-amount').fill('850');
    await page.getByTestId('add-rate').click();
    const rate = page.getByTestId('note-rate').first();
    await choose(page, rate.getByTestId('rate-from'), 'USD');
    await rate.getByTestId('rate-value').fill('7.1000');
    await rate.getByTestId('rate-source').fill('Bank of China 10:00 selling rate');
    const rateDate = rate.locator('.ant-picker input');
    await rateDate.click();
    await rateDate.fill(todayIn(service.t.config.timezone));
    await rateDate.press('Enter');
    // 1,850.00 × 7.1000 + 850.00, as the service prices it.
    await page.getByTestId('preview-total').filter({ hasText: '13,985.00 CNY' }).waitFor();
    await expectAccessible(page, 'draft editor');

    await page.getByTestId('note-issue').click();
    await page.getByTestId('issue-confirm').click();
    const issued = page.getByTestId('issued-note');
    await issued.waitFor();
    await issued.getByRole('heading', { level: 1, name: /Debit note DN-\d{4}-\d{6}/ }).waitFor();
    await issued.getByTestId('note-total').filter({ hasText: '13,985.00 CNY' }).waitFor();
    await issued.getByText('An issued note cannot be changed.').waitFor();
    await page.getByTestId('pdf-frame').waitFor();
    await expect(page.getByTestId('note-save').count()).resolves.toBe(0);
    await expectAccessible(page, 'issued note');
    const number = (await issued.getByRole('heading', { level: 1 }).innerText()).replace('Debit note ', '');

    // Payments: a receipt of 5,000.00 first over-allocated (refused, the service's reason shown), then right.
    await page.goto(`${service.url}/payments`);
    await page.getByText('No payments recorded.').waitFor();
    await expectAccessible(page, 'payments list, empty');
    await page.getByTestId('record-receipt').click();
    const drawer = page.getByRole('dialog');
    await choose(page, drawer.getByLabel('Client'), 'OAK-SZ');
    await drawer.getByTestId('receipt-amount').fill('5000.00');
    await drawer.getByTestId('receipt-reference').fill('BOC-20261126-0042');
    const allocate = drawer.getByTestId(`allocate-${number}`);
    await allocate.fill('6000.00');
    await drawer
      .getByTestId('receipt-remaining')
      .filter({ hasText: 'Allocations exceed the receipt of 5,000.00 CNY' })
      .waitFor();
    await expectAccessible(page, 'record a receipt');
    await drawer.getByTestId('receipt-submit').click();
    await drawer
      .getByTestId('note-problem')
      .getByText('allocations total 6000.00, more than the payment 5000.00', { exact: true })
      .waitFor();
    await allocate.fill('5000.00');
    await drawer.getByTestId('receipt-remaining').filter({ hasText: 'Left to allocate: 0.00 CNY' }).waitFor();
    await drawer.getByTestId('receipt-submit').click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByTestId('payments-table').getByText('BOC-20261126-0042').waitFor();

    // The rest: "All" fills the note's balance, 8,985.00.
    await page.getByTestId('record-receipt').click();
    await choose(page, drawer.getByLabel('Client'), 'OAK-SZ');
    await drawer.getByTestId('receipt-amount').fill('8985.00');
    await drawer.getByTestId('receipt-reference').fill('BOC-20261127-0007');
    await drawer.getByRole('button', { name: `All ${number}` }).click();
    await expect(allocate.inputValue()).resolves.toBe('8985.00');
    await drawer.getByTestId('receipt-remaining').filter({ hasText: 'Left to allocate: 0.00 CNY' }).waitFor();
    await drawer.getByTestId('receipt-submit').click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByTestId('payments-table').getByText('BOC-20261127-0007').waitFor();
    await expectAccessible(page, 'payments list');

    // Paid in full: the shipment is paid, and accounts releases the B/L from its page.
    await page.goto(`${service.url}/shipments/${shipment.id}`);
    await statusShown(page, 'Paid');
    await billing.getByTestId('note-status').filter({ hasText: 'Paid' }).waitFor();
    await billing.getByTestId('billing-balance').filter({ hasText: '0.00 CNY' }).waitFor();
    await page.getByTestId('shipment-profit').waitFor();
    await page.getByTestId('action-release-bl').first().click();
    await expectAccessible(page, 'release form');
    await dialog(page).getByTestId('action-submit').click();
    await dialog(page).waitFor({ state: 'detached' });
    await statusShown(page, 'Released');
  },
  180_000,
);
