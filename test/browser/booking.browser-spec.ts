import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
import { shipmentBody } from '../factories/shipments';
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

// New booking (/bookings/new) in a real browser: the pickers, the containers, the money, one booking per
// intent, the service's refusals on their fields, a repeat lane copied, and both languages.

let service: ConsoleService;
let browser: Browser;
let operator: { id: string; email: string };
let bright: { id: string; code: string };
let harbour: { id: string; code: string };
let msc: { id: string; code: string };
let cosco: { id: string; code: string };
let previous: { id: string; reference: string };

/** `SCREENSHOTS=1 npm run test:browser -- booking` also writes docs/screenshots/booking-<language>.png. */
const SCREENSHOTS = process.env.SCREENSHOTS === '1';
/** A whole form filled in step by step, on a machine of two cores shared with other work. */
const LONG = 240_000;

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  operator = await createStaffUser(service, { name: '李娜', role: 'operator' });
  bright = await createClient(service.t, {
    code: 'BRIGHT-SZ',
    name: 'Bright Furniture Co., Ltd.',
    nameLocal: '深圳光明家具有限公司',
  });
  harbour = await createClient(service.t, {
    code: 'HARBOUR-DG',
    name: 'Harbour Lighting Co., Ltd.',
    nameLocal: '东莞海港灯饰有限公司',
  });
  msc = await createCarrier(service.t, { code: 'MSCU', name: 'Mediterranean Shipping Company' });
  cosco = await createCarrier(service.t, { code: 'COSU', name: 'COSCO Shipping Lines' });
  // The lane Harbour books every month: Shekou to Hamburg, collect, in euros.
  const res = await service.t
    .http()
    .post('/api/v1/shipments')
    .auth(service.adminToken, bearer)
    .send(
      shipmentBody({
        clientId: harbour.id,
        carrierId: cosco.id,
        pol: 'CNSHK',
        pod: 'DEHAM',
        commodity: 'LED lamps (HS 9405)',
        containers: [
          { type: '20GP', quantity: 1 },
          { type: '40HC', quantity: 2 },
        ],
        freightTerm: 'collect',
        agreedRate: { amount: '2150.5', currency: 'EUR' },
      }),
    );
  if (res.status !== 201) throw new Error(`booking: ${res.status} ${JSON.stringify(res.body)}`);
  previous = res.body;
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

interface Shipment {
  id: string;
  reference: string;
  clientId: string;
  carrierId: string | null;
  operatorId: string | null;
  pol: string;
  pod: string;
  commodity: string;
  freightTerm: string;
  vessel: string | null;
  voyage: string | null;
  etd: string | null;
  agreedRate: { amount: string; currency: string } | null;
  containers: { type: string; typeLabel: string }[];
}

/** The client's shipments, straight from the API. */
async function shipmentsOf(clientId: string): Promise<Shipment[]> {
  const res = await service.t
    .http()
    .get(`/api/v1/shipments?clientId=${clientId}&limit=200`)
    .auth(service.adminToken, bearer)
    .expect(200);
  return res.body.items as Shipment[];
}

async function shipment(id: string): Promise<Shipment> {
  const res = await service.t
    .http()
    .get(`/api/v1/shipments/${id}`)
    .auth(service.adminToken, bearer)
    .expect(200);
  return res.body as Shipment;
}

/** "2×40HC" per type, sorted: a shipment's containers compared without caring for their order. */
const containerCounts = (s: Shipment): string[] => {
  const counts = new Map<string, number>();
  for (const c of s.containers) counts.set(c.typeLabel, (counts.get(c.typeLabel) ?? 0) + 1);
  return [...counts].map(([label, n]) => `${n}×${label}`).sort();
};

/** The open dropdown's option that shows this text. */
const option = (page: Page, text: string | RegExp): Locator =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
    hasText: text,
  });

/** Opens a select, types into it when `typed` is not empty, and picks the option that shows `pick`. */
async function choose(page: Page, field: Locator, typed: string, pick: string | RegExp): Promise<void> {
  await field.click();
  if (typed) await field.fill(typed);
  const target = option(page, pick).first();
  await target.waitFor();
  // The list slides in: a click while it moves can land beside the option, leaving the field unchosen.
  await settled(page);
  await target.click();
}

