import {
  createCreditClient,
  createDraft,
  issuePayable,
  issueReceivable,
  payableBody,
  receivableBody,
  releaseApprovalFor,
  setFxTerms,
  type DebitNote,
  fixedFxTerm,
} from '../../factories/billing';
import { createCarrier, createClient } from '../../factories/master-data';
import { act, REACHABLE, shipmentAt, type ShipmentRef } from '../flow';
import { type TestApp } from '../test-app';
import { bearer } from '../http';

// Fixtures, created through the API

export interface Fixtures {
  /** Every fixture id, by the collection that names it in paths (shipments, containers, clients, ...). */
  ids: Record<string, string[]>;
  /**
   * Shipments by status, and a few more so that no two base requests need the same one: `to_cancel`
   * (booking), `customs_clear` (customs_declared), `inspected` (customs_declared, inspection pending), `to_shut_out` (customs_released),
   * `to_correct` (booking, its B/L number edited),
   * `billed` (debit_noted).
   */
  shipments: Record<string, ShipmentRef>;
  clientId: string;
  creditClientId: string;
  carrierId: string;
  users: Record<string, string>;
  notes: Record<'draft' | 'draftToIssue' | 'toVoid' | 'toPay' | 'billToPay', DebitNote>;
  approvals: Record<'toApprove' | 'toReject' | 'approved', string>;
  /** Floor prices: one to edit, one to delete (issue 16). */
  floorPrices: Record<'toEdit' | 'toDelete', string>;
  /** Fees (issue 16): a fee rule to edit and one to delete; charges to edit, to void, and one a carrier bills. */
  feeRules: Record<'toEdit' | 'toDelete', string>;
  charges: Record<'toEdit' | 'toVoid' | 'carrierBilled', string>;
  /** Papers (issue 18): an attachment to edit and one to remove; a paper rule to edit and one to delete. */
  attachments: Record<'toEdit' | 'toRemove' | 'toSend', string>;
  paperRules: Record<'toEdit' | 'toDelete', string>;
  /** Tokens for the 401/403 batch. */
  tokens: { clientUser: string; inactiveUser: string };
}

export const inDays = (days: number, hour = 17): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
export const anHourAgo = (): string => new Date(Date.now() - 3_600_000).toISOString();
/** Base bodies are built after the fixtures: a container step "now" comes after the step before it. */
export const justNow = (): string => new Date().toISOString();

