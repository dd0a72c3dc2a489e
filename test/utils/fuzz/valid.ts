import { fxRate, money, receivableBody, fixedFxTerm } from '../../factories/billing';
import { carrierBody, clientBody } from '../../factories/master-data';
import { containerNumber, releaseSoBody, shipmentBody, siBody } from '../../factories/shipments';
import { ADMIN } from '../test-app';
import { isPlainObject, type Schema } from './openapi';
import { type Fixtures, inDays, anHourAgo, justNow } from './fixtures';

// Valid requests: a body that passes, aimed (`target`) at a fixture on which it would succeed. The fuzz
// sends only broken variants of these; were one to get through, the checksum would show it.

interface ValidRequest {
  body?: (fx: Fixtures) => unknown;
  target?: (fx: Fixtures) => Record<string, string>;
}

const shipmentTarget =
  (status: string) =>
  (fx: Fixtures): Record<string, string> => ({ id: fx.shipments[status]!.id });
const containerTarget =
  (status: string) =>
  (fx: Fixtures): Record<string, string> => {
    const s = fx.shipments[status]!;
    return { id: s.id, containerId: s.containers[0]!.id };
  };
const line = (description: string, amount: string, currency = 'CNY', quantity?: string) => ({
  description,
  amount: money(amount, currency),
  ...(quantity ? { quantity } : {}),
});

