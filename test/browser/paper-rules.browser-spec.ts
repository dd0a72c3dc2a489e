import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
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
import { dialog } from './shipment-helpers';

// Papers, part 2 (issue 18): a manager makes "packing list before declare-customs" blocking for one carrier on
// the paper rules page and sees it listed; an operator reads the rules but cannot edit them; the operator
// ticks client-visible papers on the shipment page and sends them to the client. With SCREENSHOTS=1 it also
// writes the paper rules page and the papers card in both languages to test/browser/artifacts/screens/.

const OUT = join(__dirname, 'artifacts', 'screens');
const PDF = readFileSync(join(__dirname, '..', 'fixtures', 'papers', 'packing-list.pdf'));
const PNG = readFileSync(join(__dirname, '..', 'fixtures', 'papers', 'stuffing-photo.png'));

let service: ConsoleService;
let browser: Browser;
let manager: { email: string };
let operator: { email: string };
let shipmentId: string;

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  manager = await createStaffUser(service, { name: '王经理', role: 'manager' });
  operator = await createStaffUser(service, { name: '陈操作', role: 'operator' });
  const carrier = await createCarrier(t, { code: 'COSU', name: 'COSCO Shipping' });
  const client = await createClient(t, {
    code: 'PINE-SZ',
    name: 'Shenzhen Pine Lighting Co., Ltd.',
    emails: ['docs@pine-lighting.example'],
  });
  shipmentId = (await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id })).id;
  const op = await t.tokenFor('operator');
  for (const [kind, content, filename, clientVisible] of [
    ['packing_list', PDF, 'PL-2026-118.pdf', 'true'],
    ['photo', PNG, 'stuffing.png', 'true'],
    ['other', Buffer.concat([PDF, Buffer.from('\n%cost\n')]), 'cost-sheet.pdf', 'false'],
  ] as const) {
    const res = await t
      .http()
      .post(`/api/v1/shipments/${shipmentId}/attachments`)
      .auth(op, bearer)
      .field('kind', kind)
      .field('clientVisible', clientVisible)
      .attach('file', content, { filename, contentType: 'application/octet-stream' });
    if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
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
const option = (page: Page, text: string | RegExp) =>
  page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });

browserTest(
  'a manager makes the packing list blocking before customs for one carrier; an operator only reads the rules',
  () => browser,
  async ({ page }) => {
    await signInAt(page, manager.email, '/admin/paper-rules', 'en');
    // The defaults the migration seeds are listed.
    await rows(page, 'paper-rules-table').filter({ hasText: 'Declare customs' }).first().waitFor();
    await expectAccessible(page, 'paper rules page');
    await page.getByTestId('paper-rule-create').click();
    const form = dialog(page);
    await form.getByTestId('paper-rule-action').click();
    await option(page, /^Declare customs$/).click();
    await form.getByTestId('paper-rule-kind').click();
    await option(page, /^Packing list$/).click();
    await form.getByTestId('paper-rule-severity').getByText('Required').click();
    await form.getByTestId('paper-rule-carrier').click();
    await option(page, 'COSCO Shipping').click();
    await expectAccessible(page, 'paper rule form', '.ant-modal');
    await form.getByTestId('paper-rule-form-ok').click();
    await form.waitFor({ state: 'detached' });
    const added = rows(page, 'paper-rules-table')
      .filter({ hasText: 'Declare customs' })
      .filter({ hasText: 'Packing list' })
      .filter({ hasText: 'COSU COSCO Shipping' });
    await added.filter({ hasText: 'Required' }).waitFor();
    expect(await added.count()).toBe(1);

    // The same rule again for the same carrier: refused (409), said in the form.
    await page.getByTestId('paper-rule-create').click();
    await form.getByTestId('paper-rule-action').click();
    await option(page, /^Declare customs$/).click();
    await form.getByTestId('paper-rule-kind').click();
    await option(page, /^Packing list$/).click();
    await form.getByTestId('paper-rule-carrier').click();
    await option(page, 'COSCO Shipping').click();
    await form.getByTestId('paper-rule-form-ok').click();
    await form.getByTestId('paper-rule-form-problem').waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });

    // The operator reads the rules, the new one among them, and has nothing to edit them with.
    await signInAt(page, operator.email, '/admin/paper-rules', 'en');
    await added.filter({ hasText: 'Required' }).waitFor();
    expect(await page.getByTestId('paper-rule-create').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Change the rule/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Delete the rule/ }).count()).toBe(0);
  },
  120_000,
);

