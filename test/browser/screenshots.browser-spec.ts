import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
import { containerNumber, unique } from '../factories/shipments';
import { act, actOnContainer, shipmentAt } from '../utils/flow';
import { createStaffUser, launchBrowser, signIn, startService, type ConsoleService } from './harness';

// The console's screens as pictures, in both languages, on a board with a day's work on it:
// `SCREENSHOTS=1 npm run test:browser -- test/browser/screenshots.browser-spec.ts`. They are written to
// test/browser/artifacts/screens/, and docs/screenshots/ holds the ones the README and docs/console.md show.
// Not a test of anything: skipped unless asked for.

const OUT = join(__dirname, 'artifacts', 'screens');
const DOCS = join(__dirname, '..', '..', 'docs', 'screenshots');
const run = process.env.SCREENSHOTS ? describe : describe.skip;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

run('screenshots of the console', () => {
  let service: ConsoleService;
  let browser: Browser;
  let operator: { email: string };

  beforeAll(async () => {
    [service, browser] = await Promise.all([startService(), launchBrowser()]);
    operator = await createStaffUser(service, { name: '王小明', role: 'operator' });
    await seed(service);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  for (const language of ['zh', 'en'] as const) {
    it(`sign-in and board (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      await page.getByRole('button', { name: language === 'zh' ? '登录' : 'Sign in' }).waitFor();
      await page.screenshot({ path: join(OUT, `sign-in-${language}.png`) });
      await signIn(page, operator.email);
      await page.getByTestId('board-card').first().waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(OUT, `board-${language}.png`) });
      if (process.env.SCREENSHOTS === 'docs') {
        mkdirSync(DOCS, { recursive: true });
        await page.screenshot({ path: join(DOCS, `board-${language}.png`) });
      }
      await context.close();
    });
  }
});

/** Clients, carriers and shipments at most stages, some with a cut-off near or passed, one held by customs. */
async function seed(service: ConsoleService): Promise<void> {
  const { t } = service;
  const clients = await Promise.all(
    [
      { code: 'BRIGHT-SZ', name: 'Bright Furniture Co.', nameLocal: '深圳明亮家具有限公司' },
      { code: 'HAITIAN-NB', name: 'Haitian Appliances Ltd.', nameLocal: '宁波海天电器有限公司' },
      { code: 'LEAF-GZ', name: 'Green Leaf Garments', nameLocal: '广州绿叶服装有限公司' },
      { code: 'YIWU-TRADE', name: 'Yiwu Small Goods Trading', nameLocal: '义乌小商品贸易公司' },
    ].map((c) => createClient(t, c)),
  );
  const carriers = await Promise.all(
    [
      { code: 'MSCU', name: 'MSC', requiresDocPrint: false },
      { code: 'COSU', name: 'COSCO Shipping' },
      { code: 'MAEU', name: 'Maersk' },
    ].map((c) => createCarrier(t, c)),
  );
  const lanes = [
    { pol: 'CNYTN', pod: 'USLAX' },
    { pol: 'CNNGB', pod: 'NLRTM' },
    { pol: 'CNSHA', pod: 'DEHAM' },
    { pol: 'CNSHK', pod: 'GBFXT' },
    { pol: 'CNYTN', pod: 'AUSYD' },
  ];
  const plan: Parameters<typeof shipmentAt>[1][] = [
    'booking',
    'booking',
    'booking_confirmed',
    'space_requested',
    'so_released',
    'picked_up',
    'stuffed',
    'gated_in',
    'gated_in',
    'customs_declared',
    'customs_released',
    'si_submitted',
    'bl_checked',
  ];
  for (const [i, status] of plan.entries()) {
    await shipmentAt(t, status, {
      clientId: clients[i % clients.length]!.id,
      carrierId: carriers[i % carriers.length]!.id,
      ...lanes[i % lanes.length],
      containers: [{ type: i % 2 ? '40HC' : '20GP', quantity: 1 + (i % 3) }],
    });
  }

  // S/O out today with the CY cut-off tomorrow morning and one of three boxes through the gate: amber.
  const op = await t.tokenFor('operator');
  const soon = await shipmentAt(t, 'space_requested', {
    clientId: clients[1]!.id,
    carrierId: carriers[1]!.id,
    pol: 'CNNGB',
    pod: 'USNYC',
    containers: [{ type: '40HC', quantity: 3 }],
  });
  await act(t, op, soon.id, 'release-so', {
    soNumber: `COSU${unique()}`,
    carrierBookingReference: `BK${unique()}`,
    vessel: 'COSCO SHIPPING ARIES',
    voyage: '052E',
    etd: hoursFromNow(60),
    cutoffs: { cy: hoursFromNow(18), si: hoursFromNow(40) },
  }).expect(200);
  const [first] = soon.containers;
  await actOnContainer(t, op, soon.id, first!.id, 'pickup', {
    containerNumber: containerNumber('CSNU'),
    sealNumber: `SL${unique()}`,
  }).expect(200);

  // Customs holds one for inspection.
  const held = await shipmentAt(t, 'gated_in', { clientId: clients[2]!.id, carrierId: carriers[2]!.id });
  await act(t, op, held.id, 'declare-customs', { declarationNumber: `DEC${unique()}` }).expect(200);
  await act(t, op, held.id, 'flag-inspection', { note: 'random check' }).expect(200);
}
