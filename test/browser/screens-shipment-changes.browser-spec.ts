import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
import { shipmentAt, type ShipmentRef } from '../utils/flow';
import { createStaffUser, launchBrowser, signIn, startService, type ConsoleService } from './harness';
import { dialog } from './shipment-helpers';

// Issue 16's forms as pictures, in both languages:
// `SCREENSHOTS=1 npx jest -c jest.browser.config.js test/browser/screens-shipment-changes.browser-spec.ts`
// writes test/browser/artifacts/screens/{shipment-edit,shipment-shut-out,shipment-si-mismatch}-<zh|en>.png.
// Not a test of anything: skipped unless asked for.

const OUT = join(__dirname, 'artifacts', 'screens');
const run = process.env.SCREENSHOTS ? describe : describe.skip;

run('screenshots of the booking edit, the shut-out and the SI mismatch', () => {
  let service: ConsoleService;
  let browser: Browser;
  let operator: { email: string };
  let soReleased: ShipmentRef;
  let released: ShipmentRef;

  beforeAll(async () => {
    [service, browser] = await Promise.all([startService(), launchBrowser()]);
    operator = await createStaffUser(service, { name: 'Wang Fang', role: 'operator' });
    const client = await createClient(service.t, {
      code: 'OAK-SZ',
      name: 'Shenzhen Oak Furniture Co., Ltd.',
      nameLocal: '深圳橡木家具有限公司',
    });
    const carrier = await createCarrier(service.t, { code: 'MSCU', name: 'Mediterranean Shipping Company' });
    const base = { clientId: client.id, carrierId: carrier.id };
    soReleased = await shipmentAt(service.t, 'so_released', base);
    released = await shipmentAt(service.t, 'customs_released', base);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  const shoot = async (page: Page, name: string) => {
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, name), fullPage: true });
  };

  for (const language of ['zh', 'en'] as const) {
    it(`the forms (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 1300 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(page, operator.email);

      await page.goto(`${service.url}/shipments/${soReleased.id}?lang=${language}`);
      await page.getByTestId('edit-booking').click();
      await dialog(page).getByTestId('edit-containers').waitFor();
      await dialog(page).getByTestId('edit-add-row').click();
      await shoot(page, `shipment-edit-${language}.png`);
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });

      await page.goto(`${service.url}/shipments/${released.id}?lang=${language}`);
      await page.getByTestId('action-shut-out').click();
      await dialog(page).waitFor();
      await shoot(page, `shipment-shut-out-${language}.png`);
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });

      await page.getByTestId('action-submit-si').click();
      const si = dialog(page);
      await si.getByTestId('si-stuffed-totals').waitFor();
      await si.locator('input[id$="shipper_name"]').fill('Shenzhen Oak Furniture Co., Ltd.');
      await si.locator('textarea[id$="shipper_address"]').fill('Bao’an, Shenzhen, China');
      await si.locator('input[id$="consignee_name"]').fill('West Coast Home Inc.');
      await si.locator('textarea[id$="consignee_address"]').fill('Long Beach, CA, USA');
      await si.locator('input[id$="packages"]').fill('999');
      await si.locator('input[id$="grossWeightKg"]').fill('8000');
      await si.locator('input[id$="measurementCbm"]').fill('67.8');
      await si.getByTestId('action-submit').click();
      await si.getByTestId('si-mismatch').waitFor();
      await si.getByTestId('si-acknowledge').click();
      await shoot(page, `shipment-si-mismatch-${language}.png`);
      await context.close();
    }, 120_000);
  }
});
