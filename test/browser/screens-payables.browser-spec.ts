import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createDraft, fxRate, issue, money, payableBody, shiftDays, today } from '../factories/billing';
import { createCarrier } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { bearer } from '../utils/http';
import { createStaffUser, launchBrowser, signIn, startService, type ConsoleService } from './harness';

// The carrier-bill screens as pictures, in both languages: "Record a carrier bill" on a shipment, a recorded
// bill, the payables page (aging and payments to carriers) and "Pay a carrier".
// `SCREENSHOTS=1 npx jest -c jest.browser.config.js test/browser/screens-payables.browser-spec.ts` writes them
// to test/browser/artifacts/screens/. Not a test of anything: skipped unless asked for.

const OUT = join(__dirname, 'artifacts', 'screens');
const run = process.env.SCREENSHOTS ? describe : describe.skip;

run('screenshots of the payables screens', () => {
  let service: ConsoleService;
  let browser: Browser;
  let accounts: { email: string };
  let seeded: { shipmentId: string; billId: string };

  beforeAll(async () => {
    [service, browser] = await Promise.all([startService(), launchBrowser()]);
    accounts = await createStaffUser(service, { name: '陈会计', role: 'accounts' });
    seeded = await seed(service);
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
    it(`payables screens (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(page, accounts.email);

      await page.goto(`${service.url}/shipments/${seeded.shipmentId}`);
      await page.getByTestId('shipment-billing').getByTestId('record-carrier-bill').click();
      const form = page.getByRole('dialog');
      await form.getByTestId('carrier-bill-number').fill('COSU-INV-88120');
      await form.getByTestId('carrier-bill-amount').fill('1250.00');
      await shoot(page, 'record-carrier-bill', language);
      await page.keyboard.press('Escape');

      await page.goto(`${service.url}/debit-notes/${seeded.billId}`);
      await page.getByTestId('issued-note').waitFor();
      await shoot(page, 'carrier-bill-recorded', language);

      await page.goto(`${service.url}/payables`);
      await page.getByTestId('carrier-payments-table').getByText('BOC-OUT-20261120-0011').waitFor();
      await shoot(page, 'payables', language);

      await page.getByTestId('pay-carrier').click();
      const drawer = page.getByRole('dialog');
      await drawer.locator('#carrier-pay-carrier').click();
      await page.keyboard.type('COSU');
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'COSU' })
        .first()
        .click();
      await drawer.getByTestId('carrier-pay-amount').fill('5000.00');
      await drawer.getByTestId('carrier-pay-reference').fill('BOC-OUT-20261128-0020');
      await drawer.locator('[data-testid^="pay-bill-"]').first().fill('3000.00');
      await shoot(page, 'pay-carrier', language);
      await context.close();
    });
  }
});

/** Two carriers with bills recorded: one overdue, one in USD, one paid in part. */
async function seed(service: ConsoleService): Promise<{ shipmentId: string; billId: string }> {
  const { t } = service;
  const cosco = await createCarrier(t, { code: 'COSU', name: 'COSCO Shipping Lines' });
  const msc = await createCarrier(t, { code: 'MSCU', name: 'Mediterranean Shipping Co.' });
  const day = today(t);
  const s1 = await shipmentAt(t, 'booking', { carrierId: cosco.id });
  const s2 = await shipmentAt(t, 'booking', { carrierId: msc.id });
  const bill = (carrierId: string, carrierNumber: string, dueDate: string, extra = {}) =>
    payableBody(carrierId, {
      carrierNumber,
      dueDate,
      lines: [
        { description: 'Ocean freight 2×40HC', amount: money('4200.00') },
        { description: 'Terminal handling (THC)', amount: money('850.00'), quantity: '2' },
      ],
      ...extra,
    });
  const first = await issue(
    t,
    (await createDraft(t, s1.id, bill(cosco.id, 'COSU-INV-88101', shiftDays(day, 20)))).id,
  );
  await issue(t, (await createDraft(t, s1.id, bill(cosco.id, 'COSU-INV-88077', shiftDays(day, -40)))).id);
  await issue(
    t,
    (
      await createDraft(
        t,
        s2.id,
        bill(msc.id, 'MSC-SZX-55310', shiftDays(day, -5), {
          currency: 'USD',
          lines: [{ description: 'Ocean freight 1×40HC', amount: money('1650.00', 'USD') }],
          fxRates: [fxRate('7.1000', { date: day })],
        }),
      )
    ).id,
  );
  await t
    .http()
    .post('/api/v1/carrier-payments')
    .auth(await t.tokenFor('accounts'), bearer)
    .send({
      carrierId: cosco.id,
      amount: money('2000.00'),
      paidAt: new Date().toISOString(),
      reference: 'BOC-OUT-20261120-0011',
      allocations: [{ debitNoteId: first.id, amount: money('2000.00') }],
    })
    .expect(201);
  return { shipmentId: s1.id, billId: first.id };
}
