import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { postApproval } from '../factories/billing';
import { createCarrier, createClient } from '../factories/master-data';
import { shipmentBody } from '../factories/shipments';
import { book } from '../utils/flow';
import { bearer } from '../utils/http';
import {
  createStaffUser,
  launchBrowser,
  PASSWORD,
  signIn,
  startService,
  type ConsoleService,
} from './harness';

// Approvals that act, as pictures in both languages: the floor prices screen, the inbox with a credit terms
// and a below-floor approval, the client page's request form, and a booking held below its floor.
// `SCREENSHOTS=1 npx jest -c jest.browser.config.js test/browser/screens-approvals-act.browser-spec.ts`
// writes them to test/browser/artifacts/screens/. Not a test of anything: skipped unless asked for.

const OUT = join(__dirname, 'artifacts', 'screens');
const run = process.env.SCREENSHOTS ? describe : describe.skip;

run('screenshots of approvals that act', () => {
  let service: ConsoleService;
  let browser: Browser;
  let manager: { email: string };
  let salesEmail: string;
  let clientId: string;
  let heldId: string;

  beforeAll(async () => {
    [service, browser] = await Promise.all([startService(), launchBrowser()]);
    const { t } = service;
    const boss = await createStaffUser(service, { name: '王经理', role: 'manager' });
    manager = boss;
    salesEmail = `li.sales.${Date.now()}@quayside.test`;
    const sales = await t.http().post('/api/v1/users').auth(service.adminToken, bearer).send({
      email: salesEmail,
      name: '李销售',
      password: PASSWORD,
      role: 'sales',
      teamLeadId: boss.id,
    });
    const salesToken = await t.login(salesEmail, PASSWORD);
    const managerToken = await t.login(boss.email, PASSWORD);
    for (const floor of [
      { pol: 'CNYTN', pod: 'USLAX', containerType: '40HC', price: { amount: '2000.00', currency: 'USD' } },
      { pol: 'CNYTN', pod: '*', containerType: '40HC', price: { amount: '1800.00', currency: 'USD' } },
      { pol: 'CNYTN', pod: '*', containerType: '20GP', price: { amount: '1100.00', currency: 'USD' } },
      { pol: 'CNSHK', pod: 'DEHAM', containerType: '40GP', price: { amount: '12500.00', currency: 'CNY' } },
    ]) {
      const res = await t.http().post('/api/v1/floor-prices').auth(managerToken, bearer).send(floor);
      if (res.status !== 201) throw new Error(`floor: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const client = await createClient(t, {
      code: 'PINE-SZ',
      name: 'Shenzhen Pine Lighting Co., Ltd.',
      nameLocal: '深圳松木灯饰有限公司',
      paymentTerms: 'prepaid',
      salesUserId: sales.body.id as string,
    });
    clientId = client.id;
    const carrier = await createCarrier(t, { code: 'COSU', name: 'COSCO Shipping' });
    const held = await book(
      t,
      await t.tokenFor('operator'),
      shipmentBody({ clientId, carrierId: carrier.id, agreedRate: { amount: '1850.00', currency: 'USD' } }),
    );
    heldId = held.body.id as string;
    await postApproval(t, salesToken, {
      type: 'credit_terms',
      clientId,
      reason: '客户与我司合作三年，申请月结',
      creditTerms: {
        paymentTerms: 'monthly',
        creditLimit: { amount: '200000.00', currency: 'CNY' },
        creditDays: 30,
      },
    });
    await postApproval(t, salesToken, {
      type: 'below_floor_price',
      shipmentId: heldId,
      reason: '批量合同：每月 20 个柜',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  const shoot = async (
    email: string,
    language: 'zh' | 'en',
    screens: {
      name: string;
      path: string;
      ready: (page: Page) => Promise<unknown>;
      act?: (page: Page) => Promise<unknown>;
    }[],
  ) => {
    mkdirSync(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${service.url}/sign-in?lang=${language}`);
    await signIn(page, email, PASSWORD);
    for (const screen of screens) {
      await page.goto(`${service.url}${screen.path}${screen.path.includes('?') ? '&' : '?'}lang=${language}`);
      await screen.ready(page);
      await screen.act?.(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(OUT, `${screen.name}-${language}.png`), fullPage: true });
    }
    await context.close();
  };

  for (const language of ['zh', 'en'] as const) {
    it(`floor prices, inbox (${language})`, () =>
      shoot(manager.email, language, [
        {
          name: 'floor-prices',
          path: '/admin/floor-prices',
          ready: (p) => p.getByTestId('floors-table').locator('tr.ant-table-row').nth(3).waitFor(),
        },
        {
          name: 'floor-price-form',
          path: '/admin/floor-prices',
          ready: (p) => p.getByTestId('floors-table').locator('tr.ant-table-row').first().waitFor(),
          act: (p) =>
            p
              .getByTestId('floor-create')
              .click()
              .then(() => p.getByRole('dialog').waitFor()),
        },
        {
          name: 'approvals-act-inbox',
          path: '/approvals',
          ready: (p) => p.getByTestId('approval-floor').waitFor(),
        },
      ]));
    it(`client request, held booking (${language})`, () =>
      shoot(salesEmail, language, [
        {
          name: 'credit-request-pending',
          path: `/clients/${clientId}`,
          ready: (p) => p.getByTestId('credit-request-pending').waitFor(),
        },
        {
          name: 'floor-hold',
          path: `/shipments/${heldId}`,
          ready: (p) => p.getByTestId('floor-approval').waitFor(),
        },
      ]));
  }
});
