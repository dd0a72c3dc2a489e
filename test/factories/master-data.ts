import { createTestAppAs, type TestApp } from '../utils/test-app';
import { bearer } from '../utils/http';

/** A client as POST /api/v1/clients takes it (docs/api.md, "Master data"). */
export interface ClientBody {
  code: string;
  name: string;
  nameLocal?: string | null;
  emails: string[];
  address?: string | null;
  taxId?: string | null;
  language?: 'zh' | 'en';
  paymentTerms: 'prepaid' | 'collect' | 'monthly';
  creditLimit?: { amount: string; currency: string } | null;
  creditDays?: number | null;
  grade: 'a' | 'b' | 'c';
  salesUserId?: string | null;
}

/** A carrier as POST /api/v1/carriers takes it. */
export interface CarrierBody {
  code: string;
  name: string;
  requiresDocPrint: boolean;
  emails?: string[];
}

let seq = 0;

/** The code as the local part of an e-mail address, so that an odd test code still makes a valid address. */
const mailbox = (code: string): string => code.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'x';

/** A code no other call in this test file has returned: `<prefix>-<n>`, valid for clients and carriers. */
export function uniqueCode(prefix = 'T'): string {
  return `${prefix}-${String(++seq).padStart(4, '0')}`;
}

/**
 * A cash-first client (prepaid, no credit) with a fresh code; anything overridden wins. A key overridden
 * with `undefined` is not sent at all.
 */
export function clientBody(overrides: Partial<ClientBody> = {}): ClientBody {
  const code = overrides.code ?? uniqueCode('CL');
  return {
    code,
    name: `Shenzhen Bright Lamps ${code} Co., Ltd.`,
    nameLocal: '深圳明亮灯饰有限公司',
    emails: [`shipping.${mailbox(code)}@bright-lamps.example`],
    address: 'No. 8 Gongye Road, Bao’an District, Shenzhen',
    language: 'zh',
    paymentTerms: 'prepaid',
    grade: 'b',
    ...overrides,
  };
}

/** A monthly-settlement client (月结) with credit, as only a manager or admin may create it. */
export function creditClientBody(overrides: Partial<ClientBody> = {}): ClientBody {
  return clientBody({
    paymentTerms: 'monthly',
    creditLimit: { amount: '350000.00', currency: 'CNY' },
    creditDays: 30,
    ...overrides,
  });
}

/** A carrier that needs document printing at the depot, with a fresh code; anything overridden wins. */
export function carrierBody(overrides: Partial<CarrierBody> = {}): CarrierBody {
  const code = overrides.code ?? uniqueCode('CR');
  return {
    code,
    name: `Carrier ${code}`,
    requiresDocPrint: true,
    emails: [`booking.${mailbox(code)}@carrier.example`],
    ...overrides,
  };
}

/** Creates a client through the API (as the admin unless a token is given); returns the response body. */
export async function createClient(
  t: TestApp,
  overrides: Partial<ClientBody> = {},
  token?: string,
): Promise<{ id: string; code: string; version: number } & Record<string, unknown>> {
  const res = await t
    .http()
    .post('/api/v1/clients')
    .auth(token ?? (await t.tokenFor('admin')), bearer)
    .send(clientBody({ salesUserId: await t.userIdFor('sales'), ...overrides }));
  if (res.status !== 201) throw new Error(`create client: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Creates a carrier through the API (as the admin unless a token is given); returns the response body. */
export async function createCarrier(
  t: TestApp,
  overrides: Partial<CarrierBody> = {},
  token?: string,
): Promise<{ id: string; code: string; version: number } & Record<string, unknown>> {
  const res = await t
    .http()
    .post('/api/v1/carriers')
    .auth(token ?? (await t.tokenFor('admin')), bearer)
    .send(carrierBody(overrides));
  if (res.status !== 201) throw new Error(`create carrier: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A fresh app with an operator's token and one carrier: the opening of the suites that book shipments. */
export async function createOperatorDesk(): Promise<{
  t: TestApp;
  op: string;
  carrier: Awaited<ReturnType<typeof createCarrier>>;
}> {
  const { t, token } = await createTestAppAs('operator');
  return { t, op: token, carrier: await createCarrier(t) };
}