browserTest(
  'an operator ticks client-visible papers and sends them to the client with a note',
  () => browser,
  async ({ page }) => {
    await signInAt(page, operator.email, `/shipments/${shipmentId}`, 'en');
    const card = page.getByTestId('papers-card');
    const paperRow = (name: string) => card.locator('tr.ant-table-row').filter({ hasText: name });
    await paperRow('PL-2026-118.pdf').waitFor();
    // Staff-only papers cannot be chosen; nothing chosen, nothing to send.
    await expect(paperRow('cost-sheet.pdf').getByRole('checkbox').isDisabled()).resolves.toBe(true);
    await expect(card.getByTestId('papers-send').isDisabled()).resolves.toBe(true);
    await paperRow('PL-2026-118.pdf').getByRole('checkbox').check();
    await paperRow('stuffing.png').getByRole('checkbox').check();
    await card.getByTestId('papers-send').click();
    const send = dialog(page);
    await send.getByText('Packing list: PL-2026-118.pdf').waitFor();
    await send.getByTestId('papers-send-note').fill('The packing list as customs accepted it.');
    await expectAccessible(page, 'send papers dialog', '.ant-modal');
    await send.getByTestId('papers-send-ok').click();
    await send.waitFor({ state: 'detached' });
    await page.getByText('2 paper(s) sent to docs@pine-lighting.example').waitFor();
    await page.getByText('Papers sent to the client').first().waitFor();
    await page.getByText('PL-2026-118.pdf, stuffing.png').waitFor();

    const { t } = service;
    const [email] = await t.dataSource.query<{ to: string[]; attachments: { filename: string }[] }[]>(
      `SELECT "to", attachments FROM emails WHERE shipment_id = $1 AND template = 'papers_sent'`,
      [shipmentId],
    );
    expect(email!.to).toEqual(['docs@pine-lighting.example']);
    expect(email!.attachments.map((a) => a.filename)).toEqual(['PL-2026-118.pdf', 'stuffing.png']);
  },
  120_000,
);

(process.env.SCREENSHOTS ? describe : describe.skip)(
  'screenshots of the paper rules and sending papers',
  () => {
    for (const language of ['zh', 'en'] as const) {
      it(`paper rules, the rule form and the send dialog (${language})`, async () => {
        mkdirSync(OUT, { recursive: true });
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${service.url}/sign-in?lang=${language}`);
        await signIn(page, (await createStaffUser(service, { name: '赵管理', role: 'admin' })).email);
        await page.goto(`${service.url}/admin/paper-rules?lang=${language}`);
        await rows(page, 'paper-rules-table').nth(1).waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(OUT, `paper-rules-${language}.png`), fullPage: true });
        await page.getByTestId('paper-rule-create').click();
        await dialog(page).getByTestId('paper-rule-kind').waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(OUT, `paper-rule-form-${language}.png`) });
        await page.keyboard.press('Escape');
        await page.goto(`${service.url}/shipments/${shipmentId}?lang=${language}`);
        const card = page.getByTestId('papers-card');
        const row = card.locator('tr.ant-table-row').filter({ hasText: 'stuffing.png' });
        await row.waitFor();
        await row.getByRole('checkbox').check();
        await page.waitForTimeout(300);
        await card.screenshot({ path: join(OUT, `papers-send-card-${language}.png`) });
        await card.getByTestId('papers-send').click();
        await dialog(page)
          .getByTestId('papers-send-note')
          .fill(language === 'zh' ? '请查收。' : 'Here you are.');
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(OUT, `papers-send-dialog-${language}.png`) });
        await context.close();
      }, 60_000);
    }
  },
);
