import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { issueReceivable, money, postApproval, decideApproval } from '../factories/billing';
import { createCarrier, createClient } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { bearer } from '../utils/http';
import { ADMIN } from '../utils/test-app';
import {
  createStaffUser,
  launchBrowser,
  PASSWORD,
  signIn,
  startService,
  type ConsoleService,
} from './harness';

// The managers' and admins' screens as pictures, in both languages: the approvals inbox and its history, the
// B/L release panel, users, carriers and the audit log.
// `SCREENSHOTS=1 npx jest -c jest.browser.config.js test/browser/screens-admin.browser-spec.ts` writes them to
// test/browser/artifacts/screens/. Not a test of anything: skipped unless asked for.

const OUT = join(__dirname, 'artifacts', 'screens');
const run = process.env.SCREENSHOTS ? describe : describe.skip;

run('screenshots of the managers’ and admins’ screens', () => {
  let service: ConsoleService;
  let browser: Browser;
  let accounts: { email: string };
  let manager: { email: string };
  let blocked: string;

  beforeAll(async () => {
    [service, browser] = await Promise.all([startService(), launchBrowser()]);
    const { t } = service;
    accounts = await createStaffUser(service, { name: '陈会计', role: 'accounts' });
    const boss = await createStaffUser(service, { name: '王经理', role: 'manager' });
    manager = boss;
    const sales = await t.http().post('/api/v1/users').auth(service.adminToken, bearer).send({
      email: 'li.sales@quayside.test',
      name: '李销售',
      password: PASSWORD,
      role: 'sales',
      teamLeadId: boss.id,
    });
    await createStaffUser(service, { name: 'Emma Operator', role: 'operator' });
    const salesToken = await t.login('li.sales@quayside.test', PASSWORD);
    const carrier = await createCarrier(t, {
      code: 'COSU',
      name: 'COSCO Shipping',
      emails: ['booking@cosco.example'],
    });
    await createCarrier(t, { code: 'MSCU', name: 'Mediterranean Shipping Company', requiresDocPrint: false });
    const clients = [
      {
        code: 'OAK-SZ',
        name: 'Shenzhen Oak Furniture Co., Ltd.',
        nameLocal: '深圳橡木家具有限公司',
        limit: '10000.00',
        note: '12000.00',
      },
      {
        code: 'HAITIAN-NB',
        name: 'Haitian Appliances Ltd.',
        nameLocal: '宁波海天电器有限公司',
        limit: '50000.00',
        note: '8800.00',
      },
    ];
    const shipments: string[] = [];
    for (const c of clients) {
      const client = await createClient(t, {
        code: c.code,
        name: c.name,
        nameLocal: c.nameLocal,
        paymentTerms: 'monthly',
        creditLimit: money(c.limit),
        creditDays: 30,
        salesUserId: sales.body.id as string,
      });
      const s = await shipmentAt(t, 'bl_checked', { clientId: client.id, carrierId: carrier.id });
      await issueReceivable(t, s.id, { lines: [{ description: 'Ocean freight', amount: money(c.note) }] });
      shipments.push(s.id);
    }
    blocked = shipments[0]!;
    const ask = async (shipmentId: string, reason: string) =>
      (await postApproval(t, salesToken, { type: 'release_before_payment', shipmentId, reason })).body as {
        id: string;
      };
    await ask(shipments[0]!, '老客户，承诺本周五付款 / Long-standing client; payment promised for Friday');
    const other = await ask(shipments[1]!, 'Consignee needs the telex release for customs clearance');
    await decideApproval(t, await t.login(boss.email, PASSWORD), other.id, 'reject', '上月账单尚未结清');
    await ask(shipments[1]!, '已付一半，余款下周 / Half paid, the rest next week');
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  const shoot = async (
    email: string,
    password: string,
    language: 'zh' | 'en',
    screens: { name: string; path: string; element?: string; ready: (page: Page) => Promise<unknown> }[],
  ) => {
    mkdirSync(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${service.url}/sign-in?lang=${language}`);
    await signIn(page, email, password);
    for (const screen of screens) {
      await page.goto(`${service.url}${screen.path}${screen.path.includes('?') ? '&' : '?'}lang=${language}`);
      await screen.ready(page);
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(OUT, `${screen.name}-${language}.png`), fullPage: true });
      if (screen.element) {
        await page
          .getByTestId(screen.element)
          .screenshot({ path: join(OUT, `${screen.name}-card-${language}.png`) });
      }
    }
    await context.close();
  };

  for (const language of ['zh', 'en'] as const) {
    it(`approvals inbox and history (${language})`, () =>
      shoot(manager.email, PASSWORD, language, [
        {
          name: 'approvals-inbox',
          path: '/approvals',
          ready: (page) => page.getByTestId('credit-summary').first().waitFor(),
        },
        {
          name: 'approvals-decide',
          path: '/approvals',
          ready: async (page) => {
            await page.getByTestId('credit-summary').first().waitFor();
            await page.getByTestId('reject').first().click();
            await page.getByRole('dialog').waitFor();
          },
        },
        {
          name: 'approvals-history',
          path: '/approvals?tab=decided',
          ready: (page) =>
            page.getByTestId('approvals-decided').locator('tbody tr.ant-table-row').first().waitFor(),
        },
      ]));

    it(`release panel (${language})`, () =>
      shoot(accounts.email, PASSWORD, language, [
        {
          name: 'release-panel',
          path: `/shipments/${blocked}`,
          element: 'release-panel',
          ready: (page) => page.getByTestId('release-blockers').waitFor(),
        },
      ]));

    it(`users, carriers, audit (${language})`, () =>
      shoot(ADMIN.email, ADMIN.password, language, [
        {
          name: 'admin-users',
          path: '/admin/users',
          ready: (page) => page.getByTestId('users-table').locator('tbody tr.ant-table-row').nth(3).waitFor(),
        },
        {
          name: 'admin-user-form',
          path: '/admin/users',
          ready: async (page) => {
            await page.getByTestId('users-table').locator('tbody tr.ant-table-row').first().waitFor();
            await page.getByTestId('user-create').click();
            await page.getByRole('dialog').waitFor();
          },
        },
        {
          name: 'admin-carriers',
          path: '/admin/carriers',
          ready: (page) =>
            page.getByTestId('carriers-table').getByRole('cell', { name: 'MSCU', exact: true }).waitFor(),
        },
        {
          name: 'admin-audit',
          path: '/admin/audit',
          ready: (page) => page.getByTestId('audit-table').locator('tbody tr.ant-table-row').nth(2).waitFor(),
        },
      ]));
  }
});
