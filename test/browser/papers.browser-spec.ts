import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { issueReceivable } from '../factories/billing';
import { createClient } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { bearer } from '../utils/http';
import {
  ARTIFACTS,
  browserTest,
  createStaffUser,
  expectAccessible,
  launchBrowser,
  signIn,
  startService,
  type ConsoleService,
} from './harness';

// Issue 17, the papers: a manager enters a client's unified social credit code (a wrong check character is
// caught before saving) and opens the client's statement for a period. Pictures of the form and the period
// dialog in both languages go to artifacts/screens/papers-*.png.

const TAX_ID = '9144030071526726XG';
const SCREENS = join(ARTIFACTS, 'screens');

let service: ConsoleService;
let browser: Browser;
let manager: { id: string; email: string };
let client: { id: string; code: string };

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  manager = await createStaffUser(service, { name: '陈经理', role: 'manager' });
  client = await createClient(t, {
    code: 'HONGDA-DG',
    name: "Guangdong Dongguan Chang'an Hongda Hardware Products Import and Export Trading Co., Ltd.",
    nameLocal: '广东省东莞市长安镇宏达五金制品进出口贸易有限责任公司',
    // The manager's own client: within their reach.
    salesUserId: manager.id,
  });
  await issueReceivable(t, (await shipmentAt(t, 'booking_confirmed', { clientId: client.id })).id);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const shoot = async (page: Page, name: string) => {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, name), fullPage: true });
};

describe('the papers in the console', () => {
  browserTest(
    'a manager enters the tax id (a wrong check character caught first) and opens a period statement',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${service.url}/sign-in`);
      await signIn(page, manager.email);
      await page.goto(`${service.url}/clients/${client.id}?lang=zh`);
      await page.getByTestId('client-page').waitFor();

      await page.getByTestId('client-edit').click();
      const form = page.getByRole('dialog');
      const taxId = form.getByLabel('统一社会信用代码');
      await taxId.fill('9144030071526726XH');
      await form.getByTestId('client-save').click();
      await form.getByText('不是有效的统一社会信用代码').waitFor();
      await shoot(page, 'papers-client-form-zh.png');
      await taxId.fill(TAX_ID.toLowerCase());
      await form.getByTestId('client-save').click();
      await form.waitFor({ state: 'detached' });
      await page.getByTestId('client-tax-id-value').getByText(TAX_ID).waitFor();
      const saved = await service.t
        .http()
        .get(`/api/v1/clients/${client.id}`)
        .auth(service.adminToken, bearer)
        .expect(200);
      expect(saved.body.taxId).toBe(TAX_ID);

      await page.getByTestId('statement-period').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('对账期间').waitFor();
      await expectAccessible(page, 'period statement dialog');
      await shoot(page, 'papers-statement-period-zh.png');
      const href = await dialog.getByTestId('statement-period-open').getAttribute('href');
      expect(href).toMatch(
        new RegExp(
          `^/api/v1/clients/${client.id}/statement/pdf\\?from=\\d{4}-\\d{2}-01&to=\\d{4}-\\d{2}-\\d{2}$`,
        ),
      );
      // The link with the page's own session cookie: the period statement.
      const res = await page.request.get(`${service.url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
    },
    90_000,
  );

  browserTest(
    'the same screens in English',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${service.url}/sign-in`);
      await signIn(page, manager.email);
      await page.goto(`${service.url}/clients/${client.id}?lang=en`);
      await page.getByTestId('client-tax-id-value').waitFor();
      await shoot(page, 'papers-client-page-en.png');
      await page.getByTestId('client-edit').click();
      await page.getByRole('dialog').getByLabel('Unified social credit code').waitFor();
      await shoot(page, 'papers-client-form-en.png');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByTestId('statement-period').click();
      await page.getByRole('dialog').getByLabel('Period').waitFor();
      await shoot(page, 'papers-statement-period-en.png');
    },
    90_000,
  );
});
