import { carrierBody, createCarrier } from './factories/master-data';
import { bearer, auditTrail, collectionRoutes, fieldsOf } from './utils/http';
import {
  expectOneOfFiveIfMatchWins,
  expectSerialisedEdits,
  expectWritesNothing,
  pagesOfCodes,
} from './utils/master-data';
import { createTestApp, TestApp } from './utils/test-app';

const CARRIER_KEYS = [
  'code',
  'createdAt',
  'emails',
  'id',
  'name',
  'requiresDocPrint',
  'updatedAt',
  'version',
];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('carriers over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let operator: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('admin');
    operator = await t.createUser({ role: 'operator', name: 'Olu Operator' });
  });
  afterAll(() => t.close());

  const routes = collectionRoutes(() => t, '/api/v1/carriers');
  const { post, patch, get, list } = routes;
  const auditOf = (entityId: string, extra = '') => auditTrail(t, admin, 'carrier', entityId, extra);

  describe('create', () => {
    it('creates MSC without document printing, normalising code, name and e-mails', async () => {
      const res = await post(operator.token, {
        code: ' msc ',
        name: ' Mediterranean Shipping Company ',
        requiresDocPrint: false,
        emails: ['Booking.CN@msc.example', ' booking.cn@MSC.example', 'docs@msc.example'],
      }).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(Object.keys(res.body).sort()).toEqual(CARRIER_KEYS);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code: 'MSC',
        name: 'Mediterranean Shipping Company',
        requiresDocPrint: false,
        emails: ['booking.cn@msc.example', 'docs@msc.example'],
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('takes a carrier without e-mails', async () => {
      const res = await post(admin, {
        code: 'COSCO',
        name: 'COSCO Shipping Lines',
        requiresDocPrint: true,
      }).expect(201);
      expect(res.body).toMatchObject({ code: 'COSCO', requiresDocPrint: true, emails: [] });
    });

    it('refuses every invalid field with 400 VALIDATION_FAILED naming it, and writes nothing', async () => {
      const cases: [string, object, string][] = [
        ['a one-letter code', carrierBody({ code: 'M' }), 'code'],
        ['a code with a space', carrierBody({ code: 'MS C' }), 'code'],
        ['a code of 21 characters', carrierBody({ code: 'C'.repeat(21) }), 'code'],
        ['no code', { ...carrierBody(), code: undefined }, 'code'],
        ['a blank name', carrierBody({ name: ' ' }), 'name'],
        ['a name of 201 characters', carrierBody({ name: 'n'.repeat(201) }), 'name'],
        ['no name', { ...carrierBody(), name: undefined }, 'name'],
        ['no requiresDocPrint', { ...carrierBody(), requiresDocPrint: undefined }, 'requiresDocPrint'],
        ['requiresDocPrint as a string', { ...carrierBody(), requiresDocPrint: 'yes' }, 'requiresDocPrint'],
        ['requiresDocPrint as null', { ...carrierBody(), requiresDocPrint: null }, 'requiresDocPrint'],
        ['a malformed e-mail', carrierBody({ emails: ['nope'] }), 'emails[0]'],
        ['11 e-mails', carrierBody({ emails: Array.from({ length: 11 }, (_, i) => `b${i}@c.io`) }), 'emails'],
        ['e-mails that are not a list', { ...carrierBody(), emails: 'b@c.io' }, 'emails'],
        ['an unknown field', { ...carrierBody(), scac: 'MSCU' }, 'scac'],
      ];
      await expectWritesNothing(t, 'carriers', async () => {
        for (const [what, body, field] of cases) {
          const res = await post(admin, body);
          expect({ what, status: res.status, code: res.body.code, fields: fieldsOf(res.body) }).toEqual({
            what,
            status: 400,
            code: 'VALIDATION_FAILED',
            fields: [field],
          });
        }
      });
    });

    it('refuses a duplicate code, whatever its case, with 409 CONFLICT naming the field, and writes nothing', async () => {
      await post(admin, carrierBody({ code: 'ONE' })).expect(201);
      await expectWritesNothing(t, 'carriers', async () => {
        const res = await post(
          operator.token,
          carrierBody({ code: 'one', name: 'Ocean Network Express' }),
        ).expect(409);
        expect(res.body).toMatchObject({
          code: 'CONFLICT',
          details: { fields: [{ field: 'code', message: 'already in use' }] },
        });
      });
    });
  });

  describe('who may do what', () => {
    it('lets admin, manager and operator write, and refuses sales and accounts with 403', async () => {
      const carrier = await createCarrier(t);
      for (const role of ['sales', 'accounts'] as const) {
        const token = await t.tokenFor(role);
        const created = await post(token, carrierBody());
        expect([role, created.status, created.body.code]).toEqual([role, 403, 'FORBIDDEN']);
        const edited = await patch(token, carrier.id, { name: 'Not allowed' });
        expect([role, edited.status, edited.body.code]).toEqual([role, 403, 'FORBIDDEN']);
      }
      await post(await t.tokenFor('manager'), carrierBody()).expect(201);
      await patch(await t.tokenFor('manager'), carrier.id, { requiresDocPrint: false }).expect(200);
      await patch(operator.token, carrier.id, { name: 'Renamed' }).expect(200);
      expect((await get(admin, carrier.id)).body).toMatchObject({ version: 3, requiresDocPrint: false });
    });

    it('lets every staff role read carriers, and refuses a client user with 403', async () => {
      const carrier = await createCarrier(t);
      for (const role of ['admin', 'manager', 'operator', 'sales', 'accounts'] as const) {
        const token = await t.tokenFor(role);
        await list(token, 'limit=1').expect(200);
        await get(token, carrier.id).expect(200);
      }
      const clientRes = await t
        .http()
        .post('/api/v1/clients')
        .auth(admin, bearer)
        .send({
          code: 'CARRIER-TEST',
          name: 'A shipper',
          emails: ['s@x.io'],
          paymentTerms: 'prepaid',
          grade: 'c',
        })
        .expect(201);
      const clientUser = await t.createUser({ role: 'client', clientId: clientRes.body.id });
      await list(clientUser.token, '').expect(403);
      await get(clientUser.token, carrier.id).expect(403);
      await t.http().get('/api/v1/carriers').expect(401);
    });
  });

  describe('list and read', () => {
    beforeAll(async () => {
      for (const [code, name] of [
        ['LN-CMA', 'CMA CGM'],
        ['LN-EMC', 'Evergreen Marine'],
        ['LN-HLC', 'Hapag-Lloyd'],
        ['LN-MAEU', 'Maersk Line'],
        ['LNX', 'Line Express_Green'],
      ]) {
        await createCarrier(t, { code, name });
      }
    });

    const codes = async (query: string): Promise<string[]> => {
      const res = await list(admin, `limit=200&${query}`).expect(200);
      return (res.body.items as { code: string }[]).map((c) => c.code);
    };

    it('orders by code and filters by code prefix or part of the name, in any case', async () => {
      expect(await codes('q=ln-')).toEqual(['LN-CMA', 'LN-EMC', 'LN-HLC', 'LN-MAEU']);
      expect(await codes('q=green')).toEqual(['LN-EMC', 'LNX']);
      expect(await codes('q=MAERSK')).toEqual(['LN-MAEU']);
      expect(await codes('q=CMA')).toEqual(['LN-CMA']);
      expect(await codes(`q=${encodeURIComponent('s_G')}`)).toEqual(['LNX']);
      expect(await codes(`q=${encodeURIComponent('e_M')}`)).toEqual([]);
    });

    it('pages with a cursor, each carrier once, in code order', async () => {
      const all = await codes('');
      expect(all).toEqual([...all].sort());
      expect((await pagesOfCodes(list, admin)).flat()).toEqual(all);
      await list(admin, 'cursor=garbage').expect(400);
      await list(admin, 'limit=201').expect(400);
    });

    it('answers one carrier with ETag "<version>", and 404 for an unknown or malformed id', async () => {
      const carrier = await createCarrier(t);
      const res = await get(admin, carrier.id).expect(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toEqual(carrier);
      expect((await get(admin, UNKNOWN_ID).expect(404)).body.code).toBe('NOT_FOUND');
      await get(admin, 'msc').expect(404);
      await patch(admin, UNKNOWN_ID, { name: 'x' }).expect(404);
    });
  });

  describe('edit', () => {
    it('edits with a matching If-Match, bumps the version and answers the new ETag', async () => {
      const carrier = await createCarrier(t, { requiresDocPrint: true });
      const res = await patch(
        operator.token,
        carrier.id,
        { requiresDocPrint: false, emails: [], name: ' Renamed Line ' },
        '"1"',
      ).expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({
        requiresDocPrint: false,
        emails: [],
        name: 'Renamed Line',
        version: 2,
      });
      expect((await get(admin, carrier.id)).headers.etag).toBe('"2"');
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const carrier = await createCarrier(t);
      await patch(admin, carrier.id, { name: 'First' }, '"1"').expect(200);
      const res = await patch(admin, carrier.id, { name: 'Stale', requiresDocPrint: false }, '"1"').expect(
        412,
      );
      expect(res.body).toMatchObject({ code: 'PRECONDITION_FAILED', details: { currentVersion: 2 } });
      expect((await get(admin, carrier.id)).body).toMatchObject({
        name: 'First',
        requiresDocPrint: true,
        version: 2,
      });
      expect((await auditOf(carrier.id)).map((r) => r.action)).toEqual(['updated', 'created']);
      const bad = await patch(admin, carrier.id, { name: 'x' }, 'two').expect(400);
      expect(fieldsOf(bad.body)).toEqual(['If-Match']);
    });

    it('refuses a changed code and invalid values with 400 naming the field', async () => {
      const carrier = await createCarrier(t);
      for (const [body, field] of [
        [{ code: 'OTHER' }, 'code'],
        [{ name: null }, 'name'],
        [{ requiresDocPrint: null }, 'requiresDocPrint'],
        [{ requiresDocPrint: 'no' }, 'requiresDocPrint'],
        [{ emails: null }, 'emails'],
        [{ emails: ['x'] }, 'emails[0]'],
      ] as [object, string][]) {
        const res = await patch(admin, carrier.id, body).expect(400);
        expect([body, fieldsOf(res.body)]).toEqual([body, [field]]);
      }
      expect((await get(admin, carrier.id)).body).toEqual(carrier);
    });

    it('treats an edit that changes nothing as done: same version, no audit record', async () => {
      const carrier = await createCarrier(t);
      const res = await patch(
        admin,
        carrier.id,
        { name: carrier.name, emails: carrier.emails },
        '"1"',
      ).expect(200);
      expect(res.body).toEqual(carrier);
      expect((await auditOf(carrier.id)).map((r) => r.action)).toEqual(['created']);
    });
  });

  describe('audit', () => {
    it('records creation and each edit with the actor, the correlation id and the fields changed', async () => {
      const res = await post(operator.token, carrierBody({ code: 'AUD-C', requiresDocPrint: true }))
        .set('x-correlation-id', 'carrier-create')
        .expect(201);
      await patch(operator.token, res.body.id, { requiresDocPrint: false })
        .set('x-correlation-id', 'carrier-edit')
        .expect(200);
      const records = await auditOf(res.body.id);
      expect(records).toEqual([
        expect.objectContaining({
          action: 'updated',
          actor: { id: operator.id, name: 'Olu Operator' },
          correlationId: 'carrier-edit',
          changes: { requiresDocPrint: { from: true, to: false } },
        }),
        expect.objectContaining({
          action: 'created',
          actor: { id: operator.id, name: 'Olu Operator' },
          correlationId: 'carrier-create',
          changes: { code: 'AUD-C', name: res.body.name, requiresDocPrint: true, emails: res.body.emails },
        }),
      ]);
    });
  });

  describe('concurrent edits', () => {
    it('lets exactly one of five edits with the same If-Match win; the others get 412', async () => {
      const carrier = await createCarrier(t);
      await expectOneOfFiveIfMatchWins(routes, auditOf, operator.token, admin, carrier);
    });

    it('serialises concurrent edits without If-Match: none is lost', async () => {
      const carrier = await createCarrier(t);
      await expectSerialisedEdits(patch, auditOf, operator.token, carrier.id);
    });
  });
});
