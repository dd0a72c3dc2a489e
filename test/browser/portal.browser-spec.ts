import type { Browser } from 'playwright-core';
import { createDraft, issue, issueReceivable, payableBody } from '../factories/billing';
import { createCarrier, createClient } from '../factories/master-data';
import { bearer } from '../utils/http';
import { shipmentAt } from '../utils/flow';
import {
  browserTest,
  expectAccessible,
  launchBrowser,
  PASSWORD,
  signIn,
  startService,
  type ConsoleService,
} from './harness';

// The client portal in a real browser: a client user signs in to the same console, sees its own shipment and
// what it owes, opens its debit note's PDF, approves the B/L draft, and finds nothing internal on the timeline
// and nothing of another client's (its shipment's address shows "not found").

let service: ConsoleService;
let browser: Browser;
let clientUser: { email: string };
let mine: { id: string; reference: string; noteNumber: string; noteId: string };
let theirs: { id: string };

beforeAll(async () => {
  [service, browser] = await Promise.all([startService(), launchBrowser()]);
  const { t } = service;
  const client = await createClient(t, { code: 'OAK-SZ', name: 'Shenzhen Oak Furniture Co.' });
  const other = await createClient(t, { code: 'PINE-DG' });
  const carrier = await createCarrier(t);
  // At the three-way check: the SI is in, revision 1 waits for the client's approval.
  const shipment = await shipmentAt(t, 'si_submitted', { clientId: client.id, carrierId: carrier.id });
  const note = await issueReceivable(t, shipment.id);
  // Internal to us: the carrier's bill, and who works the shipment.
  await issue(t, (await createDraft(t, shipment.id, payableBody(carrier.id))).id);
  const manager = await t.tokenFor('manager');
  const current = await t.http().get(`/api/v1/shipments/${shipment.id}`).auth(manager, bearer).expect(200);
  await t
    .http()
    .patch(`/api/v1/shipments/${shipment.id}`)
    .auth(manager, bearer)
    .set('If-Match', `"${current.body.version}"`)
    .send({ operatorId: await t.userIdFor('operator') })
    .expect(200);
  mine = { id: shipment.id, reference: current.body.reference, noteNumber: note.number!, noteId: note.id };
  theirs = { id: (await shipmentAt(t, 'booking_confirmed', { clientId: other.id })).id };

  const email = `oak.${Date.now()}@client.example`;
  await t
    .http()
    .post('/api/v1/users')
    .auth(service.adminToken, bearer)
    .send({ email, name: 'Oak Shipping Desk', password: PASSWORD, role: 'client', clientId: client.id })
    .expect(201);
  clientUser = { email };
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('the client portal', () => {
  browserTest(
    'a client sees its shipment and bill, opens the PDF, approves the B/L, and nothing internal or of others',
    () => browser,
    async ({ page }) => {
      page.setDefaultTimeout(20_000);
      await page.goto(`${service.url}/sign-in?lang=zh`);
      await signIn(page, clientUser.email);

      // Home is the portal, not the board: its shipment with the stage, and what it owes.
      const home = page.getByTestId('portal-home');
      await home.waitFor();
      const row = page.getByTestId(`portal-shipment-${mine.reference}`);
      await row.getByText('补料').waitFor();
      await page.getByTestId('portal-balance').getByText('1,000.00 CNY').waitFor();
      await page.getByTestId(`open-note-${mine.noteNumber}`).waitFor();
      await expectAccessible(page, 'portal home');

      // Its shipment: the B/L draft to approve, its papers, the client-facing history.
      await row.getByRole('link', { name: mine.reference }).click();
      await page.getByTestId('portal-shipment').waitFor();
      await page.getByTestId('shipment-status').getByText('补料').waitFor();
      const documents = page.getByTestId('portal-documents');
      await documents.getByTestId(`doc-bill-${mine.noteNumber}`).waitFor();
      // The booking confirmation as it was sent, among the documents sent.
      await page.getByTestId('documents-card').getByTestId('document-booking_confirmation-v1').waitFor();
      // One bill: ours to the client; the carrier's bill to us is not there.
      expect(await documents.locator('[data-testid^="doc-bill-"]').count()).toBe(1);
      await page.getByTestId('event-si_submitted').waitFor();
      await expectAccessible(page, 'portal shipment');

      // The debit note's PDF opens with the session (same origin, the cookie).
      const href = await documents.getByTestId(`doc-bill-${mine.noteNumber}`).getAttribute('href');
      expect(href).toBe(`/api/v1/debit-notes/${mine.noteId}/pdf`);
      const pdf = await page.request.get(`${service.url}${href}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      // Nothing internal on the timeline: no operator assignment, only the client's own bill.
      expect(await page.getByTestId('event-operator_assigned').count()).toBe(0);
      expect(await page.getByTestId('event-debit_note_issued').count()).toBe(1);
      expect(await page.locator('[data-testid^="action-"]').count()).toBe(0);

      // The B/L draft of revision 1 as sent, to open; then approve that document.
      const draftLink = page.getByTestId('bl-draft-pdf');
      await draftLink.waitFor();
      const draftPdf = await page.request.get(`${service.url}${await draftLink.getAttribute('href')}`);
      expect(draftPdf.status()).toBe(200);
      expect((await draftPdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await page.getByTestId('approve-bl').click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '确认提单' }).click();
      await page.getByTestId('bl-approved').waitFor();
      await page.getByTestId('event-bl_approved').waitFor();
      const after = await service.t
        .http()
        .get(`/api/v1/shipments/${mine.id}`)
        .auth(service.adminToken, bearer)
        .expect(200);
      expect(after.body.blApprovals).toEqual({ client: 1, carrier: null });
      // The approval names the draft the client opened.
      const history = await service.t
        .http()
        .get(`/api/v1/shipments/${mine.id}/events`)
        .auth(service.adminToken, bearer)
        .expect(200);
      const approval = (
        history.body.items as { type: string; data: { draft?: { documentId: string } } }[]
      ).find((e) => e.type === 'bl_approved');
      expect(`/api/v1/documents/${approval?.data.draft?.documentId}/pdf`).toBe(
        await draftLink.getAttribute('href'),
      );

      // Another client's shipment, by its address: not found, as if it did not exist.
      await page.goto(`${service.url}/shipments/${theirs.id}`);
      await page.getByText('页面不存在', { exact: true }).waitFor();
      expect(await page.getByTestId('portal-shipment').count()).toBe(0);
      await expectAccessible(page, 'portal not found');
    },
    90_000,
  );
});
