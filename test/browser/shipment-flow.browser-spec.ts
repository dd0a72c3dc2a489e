import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkDigit } from '../../src/containers/domain/container-number';
import { createCarrier, createClient } from '../factories/master-data';
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
import {
  dialog,
  eventsOf,
  HOUR,
  openAction,
  portTime,
  recordWrites,
  shipmentOf,
  statusShown,
  submit,
  typeTime,
} from './shipment-helpers';

// The shipment page (/shipments/:id) in a real browser: an operator books a shipment and takes it from
// `booking` to `bl_checked` through the page only: the next actions' forms, two containers in the quick
// entry, a refused action with its reason, an inspection flagged and cleared, a roll, an SI revision and both
// B/L approvals. Then the page in both languages: axe, and screenshots.

let service: ConsoleService;
let browser: Browser;
let operator: { id: string; email: string };
let client: { id: string; code: string };
let carrier: { id: string; code: string };

/** `SCREENSHOTS=1 npm run test:browser -- shipment` also writes docs/screenshots/shipment-<language>.png. */
const SCREENSHOTS = process.env.SCREENSHOTS === '1';

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  operator = await createStaffUser(service, { name: 'Wang Fang', role: 'operator' });
  client = await createClient(service.t, {
    code: 'OAK-SZ',
    name: 'Shenzhen Oak Furniture Co., Ltd.',
    nameLocal: '深圳橡木家具有限公司',
  });
  carrier = await createCarrier(service.t, { code: 'MSCU', name: 'Mediterranean Shipping Company' });
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const number = (owner: string, serial: string): string =>
  `${owner}${serial}${checkDigit(`${owner}${serial}`)}`;

/** Signed in through the sign-in page, then at `path` in the language asked for. */
async function signedIn(page: Page, path: string, language: 'zh' | 'en'): Promise<void> {
  await page.goto(`${service.url}/sign-in?lang=en`);
  await signIn(page, operator.email);
  await page.goto(`${service.url}${path}?lang=${language}`);
}

/** A booking through the new-booking page: the client, Yantian to Los Angeles, two 40HC, no carrier yet. */
async function book(page: Page): Promise<string> {
  await signedIn(page, '/bookings/new', 'zh');
  await page.getByRole('heading', { level: 1, name: '新建订舱' }).waitFor();
  const pick = async (label: string, typed: string, option: string) => {
    const field = page.getByLabel(label, { exact: true });
    await field.click();
    await field.fill(typed);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: option,
      })
      .first()
      .click();
  };
  await pick('客户', client.code, client.code);
  await pick('起运港（POL）', 'CNYTN', 'CNYTN');
  await pick('目的港（POD）', 'USLAX', 'USLAX');
  await page.getByLabel('货名').fill('Wooden furniture (HS 9403)');
  await pick('第 1 行柜型', '40HC', '40HC');
  await page.getByLabel('第 1 行柜数').fill('2');
  await page.getByRole('button', { name: '提交订舱' }).click();
  await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

