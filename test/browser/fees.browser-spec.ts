import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
import { shipmentBody } from '../factories/shipments';
import { act, book } from '../utils/flow';
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
import { dialog, submit } from './shipment-helpers';
import { releaseSoBody } from '../factories/shipments';

// Fees by carrier and terminal (issue 16): a manager adds a fee rule on the fee rules page; an operator picks a
// box up on the shipment page and sees the charge the rule gave; accounts start the receivable draft from the
// charges and land on it with its lines. Set up through the API; the browser for what the people do.
// With SCREENSHOTS=1 it also writes the fee rules page and the charges card in both languages to
// test/browser/artifacts/screens/.

const OUT = join(__dirname, 'artifacts', 'screens');

let service: ConsoleService;
let browser: Browser;
let manager: { email: string };
let operator: { email: string };
let accounts: { email: string };
let carrierId: string;
let shipmentId: string;

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  manager = await createStaffUser(service, { name: '王经理', role: 'manager' });
  operator = await createStaffUser(service, { name: '陈操作', role: 'operator' });
  accounts = await createStaffUser(service, { name: '林会计', role: 'accounts' });
  const managerToken = await t.tokenFor('manager');
  for (const rule of [
    { kind: 'doc_print', amount: { amount: '30', currency: 'CNY' } },
    { kind: 'inspection', terminal: 'YICT', amount: { amount: '550', currency: 'CNY' } },
  ]) {
    const res = await t.http().post('/api/v1/fee-rules').auth(managerToken, bearer).send(rule);
    if (res.status !== 201) throw new Error(`rule: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const carrier = await createCarrier(t, { code: 'COSU', name: 'COSCO Shipping' });
  carrierId = carrier.id;
  const client = await createClient(t, {
    code: 'PINE-SZ',
    name: 'Shenzhen Pine Lighting Co., Ltd.',
    paymentTerms: 'prepaid',
  });
  const op = await t.tokenFor('operator');
  const booked = await book(
    t,
    op,
    shipmentBody({
      clientId: client.id,
      carrierId,
      containers: [{ type: '40HC', quantity: 1 }],
      agreedRate: { amount: '9800.00', currency: 'CNY' },
    }),
  );
  shipmentId = booked.body.id as string;
  for (const [action, body] of [
    ['confirm-booking', {}],
    ['request-space', {}],
    ['release-so', releaseSoBody()],
  ] as const) {
    const res = await act(t, op, shipmentId, action, body);
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  }
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

const rows = (page: Page, testId: string) => page.getByTestId(testId).locator('tr.ant-table-row');

browserTest(
  'a manager adds a fee rule; the operator picks up and sees the charge; accounts start the receivable draft',
  () => browser,
  async ({ page }) => {
    // The manager: lifting 120 CNY per box at COSCO.
    await signInAt(page, manager.email, '/admin/fee-rules', 'en');
    await rows(page, 'fee-rules-table').nth(1).waitFor();
    await expectAccessible(page, 'fee rules page');
    await page.getByTestId('fee-rule-create').click();
    const form = dialog(page);
    await form.getByTestId('fee-rule-kind').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^Lifting$/ })
      .click();
    await form.getByTestId('fee-rule-carrier').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'COSCO Shipping' }).click();
    await form.getByTestId('fee-rule-amount').fill('120');
    await expectAccessible(page, 'fee rule form', '.ant-modal');
    await form.getByTestId('fee-rule-form-ok').click();
    await form.waitFor({ state: 'detached' });
    await rows(page, 'fee-rules-table')
      .filter({ hasText: 'COSU COSCO Shipping' })
      .filter({ hasText: '120.00 CNY' })
      .waitFor();

    // The operator picks the box up from its row; the charges card shows printing and lifting.
    await signInAt(page, operator.email, `/shipments/${shipmentId}`, 'en');
    await page.getByTestId('container-1-pickup').click();
    const pickup = dialog(page);
    await pickup.getByLabel('Container number').fill('CSNU6184728');
    await pickup.getByLabel('Seal number').fill('SL4471');
    await submit(page);
    const charges = page.getByTestId('charges-card');
    await rows(page, 'charges-table').filter({ hasText: 'Lifting' }).filter({ hasText: '120.00' }).waitFor();
    await rows(page, 'charges-table')
      .filter({ hasText: 'Document printing' })
      .filter({ hasText: '30.00' })
      .waitFor();
    await charges.getByTestId('charges-total').filter({ hasText: '150.00' }).waitFor();
    // The pickup's event in the history names the charges it recorded.
    await page.getByText('Document printing 30.00 CNY, Lifting 120.00 CNY').waitFor();
    // Operators record and correct charges; drafts are accounts' work.
    expect(await charges.getByTestId('charges-start-receivable').count()).toBe(0);
    await expectAccessible(page, 'charges card', '[data-testid="charges-card"]');

    // Accounts start the receivable draft and land on it: the freight and both charges as lines.
    await signInAt(page, accounts.email, `/shipments/${shipmentId}`, 'en');
    await rows(page, 'charges-table').nth(1).waitFor();
    await page.getByTestId('charges-start-receivable').click();
    await page.waitForURL(/\/debit-notes\/[0-9a-f-]{36}/);
    const editor = page.getByTestId('draft-editor');
    await editor.waitFor();
    const lines = editor.getByTestId('note-line');
    await expect(lines.count()).resolves.toBe(3);
    const descriptions = await editor
      .getByTestId('line-description')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(descriptions).toEqual([
      'Ocean freight CNYTN-USLAX 40HC',
      'Document printing 打单费 CSNU6184728',
      'Lifting 吊柜费 CSNU6184728',
    ]);
    const amounts = await editor
      .getByTestId('line-amount')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(amounts).toEqual(['9800.00', '30.00', '120.00']);
  },
  120_000,
);

(process.env.SCREENSHOTS ? describe : describe.skip)('screenshots of the fees screens', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`fee rules and the charges card (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      // An admin: the manager's scope is their team's clients, and this client's salesperson is in no team.
      await signIn(page, (await createStaffUser(service, { name: '赵管理', role: 'admin' })).email);
      await page.goto(`${service.url}/admin/fee-rules?lang=${language}`);
      await rows(page, 'fee-rules-table').nth(1).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `fee-rules-${language}.png`), fullPage: true });
      await page.goto(`${service.url}/shipments/${shipmentId}?lang=${language}`);
      const card = page.getByTestId('charges-card');
      await rows(page, 'charges-table').first().waitFor();
      await page.waitForTimeout(300);
      await card.screenshot({ path: join(OUT, `charges-card-${language}.png`) });
      await page.screenshot({ path: join(OUT, `charges-shipment-${language}.png`), fullPage: true });
      await context.close();
    }, 60_000);
  }
});
