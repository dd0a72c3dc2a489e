import type { Response } from 'supertest';
import { todayIn } from '../../src/common/time';
import type { TestApp } from '../utils/test-app';
import { createClient as createMasterClient, type ClientBody } from './master-data';
import { bearer } from '../utils/http';

/** Money on the wire (docs/api.md "Money, rates, measures"): a decimal string with the currency's exact digits. */
export interface MoneyBody {
  amount: string;
  currency: string;
}

export interface LineBody {
  description: string;
  amount: MoneyBody;
  quantity?: string | number;
}

export interface FxRateBody {
  from: string;
  to: string;
  rate: string;
  source: string;
  date: string;
}

/** A debit note as POST /api/v1/shipments/:id/debit-notes takes it (docs/api.md "Billing"). */
export interface DebitNoteBody {
  direction: 'receivable' | 'payable';
  partyId: string;
  currency: string;
  lines: LineBody[];
  fxRates?: FxRateBody[];
  dueDate?: string;
  carrierNumber?: string;
  remarks?: string;
  [key: string]: unknown;
}

/** What the API answers for a debit note (the fields the tests look at). */
export interface DebitNote {
  id: string;
  shipmentId: string;
  direction: 'receivable' | 'payable';
  partyId: string;
  number: string | null;
  carrierNumber: string | null;
  currency: string;
  status: 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';
  total: MoneyBody;
  paid: MoneyBody;
  balance: MoneyBody;
  fxRates: FxRateBody[];
  lines: {
    seq: number;
    description: string;
    amount: MoneyBody;
    quantity: string;
    lineTotal: MoneyBody;
    rate: string | null;
    converted: MoneyBody;
  }[];
  issueDate: string | null;
  dueDate: string | null;
  voidReason: string | null;
  version: number;
}

export interface ShipmentEvent {
  seq: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actor: { id: string | null; name: string };
  data: Record<string, unknown>;
}

export const money = (amount: string, currency = 'CNY'): MoneyBody => ({ amount, currency });

/** A rate `from → to` as a note freezes it; the source and date are the ones written on the note. */
export function fxRate(rate: string, overrides: Partial<FxRateBody> = {}): FxRateBody {
  return {
    from: 'USD',
    to: 'CNY',
    rate,
    source: 'Bank of China 10:00 selling rate',
    date: '2026-11-02',
    ...overrides,
  };
}

/** A receivable note to the shipment's client in CNY, one freight line of 1,000.00; anything overridden wins. */
export function receivableBody(clientId: string, overrides: Partial<DebitNoteBody> = {}): DebitNoteBody {
  return {
    direction: 'receivable',
    partyId: clientId,
    currency: 'CNY',
    lines: [{ description: 'Ocean freight CNYTN-USLAX', amount: money('1000.00') }],
    ...overrides,
  };
}

let carrierNumberSeq = 0;

/** The carrier's own bill to us (payable), with its number; anything overridden wins. */
export function payableBody(carrierId: string, overrides: Partial<DebitNoteBody> = {}): DebitNoteBody {
  return {
    direction: 'payable',
    partyId: carrierId,
    currency: 'CNY',
    carrierNumber: `CARRIER-INV-${++carrierNumberSeq}`,
    // The carrier's due date, which a payable note must carry: a month out.
    dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    lines: [{ description: 'Ocean freight (carrier)', amount: money('800.00') }],
    ...overrides,
  };
}

/** Today in the business's time zone: what the service writes as a note's issue date. */
export function today(t: TestApp): string {
  return todayIn(t.config.timezone);
}

