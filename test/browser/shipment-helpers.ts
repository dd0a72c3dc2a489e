import type { Locator, Page } from 'playwright-core';
import { bearer } from '../utils/http';
import type { ConsoleService } from './harness';

// Driving the shipment page (/shipments/:id) from the browser tests: its forms are Ant Design modals whose
// OK button carries `data-testid="action-submit"`, its times are typed as port time (Asia/Shanghai).

/** "2026-12-05 18:00": a time `ms` from now on the wall clock of Shanghai, as the page's pickers take it. */
export function portTime(ms: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export const HOUR = 3_600_000;

/** The open action form (the modal). */
export const dialog = (page: Page): Locator => page.getByRole('dialog');

/** Types a time into a date picker and confirms it. */
export async function typeTime(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.fill(text);
  await field.press('Enter');
}

/** Opens an action's form from its button in "Next actions". */
export async function openAction(page: Page, action: string): Promise<Locator> {
  await page.getByTestId(`action-${action}`).click();
  const form = dialog(page);
  await form.waitFor();
  return form;
}

/** Sends the open form and waits until it has closed (the write succeeded). */
export async function submit(page: Page): Promise<void> {
  await dialog(page).getByTestId('action-submit').click();
  await dialog(page).waitFor({ state: 'detached' });
}

/** Waits until the page shows the shipment at this status (in the page's language). */
export async function statusShown(page: Page, status: string): Promise<void> {
  await page
    .getByTestId('shipment-status')
    .filter({ hasText: new RegExp(`^${status}$`) })
    .waitFor();
}

export interface ApiShipment {
  id: string;
  reference: string;
  status: string;
  version: number;
  operatorId: string | null;
  vessel: string | null;
  voyage: string | null;
  etd: string | null;
  blNumber: string | null;
  siRevision: number;
  inspection: string;
  blApprovals: { client: number | null; carrier: number | null };
  shippingInstructions: Record<string, unknown> | null;
  containers: {
    id: string;
    seq: number;
    status: string;
    containerNumber: string | null;
    sealNumber: string | null;
    packages: number | null;
    grossWeightKg: string | null;
    vgmKg: string | null;
    terminal: string | null;
  }[];
}

/** The shipment as the API has it (read as the admin). */
export async function shipmentOf(service: ConsoleService, id: string): Promise<ApiShipment> {
  const res = await service.t
    .http()
    .get(`/api/v1/shipments/${id}`)
    .auth(service.adminToken, bearer)
    .expect(200);
  return res.body as ApiShipment;
}

export async function eventsOf(
  service: ConsoleService,
  id: string,
): Promise<{ type: string; actor: { name: string }; data: Record<string, unknown> }[]> {
  const res = await service.t
    .http()
    .get(`/api/v1/shipments/${id}/events?limit=200`)
    .auth(service.adminToken, bearer)
    .expect(200);
  return res.body.items;
}

/** A POST or PATCH the page sent to the shipment's API, with the headers that matter here. */
export interface SentWrite {
  method: string;
  path: string;
  ifMatch: string | undefined;
  idempotencyKey: string | undefined;
  status?: number;
}

/** Records every write the page sends to /api/v1/shipments/… and how it was answered. */
export function recordWrites(page: Page): SentWrite[] {
  const writes: SentWrite[] = [];
  page.on('response', (response) => {
    const request = response.request();
    const path = new URL(request.url()).pathname;
    if (!['POST', 'PATCH'].includes(request.method()) || !path.startsWith('/api/v1/shipments/')) return;
    const headers = request.headers();
    writes.push({
      method: request.method(),
      path,
      ifMatch: headers['if-match'],
      idempotencyKey: headers['idempotency-key'],
      status: response.status(),
    });
  });
  return writes;
}