/** Ant Design's motions ended (an error message fading in is checked for contrast half transparent). */
async function settled(page: Page): Promise<void> {
  // A function, not a string (the console's CSP refuses eval); typed by hand, as this file is compiled without
  // the DOM's types.
  // A button's spinner leaving (width 0, invisible) may never report the end of its motion: not waited for.
  const moving = [
    '[class*="-appear-active"]',
    '[class*="-enter-active"]',
    '[class*="-leave-active"]:not(.ant-btn-loading-icon)',
  ].join(', ');
  await page.waitForFunction(
    (selector) =>
      !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector(
        selector,
      ),
    moving,
  );
}

/** The form item (label, control, error) around a control. */
const itemOf = (control: Locator): Locator =>
  control.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]',
  );

/**
 * Signed in (through the English sign-in page, whose button reads the same in every build), then at `path` in
 * the language asked for (`?lang=` sets it for the session).
 */
async function signedIn(page: Page, path: string, language: 'zh' | 'en'): Promise<void> {
  await page.goto(`${service.url}/sign-in?lang=en`);
  await signIn(page, operator.email);
  await page.goto(`${service.url}${path}?lang=${language}`);
}

async function openBooking(page: Page, language: 'zh' | 'en' = 'zh'): Promise<void> {
  await signedIn(page, '/bookings/new', language);
  await page
    .getByRole('heading', { level: 1, name: language === 'zh' ? '新建订舱' : 'New booking' })
    .waitFor();
}

/** The least a booking needs: client, ports, commodity, one row of containers. */
async function fillMinimal(
  page: Page,
  client: { code: string },
  pol = 'CNYTN',
  pod = 'USLAX',
): Promise<void> {
  await choose(page, page.getByLabel('客户', { exact: true }), client.code, client.code);
  await choose(page, page.getByLabel('起运港（POL）'), pol, pol);
  await choose(page, page.getByLabel('目的港（POD）'), pod, pod);
  await page.getByLabel('货名').fill('Ceramic tiles (HS 6907)');
  await choose(page, page.getByLabel('第 1 行柜型'), '20GP', '20GP');
}

