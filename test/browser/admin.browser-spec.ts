import type { Browser } from 'playwright-core';
import { ADMIN } from '../utils/test-app';
import {
  browserTest,
  expectAccessible,
  launchBrowser,
  PASSWORD,
  signIn,
  startService,
  type ConsoleService,
} from './harness';
import { dialog } from './shipment-helpers';

// The admins' screens: an admin whose console is in Chinese creates a user whose language is English; the new
// user signs in and the console speaks English to them. On the way, a carrier is created and edited (If-Match),
// and the audit log shows it, filtered through the URL.

let service: ConsoleService;
let browser: Browser;

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

browserTest(
  'an admin creates a user with English as their language; the user signs in to an English console',
  () => browser,
  async ({ page }) => {
    await page.goto(`${service.url}/sign-in?lang=zh`);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`${service.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: '用户' }).waitFor();
    await page.getByTestId('users-table').getByText(ADMIN.email).waitFor();
    await expectAccessible(page, 'users');

    const email = `emma.${Date.now()}@quayside.test`;
    await page.getByTestId('user-create').click();
    const form = dialog(page);
    await form.getByLabel('邮箱').fill(email);
    await form.getByLabel('姓名').fill('Emma Accounts');
    await form.getByLabel('电话').fill('+86 755 8888 1234');
    await form.getByLabel('初始密码').fill(PASSWORD);
    await form.getByLabel('角色').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: '财务',
      })
      .click();
    await form.getByLabel('English').check();
    await expectAccessible(page, 'new user form');
    await form.getByTestId('user-form-ok').click();
    await form.waitFor({ state: 'detached' });
    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: email });
    await row.getByText('English').waitFor();
    await row.getByText('财务').waitFor();
    await row.getByText('+86 755 8888 1234').waitFor();

    // Carriers: create one, then edit it against the version shown.
    await page.goto(`${service.url}/admin/carriers`);
    await page.getByRole('heading', { level: 1, name: '船公司' }).waitFor();
    await page.getByTestId('carrier-create').click();
    await dialog(page).getByLabel('代码').fill('MSCU');
    await dialog(page).getByLabel('名称', { exact: true }).fill('MSC');
    await dialog(page).getByTestId('carrier-form-ok').click();
    await dialog(page).waitFor({ state: 'detached' });
    const carrier = page.getByTestId('carriers-table').getByRole('row').filter({ hasText: 'MSCU' });
    await carrier.getByRole('button', { name: '编辑 MSCU' }).click();
    await dialog(page).getByLabel('名称', { exact: true }).fill('Mediterranean Shipping Company');
    await expectAccessible(page, 'carrier form');
    await dialog(page).getByTestId('carrier-form-ok').click();
    await dialog(page).waitFor({ state: 'detached' });
    await carrier.getByText('Mediterranean Shipping Company').waitFor();
    await expectAccessible(page, 'carriers');

    // The audit log, filtered by a link.
    await page.goto(`${service.url}/admin/audit?entityType=carrier`);
    await page.getByRole('heading', { level: 1, name: '操作日志' }).waitFor();
    const audit = page.getByTestId('audit-table');
    await audit.getByRole('cell', { name: '修改', exact: true }).waitFor();
    await audit.getByRole('cell', { name: '新建', exact: true }).waitFor();
    await expectAccessible(page, 'audit log');

    // The new user, in a browser that has never seen this console: English, as the admin chose.
    const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const theirs = await other.newPage();
      await theirs.goto(`${service.url}/sign-in`);
      await signIn(theirs, email);
      await theirs.getByRole('button', { name: /change password, sign out/ }).waitFor();
      await theirs.getByRole('link', { name: 'Debit notes' }).waitFor();
      await expect(theirs.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
      await expectAccessible(theirs, 'the new user’s console');
    } finally {
      await other.close();
    }
  },
);
