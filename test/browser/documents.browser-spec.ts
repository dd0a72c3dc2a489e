import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createCarrier, createClient } from '../factories/master-data';
import { shipmentAt } from '../utils/flow';
import { bearer } from '../utils/http';
import {
  browserTest,
  createStaffUser,
  expectAccessible,
  launchBrowser,
  PASSWORD,
  signIn,
  startService,
  type ConsoleService,
} from './harness';

// The documents kept as sent (docs/documents.md) in a real browser: the shipment page's "Documents" card lists
// the booking confirmation and the S/O notice and opens the stored bytes; the client page lists the client's;
// the portal shows a client user its own. `SCREENSHOTS=1` also writes
// test/browser/artifacts/screens/documents-{shipment,client,portal}-<zh|en>.png.

let service: ConsoleService;
let browser: Browser;
let operator: { email: string };
let clientUser: string;
let shipment: { id: string; reference: string };
let clientId: string;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  const client = await createClient(t, {
    code: 'LONGRIVER',
    name: 'Dongguan Long River Household Products Import and Export Co., Ltd.',
    nameLocal: '东莞市长江家居用品进出口贸易有限公司',
    emails: ['docs@longriver.example'],
  });
  clientId = client.id;
  const carrier = await createCarrier(t);
  const s = await shipmentAt(t, 'so_released', { clientId: client.id, carrierId: carrier.id });
  const admin = service.adminToken;
  const body = (await t.http().get(`/api/v1/shipments/${s.id}`).auth(admin, bearer).expect(200)).body;
  shipment = { id: s.id, reference: body.reference as string };
  operator = await createStaffUser(service, { name: '王操作', role: 'operator' });
  const email = `longriver.${Date.now()}@client.example`;
  await t
    .http()
    .post('/api/v1/users')
    .auth(admin, bearer)
    .send({ email, name: 'Long River Desk', password: PASSWORD, role: 'client', clientId: client.id })
    .expect(201);
  clientUser = email;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const stored = async (id: string) =>
  (
    await service.t
      .http()
      .get(`/api/v1/shipments/${id}/documents`)
      .auth(service.adminToken, bearer)
      .expect(200)
  ).body.items as { id: string; kind: string; version: number; sha256: string }[];

describe('documents kept as sent', () => {
  browserTest(
    'the shipment page lists the booking confirmation and the S/O notice, and one downloads as stored',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await page.goto(`${service.url}/sign-in?lang=zh`);
      await signIn(page, operator.email);
      await page.goto(`${service.url}/shipments/${shipment.id}?lang=zh`);
      const card = page.getByTestId('documents-card');
      await card.getByTestId('document-so_notice-v1').waitFor();
      await card.getByTestId('document-booking_confirmation-v1').getByText('订舱确认书').waitFor();
      await card.getByTestId('document-so_notice-v1').getByText('放舱通知').waitFor();
      await card.getByText('docs@longriver.example').first().waitFor();

      const link = card.getByTestId('document-open-so_notice-v1');
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/api\/v1\/documents\/[0-9a-f-]+\/pdf$/);
      // The link's address with the page's own session cookie: the stored bytes.
      const res = await page.request.get(`${service.url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      const want = (await stored(shipment.id)).find((d) => d.kind === 'so_notice')!;
      expect(sha256(await res.body())).toBe(want.sha256);
      await expectAccessible(page, 'documents card on the shipment page', '[data-testid="documents-card"]');

      // The client page: the client's documents, narrowed by kind.
      await page.goto(`${service.url}/clients/${clientId}?lang=zh`);
      const clientCard = page.getByTestId('documents-card');
      await clientCard.getByTestId('document-booking_confirmation-v1').waitFor();
      await clientCard.getByTestId('documents-filter').getByText('放舱通知').click();
      await clientCard.getByTestId('document-booking_confirmation-v1').waitFor({ state: 'detached' });
      await clientCard.getByTestId('document-so_notice-v1').waitFor();
    },
  );

  browserTest(
    'the portal shows the client its documents, on its home and its shipment',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await page.goto(`${service.url}/sign-in?lang=en`);
      await signIn(page, clientUser);
      const home = page.getByTestId('documents-card');
      await home.getByTestId('document-so_notice-v1').getByText('S/O notice').waitFor();
      await page.goto(`${service.url}/shipments/${shipment.id}?lang=en`);
      await page.getByTestId('portal-shipment').waitFor();
      const card = page.getByTestId('documents-card');
      await card.getByTestId('document-booking_confirmation-v1').getByText('Booking confirmation').waitFor();
      // Client-facing: whom it went to and who made it are staff's business.
      expect(await card.getByText('docs@longriver.example').count()).toBe(0);
      const href = await card.getByTestId('document-open-booking_confirmation-v1').getAttribute('href');
      const res = await page.request.get(`${service.url}${href}`);
      expect(res.status()).toBe(200);
      await expectAccessible(page, 'documents card in the portal', '[data-testid="documents-card"]');
    },
  );
});

const screens = process.env.SCREENSHOTS ? describe : describe.skip;
screens('screenshots of the documents cards', () => {
  const OUT = join(__dirname, 'artifacts', 'screens');
  const shoot = async (page: Page, name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, name), fullPage: true });
  };
  for (const language of ['zh', 'en'] as const) {
    it(`the documents on the shipment, the client and the portal (${language})`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(page, operator.email);
      await page.goto(`${service.url}/shipments/${shipment.id}?lang=${language}`);
      await page.getByTestId('documents-card').getByTestId('document-so_notice-v1').waitFor();
      await page.getByTestId('documents-card').scrollIntoViewIfNeeded();
      await shoot(page, `documents-shipment-${language}.png`);
      await page.goto(`${service.url}/clients/${clientId}?lang=${language}`);
      await page.getByTestId('documents-card').getByTestId('document-so_notice-v1').waitFor();
      await shoot(page, `documents-client-${language}.png`);
      await context.close();

      const portal = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const p = await portal.newPage();
      await p.goto(`${service.url}/sign-in?lang=${language}`);
      await signIn(p, clientUser);
      await p.goto(`${service.url}/shipments/${shipment.id}?lang=${language}`);
      await p.getByTestId('documents-card').getByTestId('document-so_notice-v1').waitFor();
      await shoot(p, `documents-portal-${language}.png`);
      await portal.close();
    }, 60_000);
  }
});