describe('the shipment page', () => {
  browserTest(
    'takes a booking to bl_checked through the page only',
    () => browser,
    async ({ page }) => {
      // A step that does not happen fails in 20 s with a screenshot, well within the test's time.
      page.setDefaultTimeout(20_000);
      const id = await book(page);
      // The rest in English, whose words the issue lists for the buttons and fields.
      await page.goto(`${service.url}/shipments/${id}?lang=en`);
      await statusShown(page, 'Booking');
      const writes = recordWrites(page);

      // Confirm booking: no fields, the form says what it does.
      await openAction(page, 'confirm-booking');
      await submit(page);
      await statusShown(page, 'Booking confirmed');

      // Request space: the booking has no carrier, so the form asks for one (searched by the service).
      const space = await openAction(page, 'request-space');
      const carrierField = space.getByLabel('Carrier');
      await carrierField.click();
      await carrierField.fill('medit');
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
          hasText: carrier.code,
        })
        .click();
      await submit(page);
      await statusShown(page, 'Space requested');

      // Release S/O: the carrier's numbers, the sailing and its cut-offs, typed in port time. The SI cut-off is
      // 20 hours away (red), the CY cut-off 40 (amber).
      const so = await openAction(page, 'release-so');
      await so.getByLabel('S/O number').fill('SO-YTN-778812');
      await so.getByLabel('Booking number').fill('177SZX1234567');
      await so.getByLabel('Vessel').fill('MSC OSCAR');
      await so.getByLabel('Voyage').fill('FE546W');
      await typeTime(so.getByLabel('ETD'), portTime(Date.now() + 96 * HOUR));
      await typeTime(so.getByLabel('CY cut-off'), portTime(Date.now() + 40 * HOUR));
      await typeTime(so.getByLabel('SI cut-off'), portTime(Date.now() + 20 * HOUR));
      await submit(page);
      await statusShown(page, 'S/O released');
      await expect(page.getByTestId('cutoff-cy').getAttribute('data-tone')).resolves.toBe('amber');
      await expect(page.getByTestId('cutoff-si').getAttribute('data-tone')).resolves.toBe('red');
      await expect(page.getByTestId('cutoff-customs').getAttribute('data-tone')).resolves.toBe('none');

      // Pick up both containers in the quick entry, keyboard only: a number, Enter, the seal, Enter, next row.
      const first = number('MSKU', '907032');
      const second = number('TGHU', '876238');
      await page.getByTestId('quick-entry-toggle').click();
      const firstNumber = page.getByTestId('quick-1-containerNumber');
      await expect(firstNumber.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      // A typo in the check digit is caught as it is typed; Enter does not move on.
      const typo = `${first.slice(0, 10)}${(Number(first[10]) + 1) % 10}`;
      await page.keyboard.type(typo);
      await page.getByTestId('quick-entry').getByText(`Check digit should be ${first[10]}`).waitFor();
      await page.keyboard.press('Enter');
      await expect(firstNumber.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Backspace');
      await page.keyboard.type(`${first[10]}`);
      await page.getByTestId('quick-entry').getByText(`${first}: check digit correct`).waitFor();
      await page.keyboard.press('Enter');
      await page.keyboard.type('ML1234567');
      await page.keyboard.press('Enter');
      // The row saves while the second is typed, scanner style: spaces and a hyphen as printed.
      await page.keyboard.type(`${second.slice(0, 4)} ${second.slice(4, 10)}-${second[10]}`);
      await page.keyboard.press('Enter');
      await page.keyboard.type('ML7654321');
      await page.keyboard.press('Enter');
      await page.getByTestId('quick-1-state').and(page.locator('[data-phase="saved"]')).waitFor();
      await page.getByTestId('quick-2-state').and(page.locator('[data-phase="saved"]')).waitFor();
      await statusShown(page, 'Picked up');
      await page.getByTestId('quick-entry-done').click();
      let shipment = await shipmentOf(service, id);
      expect(shipment.containers.map((c) => [c.containerNumber, c.sealNumber, c.status])).toEqual([
        [first, 'ML1234567', 'picked_up'],
        [second, 'ML7654321', 'picked_up'],
      ]);

      // Stuff each container from its row: packages, gross weight and VGM.
      for (const [seq, packages, gross, vgm] of [
        [1, '600', '9120.5', '12920.5'],
        [2, '600', '9130', '12930'],
      ] as const) {
        await page.getByTestId(`container-${seq}-stuff`).click();
        const form = dialog(page);
        await form.getByLabel('Packages').fill(packages);
        await form.getByLabel('Gross weight (kg)').fill(gross);
        await form.getByLabel('VGM (kg)').fill(vgm);
        await submit(page);
      }
      await statusShown(page, 'Stuffed');

      // Gate both in through the quick entry: terminal, Enter, next row.
      await page.getByTestId('quick-entry-toggle').click();
      await page.getByTestId('quick-1-terminal').waitFor();
      await page.keyboard.type('YICT');
      await page.keyboard.press('Enter');
      await page.keyboard.type('YICT');
      await page.keyboard.press('Enter');
      await statusShown(page, 'Gated in');
      await page.getByTestId('quick-entry-done').click();

      // A roll: the cargo moves to another vessel; the history shows the old one and the new one.
      const roll = await openAction(page, 'roll');
      await roll.getByTestId('roll-from').filter({ hasText: 'MSC OSCAR / FE546W' }).waitFor();
      await roll.getByLabel('Vessel').fill('MSC AMELIA');
      await roll.getByLabel('Voyage').fill('FE548W');
      await typeTime(roll.getByLabel('ETD'), portTime(Date.now() + 240 * HOUR));
      await roll.getByLabel('Reason').fill('Vessel full: rolled by the carrier');
      await submit(page);
      await page.getByTestId('fact-vessel').filter({ hasText: 'MSC AMELIA / FE548W' }).waitFor();
      const rolled = page.getByTestId('event-rolled');
      await rolled.getByText('MSC OSCAR').waitFor();
      await rolled.getByText('MSC AMELIA').waitFor();
      await rolled.getByText('FE546W').waitFor();
      await rolled.getByText('FE548W').waitFor();

      // Declare customs. Clearing an inspection before any was flagged is refused, and says why.
      const customs = await openAction(page, 'declare-customs');
      await customs.getByLabel('Declaration number').fill('531620261000123456');
      await submit(page);
      await statusShown(page, 'Customs declared');
      await expect(page.getByTestId('action-clear-inspection').isDisabled()).resolves.toBe(true);
      await page
        .getByTestId('missing-clear-inspection')
        .getByText('no customs inspection is pending')
        .waitFor();

      // Customs select the cargo: the release is refused while the inspection is pending, with its reason.
      const flag = await openAction(page, 'flag-inspection');
      await flag.getByLabel('Amount').fill('550');
      await flag.getByLabel('Note').fill('CIQ check at Yantian');
      await submit(page);
      await page
        .getByTestId('missing-release-customs')
        .getByText('the customs inspection is still pending: clear it first')
        .waitFor();
      await expect(page.getByTestId('action-release-customs').isDisabled()).resolves.toBe(true);
      await openAction(page, 'clear-inspection');
      await submit(page);
      await expect(page.getByTestId('action-release-customs').isEnabled()).resolves.toBe(true);
      await openAction(page, 'release-customs');
      await submit(page);
      await statusShown(page, 'Customs released');

      // The SI; its figures start from the containers' (1,200 packages, 18,250.5 kg).
      const si = await openAction(page, 'submit-si');
      await expect(si.getByLabel('Packages').inputValue()).resolves.toBe('1200');
      await expect(si.getByLabel('Gross weight (kg)').inputValue()).resolves.toBe('18250.500');
      await si
        .getByRole('group', { name: 'Shipper' })
        .getByLabel('Name')
        .fill('Shenzhen Oak Furniture Co., Ltd.');
      await si.getByRole('group', { name: 'Shipper' }).getByLabel('Address').fill('Bao’an, Shenzhen, China');
      await si.getByRole('group', { name: 'Consignee' }).getByLabel('Name').fill('West Coast Home Inc.');
      await si.getByRole('group', { name: 'Consignee' }).getByLabel('Address').fill('Long Beach, CA, USA');
      await si.getByLabel('Measurement (CBM)').fill('67.8');
      await submit(page);
      await statusShown(page, 'SI submitted');

      // The client approves revision 1; then a revision of the SI takes the approval away again.
      await openAction(page, 'approve-bl');
      await submit(page);
      await page.getByTestId('fact-approvals').filter({ hasText: 'client ✓' }).waitFor();
      const revision = await openAction(page, 'submit-si');
      await revision.getByText('This will be SI revision 2').waitFor();
      await expect(revision.getByLabel('Description of goods').inputValue()).resolves.toBe(
        'Wooden furniture (HS 9403)',
      );
      await revision.getByLabel('Description of goods').fill('1,200 CARTONS OF WOODEN FURNITURE');
      await submit(page);
      await page
        .getByTestId('fact-approvals')
        .filter({ hasText: 'SI rev. 2: client —, carrier —' })
        .waitFor();

      // Both sides approve revision 2; the carrier's approval brings the B/L number. Then: B/L checked.
      await openAction(page, 'approve-bl');
      await submit(page);
      const carrierApproval = await openAction(page, 'approve-bl');
      await expect(carrierApproval.getByLabel('Carrier', { exact: true }).isChecked()).resolves.toBe(true);
      await carrierApproval.getByLabel('B/L number').fill('medu6284519370');
      await submit(page);
      await statusShown(page, 'B/L checked');
      await page.getByTestId('fact-bl-number').filter({ hasText: 'MEDU6284519370' }).waitFor();

      shipment = await shipmentOf(service, id);
      expect(shipment).toMatchObject({
        status: 'bl_checked',
        vessel: 'MSC AMELIA',
        voyage: 'FE548W',
        inspection: 'cleared',
        siRevision: 2,
        blApprovals: { client: 2, carrier: 2 },
        blNumber: 'MEDU6284519370',
      });
      expect(
        shipment.containers.map((c) => [c.status, c.packages, c.grossWeightKg, c.vgmKg, c.terminal]),
      ).toEqual([
        ['gated_in', 600, '9120.500', '12920.500', 'YICT'],
        ['gated_in', 600, '9130.000', '12930.000', 'YICT'],
      ]);
      const history = await eventsOf(service, id);
      expect(history.map((e) => e.type)).toEqual(
        expect.arrayContaining(['rolled', 'inspection_flagged', 'inspection_cleared', 'bl_checked']),
      );
      expect(history.find((e) => e.type === 'rolled')?.data).toMatchObject({
        reason: 'Vessel full: rolled by the carrier',
        from: { vessel: 'MSC OSCAR', voyage: 'FE546W' },
        to: { vessel: 'MSC AMELIA', voyage: 'FE548W' },
      });
      expect(new Set(history.map((e) => e.actor.name))).toEqual(new Set(['Wang Fang']));

      // One write per step (19), each with If-Match, each POST with its own Idempotency-Key; none refused.
      expect(writes).toHaveLength(19);
      for (const write of writes) {
        expect(write).toMatchObject({ ifMatch: expect.stringMatching(/^"\d+"$/), status: 200 });
        if (write.method === 'POST') expect(write.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
      }
      expect(new Set(writes.map((w) => w.idempotencyKey)).size).toBe(writes.length);

      // The stepper shows when each stage was reached, up to B/L checked.
      for (const stage of ['booking', 'booking_confirmed', 'so_released', 'gated_in', 'bl_checked']) {
        await page.getByTestId(`stage-time-${stage}`).waitFor();
      }
      await expect(page.getByTestId('stage-time-debit_noted').count()).resolves.toBe(0);

      // The e-mails written for it (the booking confirmation to the client, the roll notice) and the PDF.
      await page.getByRole('tab', { name: 'E-mails' }).click();
      await page
        .getByTestId('emails')
        .getByText(/Sent|Pending|Failed/)
        .first()
        .waitFor();
      const pdf = page.waitForResponse((r) => r.url().endsWith(`/shipments/${id}/booking-confirmation/pdf`));
      await page.getByRole('tab', { name: 'Booking confirmation' }).click();
      const answer = await pdf;
      expect(answer.status()).toBe(200);
      expect(answer.headers()['content-type']).toBe('application/pdf');
    },
    420_000,
  );

  browserTest(
    'reads well in both languages: axe finds nothing serious, and the screenshots',
    () => browser,
    async ({ page }) => {
      // A shipment mid-way, made through the API: S/O released, one container picked up, rolled once.
      const token = service.adminToken;
      const http = () => service.t.http();
      const created = await http()
        .post('/api/v1/shipments')
        .auth(token, bearer)
        .send({
          clientId: client.id,
          carrierId: carrier.id,
          operatorId: operator.id,
          pol: 'CNYTN',
          pod: 'USLAX',
          commodity: 'Wooden furniture (HS 9403)',
          containers: [{ type: '40HC', quantity: 2 }],
          freightTerm: 'prepaid',
        })
        .expect(201);
      const id = created.body.id as string;
      const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
      await http()
        .post(`/api/v1/shipments/${id}/actions/confirm-booking`)
        .auth(token, bearer)
        .send({})
        .expect(200);
      await http()
        .post(`/api/v1/shipments/${id}/actions/request-space`)
        .auth(token, bearer)
        .send({})
        .expect(200);
      const released = await http()
        .post(`/api/v1/shipments/${id}/actions/release-so`)
        .auth(token, bearer)
        .send({
          soNumber: 'SO-YTN-778813',
          carrierBookingReference: '177SZX1234568',
          vessel: 'MSC OSCAR',
          voyage: 'FE546W',
          etd: at(120),
          cutoffs: { cy: at(30), si: at(12), customs: at(60), vgm: at(100) },
        })
        .expect(200);
      await http()
        .post(`/api/v1/shipments/${id}/containers/${released.body.containers[0].id}/actions/pickup`)
        .auth(token, bearer)
        .send({ containerNumber: number('CSQU', '305438'), sealNumber: 'ML1234569' })
        .expect(200);
      await http()
        .post(`/api/v1/shipments/${id}/actions/roll`)
        .auth(token, bearer)
        .send({ vessel: 'MSC AMELIA', voyage: 'FE548W', etd: at(150), reason: 'Vessel full' })
        .expect(200);

      await signedIn(page, `/shipments/${id}`, 'zh');
      for (const language of ['zh', 'en'] as const) {
        await page.goto(`${service.url}/shipments/${id}?lang=${language}`);
        await statusShown(page, language === 'zh' ? '放舱' : 'S/O released');
        await page.getByTestId('event-rolled').waitFor();
        await page.getByTestId('action-roll').waitFor();
        await expectAccessible(page, `shipment page (${language})`);
        if (SCREENSHOTS) {
          const file = join(__dirname, '..', '..', 'docs', 'screenshots', `shipment-${language}.png`);
          await page.screenshot({ path: file, fullPage: true });
        }
        // An action's form and the quick entry are checked too.
        await page
          .getByTestId('action-release-so')
          .waitFor({ state: 'detached' })
          .catch(() => undefined);
        await openAction(page, 'roll');
        await expectAccessible(page, `roll form (${language})`);
        await dialog(page)
          .getByRole('button', { name: language === 'zh' ? '关闭' : 'Close' })
          .first()
          .click();
        await dialog(page).waitFor({ state: 'detached' });
        await page.getByTestId('quick-entry-toggle').click();
        await page.getByTestId('quick-2-containerNumber').waitFor();
        await page.keyboard.type('CSQU305439');
        // The pointer off the toggle: a hovered button's lighter blue is the theme's hover state, not the page's.
        await page.mouse.move(0, 0);
        await expectAccessible(page, `quick entry (${language})`);
        await page.getByTestId('quick-entry-toggle').click();
      }
    },
    180_000,
  );
});