export const VALID: Record<string, ValidRequest> = {
  'POST /api/v1/auth/login': { body: () => ({ email: ADMIN.email, password: ADMIN.password }) },
  // The admin's own password, set to itself: a 204 that leaves the password as it was (and the caller's token).
  'POST /api/v1/auth/password': {
    body: () => ({ currentPassword: ADMIN.password, newPassword: ADMIN.password }),
  },
  'POST /api/v1/users': {
    body: (fx) => ({
      email: 'fuzz.newcomer@quayside.test',
      name: 'Fuzz Newcomer',
      password: 'fuzz-pass-123',
      role: 'operator',
      teamLeadId: fx.users.manager,
    }),
  },
  'PATCH /api/v1/users/{id}': {
    body: (fx) => ({ name: 'Li Wei', role: 'sales', teamLeadId: fx.users.manager, active: true }),
    target: (fx) => ({ id: fx.users.operator! }),
  },
  'POST /api/v1/clients': {
    body: (fx) => ({ ...clientBody({ code: 'FUZZ-NEW' }), salesUserId: fx.users.sales }),
  },
  'PATCH /api/v1/clients/{id}': {
    body: (fx) => ({
      name: 'Shenzhen Bright Lamps (Group) Co., Ltd.',
      nameLocal: '深圳明亮灯饰集团',
      emails: ['finance@bright-lamps.example'],
      address: 'No. 9 Gongye Road, Bao’an District, Shenzhen',
      language: 'en',
      grade: 'a',
      salesUserId: fx.users.sales,
    }),
    target: (fx) => ({ id: fx.clientId }),
  },
  'POST /api/v1/carriers': { body: () => carrierBody({ code: 'FUZZ-NEW' }) },
  'PATCH /api/v1/carriers/{id}': {
    body: () => ({ name: 'COSCO Shipping Lines', requiresDocPrint: false, emails: ['docs@cosco.example'] }),
    target: (fx) => ({ id: fx.carrierId }),
  },
  'POST /api/v1/shipments': {
    body: (fx) => ({
      ...shipmentBody({ clientId: fx.clientId, carrierId: fx.carrierId }),
      containers: [
        { type: '40HC', quantity: 2 },
        { type: '22G1', quantity: 1 },
      ],
      vessel: 'MSC OSCAR',
      voyage: 'FE546W',
      etd: inDays(20),
    }),
  },
  'POST /api/v1/shipments/{id}/actions/confirm-booking': {
    body: () => ({}),
    target: shipmentTarget('booking'),
  },
  'PATCH /api/v1/shipments/{id}': {
    body: () => ({
      blNumber: 'COSU6284519370',
      commodity: 'Steel shelving',
      pod: 'USLGB',
      remarks: 'Photos of the stuffing, please',
      containers: { add: [{ type: '20GP', quantity: 1 }] },
    }),
    target: shipmentTarget('to_correct'),
  },
  'POST /api/v1/shipments/{id}/actions/request-space': {
    body: (fx) => ({ carrierId: fx.carrierId }),
    target: shipmentTarget('booking_confirmed'),
  },
  'POST /api/v1/shipments/{id}/actions/release-so': {
    body: () => ({
      ...releaseSoBody(),
      cutoffs: { cy: inDays(8), si: inDays(7, 12), customs: inDays(8, 12), vgm: inDays(8, 10) },
    }),
    target: shipmentTarget('space_requested'),
  },
  'POST /api/v1/shipments/{id}/actions/declare-customs': {
    body: () => ({ declarationNumber: 'DEC2026A0001' }),
    target: shipmentTarget('gated_in'),
  },
  'POST /api/v1/shipments/{id}/actions/flag-inspection': {
    body: () => ({ fee: money('550.00'), note: 'Selected for inspection at Yantian' }),
    target: shipmentTarget('customs_declared'),
  },
  'POST /api/v1/shipments/{id}/actions/clear-inspection': {
    body: () => ({ note: 'Inspection passed' }),
    target: shipmentTarget('inspected'),
  },
  'POST /api/v1/shipments/{id}/actions/release-customs': {
    body: () => ({}),
    target: shipmentTarget('customs_clear'),
  },
  'POST /api/v1/shipments/{id}/actions/submit-si': {
    body: () => ({ ...siBody(), notifyParty: { name: 'Same as consignee', address: 'Long Beach, CA' } }),
    target: shipmentTarget('customs_released'),
  },
  'POST /api/v1/shipments/{id}/actions/approve-bl': {
    body: () => ({ party: 'client', revision: 1 }),
    target: shipmentTarget('si_submitted'),
  },
  'POST /api/v1/shipments/{id}/actions/release-bl': {
    body: (fx) => ({ mode: 'telex', approvalId: fx.approvals.approved }),
    target: shipmentTarget('debit_noted'),
  },
  'POST /api/v1/shipments/{id}/actions/roll': {
    body: () => ({
      vessel: 'MSC GULSUN',
      voyage: 'FE601W',
      etd: inDays(17),
      cutoffs: { cy: inDays(15), si: inDays(14, 12) },
      reason: 'Vessel overbooked; cargo rolled to the next sailing',
    }),
    target: shipmentTarget('so_released'),
  },
  'POST /api/v1/shipments/{id}/actions/cancel': {
    body: () => ({ reason: 'Client withdrew the booking' }),
    target: shipmentTarget('to_cancel'),
  },
  'POST /api/v1/shipments/{id}/actions/shut-out': {
    body: () => ({ reason: 'Overweight box refused at loading', customsWithdrawalReference: 'WD-2026-0001' }),
    target: shipmentTarget('to_shut_out'),
  },
  'POST /api/v1/shipments/{id}/containers/{containerId}/actions/pickup': {
    body: () => ({
      containerNumber: containerNumber('TGHU', 771_203),
      sealNumber: 'ML1234567',
      at: justNow(),
    }),
    target: containerTarget('so_released'),
  },
  'POST /api/v1/shipments/{id}/containers/{containerId}/actions/stuff': {
    body: () => ({ at: justNow(), packages: 600, grossWeightKg: '9120.500', vgmKg: '12920.500' }),
    target: containerTarget('picked_up'),
  },
  'POST /api/v1/shipments/{id}/containers/{containerId}/actions/gate-in': {
    body: () => ({ at: justNow(), terminal: 'YICT' }),
    target: containerTarget('stuffed'),
  },
  'POST /api/v1/approvals': {
    body: (fx) => ({
      type: 'release_before_payment',
      shipmentId: fx.shipments.debit_noted!.id,
      clientId: fx.creditClientId,
      reason: 'Long-standing client; payment promised for Friday',
    }),
  },
  'POST /api/v1/floor-prices': {
    body: () => ({ pol: 'CNYTN', pod: '*', containerType: '40HC', price: money('1500.00', 'USD') }),
  },
  'PATCH /api/v1/floor-prices/{id}': {
    body: () => ({ price: money('950.00', 'USD') }),
    target: (fx) => ({ id: fx.floorPrices.toEdit }),
  },
  'DELETE /api/v1/floor-prices/{id}': {
    target: (fx) => ({ id: fx.floorPrices.toDelete }),
  },
  'POST /api/v1/fee-rules': {
    body: (fx) => ({
      kind: 'heavy_select',
      carrierId: fx.carrierId,
      terminal: 'YICT',
      containerType: '40HC',
      amount: money('60.00'),
      rebillable: false,
    }),
  },
  'PATCH /api/v1/fee-rules/{id}': {
    body: () => ({ amount: money('85.00'), rebillable: false }),
    target: (fx) => ({ id: fx.feeRules.toEdit }),
  },
  'DELETE /api/v1/fee-rules/{id}': {
    target: (fx) => ({ id: fx.feeRules.toDelete }),
  },
  'POST /api/v1/shipments/{id}/charges': {
    body: (fx) => ({
      kind: 'other',
      description: 'Overtime at the depot',
      cost: money('120.00'),
      containerId: fx.shipments.so_released!.containers[0]!.id,
      carrierId: fx.carrierId,
      rebillable: true,
    }),
    target: shipmentTarget('so_released'),
  },
  'PATCH /api/v1/charges/{id}': {
    body: () => ({ rebillable: false, cost: money('50.00'), description: 'Waiting time' }),
    target: (fx) => ({ id: fx.charges.toEdit }),
  },
  'POST /api/v1/charges/{id}/void': {
    body: () => ({ reason: 'Entered twice' }),
    target: (fx) => ({ id: fx.charges.toVoid }),
  },
  'POST /api/v1/shipments/{id}/debit-notes/from-charges': {
    body: () => ({ direction: 'payable', currency: 'CNY' }),
    target: shipmentTarget('so_released'),
  },
  'PATCH /api/v1/attachments/{id}': {
    body: () => ({ kind: 'packing_list', note: 'Checked against the booking', clientVisible: true }),
    target: (fx) => ({ id: fx.attachments.toEdit }),
  },
  'POST /api/v1/attachments/{id}/remove': {
    body: () => ({ reason: 'Uploaded to the wrong shipment' }),
    target: (fx) => ({ id: fx.attachments.toRemove }),
  },
  'POST /api/v1/shipments/{id}/attachments/send': {
    body: (fx) => ({ attachmentIds: [fx.attachments.toSend], note: 'For your records' }),
    target: shipmentTarget('so_released'),
  },
  'POST /api/v1/paper-rules': {
    body: (fx) => ({
      action: 'declare-customs',
      kind: 'packing_list',
      severity: 'blocking',
      carrierId: fx.carrierId,
    }),
  },
  'PUT /api/v1/paper-rules/{id}': {
    body: () => ({ severity: 'blocking' }),
    target: (fx) => ({ id: fx.paperRules.toEdit }),
  },
  'DELETE /api/v1/paper-rules/{id}': {
    target: (fx) => ({ id: fx.paperRules.toDelete }),
  },
  'POST /api/v1/approvals/{id}/approve': {
    body: () => ({ note: 'Known payer' }),
    target: (fx) => ({ id: fx.approvals.toApprove }),
  },
  'POST /api/v1/approvals/{id}/reject': {
    body: () => ({ note: 'Over the credit limit' }),
    target: (fx) => ({ id: fx.approvals.toReject }),
  },
  'POST /api/v1/shipments/{id}/debit-notes': {
    body: (fx) =>
      receivableBody(fx.clientId, {
        lines: [
          line('Ocean freight CNYTN-USLAX 40HC', '1850.00', 'USD', '2'),
          line('Document fee', '300.00'),
        ],
        fxRates: [fxRate('7.1234')],
        dueDate: '2026-12-26',
        remarks: 'Bank: BOC Shenzhen',
      }),
    target: shipmentTarget('booking'),
  },
  // Prices a draft without saving it: the draft's body and the shipment it would be on.
  'POST /api/v1/debit-notes/preview': {
    body: (fx) => ({
      ...receivableBody(fx.clientId, {
        lines: [
          line('Ocean freight CNYTN-USLAX 40HC', '1850.00', 'USD', '2'),
          line('Document fee', '300.00'),
        ],
        fxRates: [fxRate('7.1234')],
      }),
      shipmentId: fx.shipments.booking!.id,
    }),
  },
  'PATCH /api/v1/debit-notes/{id}': {
    body: () => ({
      currency: 'CNY',
      lines: [line('Ocean freight', '1200.00'), line('THC', '850.00', 'CNY', '2')],
      fxRates: [fxRate('7.1500')],
      dueDate: '2026-12-31',
      remarks: 'Revised',
    }),
    target: (fx) => ({ id: fx.notes.draft.id }),
  },
  'POST /api/v1/debit-notes/{id}/issue': { target: (fx) => ({ id: fx.notes.draftToIssue.id }) },
  'POST /api/v1/debit-notes/{id}/void': {
    body: () => ({ reason: 'Billed twice' }),
    target: (fx) => ({ id: fx.notes.toVoid.id }),
  },
  'POST /api/v1/payments': {
    body: (fx) => ({
      clientId: fx.creditClientId,
      amount: fx.notes.toPay.balance,
      receivedAt: anHourAgo(),
      reference: 'BOC-20261126-0042',
      allocations: [{ debitNoteId: fx.notes.toPay.id, amount: fx.notes.toPay.balance }],
    }),
  },
  'POST /api/v1/carrier-payments': {
    body: (fx) => ({
      carrierId: fx.carrierId,
      amount: fx.notes.billToPay.balance,
      paidAt: anHourAgo(),
      reference: 'BOC-OUT-20261126-0007',
      allocations: [{ debitNoteId: fx.notes.billToPay.id, amount: fx.notes.billToPay.balance }],
    }),
  },
  'PUT /api/v1/clients/{id}/fx-terms': {
    body: () => ({
      terms: [fixedFxTerm(), { from: 'EUR', to: 'CNY', mode: 'per_note' }],
    }),
    target: (fx) => ({ id: fx.creditClientId }),
  },
};