export async function createFixtures(t: TestApp): Promise<Fixtures> {
  const admin = await t.tokenFor('admin');
  const carrier = await createCarrier(t);
  const client = await createClient(t);
  const creditClient = await createCreditClient(t);
  for (const role of ['manager', 'operator', 'sales', 'accounts'] as const) await t.tokenFor(role);
  const clientUser = await t.createUser({ role: 'client', clientId: client.id });
  const inactive = await t.createUser({ role: 'operator' });
  const deactivated = await t
    .http()
    .patch(`/api/v1/users/${inactive.id}`)
    .auth(admin, bearer)
    .send({ active: false });
  if (deactivated.status !== 200) throw new Error(`deactivate user: ${deactivated.status}`);

  const at = (status: Parameters<typeof shipmentAt>[1], clientId = client.id) =>
    shipmentAt(t, status, { clientId, carrierId: carrier.id });
  const shipments: Record<string, ShipmentRef> = {};
  // Every status the actions reach but the last, and a cancelled one.
  for (const status of [...REACHABLE.filter((s) => s !== 'bl_checked'), 'cancelled' as const]) {
    shipments[status] = await at(status);
  }
  shipments.to_cancel = await at('booking');
  shipments.customs_clear = await at('customs_declared');
  shipments.inspected = await at('customs_declared');
  shipments.to_correct = await at('booking');
  shipments.to_shut_out = await at('customs_released');
  const flagged = await act(t, await t.tokenFor('operator'), shipments.inspected.id, 'flag-inspection', {
    note: 'Random check',
  });
  if (flagged.status !== 200) throw new Error(`flag inspection: ${flagged.status}`);
  // A monthly client's shipments with issued receivable notes: debit_noted, releasable on credit.
  shipments.debit_noted = await at('bl_checked', creditClient.id);
  const dueNote = await issueReceivable(t, shipments.debit_noted.id);
  shipments.billed = await at('bl_checked', creditClient.id);
  const notes = {
    draft: await createDraft(t, shipments.booking!.id, receivableBody(client.id)),
    draftToIssue: await createDraft(t, shipments.booking!.id, receivableBody(client.id)),
    toVoid: await issueReceivable(t, shipments.billed.id),
    toPay: await issueReceivable(t, shipments.billed.id),
    // A carrier's bill, recorded: what POST /carrier-payments pays.
    billToPay: await issuePayable(t, shipments.billed.id),
  };
  for (const s of [shipments.debit_noted, shipments.billed]) s.status = 'debit_noted';
  const payableDraft = await createDraft(t, shipments.so_released!.id, payableBody(carrier.id));
  const approvals = {
    toApprove: (await releaseApprovalFor(t, shipments.debit_noted.id, 'pending')).id,
    toReject: (await releaseApprovalFor(t, shipments.debit_noted.id, 'pending')).id,
    approved: (await releaseApprovalFor(t, shipments.debit_noted.id, 'approve')).id,
  };
  const floorPrice = async (pod: string): Promise<string> => {
    const res = await t
      .http()
      .post('/api/v1/floor-prices')
      .auth(admin, bearer)
      .send({ pol: 'CNYTN', pod, containerType: '22G1', price: { amount: '900.00', currency: 'USD' } });
    if (res.status !== 201) throw new Error(`floor price: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const floorPrices = { toEdit: await floorPrice('USNYC'), toDelete: await floorPrice('USSAV') };
  const feeRule = async (terminal: string): Promise<string> => {
    const res = await t
      .http()
      .post('/api/v1/fee-rules')
      .auth(admin, bearer)
      .send({ kind: 'lift', carrierId: carrier.id, terminal, amount: { amount: '80.00', currency: 'CNY' } });
    if (res.status !== 201) throw new Error(`fee rule: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const feeRules = { toEdit: await feeRule('FUZZ-A'), toDelete: await feeRule('FUZZ-B') };
  const charge = async (carrierId?: string): Promise<string> => {
    const res = await t
      .http()
      .post(`/api/v1/shipments/${shipments.so_released!.id}/charges`)
      .auth(admin, bearer)
      .send({ kind: 'other', cost: { amount: '45.00', currency: 'CNY' }, carrierId });
    if (res.status !== 201) throw new Error(`charge: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const charges = { toEdit: await charge(), toVoid: await charge(), carrierBilled: await charge(carrier.id) };
  const attachment = async (name: string, clientVisible = false): Promise<string> => {
    const res = await t
      .http()
      .post(`/api/v1/shipments/${shipments.so_released!.id}/attachments`)
      .auth(admin, bearer)
      .field('kind', 'other')
      .field('clientVisible', String(clientVisible))
      .attach('file', Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`), { filename: `${name}.pdf` });
    if (res.status !== 201) throw new Error(`attachment: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const attachments = {
    toEdit: await attachment('to-edit'),
    toRemove: await attachment('to-remove'),
    // Client-visible: what staff may send the client by e-mail.
    toSend: await attachment('to-send', true),
  };
  const paperRule = async (action: string): Promise<string> => {
    const res = await t
      .http()
      .post('/api/v1/paper-rules')
      .auth(admin, bearer)
      .send({ action, kind: 'vgm', severity: 'warning', carrierId: carrier.id });
    if (res.status !== 201) throw new Error(`paper rule: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const paperRules = { toEdit: await paperRule('gate-in'), toDelete: await paperRule('submit-si') };
  const fxTerms = await setFxTerms(t, creditClient.id, [fixedFxTerm()]);
  if (fxTerms.status !== 200) throw new Error(`fx terms: ${fxTerms.status} ${JSON.stringify(fxTerms.body)}`);

  const listed = await t.http().get('/api/v1/users?limit=200').auth(admin, bearer);
  const people = listed.body.items as { id: string; role: string; active: boolean }[];
  const users: Record<string, string> = {};
  for (const p of people) if (p.active) users[p.role] ??= p.id;

  const ids: Record<string, string[]> = {
    shipments: Object.values(shipments).map((s) => s.id),
    containers: Object.values(shipments).flatMap((s) => s.containers.map((c) => c.id)),
    clients: [client.id, creditClient.id],
    carriers: [carrier.id],
    users: people.map((p) => p.id),
    approvals: Object.values(approvals),
    'floor-prices': Object.values(floorPrices),
    'fee-rules': Object.values(feeRules),
    charges: Object.values(charges),
    attachments: Object.values(attachments),
    'paper-rules': Object.values(paperRules),
    'debit-notes': [...Object.values(notes).map((n) => n.id), dueNote.id, payableDraft.id],
  };
  ids.all = Object.values(ids).flat();
  return {
    ids,
    shipments,
    clientId: client.id,
    creditClientId: creditClient.id,
    carrierId: carrier.id,
    users,
    notes,
    approvals,
    floorPrices,
    feeRules,
    charges,
    attachments,
    paperRules,
    tokens: { clientUser: clientUser.token, inactiveUser: inactive.token },
  };
}
