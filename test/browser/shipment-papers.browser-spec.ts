import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { bearer } from '../utils/http';
import {
  ARTIFACTS,
  browserTest,
  createStaffUser,
  expectAccessible,
  launchBrowser,
  PASSWORD,
  signIn,
  startService,
  type ConsoleService,
} from './harness';

// Issue 18, the shipment's papers (docs/papers.md): an operator drops a packing list on the shipment page's
// "Papers" card, previews it in the page, and sees the checklist's packing list turn complete; the client sees
// it in the portal. `SCREENSHOTS=1` also writes artifacts/screens/shipment-papers-{staff,preview,portal}-<zh|en>.png.

const PDF = readFileSync(join(__dirname, '..', 'fixtures', 'papers', 'packing-list.pdf'));

let service: ConsoleService;
let browser: Browser;
let operator: { email: string };
let clientUser: string;
let shipmentId: string;

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  const client = await createClient(t, { code: 'OAKHOME', name: 'Shenzhen Oak Home Furnishing Co., Ltd.' });
  const carrier = await createCarrier(t);
  shipmentId = (await shipmentAt(t, 'gated_in', { clientId: client.id, carrierId: carrier.id })).id;
  operator = await createStaffUser(service, { name: '王操作', role: 'operator' });
  clientUser = `oakhome.${Date.now()}@client.example`;
  await t
    .http()
    .post('/api/v1/users')
    .auth(service.adminToken, bearer)
    .send({
      email: clientUser,
      name: 'Oak Home Desk',
      password: PASSWORD,
      role: 'client',
      clientId: client.id,
    })
    .expect(201);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** Chooses the kind and visibility, then drops the file on the dragger (its hidden file input). */
async function uploadPaper(page: Page, kindLabel: RegExp, filename: string, content: Buffer): Promise<void> {
  const card = page.getByTestId('papers-card');
  await card.getByTestId('paper-kind').click();
  await page
    .locator('.ant-select-dropdown .ant-select-item-option')
    .filter({ hasText: kindLabel })
    .first()
    .click();
  await card.getByTestId('paper-client-visible').check();
  await card
    .locator('input[type="file"]')
    .setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: content });
  await card
    .getByTestId('paper-upload-result')
    .filter({ hasText: filename })
    .filter({ hasText: /已上传|uploaded/ })
    .waitFor();
}

describe('the shipment’s papers', () => {
  browserTest(
    'an operator uploads a packing list by drag and drop, previews it, and the checklist item turns complete',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await page.goto(`${service.url}/sign-in?lang=zh`);
      await signIn(page, operator.email);
      await page.goto(`${service.url}/shipments/${shipmentId}?lang=zh`);
      const card = page.getByTestId('papers-card');
      const check = card.getByTestId('paper-check-declare-customs-packing_list');
      await check.waitFor();
      expect(await check.getAttribute('data-status')).toBe('missing');
      // The default rule only warns: the action stays enabled, with the paper listed under it.
      await page.getByTestId('warnings-declare-customs').getByText('缺少单证：装箱单').waitFor();

      await uploadPaper(page, /装箱单/, '装箱单 PL-001.pdf', PDF);
      await card.getByTestId('papers').getByText('装箱单 PL-001.pdf', { exact: true }).waitFor();
      await card
        .locator('[data-testid="paper-check-declare-customs-packing_list"][data-status="uploaded"]')
        .waitFor();
      await page
        .getByTestId('warnings-declare-customs')
        .getByText('缺少单证：装箱单')
        .waitFor({ state: 'detached' });

      // The preview: the stored PDF in a frame of the page, opened with the session cookie.
      await card.getByTestId('paper-preview-open').first().click();
      const frame = page.getByTestId('paper-preview').locator('iframe');
      await frame.waitFor();
      const src = await frame.getAttribute('src');
      expect(src).toMatch(/^\/api\/v1\/attachments\/[0-9a-f-]+\/content$/);
      const res = await page.request.get(`${service.url}${src}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      expect(res.headers()['content-disposition']).toMatch(/^inline; /);
      expect(Buffer.compare(await res.body(), PDF)).toBe(0);
      await page.waitForFunction(
        (path) => [...document.querySelectorAll('iframe')].some((f) => f.src.endsWith(path)),
        src!,
      );
      await expectAccessible(page, 'papers preview', '[data-testid="paper-preview"]');
      await page.keyboard.press('Escape');
      await page.getByTestId('paper-preview').waitFor({ state: 'detached' });
      // The pointer still rests on the preview link (hover colour): move it off, as a reader would.
      await page.mouse.move(0, 0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expectAccessible(page, 'papers card on the shipment page', '[data-testid="papers-card"]');
    },
    90_000,
  );

  browserTest(
    'the portal shows the client the papers it may see',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await page.goto(`${service.url}/sign-in?lang=en`);
      await signIn(page, clientUser);
      await page.goto(`${service.url}/shipments/${shipmentId}?lang=en`);
      const card = page.getByTestId('portal-papers');
      await card.getByText('装箱单 PL-001.pdf', { exact: true }).waitFor();
      await card.getByText('Packing list').waitFor();
      await expectAccessible(page, 'papers in the portal', '[data-testid="portal-papers"]');
    },
  );
});

const screens = process.env.SCREENSHOTS ? describe : describe.skip;
screens('screenshots of the papers', () => {
  const OUT = join(ARTIFACTS, 'screens');
  const shoot = async (page: Page, name: string, fullPage = true) => {
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, name), fullPage });
  };
  for (const language of ['zh', 'en'] as const) {
    it(`the papers card, its preview and the portal (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(page, operator.email);
      await page.goto(`${service.url}/shipments/${shipmentId}?lang=${language}`);
      const card = page.getByTestId('papers-card');
      await card.getByTestId('paper-check-declare-customs-packing_list').waitFor();
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: join(OUT, `shipment-papers-staff-${language}.png`) });
      await card.getByTestId('paper-preview-open').first().click();
      await page.getByTestId('paper-preview').locator('iframe').waitFor();
      await page.waitForTimeout(1500);
      await shoot(page, `shipment-papers-preview-${language}.png`, false);
      await context.close();

      const portal = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const p = await portal.newPage();
      await p.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(p, clientUser);
      await p.goto(`${service.url}/shipments/${shipmentId}?lang=${language}`);
      await p.getByTestId('portal-papers').getByText('PL-001').waitFor();
      await p.getByTestId('portal-papers').scrollIntoViewIfNeeded();
      await p
        .getByTestId('portal-papers')
        .screenshot({ path: join(OUT, `shipment-papers-portal-${language}.png`) });
      await portal.close();
    }, 60_000);
  }
});