/** `date` (YYYY-MM-DD) moved by whole days. */
export function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `date` moved by whole calendar months (the day clamped to the target month's last day). */
export function shiftMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

async function accountsToken(t: TestApp, token?: string): Promise<string> {
  return token ?? t.tokenFor('accounts');
}

function must<T>(res: Response, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** POST a draft (as accounts unless a token is given); the raw response, for refusals. */
export async function postDebitNote(
  t: TestApp,
  shipmentId: string,
  body: DebitNoteBody,
  token?: string,
): Promise<Response> {
  return t
    .http()
    .post(`/api/v1/shipments/${shipmentId}/debit-notes`)
    .auth(await accountsToken(t, token), bearer)
    .send(body);
}

export async function createDraft(
  t: TestApp,
  shipmentId: string,
  body: DebitNoteBody,
  token?: string,
): Promise<DebitNote> {
  return must(await postDebitNote(t, shipmentId, body, token), 201, 'create debit note');
}

/** POST /debit-notes/:id/issue (as accounts unless a token is given); the raw response. */
export async function postIssue(t: TestApp, noteId: string, token?: string): Promise<Response> {
  return t
    .http()
    .post(`/api/v1/debit-notes/${noteId}/issue`)
    .auth(await accountsToken(t, token), bearer)
    .send({});
}

export async function issue(t: TestApp, noteId: string, token?: string): Promise<DebitNote> {
  return must(await postIssue(t, noteId, token), 200, 'issue debit note');
}

export async function postVoid(t: TestApp, noteId: string, reason = 'Billed twice'): Promise<Response> {
  return t
    .http()
    .post(`/api/v1/debit-notes/${noteId}/void`)
    .auth(await t.tokenFor('accounts'), bearer)
    .send({ reason });
}

export async function getNote(t: TestApp, noteId: string, token?: string): Promise<DebitNote> {
  const res = await t
    .http()
    .get(`/api/v1/debit-notes/${noteId}`)
    .auth(await accountsToken(t, token), bearer);
  return must(res, 200, 'get debit note');
}

export async function getShipment(
  t: TestApp,
  shipmentId: string,
): Promise<{ id: string; clientId: string; carrierId: string | null; status: string; version: number }> {
  const res = await t
    .http()
    .get(`/api/v1/shipments/${shipmentId}`)
    .auth(await t.tokenFor('operator'), bearer);
  return must(res, 200, 'get shipment');
}

/** The shipment's history, oldest first. */
export async function eventsOf(t: TestApp, shipmentId: string): Promise<ShipmentEvent[]> {
  const res = await t
    .http()
    .get(`/api/v1/shipments/${shipmentId}/events`)
    .auth(await t.tokenFor('operator'), bearer);
  return must<{ items: ShipmentEvent[] }>(res, 200, 'shipment events').items;
}

/**
 * Drafts and issues a receivable note to the shipment's client (CNY 1,000.00 unless overridden); returns the
 * issued note.
 */
export async function issueReceivable(
  t: TestApp,
  shipmentId: string,
  overrides: Partial<DebitNoteBody> = {},
): Promise<DebitNote> {
  const { clientId } = await getShipment(t, shipmentId);
  const draft = await createDraft(t, shipmentId, receivableBody(clientId, overrides));
  return issue(t, draft.id);
}

/** Drafts and issues a payable note from the shipment's carrier (CNY 800.00 unless overridden). */
export async function issuePayable(
  t: TestApp,
  shipmentId: string,
  overrides: Partial<DebitNoteBody> = {},
): Promise<DebitNote> {
  const { carrierId } = await getShipment(t, shipmentId);
  if (!carrierId) throw new Error('the shipment has no carrier');
  const draft = await createDraft(t, shipmentId, payableBody(carrierId, overrides));
  return issue(t, draft.id);
}

export interface PaymentBody {
  clientId: string;
  amount: MoneyBody;
  receivedAt: string;
  reference: string;
  allocations: { debitNoteId: string; amount: MoneyBody }[];
  [key: string]: unknown;
}

let paymentSeq = 0;

/**
 * A payment of the client allocated as given; the amount defaults to the sum of the allocations (all in
 * the first allocation's currency), received now.
 */
export function paymentBody(
  clientId: string,
  allocations: { debitNoteId: string; amount: MoneyBody }[],
  overrides: Partial<PaymentBody> = {},
): PaymentBody {
  const currency = allocations[0]?.amount.currency ?? 'CNY';
  const cents = allocations.reduce((sum, a) => sum + BigInt(a.amount.amount.replace('.', '')), 0n);
  const abs = cents.toString().padStart(3, '0');
  return {
    clientId,
    amount: money(`${abs.slice(0, -2)}.${abs.slice(-2)}`, currency),
    receivedAt: new Date().toISOString(),
    reference: `BOC-${++paymentSeq}`,
    allocations,
    ...overrides,
  };
}

/** POST /api/v1/payments (as accounts unless a token is given); the raw response, for refusals. */
export async function postPayment(t: TestApp, body: PaymentBody, token?: string): Promise<Response> {
  return t
    .http()
    .post('/api/v1/payments')
    .auth(await accountsToken(t, token), bearer)
    .send(body);
}

/**
 * Records a payment of the notes' client: each note paid the amount given, or its whole balance. The
 * notes must be of one client and one currency (two-decimal currencies).
 */
export async function pay(
  t: TestApp,
  notes: (DebitNote | { note: DebitNote; amount: string })[],
  overrides: Partial<PaymentBody> = {},
): Promise<{ id: string; amount: MoneyBody; unallocated: MoneyBody }> {
  const allocations = notes.map((n) =>
    'note' in n
      ? { debitNoteId: n.note.id, amount: money(n.amount, n.note.currency) }
      : { debitNoteId: n.id, amount: n.balance },
  );
  const first = notes[0];
  if (!first) throw new Error('pay: no notes');
  const clientId = 'note' in first ? first.note.partyId : first.partyId;
  return must(await postPayment(t, paymentBody(clientId, allocations, overrides)), 201, 'record payment');
}

/** A client's agreed FX term: USD→CNY fixed at 7.1000 by contract; anything overridden wins. */
export function fixedFxTerm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: 'USD',
    to: 'CNY',
    mode: 'fixed',
    rate: '7.1000',
    source: 'Contract 2026-031',
    date: '2026-11-01',
    ...overrides,
  };
}

