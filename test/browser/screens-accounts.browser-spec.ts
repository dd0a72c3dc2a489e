import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  createDraft,
  fixedFxTerm,
  fxRate,
  getShipment,
  issue,
  money,
  pay,
  payableBody,
  receivableBody,
  setFxTerms,
  shiftDays,
  today,
} from '../factories/billing';
import { createClient } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { createStaffUser, launchBrowser, signIn, startService, type ConsoleService } from './harness';

// The accounts screens as pictures, in both languages: the debit-note list, the draft editor with a
// two-currency note, an issued note with its PDF, the payments list and "Record a receipt".
// `SCREENSHOTS=1 npx jest -c jest.browser.config.js test/browser/screens-accounts.browser-spec.ts` writes them
// to test/browser/artifacts/screens/. Not a test of anything: skipped unless asked for.

const OUT = join(__dirname, 'artifacts', 'screens');
const run = process.env.SCREENSHOTS ? describe : describe.skip;

run('screenshots of the accounts screens', () => {
  let service: ConsoleService;
  let browser: Browser;
  let accounts: { email: string };
  let draftId: string;
  let issuedId: string;
  let shipmentId: string;

  beforeAll(async () => {
    [service, browser] = await Promise.all([startService(), launchBrowser()]);
    accounts = await createStaffUser(service, { name: '陈会计', role: 'accounts' });
    ({ draftId, issuedId, shipmentId } = await seed(service));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  async function shoot(page: Page, name: string, language: string): Promise<void> {
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(OUT, `${name}-${language}.png`), fullPage: true });
  }

  for (const language of ['zh', 'en'] as const) {
    it(`accounts screens (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(page, accounts.email);

      await page.goto(`${service.url}/debit-notes`);
      await page.getByTestId('note-link').first().waitFor();
      await shoot(page, 'debit-notes', language);

      await page.goto(`${service.url}/debit-notes/${draftId}`);
      await page.getByTestId('preview-total').waitFor();
      await shoot(page, 'debit-note-draft', language);

      await page.goto(`${service.url}/debit-notes/${issuedId}`);
      await page.getByTestId('issued-note').waitFor();
      await page.waitForTimeout(1500);
      await shoot(page, 'debit-note-issued', language);

      await page.goto(`${service.url}/shipments/${shipmentId}`);
      const billing = page.getByTestId('shipment-billing');
      await billing.getByTestId('shipment-profit').waitFor();
      await page.waitForTimeout(600);
      await billing.screenshot({ path: join(OUT, `shipment-billing-${language}.png`) });

      await page.goto(`${service.url}/payments`);
      await page.getByTestId('payments-table').getByText('HSBC-77120045').waitFor();
      await shoot(page, 'payments', language);

      await page.getByTestId('record-receipt').click();
      const drawer = page.getByRole('dialog');
      await drawer.locator('#receipt-client').click();
      await page.keyboard.type('OAK-SZ');
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'OAK-SZ' })
        .first()
        .click();
      await drawer.getByTestId('receipt-amount').fill('10000.00');
      await drawer.getByTestId('receipt-reference').fill('BOC-20261128-0101');
      await drawer.locator('[data-testid^="allocate-DN-"]').first().fill('4000.00');
      await shoot(page, 'record-receipt', language);
      await context.close();
    });
  }
});

/** Two clients with notes at each status, one overdue, an agreed rate, payments; a two-currency draft. */
async function seed(
  service: ConsoleService,
): Promise<{ draftId: string; issuedId: string; shipmentId: string }> {
  const { t } = service;
  const oak = await createClient(t, {
    code: 'OAK-SZ',
    name: 'Shenzhen Oak Furniture Co., Ltd.',
    nameLocal: '深圳橡木家具有限公司',
  });
  const leaf = await createClient(t, {
    code: 'LEAF-GZ',
    name: 'Green Leaf Garments',
    nameLocal: '广州绿叶服装有限公司',
  });
  await setFxTerms(t, oak.id, [fixedFxTerm()]);
  const day = today(t);
  const two = (clientId: string, extra = {}) =>
    receivableBody(clientId, {
      lines: [
        { description: 'Ocean freight CNYTN-USLAX 2×40HC', amount: money('1850.00', 'USD'), quantity: '2' },
        { description: 'Terminal handling (THC)', amount: money('850.00', 'CNY'), quantity: '2' },
        { description: 'Documentation fee', amount: money('450.00', 'CNY') },
      ],
      fxRates: [fxRate('7.1000', { date: day, source: 'Contract 2026-031' })],
      ...extra,
    });
  const s1 = await shipmentAt(t, 'bl_checked', { clientId: oak.id });
  const s2 = await shipmentAt(t, 'bl_checked', { clientId: oak.id });
  const s3 = await shipmentAt(t, 'booking', { clientId: leaf.id });
  const s4 = await shipmentAt(t, 'booking', { clientId: leaf.id });
  const issued = await issue(t, (await createDraft(t, s1.id, two(oak.id))).id);
  const overdue = await issue(
    t,
    (await createDraft(t, s2.id, two(oak.id, { dueDate: shiftDays(day, -12) }))).id,
  );
  const usd = await issue(
    t,
    (
      await createDraft(
        t,
        s3.id,
        receivableBody(leaf.id, {
          currency: 'USD',
          lines: [{ description: 'Ocean freight CNSHK-GBFXT', amount: money('2400.00', 'USD') }],
          fxRates: [fxRate('7.1000', { date: day })],
        }),
      )
    ).id,
  );
  const small = await issue(t, (await createDraft(t, s4.id, receivableBody(leaf.id))).id);
  await pay(t, [{ note: overdue, amount: '5000.00' }], { reference: 'BOC-20261120-0031' });
  await pay(t, [usd], { reference: 'HSBC-77120045' });
  await pay(t, [small], { reference: 'BOC-20261125-0008' });
  const draft = await createDraft(t, s2.id, two(oak.id));
  // The carrier's bill on the second shipment, so its profit has both sides.
  const { carrierId } = await getShipment(t, s2.id);
  await issue(
    t,
    (
      await createDraft(
        t,
        s2.id,
        payableBody(carrierId!, {
          lines: [{ description: 'Ocean freight (carrier)', amount: money('3400.00', 'USD') }],
          fxRates: [fxRate('7.1000', { date: day })],
        }),
      )
    ).id,
  );
  return { draftId: draft.id, issuedId: issued.id, shipmentId: s2.id };
}
