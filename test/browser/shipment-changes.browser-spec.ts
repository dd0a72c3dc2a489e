import type { Browser, Page } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import {
  browserTest,
  createStaffUser,
  expectAccessible,
  launchBrowser,
  signIn,
  startService,
  type ConsoleService,
} from './harness';
import { dialog, eventsOf, openAction, shipmentOf, statusShown, submit } from './shipment-helpers';

// Issue 16 on the shipment page: an operator edits a confirmed booking (its POD and its containers) and
// shuts out a shipment customs have released. The shipments are set up through the API; the browser only
// does what the operator does.

let service: ConsoleService;
let browser: Browser;
let operator: { email: string };
let base: { clientId: string; carrierId: string };

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  operator = await createStaffUser(service, { name: 'Wang Fang', role: 'operator' });
  base = {
    clientId: (await createClient(service.t)).id,
    carrierId: (await createCarrier(service.t)).id,
  };
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function signedIn(page: Page, path: string): Promise<void> {
  await page.goto(`${service.url}/sign-in?lang=en`);
  await signIn(page, operator.email);
  await page.goto(`${service.url}${path}?lang=en`);
}

describe('booking changes and shut-outs on the shipment page', () => {
  browserTest(
    'edits the POD and the containers of a confirmed booking, then shuts out a released shipment',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      const booked = await shipmentAt(service.t, 'booking_confirmed', base);
      const released = await shipmentAt(service.t, 'customs_released', base);

      await signedIn(page, `/shipments/${booked.id}`);
      await statusShown(page, 'Booking confirmed');
      await page.getByTestId('edit-booking').click();
      const form = dialog(page);
      await form.getByTestId('edit-containers').waitFor();
      // Space is requested later: the carrier is still editable; nothing is locked at this stage.
      await form.getByLabel('Port of discharge (POD)').fill('uslgb');
      await form.getByLabel(/^Remove container 1/).check();
      await form.getByTestId('edit-add-row').click();
      await form.getByLabel('Quantity').fill('2');
      await expectAccessible(page, 'the booking edit form');
      await submit(page);
      await page.getByText('USLGB', { exact: false }).first().waitFor();

      const edited = (await shipmentOf(service, booked.id)) as unknown as {
        pod: string;
        containers: { seq: number; type: string }[];
      };
      expect(edited.pod).toBe('USLGB');
      expect(edited.containers.map((c) => [c.seq, c.type])).toEqual([
        [2, '45G1'],
        [3, '45G1'],
        [4, '45G1'],
      ]);
      const changed = (await eventsOf(service, booked.id)).filter((e) => e.type === 'booking_changed');
      expect(changed.map((e) => e.data.field)).toEqual(['pod', 'containers']);

      // A shipment past the S/O: the containers and the carrier are locked, with why.
      await page.goto(`${service.url}/shipments/${released.id}?lang=en`);
      await statusShown(page, 'Customs released');
      await page.getByTestId('edit-booking').click();
      await dialog(page)
        .getByText(/Locked: space is requested/)
        .waitFor();
      await dialog(page)
        .getByText(/Locked: every container is picked up/)
        .waitFor();
      await dialog(page).getByRole('button', { name: 'Close', exact: true }).last().click();
      await dialog(page).waitFor({ state: 'detached' });

      const shutOut = await openAction(page, 'shut-out');
      await shutOut.getByLabel('Reason').fill('Overweight box refused at loading');
      await shutOut.getByLabel('Customs withdrawal reference').fill('WD-531620261000123456');
      await expectAccessible(page, 'the shut-out form');
      await submit(page);
      await statusShown(page, 'Cancelled');
      const shut = (await eventsOf(service, released.id)).find((e) => e.type === 'shut_out');
      expect(shut?.data).toMatchObject({
        reason: 'Overweight box refused at loading',
        customsWithdrawalReference: 'WD-531620261000123456',
      });
    },
    60_000,
  );
});