/** PUT the client's agreed FX terms (as accounts unless a token is given). */
export async function setFxTerms(
  t: TestApp,
  clientId: string,
  terms: Record<string, unknown>[],
  token?: string,
): Promise<Response> {
  return t
    .http()
    .put(`/api/v1/clients/${clientId}/fx-terms`)
    .auth(await accountsToken(t, token), bearer)
    .send({ terms });
}

/**
 * A client on credit (monthly by default) with a limit in the base currency, as a manager grants it
 * (docs/domain.md "Cash first"); anything overridden wins.
 */
export async function createCreditClient(
  t: TestApp,
  overrides: Partial<ClientBody> = {},
): Promise<{ id: string; code: string }> {
  return createMasterClient(
    t,
    {
      paymentTerms: 'monthly',
      creditLimit: money('50000.00'),
      creditDays: 30,
      ...overrides,
    },
    await t.tokenFor('manager'),
  );
}

/** A cash-first client (prepaid, no credit). */
export function createPrepaidClient(
  t: TestApp,
  overrides: Partial<ClientBody> = {},
): Promise<{ id: string; code: string }> {
  return createMasterClient(t, { paymentTerms: 'prepaid', ...overrides });
}

/** POST /api/v1/approvals with the given token; the raw response. */
export function postApproval(t: TestApp, token: string, body: Record<string, unknown>): Promise<Response> {
  return t.http().post('/api/v1/approvals').auth(token, bearer).send(body);
}

/** Approve or reject an approval with the given token; the raw response. */
export function decideApproval(
  t: TestApp,
  token: string,
  approvalId: string,
  decision: 'approve' | 'reject',
  note?: string,
): Promise<Response> {
  return t
    .http()
    .post(`/api/v1/approvals/${approvalId}/${decision}`)
    .auth(token, bearer)
    .send(note === undefined ? {} : { note });
}

/** A release_before_payment approval for the shipment, asked by sales and decided by a manager. */
export async function releaseApprovalFor(
  t: TestApp,
  shipmentId: string,
  decision: 'approve' | 'reject' | 'pending' = 'approve',
): Promise<{ id: string; status: string }> {
  const asked = must<{ id: string; status: string }>(
    await postApproval(t, await t.tokenFor('sales'), {
      type: 'release_before_payment',
      shipmentId,
      reason: 'Long-standing client; payment promised for Friday',
    }),
    201,
    'request approval',
  );
  if (decision === 'pending') return asked;
  return must(
    await decideApproval(t, await t.tokenFor('manager'), asked.id, decision, 'Known payer'),
    200,
    `${decision} approval`,
  );
}

/** POST release-bl (as accounts unless a token is given); the raw response. */
export async function postReleaseBl(
  t: TestApp,
  shipmentId: string,
  body: { mode: 'original' | 'telex' | 'seaway'; approvalId?: string } = { mode: 'telex' },
  token?: string,
): Promise<Response> {
  return t
    .http()
    .post(`/api/v1/shipments/${shipmentId}/actions/release-bl`)
    .auth(await accountsToken(t, token), bearer)
    .send(body);
}
