import { type ClientBody, clientBody, createClient, creditClientBody } from './factories/master-data';
import { bearer, auditTrail, collectionRoutes, countRows, fieldsOf } from './utils/http';
import {
  expectOneOfFiveIfMatchWins,
  expectSerialisedEdits,
  expectWritesNothing,
  pagesOfCodes,
} from './utils/master-data';
import { createTestApp, TestApp } from './utils/test-app';

const CLIENT_KEYS = [
  'address',
  'code',
  'createdAt',
  'creditDays',
  'creditLimit',
  'emails',
  'grade',
  'id',
  'language',
  'name',
  'nameLocal',
  'paymentTerms',
  'salesUserId',
  'taxId',
  'updatedAt',
  'version',
];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('clients over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let manager: { id: string; token: string };
  let sales: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('admin');
    // Sam Sales is in Mei Manager's team and owns the clients the factory creates here, so both see them
    // (a salesperson sees the clients they own, a manager their team's).
    manager = await t.createUser({ role: 'manager', name: 'Mei Manager' });
    sales = await t.createUser({ role: 'sales', name: 'Sam Sales', teamLeadId: manager.id });
    // The factory's clients belong to Sam Sales here.
    t.userIdFor = () => Promise.resolve(sales.id);
  });
  afterAll(() => t.close());

  const routes = collectionRoutes(() => t, '/api/v1/clients');
  const { post, patch, get, list } = routes;
  const count = (from: string, params: unknown[] = []): Promise<number> => countRows(t, from, params);
  const auditOf = (entityId: string, extra = '') => auditTrail(t, admin, 'client', entityId, extra);

  describe('create', () => {
    it('creates a client, normalising code, names and e-mails, and answers with its ETag', async () => {
      const res = await post(admin, {
        code: ' bright-01 ',
        name: '  Shenzhen Bright Lamps Co., Ltd.  ',
        nameLocal: ' 深圳明亮灯饰有限公司 ',
        emails: [' Ops@Bright.Example ', 'ops@bright.example', 'ACC@bright.example'],
        paymentTerms: 'prepaid',
        grade: 'a',
      }).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(Object.keys(res.body).sort()).toEqual(CLIENT_KEYS);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code: 'BRIGHT-01',
        name: 'Shenzhen Bright Lamps Co., Ltd.',
        nameLocal: '深圳明亮灯饰有限公司',
        emails: ['ops@bright.example', 'acc@bright.example'],
        address: null,
        taxId: null,
        language: 'zh',
        paymentTerms: 'prepaid',
        creditLimit: null,
        creditDays: null,
        grade: 'a',
        salesUserId: null,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('refuses a credit limit outside the base currency, naming the field', async () => {
      for (const currency of ['USD', 'JPY', 'KWD']) {
        const amount = currency === 'JPY' ? '1000000' : currency === 'KWD' ? '1234.567' : '50000.00';
        const res = await post(manager.token, creditClientBody({ creditLimit: { amount, currency } })).expect(
          400,
        );
        expect(res.body.details.fields).toEqual([
          { field: 'creditLimit.currency', message: expect.stringContaining('CNY') },
        ]);
      }
    });

    it('stores a credit limit as minor units with its currency, and answers in the API format', async () => {
      const limits: [string, string, string][] = [
        ['350000.00', 'CNY', '35000000'],
        ['0.05', 'CNY', '5'],
        ['0.00', 'CNY', '0'],
      ];
      for (const [amount, currency, minor] of limits) {
        const res = await post(manager.token, creditClientBody({ creditLimit: { amount, currency } })).expect(
          201,
        );
        expect(res.body).toMatchObject({
          paymentTerms: 'monthly',
          creditLimit: { amount, currency },
          creditDays: 30,
        });
        const [row] = await t.dataSource.query(
          'SELECT credit_limit_minor, credit_limit_currency FROM clients WHERE id = $1',
          [res.body.id],
        );
        expect(row).toEqual({ credit_limit_minor: minor, credit_limit_currency: currency });
      }
    });

    it('takes language en when asked and keeps address and local name', async () => {
      const res = await post(admin, clientBody({ language: 'en', address: ' Unit 5, Kwai Chung ' })).expect(
        201,
      );
      expect(res.body).toMatchObject({ language: 'en', address: 'Unit 5, Kwai Chung' });
    });

    const invalid: [string, object, string][] = [
      ['a one-letter code', clientBody({ code: 'A' }), 'code'],
      ['a code with an underscore', clientBody({ code: 'AB_C' }), 'code'],
      ['a code of 21 characters', clientBody({ code: 'A'.repeat(21) }), 'code'],
      ['no code', { ...clientBody(), code: undefined }, 'code'],
      ['a code that is a number', { ...clientBody(), code: 1234 }, 'code'],
      ['a blank name', clientBody({ name: '   ' }), 'name'],
      ['a name of 201 characters', clientBody({ name: 'n'.repeat(201) }), 'name'],
      ['no name', { ...clientBody(), name: undefined }, 'name'],
      ['a blank local name', clientBody({ nameLocal: ' ' }), 'nameLocal'],
      ['a local name of 201 characters', clientBody({ nameLocal: '名'.repeat(201) }), 'nameLocal'],
      ['no e-mail', clientBody({ emails: [] }), 'emails'],
      ['no e-mails field', { ...clientBody(), emails: undefined }, 'emails'],
      ['11 e-mails', clientBody({ emails: Array.from({ length: 11 }, (_, i) => `a${i}@x.io`) }), 'emails'],
      ['a malformed e-mail', clientBody({ emails: ['ok@x.io', 'not-an-email'] }), 'emails[1]'],
      ['an e-mail that is not a list', { ...clientBody(), emails: 'ok@x.io' }, 'emails'],
      ['an address of 501 characters', clientBody({ address: 'a'.repeat(501) }), 'address'],
      ['an unknown language', { ...clientBody(), language: 'fr' }, 'language'],
      ['unknown payment terms', { ...clientBody(), paymentTerms: 'cod' }, 'paymentTerms'],
      ['no payment terms', { ...clientBody(), paymentTerms: undefined }, 'paymentTerms'],
      ['an unknown grade', { ...clientBody(), grade: 'd' }, 'grade'],
      ['no grade', { ...clientBody(), grade: undefined }, 'grade'],
      ['credit days over 365', creditClientBody({ creditDays: 366 }), 'creditDays'],
      ['negative credit days', creditClientBody({ creditDays: -1 }), 'creditDays'],
      ['fractional credit days', creditClientBody({ creditDays: 1.5 }), 'creditDays'],
      [
        'a USD credit limit with three decimals',
        creditClientBody({ creditLimit: { amount: '100.505', currency: 'USD' } }),
        'creditLimit.amount',
      ],
      [
        'a USD credit limit with a dot and no decimals',
        creditClientBody({ creditLimit: { amount: '100.', currency: 'USD' } }),
        'creditLimit.amount',
      ],
      [
        'a JPY credit limit with decimals',
        creditClientBody({ creditLimit: { amount: '100.00', currency: 'JPY' } }),
        'creditLimit.amount',
      ],
      [
        'a KWD credit limit with four decimals',
        creditClientBody({ creditLimit: { amount: '1.2345', currency: 'KWD' } }),
        'creditLimit.amount',
      ],
      [
        'a credit limit in exponent notation',
        creditClientBody({ creditLimit: { amount: '1e3', currency: 'JPY' } }),
        'creditLimit.amount',
      ],
      [
        'a credit limit as a JSON number',
        { ...creditClientBody(), creditLimit: { amount: 100, currency: 'USD' } },
        'creditLimit.amount',
      ],
      [
        'a negative credit limit',
        creditClientBody({ creditLimit: { amount: '-1.00', currency: 'USD' } }),
        'creditLimit.amount',
      ],
      [
        'a credit limit beyond what can be stored',
        creditClientBody({ creditLimit: { amount: '99999999999999999999.99', currency: 'USD' } }),
        'creditLimit.amount',
      ],
      [
        'a credit limit in an unknown currency',
        creditClientBody({ creditLimit: { amount: '100.00', currency: 'XYZ' } }),
        'creditLimit.currency',
      ],
      [
        'a credit limit in a lower-case currency',
        creditClientBody({ creditLimit: { amount: '100.00', currency: 'usd' } }),
        'creditLimit.currency',
      ],
      [
        'a credit limit with an extra field',
        { ...creditClientBody(), creditLimit: { amount: '1.00', currency: 'USD', rate: '7' } },
        'creditLimit.rate',
      ],
      [
        'a monthly client without a credit limit',
        creditClientBody({ creditLimit: undefined }),
        'creditLimit',
      ],
      [
        'a collect client without credit days',
        creditClientBody({ paymentTerms: 'collect', creditDays: undefined }),
        'creditDays',
      ],
      ['a malformed salesUserId', clientBody({ salesUserId: 'sam' }), 'salesUserId'],
      ['an unknown field', { ...clientBody(), vip: true }, 'vip'],
    ];

    it('refuses every invalid field with 400 VALIDATION_FAILED naming it, and writes nothing', async () => {
      await expectWritesNothing(t, 'clients', async () => {
        for (const [what, body, field] of invalid) {
          const res = await post(admin, body);
          expect({ what, status: res.status, code: res.body.code }).toEqual({
            what,
            status: 400,
            code: 'VALIDATION_FAILED',
          });
          expect({ what, fields: fieldsOf(res.body) }).toEqual({ what, fields: [field] });
          expect(res.body.correlationId).toEqual(expect.any(String));
        }
      });
    });

    it('replays a create retried with the same Idempotency-Key: one client, one audit record', async () => {
      const body = clientBody();
      const first = await post(admin, body).set('idempotency-key', 'create-client-once').expect(201);
      const again = await post(admin, body).set('idempotency-key', 'create-client-once').expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.etag).toBe('"1"');
      expect(await count('clients WHERE code = $1', [body.code])).toBe(1);
      expect(await auditOf(first.body.id)).toHaveLength(1);
    });

    it('names both missing credit terms of a collect client', async () => {
      const res = await post(admin, clientBody({ paymentTerms: 'collect' })).expect(400);
      expect(res.body.details.fields).toEqual([
        { field: 'creditLimit', message: 'creditLimit is required for collect clients' },
        { field: 'creditDays', message: 'creditDays is required for collect clients' },
      ]);
    });

    it('refuses a duplicate code, whatever its case, with 409 CONFLICT naming the field, and writes nothing', async () => {
      await post(admin, clientBody({ code: 'DUP-01' })).expect(201);
      await expectWritesNothing(t, 'clients', async () => {
        const res = await post(manager.token, clientBody({ code: 'dup-01', name: 'Another company' })).expect(
          409,
        );
        expect(res.body).toMatchObject({
          statusCode: 409,
          code: 'CONFLICT',
          details: { fields: [{ field: 'code', message: 'already in use' }] },
        });
      });
      expect(await count(`clients WHERE code = 'DUP-01'`)).toBe(1);
    });
  });

  describe('who may do what', () => {
    it('lets admin, manager and sales create and edit, and refuses operator and accounts with 403', async () => {
      const client = await createClient(t);
      for (const role of ['operator', 'accounts'] as const) {
        const token = await t.tokenFor(role);
        const created = await post(token, clientBody());
        expect([role, created.status, created.body.code]).toEqual([role, 403, 'FORBIDDEN']);
        const edited = await patch(token, client.id, { name: 'Not allowed' });
        expect([role, edited.status, edited.body.code]).toEqual([role, 403, 'FORBIDDEN']);
      }
      await post(sales.token, clientBody()).expect(201);
      await patch(sales.token, client.id, { name: 'Renamed by sales' }).expect(200);
      await patch(manager.token, client.id, { grade: 'a' }).expect(200);
      expect((await get(admin, client.id).expect(200)).body).toMatchObject({
        name: 'Renamed by sales',
        grade: 'a',
      });
    });

    it('lets every staff role read the clients in its scope, and refuses a client user with 403', async () => {
      const client = await createClient(t);
      const tokens = [
        admin,
        manager.token,
        sales.token,
        await t.tokenFor('operator'),
        await t.tokenFor('accounts'),
      ];
      for (const token of tokens) {
        await list(token, 'limit=1').expect(200);
        await get(token, client.id).expect(200);
      }
      // Another team's manager and another salesperson do not see it: as if it did not exist.
      for (const role of ['manager', 'sales'] as const) {
        const outsider = await t.createUser({ role });
        await get(outsider.token, client.id).expect(404);
        const listed = await list(outsider.token, `q=${client.code}`).expect(200);
        expect(listed.body.items).toEqual([]);
      }
      const clientUser = await t.createUser({ role: 'client', clientId: client.id });
      expect((await list(clientUser.token, '').expect(403)).body.code).toBe('FORBIDDEN');
      await get(clientUser.token, client.id).expect(403);
    });

    it('needs a token', async () => {
      await t.http().get('/api/v1/clients').expect(401);
      await t.http().post('/api/v1/clients').send(clientBody()).expect(401);
    });

    it('lets a salesperson create only cash-first clients: credit terms are for a manager (403)', async () => {
      const ok = await post(sales.token, clientBody()).expect(201);
      expect(ok.body).toMatchObject({ paymentTerms: 'prepaid', creditLimit: null, creditDays: null });
      const before = await count('clients');
      for (const [body, fields] of [
        [creditClientBody(), ['creditDays', 'creditLimit', 'paymentTerms']],
        [creditClientBody({ paymentTerms: 'collect' }), ['creditDays', 'creditLimit', 'paymentTerms']],
        [clientBody({ creditLimit: { amount: '100.00', currency: 'USD' } }), ['creditLimit']],
        [clientBody({ creditDays: 0 }), ['creditDays']],
      ] as const) {
        const res = await post(sales.token, body).expect(403);
        expect(res.body.code).toBe('FORBIDDEN');
        expect(res.body.message).toMatch(/only a manager or admin may set credit terms/i);
        // The fields at fault are named, so the form marks them (the console shows them read-only to sales).
        expect(fieldsOf(res.body)).toEqual(fields);
      }
      expect(await count('clients')).toBe(before);
    });

    it('refuses a salesperson changing payment terms, credit limit or credit days (403), changing nothing', async () => {
      const cash = await createClient(t, {}, sales.token);
      const monthly = await createClient(t, creditClientBody(), manager.token);
      const attempts: [string, object, string[]][] = [
        [
          cash.id,
          { paymentTerms: 'collect', creditLimit: { amount: '100.00', currency: 'USD' }, creditDays: 10 },
          ['creditDays', 'creditLimit', 'paymentTerms'],
        ],
        [cash.id, { creditDays: 10 }, ['creditDays']],
        [cash.id, { creditLimit: { amount: '1.00', currency: 'USD' } }, ['creditLimit']],
        [monthly.id, { creditLimit: { amount: '90000.00', currency: 'USD' } }, ['creditLimit']],
        [monthly.id, { creditLimit: null }, ['creditLimit']],
        // Unchanged terms sent along are not at fault: only what would change is named.
        [monthly.id, { creditDays: 60, paymentTerms: 'monthly' }, ['creditDays']],
        [monthly.id, { paymentTerms: 'prepaid', name: 'Sneaky' }, ['paymentTerms']],
      ];
      for (const [id, body, fields] of attempts) {
        const res = await patch(sales.token, id, body).expect(403);
        expect(res.body.code).toBe('FORBIDDEN');
        expect(res.body.message).toMatch(/only a manager or admin may set credit terms/i);
        expect({ body, fields: fieldsOf(res.body) }).toEqual({ body, fields });
      }
      expect((await get(admin, cash.id)).body).toMatchObject({ version: 1, paymentTerms: 'prepaid' });
      expect((await get(admin, monthly.id)).body).toMatchObject({
        version: 1,
        name: monthly.name,
        creditLimit: { amount: '350000.00', currency: 'CNY' },
      });
      expect((await auditOf(monthly.id)).map((r) => r.action)).toEqual(['created']);
    });

    it('lets a salesperson resend unchanged credit terms with other edits', async () => {
      const monthly = await createClient(t, creditClientBody(), manager.token);
      const res = await patch(sales.token, monthly.id, {
        name: 'Pearl River Foods',
        paymentTerms: 'monthly',
        creditLimit: { amount: '350000.00', currency: 'CNY' },
        creditDays: 30,
      }).expect(200);
      expect(res.body).toMatchObject({ name: 'Pearl River Foods', version: 2 });
      const [updated] = await auditOf(monthly.id);
      expect(updated).toMatchObject({ action: 'updated', changes: { name: expect.any(Object) } });
      expect(Object.keys(updated!.changes)).toEqual(['name']);
    });

    it('lets a manager grant credit, audited as credit_terms_changed with the terms before and after', async () => {
      const cash = await createClient(t, {}, sales.token);
      const res = await patch(
        manager.token,
        cash.id,
        { paymentTerms: 'monthly', creditLimit: { amount: '80000.00', currency: 'CNY' }, creditDays: 45 },
        '"1"',
      ).expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({
        paymentTerms: 'monthly',
        creditLimit: { amount: '80000.00', currency: 'CNY' },
        creditDays: 45,
        version: 2,
      });
      const [granted] = await auditOf(cash.id);
      expect(granted).toMatchObject({
        action: 'credit_terms_changed',
        actor: { id: manager.id, name: 'Mei Manager' },
        changes: {
          paymentTerms: { from: 'prepaid', to: 'monthly' },
          creditLimit: { from: null, to: { amount: '80000.00', currency: 'CNY' } },
          creditDays: { from: null, to: 45 },
        },
      });
      expect(Object.keys(granted!.changes).sort()).toEqual(['creditDays', 'creditLimit', 'paymentTerms']);
    });

    it('refuses credit payment terms without a limit and days, on edit too (400 naming the field)', async () => {
      const cash = await createClient(t);
      const collect = await patch(manager.token, cash.id, { paymentTerms: 'collect' }).expect(400);
      expect(fieldsOf(collect.body)).toEqual(['creditDays', 'creditLimit']);
      const monthly = await createClient(t, creditClientBody(), manager.token);
      const cleared = await patch(manager.token, monthly.id, { creditLimit: null }).expect(400);
      expect(fieldsOf(cleared.body)).toEqual(['creditLimit']);
      const noDays = await patch(manager.token, monthly.id, { creditDays: null }).expect(400);
      expect(fieldsOf(noDays.body)).toEqual(['creditDays']);
      // Back to cash first: the manager may clear the credit with it.
      const prepaid = await patch(manager.token, monthly.id, {
        paymentTerms: 'prepaid',
        creditLimit: null,
        creditDays: null,
      }).expect(200);
      expect(prepaid.body).toMatchObject({
        paymentTerms: 'prepaid',
        creditLimit: null,
        creditDays: null,
        version: 2,
      });
    });
  });

  describe('the salesperson of a client', () => {
    it('takes an active sales user or manager', async () => {
      const bySales = await post(admin, clientBody({ salesUserId: sales.id })).expect(201);
      expect(bySales.body.salesUserId).toBe(sales.id);
      await post(admin, clientBody({ salesUserId: manager.id })).expect(201);
    });

    it('refuses an unknown user, another role or an inactive salesperson with 422 INVALID_REFERENCE', async () => {
      const operator = await t.createUser({ role: 'operator' });
      const accounts = await t.createUser({ role: 'accounts' });
      const gone = await t.createUser({ role: 'sales' });
      await t
        .http()
        .patch(`/api/v1/users/${gone.id}`)
        .auth(admin, bearer)
        .send({ active: false })
        .expect(200);
      const before = await count('clients');
      for (const salesUserId of [UNKNOWN_ID, operator.id, accounts.id, gone.id]) {
        const res = await post(admin, clientBody({ salesUserId })).expect(422);
        expect(res.body).toMatchObject({
          code: 'INVALID_REFERENCE',
          details: { fields: [{ field: 'salesUserId', message: expect.any(String) }] },
        });
      }
      expect(await count('clients')).toBe(before);

      const client = await createClient(t, { salesUserId: sales.id });
      const res = await patch(admin, client.id, { salesUserId: operator.id, name: 'Changed' }).expect(422);
      expect(fieldsOf(res.body)).toEqual(['salesUserId']);
      expect((await get(admin, client.id)).body).toMatchObject({ salesUserId: sales.id, version: 1 });
    });

    it('can be removed with null', async () => {
      const client = await createClient(t, { salesUserId: sales.id });
      const res = await patch(admin, client.id, { salesUserId: null }).expect(200);
      expect(res.body.salesUserId).toBeNull();
    });
  });

  describe('list', () => {
    let owner: { id: string };
    beforeAll(async () => {
      owner = await t.createUser({ role: 'sales' });
      const other = await t.createUser({ role: 'sales' });
      const rows: Partial<ClientBody>[] = [
        {
          code: 'LST-A1',
          name: 'Harbour Lights Trading',
          nameLocal: '港灯贸易',
          grade: 'a',
          salesUserId: owner.id,
        },
        {
          code: 'LST-A2',
          name: 'Pearl River Foods',
          nameLocal: '珠江食品',
          grade: 'b',
          salesUserId: owner.id,
          paymentTerms: 'monthly',
          creditLimit: { amount: '1000.00', currency: 'CNY' },
          creditDays: 30,
        },
        {
          code: 'LST-B1',
          name: 'Golden HARBOUR Ceramics',
          nameLocal: '金港陶瓷',
          grade: 'c',
          salesUserId: other.id,
          paymentTerms: 'collect',
          creditLimit: { amount: '500.00', currency: 'CNY' },
          creditDays: 15,
        },
        { code: 'LSTX-1', name: 'Delta 100% Cotton_Mills', nameLocal: '三角洲棉纺', grade: 'c' },
      ];
      for (const row of rows) await createClient(t, row);
    });

    const codes = async (query: string): Promise<string[]> => {
      const res = await list(admin, `limit=200&${query}`).expect(200);
      return (res.body.items as { code: string }[]).map((c) => c.code);
    };

    it('orders by code and filters by code prefix (any case) or part of the name (any case, either script)', async () => {
      expect(await codes('q=LST')).toEqual(['LST-A1', 'LST-A2', 'LST-B1', 'LSTX-1']);
      expect(await codes('q=lst-a')).toEqual(['LST-A1', 'LST-A2']);
      expect(await codes('q=harbour')).toEqual(['LST-A1', 'LST-B1']);
      expect(await codes(`q=${encodeURIComponent('珠江')}`)).toEqual(['LST-A2']);
      expect(await codes('q=A1')).toEqual([]);
      expect(await codes('q=%20')).toEqual(await codes(''));
      expect(await codes(`q=${encodeURIComponent('100%')}`)).toEqual(['LSTX-1']);
      expect(await codes(`q=${encodeURIComponent('0%C')}`)).toEqual([]);
      expect(await codes(`q=${encodeURIComponent('n_m')}`)).toEqual(['LSTX-1']);
      expect(await codes(`q=${encodeURIComponent('Delta_100')}`)).toEqual([]);
    });

    it('filters by salesperson, grade and payment terms', async () => {
      expect(await codes(`salesUserId=${owner.id}`)).toEqual(['LST-A1', 'LST-A2']);
      expect(await codes('q=LST&grade=c')).toEqual(['LST-B1', 'LSTX-1']);
      expect(await codes('q=LST&paymentTerms=monthly')).toEqual(['LST-A2']);
      expect(await codes('q=LST&paymentTerms=collect&grade=c')).toEqual(['LST-B1']);
      expect(await codes(`salesUserId=${UNKNOWN_ID}`)).toEqual([]);
    });

    it('pages with a cursor, each client once, in code order', async () => {
      const all = await codes('');
      expect(all.length).toBeGreaterThan(5);
      expect(all).toEqual([...all].sort());
      const pages = await pagesOfCodes(list, admin);
      for (const page of pages) expect(page.length).toBeLessThanOrEqual(2);
      expect(pages.flat()).toEqual(all);
      const filtered = await list(admin, 'q=LST&limit=3').expect(200);
      expect(filtered.body.items.map((c: { code: string }) => c.code)).toEqual([
        'LST-A1',
        'LST-A2',
        'LST-B1',
      ]);
      const rest = await list(admin, `q=LST&limit=3&cursor=${filtered.body.nextCursor}`).expect(200);
      expect(rest.body).toEqual({ items: [expect.objectContaining({ code: 'LSTX-1' })], nextCursor: null });
    });

    it('answers the list items in the response shape, never the entity', async () => {
      const res = await list(admin, 'q=LST-A2').expect(200);
      expect(Object.keys(res.body)).toEqual(['items', 'nextCursor']);
      expect(Object.keys(res.body.items[0]).sort()).toEqual(CLIENT_KEYS);
      expect(res.body.items[0].creditLimit).toEqual({ amount: '1000.00', currency: 'CNY' });
    });

    it('refuses bad filters with 400 naming them', async () => {
      for (const [query, field] of [
        ['cursor=garbage', 'cursor'],
        ['limit=201', 'limit'],
        ['limit=0', 'limit'],
        ['grade=x', 'grade'],
        ['paymentTerms=cash', 'paymentTerms'],
        ['salesUserId=sam', 'salesUserId'],
        ['color=red', 'color'],
      ]) {
        const res = await list(admin, query!).expect(400);
        expect([query, fieldsOf(res.body)]).toEqual([query, [field]]);
      }
    });
  });

  describe('read one and edit', () => {
    it('answers one client with ETag "<version>", and 404 for an unknown or malformed id', async () => {
      const client = await createClient(t);
      const res = await get(admin, client.id).expect(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toEqual(client);
      expect((await get(admin, UNKNOWN_ID).expect(404)).body.code).toBe('NOT_FOUND');
      await get(admin, 'not-a-uuid').expect(404);
      await patch(admin, UNKNOWN_ID, { name: 'x' }).expect(404);
      await patch(admin, 'not-a-uuid', { name: 'x' }).expect(404);
    });

    it('edits with a matching If-Match, bumps the version and answers the new ETag', async () => {
      const client = await createClient(t);
      const etag = (await get(admin, client.id)).headers.etag as string;
      const res = await patch(
        admin,
        client.id,
        {
          name: '  Bright Lamps Group ',
          emails: ['New@Bright.Example'],
          nameLocal: null,
          address: null,
          language: 'en',
          grade: 'a',
        },
        etag,
      ).expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({
        code: client.code,
        name: 'Bright Lamps Group',
        emails: ['new@bright.example'],
        nameLocal: null,
        address: null,
        language: 'en',
        grade: 'a',
        version: 2,
      });
      expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThanOrEqual(
        new Date(client.updatedAt as string).getTime(),
      );
      expect((await get(admin, client.id)).headers.etag).toBe('"2"');
      const third = await patch(admin, client.id, { grade: 'b' }).expect(200);
      expect(third.headers.etag).toBe('"3"');
      await patch(admin, client.id, { grade: 'c' }, '*').expect(200);
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const client = await createClient(t);
      await patch(admin, client.id, { name: 'First edit' }, '"1"').expect(200);
      const auditBefore = await auditOf(client.id);
      const res = await patch(admin, client.id, { name: 'Stale edit', grade: 'a' }, '"1"').expect(412);
      expect(res.body).toMatchObject({ code: 'PRECONDITION_FAILED', details: { currentVersion: 2 } });
      const now = await get(admin, client.id);
      expect(now.body).toMatchObject({ name: 'First edit', grade: client.grade, version: 2 });
      expect(now.headers.etag).toBe('"2"');
      expect(await auditOf(client.id)).toEqual(auditBefore);
      await patch(admin, client.id, { name: 'Future edit' }, '"3"').expect(412);
    });

    it('refuses a malformed If-Match with 400', async () => {
      const client = await createClient(t);
      for (const value of ['abc', 'W/1', '"x"', '"1", "2"', '""']) {
        const res = await patch(admin, client.id, { name: 'x' }, value).expect(400);
        expect(fieldsOf(res.body)).toEqual(['If-Match']);
      }
      expect((await get(admin, client.id)).body.version).toBe(1);
    });

    it('refuses a changed code, null for required fields and invalid values with 400 naming the field', async () => {
      const client = await createClient(t);
      const cases: [object, string][] = [
        [{ code: 'NEW-CODE' }, 'code'],
        [{ code: client.code }, 'code'],
        [{ name: null }, 'name'],
        [{ name: ' ' }, 'name'],
        [{ emails: [] }, 'emails'],
        [{ emails: null }, 'emails'],
        [{ emails: ['nope'] }, 'emails[0]'],
        [{ language: null }, 'language'],
        [{ grade: 'z' }, 'grade'],
        [{ paymentTerms: null }, 'paymentTerms'],
        [{ address: 'a'.repeat(501) }, 'address'],
        [{ creditDays: 400 }, 'creditDays'],
        [{ creditLimit: { amount: '5.001', currency: 'USD' } }, 'creditLimit.amount'],
        [{ id: UNKNOWN_ID }, 'id'],
        [{ version: 7 }, 'version'],
      ];
      for (const [body, field] of cases) {
        const res = await patch(admin, client.id, body).expect(400);
        expect([body, fieldsOf(res.body)]).toEqual([body, [field]]);
      }
      expect((await get(admin, client.id)).body).toEqual(client);
    });

    it('treats an edit that changes nothing as done: same version, no audit record', async () => {
      const client = await createClient(t);
      const same = await patch(admin, client.id, { name: client.name, grade: client.grade }, '"1"').expect(
        200,
      );
      expect(same.body).toEqual(client);
      expect(same.headers.etag).toBe('"1"');
      await patch(admin, client.id, {}).expect(200);
      expect((await auditOf(client.id)).map((r) => r.action)).toEqual(['created']);
    });
  });

  describe('audit', () => {
    it('records the creation with the actor, the correlation id and the new record', async () => {
      const res = await post(manager.token, creditClientBody({ code: 'AUD-01', salesUserId: sales.id }))
        .set('x-correlation-id', 'create-aud-01')
        .expect(201);
      const records = await auditOf(res.body.id);
      expect(records).toEqual([
        {
          id: expect.stringMatching(/^\d+$/),
          entityType: 'client',
          entityId: res.body.id,
          action: 'created',
          actor: { id: manager.id, name: 'Mei Manager' },
          correlationId: 'create-aud-01',
          at: expect.any(String),
          changes: {
            code: 'AUD-01',
            name: res.body.name,
            nameLocal: res.body.nameLocal,
            emails: res.body.emails,
            address: res.body.address,
            taxId: null,
            language: 'zh',
            paymentTerms: 'monthly',
            creditLimit: { amount: '350000.00', currency: 'CNY' },
            creditDays: 30,
            grade: 'b',
            salesUserId: sales.id,
          },
        },
      ]);
    });

    it('records each edit with who made it and only the fields that changed, newest first', async () => {
      const client = await createClient(t, {}, sales.token);
      await patch(sales.token, client.id, { name: 'Renamed', emails: ['a@x.io', 'b@x.io'] })
        .set('x-correlation-id', 'edit-1')
        .expect(200);
      await patch(manager.token, client.id, { grade: 'a', emails: ['a@x.io', 'b@x.io'] }).expect(200);
      const records = await auditOf(client.id);
      expect(records.map((r) => r.action)).toEqual(['updated', 'updated', 'created']);
      expect(records[0]).toMatchObject({
        actor: { id: manager.id, name: 'Mei Manager' },
        changes: { grade: { from: 'b', to: 'a' } },
      });
      expect(Object.keys(records[0]!.changes)).toEqual(['grade']);
      expect(records[1]).toMatchObject({
        actor: { id: sales.id, name: 'Sam Sales' },
        correlationId: 'edit-1',
        changes: {
          name: { from: client.name, to: 'Renamed' },
          emails: { from: client.emails, to: ['a@x.io', 'b@x.io'] },
        },
      });
      expect(Object.keys(records[1]!.changes).sort()).toEqual(['emails', 'name']);
      expect(Number(records[0]!.id)).toBeGreaterThan(Number(records[1]!.id));
    });

    it('pages and filters the audit log, for admin and manager only', async () => {
      const client = await createClient(t);
      for (const grade of ['a', 'b', 'c', 'a']) await patch(admin, client.id, { grade }).expect(200);
      const all = await auditOf(client.id);
      expect(all).toHaveLength(5);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await t
          .http()
          .get(
            `/api/v1/audit?entityType=client&entityId=${client.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          )
          .auth(manager.token, bearer)
          .expect(200);
        seen.push(...res.body.items.map((r) => r.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.map((r) => r.id));
      expect((await auditOf(client.id, '&action=created')).map((r) => r.action)).toEqual(['created']);
      for (const role of ['operator', 'sales', 'accounts'] as const) {
        const res = await t
          .http()
          .get('/api/v1/audit')
          .auth(await t.tokenFor(role), bearer);
        expect([role, res.status]).toEqual([role, 403]);
      }
      for (const query of ['entityId=nope', 'cursor=garbage', 'limit=500', 'entityType=Client%20X']) {
        await t.http().get(`/api/v1/audit?${query}`).auth(admin, bearer).expect(400);
      }
    });
  });

  describe('concurrent edits', () => {
    it('lets exactly one of five edits with the same If-Match win; the others get 412', async () => {
      const client = await createClient(t);
      const winner = await expectOneOfFiveIfMatchWins(routes, auditOf, admin, admin, client);
      expect(winner.body.version).toBe(2);
    });

    it('serialises concurrent edits without If-Match: none is lost, each audited from the one before', async () => {
      const client = await createClient(t);
      const updates = (await expectSerialisedEdits(patch, auditOf, admin, client.id)).reverse();
      let name = client.name;
      for (const update of updates) {
        const change = update.changes.name as { from: string; to: string };
        expect(change.from).toBe(name);
        name = change.to;
      }
      expect((await get(admin, client.id)).body).toMatchObject({ name, version: 6 });
    });
  });

  it('documents the client, carrier and audit routes in OpenAPI', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/clients',
        '/api/v1/clients/{id}',
        '/api/v1/carriers',
        '/api/v1/carriers/{id}',
        '/api/v1/audit',
      ]),
    );
    const create = doc.body.paths['/api/v1/clients'].post;
    expect(create.tags).toEqual(['clients']);
    expect(create.responses['201'].content['application/json'].schema.$ref).toMatch(/ClientDto$/);
    const edit = doc.body.paths['/api/v1/clients/{id}'].patch;
    expect(edit.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['If-Match']),
    );
    expect(Object.keys(doc.body.components.schemas.CreateClientDto.properties)).toEqual(
      expect.arrayContaining([
        'code',
        'name',
        'emails',
        'paymentTerms',
        'creditLimit',
        'grade',
        'salesUserId',
      ]),
    );
  });
});