describe('new booking', () => {
  browserTest(
    'books a shipment through the form and lands on its page',
    () => browser,
    async ({ page }) => {
      await signedIn(page, '/', 'zh');
      // The way in: the header's menu, for a role that may book.
      await page.getByRole('link', { name: '新建订舱' }).click();
      await page.waitForURL(`${service.url}/bookings/new`);
      await page.getByRole('heading', { level: 1, name: '新建订舱' }).waitFor();
      const before = (await shipmentsOf(bright.id)).length;

      // The client by part of its Chinese name, the carrier by part of its English one (searched by the service).
      const client = page.getByLabel('客户', { exact: true });
      await client.click();
      await client.fill('光明');
      await option(page, 'HARBOUR-DG').waitFor({ state: 'detached' });
      await option(page, 'BRIGHT-SZ').click();
      await choose(page, page.getByLabel('船公司'), 'mediterr', 'MSCU');
      // The operator who books is the assigned operator unless they choose another.
      await expect(itemOf(page.getByLabel('负责操作')).textContent()).resolves.toContain('李娜（我）');

      // Ports from the list by Chinese name and by English name.
      await choose(page, page.getByLabel('起运港（POL）'), '盐田', 'CNYTN');
      await choose(page, page.getByLabel('目的港（POD）'), 'los ang', 'USLAX');
      await page.getByLabel('船名').fill('MSC OSCAR');
      await page.getByLabel('航次').fill('FE546W');
      // ETD in Shanghai time, whatever the zone of the browser.
      const etd = page.getByLabel('开船日');
      await etd.click();
      await etd.fill('2030-12-05 18:00');
      await etd.press('Enter');
      await page.getByLabel('货名').fill('Wooden furniture (HS 9403)');

      // Two rows: a type found by another of its names (40HQ is 40HC), and a second row added.
      await choose(page, page.getByLabel('第 1 行柜型'), '40hq', '40HC');
      await page.getByLabel('第 1 行柜数').fill('2');
      await page.getByRole('button', { name: '添加柜型' }).click();
      await choose(page, page.getByLabel('第 2 行柜型'), '22G1', '20GP');
      await page.getByText('共 3 个柜，5 TEU').waitFor();

      await page.getByText('到付（C/C）').click();

      // Money with the currency's digits: 1850.5 dollars is written 1850.50; yen take no decimals.
      const amount = page.getByLabel('约定运价');
      await amount.fill('1850.5');
      await amount.blur();
      await expect(amount.inputValue()).resolves.toBe('1850.50');
      await amount.fill('1850.505');
      await amount.blur();
      await page.getByText('USD 最多 2 位小数').waitFor();
      await choose(page, page.getByLabel('币种'), 'JPY', 'JPY');
      await page.getByText('JPY 不能有小数').waitFor();
      await amount.fill('265000');
      await amount.blur();
      await page.getByText('JPY 保留 0 位小数').waitFor();

      await page.getByRole('button', { name: '提交订舱' }).click();
      await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      const booked = await shipment(id);
      await page.getByTestId('shipment-reference').filter({ hasText: booked.reference }).waitFor();

      expect((await shipmentsOf(bright.id)).length).toBe(before + 1);
      expect(booked).toMatchObject({
        clientId: bright.id,
        carrierId: msc.id,
        operatorId: operator.id,
        pol: 'CNYTN',
        pod: 'USLAX',
        commodity: 'Wooden furniture (HS 9403)',
        vessel: 'MSC OSCAR',
        voyage: 'FE546W',
        freightTerm: 'collect',
        agreedRate: { amount: '265000', currency: 'JPY' },
      });
      expect(containerCounts(booked)).toEqual(['1×20GP', '2×40HC']);
      expect(new Date(booked.etd!).toISOString()).toBe(new Date('2030-12-05T18:00:00+08:00').toISOString());
    },
    LONG,
  );

  browserTest(
    'books once on a double click',
    () => browser,
    async ({ page }) => {
      await openBooking(page);
      const before = (await shipmentsOf(harbour.id)).length;
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/shipments') {
          posts.push(request.headers()['idempotency-key'] ?? '');
        }
      });
      await fillMinimal(page, harbour);

      await page.getByRole('button', { name: '提交订舱' }).dblclick();
      await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);
      await page.getByTestId('shipment-reference').waitFor();
      // Whatever was still on its way has arrived by now.
      await page.waitForTimeout(500);
      expect((await shipmentsOf(harbour.id)).length).toBe(before + 1);
      expect(posts.length).toBeGreaterThanOrEqual(1);
      expect(new Set(posts).size).toBe(1);
      expect(posts[0]).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  browserTest(
    "shows the service's refusal on the field it names",
    () => browser,
    async ({ page }) => {
      await openBooking(page);
      const before = (await shipmentsOf(bright.id)).length;
      // The same port at both ends: the form lets it through, the service refuses it, naming `pod`.
      await fillMinimal(page, bright, 'CNYTN', 'CNYTN');
      await page.getByRole('button', { name: '提交订舱' }).click();

      const pod = itemOf(page.getByLabel('目的港（POD）'));
      await pod.getByText('pod must differ from pol').waitFor();
      // Said to a screen reader too: the field is invalid, and described by the message.
      const podInput = page.getByLabel('目的港（POD）');
      await expect(podInput.getAttribute('aria-invalid')).resolves.toBe('true');
      const described = await podInput.getAttribute('aria-describedby');
      await expect(page.locator(`[id="${described}"]`).textContent()).resolves.toContain(
        'pod must differ from pol',
      );
      await page.getByRole('alert').filter({ hasText: '订舱未成功' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/bookings/new');
      expect((await shipmentsOf(bright.id)).length).toBe(before);

      // Corrected, the same form books (the refused request gave its key back). Sines is not on the list of
      // common ports: its UN/LOCODE typed in full (as people write it, "PT SIE") is taken as it is.
      await choose(page, page.getByLabel('目的港（POD）'), 'pt sie', 'PTSIE（按输入的 UN/LOCODE）');
      await page.getByRole('button', { name: '提交订舱' }).click();
      await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      await expect(shipment(id)).resolves.toMatchObject({ pol: 'CNYTN', pod: 'PTSIE' });
      expect((await shipmentsOf(bright.id)).length).toBe(before + 1);
    },
  );

  browserTest(
    'says what is missing before asking the service',
    () => browser,
    async ({ page }) => {
      await openBooking(page, 'en');
      await page.getByRole('button', { name: 'Book', exact: true }).click();
      await page.getByText('Choose the client', { exact: true }).waitFor();
      await page.getByText('Choose the port of loading', { exact: true }).waitFor();
      await page.getByText('Choose the port of discharge', { exact: true }).waitFor();
      await page.getByText('Enter the commodity', { exact: true }).waitFor();
      await page.getByText('Choose a type', { exact: true }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/bookings/new');
    },
  );

  browserTest(
    'copies the lane of a previous booking',
    () => browser,
    async ({ page }) => {
      await openBooking(page);
      const before = (await shipmentsOf(harbour.id)).length;
      await choose(page, page.getByLabel('客户', { exact: true }), 'harbour', 'HARBOUR-DG');
      await choose(page, page.getByLabel('复制历史订舱'), '', previous.reference);

      await itemOf(page.getByLabel('起运港（POL）')).getByText('CNSHK 蛇口 Shekou').waitFor();
      await itemOf(page.getByLabel('目的港（POD）')).getByText('DEHAM 汉堡 Hamburg').waitFor();
      await expect(page.getByLabel('货名').inputValue()).resolves.toBe('LED lamps (HS 9405)');
      await itemOf(page.getByLabel('船公司')).getByText('COSU').waitFor();
      await itemOf(page.getByLabel('第 1 行柜型')).getByText('20GP').waitFor();
      await expect(page.getByLabel('第 1 行柜数').inputValue()).resolves.toBe('1');
      await itemOf(page.getByLabel('第 2 行柜型')).getByText('40HC').waitFor();
      await expect(page.getByLabel('第 2 行柜数').inputValue()).resolves.toBe('2');
      await expect(page.getByLabel('到付（C/C）').isChecked()).resolves.toBe(true);
      await expect(page.getByLabel('约定运价').inputValue()).resolves.toBe('2150.50');
      await page.getByTestId('rate-currency').getByText('EUR', { exact: true }).waitFor();
      // Not the sailing: that is this week's.
      await expect(page.getByLabel('船名').inputValue()).resolves.toBe('');

      await page.getByRole('button', { name: '提交订舱' }).click();
      await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      const copied = await shipment(id);
      expect(copied).toMatchObject({
        clientId: harbour.id,
        carrierId: cosco.id,
        pol: 'CNSHK',
        pod: 'DEHAM',
        commodity: 'LED lamps (HS 9405)',
        freightTerm: 'collect',
        agreedRate: { amount: '2150.50', currency: 'EUR' },
        vessel: null,
      });
      expect(containerCounts(copied)).toEqual(['1×20GP', '2×40HC']);
      expect((await shipmentsOf(harbour.id)).length).toBe(before + 1);
    },
  );

  browserTest(
    'offers booking only to those who may book',
    () => browser,
    async ({ page }) => {
      const manager = await createStaffUser(service, { name: '陈经理', role: 'manager' });
      await page.goto(`${service.url}/sign-in?lang=en`);
      await signIn(page, manager.email);
      await page.goto(`${service.url}/?lang=zh`);
      await page.getByRole('link', { name: '看板' }).waitFor();
      await expect(page.getByRole('link', { name: '新建订舱' }).count()).resolves.toBe(0);
      await page.goto(`${service.url}/bookings/new`);
      await page.getByText('你的角色不能订舱').waitFor();
      await expect(page.getByRole('button', { name: '提交订舱' }).count()).resolves.toBe(0);
    },
  );

  for (const language of ['zh', 'en'] as const) {
    browserTest(
      `passes axe, empty, refused and filled in (${language})`,
      () => browser,
      async ({ page }) => {
        await openBooking(page, language);
        await expectAccessible(page, `new booking (${language})`);

        await page
          .getByRole('button', { name: language === 'zh' ? '提交订舱' : 'Book', exact: true })
          .click();
        await page.locator('.ant-form-item-explain-error').first().waitFor();
        await settled(page);
        await expectAccessible(page, `new booking with errors (${language})`);

        const client = page.getByLabel(language === 'zh' ? '客户' : 'Client', { exact: true });
        await choose(page, client, 'HARBOUR', 'HARBOUR-DG');
        const copy = page.getByLabel(language === 'zh' ? '复制历史订舱' : 'Copy from a previous booking');
        await choose(page, copy, '', previous.reference);
        await page.getByLabel(language === 'zh' ? '船名' : 'Vessel').fill('COSCO SHIPPING ARIES');
        await page.getByLabel(language === 'zh' ? '航次' : 'Voyage').fill('058W');
        const etd = page.getByLabel(language === 'zh' ? '开船日' : 'ETD');
        await etd.click();
        await etd.fill('2030-12-12 18:00');
        await etd.press('Enter');
        await page.getByRole('heading', { level: 1 }).click();
        // The lane copied over the refused empty form: none of its messages is left.
        await settled(page);
        await expect(page.locator('.ant-form-item-explain-error').count()).resolves.toBe(0);
        await expectAccessible(page, `new booking filled in (${language})`);
        if (SCREENSHOTS) {
          const file = join(__dirname, '..', '..', 'docs', 'screenshots', `booking-${language}.png`);
          await page.screenshot({ path: file, fullPage: true });
        }
      },
    );
  }
});
