import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
import { releaseSoBody } from '../factories/shipments';
import { bearer } from '../utils/http';
import {
  createStaffUser,
  launchBrowser,
  signIn,
  startService,
  type ConsoleService,
  browserTest,
} from './harness';
import {
  dialog,
  HOUR,
  openAction,
  portTime,
  recordWrites,
  shipmentOf,
  statusShown,
  submit,
  typeTime,
} from './shipment-helpers';

// Two people on the same shipment page, each in their own browser window: the second write meets the 412
// path (who changed it, a reload that keeps what was typed, the write sent again against the new version),
// and a write the status no longer allows is refused with the actions that are possible now.

let service: ConsoleService;
let browser: Browser;
let wang: { id: string; email: string };
let li: { id: string; email: string };
let client: { id: string };
let carrier: { id: string };

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  wang = await createStaffUser(service, { name: 'Wang Fang', role: 'operator' });
  li = await createStaffUser(service, { name: 'Li Na', role: 'operator' });
  client = await createClient(service.t);
  carrier = await createCarrier(service.t);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** A shipment booked through the API, assigned to Wang, taken as far as `until`. */
async function shipmentAt(until: 'booking' | 'so_released'): Promise<string> {
  const http = () => service.t.http();
  const token = service.adminToken;
  const res = await http()
    .post('/api/v1/shipments')
    .auth(token, bearer)
    .send({
      clientId: client.id,
      carrierId: carrier.id,
      operatorId: wang.id,
      pol: 'CNYTN',
      pod: 'USLAX',
      commodity: 'Ceramic tiles (HS 6907)',
      containers: [{ type: '20GP', quantity: 1 }],
      freightTerm: 'prepaid',
    })
    .expect(201);
  const id = res.body.id as string;
  if (until === 'so_released') {
    for (const [action, body] of [
      ['confirm-booking', {}],
      ['request-space', {}],
      ['release-so', releaseSoBody()],
    ] as const) {
      await http()
        .post(`/api/v1/shipments/${id}/actions/${action}`)
        .auth(token, bearer)
        .send(body)
        .expect(200);
    }
  }
  return id;
}

/** A second browser window, signed in as someone else, on the same page. */
async function window(
  user: { email: string },
  path: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${service.url}/sign-in?lang=en`);
  await signIn(page, user.email);
  await page.goto(`${service.url}${path}?lang=en`);
  return { context, page };
}

describe('two people editing the same shipment', () => {
  browserTest(
    'the second write meets the 412: who changed it, a reload that keeps what was typed, then it goes through',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      const id = await shipmentAt('so_released');
      const before = await shipmentOf(service, id);

      // Li has the roll form open and types into it…
      const second = await window(li, `/shipments/${id}`);
      try {
        const liPage = second.page;
        await statusShown(liPage, 'S/O released');
        const writes = recordWrites(liPage);
        const roll = await openAction(liPage, 'roll');
        await roll.getByLabel('Vessel').fill('MSC AMELIA');
        await roll.getByLabel('Voyage').fill('FE548W');
        const etd = portTime(Date.now() + 300 * HOUR);
        await typeTime(roll.getByLabel('ETD'), etd);
        await roll.getByLabel('Reason').fill('Vessel full: rolled by the carrier');

        // …while Wang, in his own window, unassigns the shipment (PATCH, If-Match).
        await page.goto(`${service.url}/sign-in?lang=en`);
        await signIn(page, wang.email);
        await page.goto(`${service.url}/shipments/${id}?lang=en`);
        await statusShown(page, 'S/O released');
        await page.getByTestId('operator-select').click();
        await page
          .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
            hasText: 'Unassigned',
          })
          .click();
        await page.getByTestId('operator-select').filter({ hasText: 'Unassigned' }).waitFor();

        // Li's page follows live; her form still holds the version she opened it on.
        await liPage.getByTestId('operator-select').filter({ hasText: 'Unassigned' }).waitFor();
        await dialog(liPage).getByTestId('action-submit').click();
        const conflict = dialog(liPage).getByTestId('conflict');
        await conflict.getByText('Someone else changed this shipment first').waitFor();
        await conflict.getByText(/^Wang Fang changed it at .+ \(Operator assigned\)\.$/).waitFor();
        expect((await shipmentOf(service, id)).vessel).toBe(before.vessel);

        // Reload: what Li typed is all still there; sent again, against the new version, it goes through.
        await conflict.getByTestId('conflict-reload').click();
        await conflict.waitFor({ state: 'detached' });
        await expect(roll.getByLabel('Vessel').inputValue()).resolves.toBe('MSC AMELIA');
        await expect(roll.getByLabel('Voyage').inputValue()).resolves.toBe('FE548W');
        await expect(roll.getByLabel('ETD').inputValue()).resolves.toBe(etd);
        await expect(roll.getByLabel('Reason').inputValue()).resolves.toBe(
          'Vessel full: rolled by the carrier',
        );
        await submit(liPage);
        await liPage.getByTestId('fact-vessel').filter({ hasText: 'MSC AMELIA / FE548W' }).waitFor();

        // Both changes stand; the refused attempt and the retry went with the same key (a refusal gives it back).
        const after = await shipmentOf(service, id);
        expect(after).toMatchObject({ vessel: 'MSC AMELIA', voyage: 'FE548W', operatorId: null });
        expect(after.version).toBe(before.version + 2);
        const rolls = writes.filter((w) => w.path.endsWith('/actions/roll'));
        expect(rolls).toEqual([
          expect.objectContaining({ status: 412, ifMatch: `"${before.version}"` }),
          expect.objectContaining({ status: 200, ifMatch: `"${before.version + 1}"` }),
        ]);
        expect(rolls[0]!.idempotencyKey).toBe(rolls[1]!.idempotencyKey);
      } finally {
        await second.context.close();
      }
    },
    240_000,
  );

  browserTest(
    'a write the status no longer allows is refused in the form, with what is possible now',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      const id = await shipmentAt('booking');
      const second = await window(li, `/shipments/${id}`);
      try {
        // Li opens "Confirm booking"; Wang confirms it first.
        const liPage = second.page;
        await statusShown(liPage, 'Booking');
        await openAction(liPage, 'confirm-booking');
        await page.goto(`${service.url}/sign-in?lang=en`);
        await signIn(page, wang.email);
        await page.goto(`${service.url}/shipments/${id}?lang=en`);
        await openAction(page, 'confirm-booking');
        await submit(page);
        await statusShown(page, 'Booking confirmed');

        // Li's confirmation meets the 412; reloaded and sent again, the status refuses it (409) and says
        // what can be done instead.
        await dialog(liPage).getByTestId('action-submit').click();
        await dialog(liPage)
          .getByTestId('conflict')
          .getByText(/Wang Fang changed it at .+ \(Booking confirmed\)/)
          .waitFor();
        await dialog(liPage).getByTestId('conflict-reload').click();
        await dialog(liPage).getByTestId('action-submit').click();
        const problem = dialog(liPage).getByTestId('write-problem');
        await problem.getByText('Possible now: Request space or Cancel').waitFor();
        expect((await shipmentOf(service, id)).status).toBe('booking_confirmed');
      } finally {
        await second.context.close();
      }
    },
    240_000,
  );
});