/**
 * A valid body for an endpoint the table does not know, from the schema alone: examples, enums, the
 * smallest allowed number, fixture ids for `<thing>Id` uuids. Throws naming what it cannot build.
 */
export function bodyFromSchema(
  schema: Schema,
  resolve: (s: Schema | undefined) => Schema,
  fx: Fixtures,
  at: string,
): unknown {
  const s = resolve(schema);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.properties) {
    const out: Record<string, unknown> = {};
    for (const name of s.required ?? []) {
      out[name] = bodyFromSchema(s.properties[name] ?? {}, resolve, fx, at ? `${at}.${name}` : name);
    }
    return out;
  }
  if (s.type === 'array') return [bodyFromSchema(s.items ?? {}, resolve, fx, `${at}[0]`)];
  if (s.type === 'boolean') return true;
  if (s.type === 'integer' || s.type === 'number') return s.minimum ?? 1;
  if (s.format === 'uuid') {
    const collection = `${(at.split('.').pop() ?? '').replace(/Id$/, '')}s`;
    const id = fx.ids[collection]?.[0];
    if (id) return id;
  }
  throw new Error(
    `no valid value for ${at || 'the body'}: add the endpoint to VALID in test/utils/fuzz/valid.ts`,
  );
}

/** Keys of a table body that the document does not declare, or required ones it lacks (a stale table). */
export function schemaMismatches(
  value: unknown,
  schema: Schema,
  resolve: (s: Schema | undefined) => Schema,
  at = '',
): string[] {
  const s = resolve(schema);
  if (Array.isArray(value))
    return value.flatMap((v, i) => schemaMismatches(v, s.items ?? {}, resolve, `${at}[${i}]`));
  if (!isPlainObject(value) || !s.properties) return [];
  const props = s.properties;
  return [
    ...Object.keys(value)
      .filter((k) => !(k in props))
      .map((k) => `${at}${at ? '.' : ''}${k} is not in the schema`),
    ...(s.required ?? [])
      .filter((k) => !(k in value))
      .map((k) => `${at}${at ? '.' : ''}${k} (required) is missing`),
    ...Object.entries(value).flatMap(([k, v]) =>
      props[k] ? schemaMismatches(v, props[k], resolve, `${at}${at ? '.' : ''}${k}`) : [],
    ),
  ];
}
