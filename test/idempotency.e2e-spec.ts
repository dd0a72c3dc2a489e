import type { Response } from 'supertest';
import { receivableBody } from './factories/billing';
import { createClient, createOperatorDesk } from './factories/master-data';
import { releaseSoBody, shipmentBody } from './factories/shipments';
import { shipmentAt } from './utils/flow';
import type { TestApp } from './utils/test-app';
import { bearer } from './utils/http';

/** How many times each request is sent with the same key (the first time and the retries). */
const TRIES = 5;
/** Keys with this prefix cannot have their answer stored (the trigger below): a storage failure after commit. */
const FAILING = 'answer-cannot-be-stored-';

/**
 * Idempotency-Key when storing the answer goes wrong after the work committed. Whatever happens, a key
 * never does its work twice: a request answered with an error wrote nothing (and may be retried), and one
 * whose work committed is replayed, or its retries are told it was carried out (409), never run again.
 */
describe('Idempotency-Key after a late failure', () => {
  let t: TestApp;
  let op: string;
  let carrier: { id: string };

  beforeAll(async () => {
    ({ t, op, carrier } = await createOperatorDesk());
    // A real failure of the statement that stores the answer, as a full disk or a broken constraint would
    // fail it: raised by the database itself, for the keys of the tests that want it.
    await t.dataSource.query(`
      CREATE FUNCTION test_refuse_answer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.response_status IS NOT NULL AND NEW.key LIKE '${FAILING}%' THEN
          RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100';
        END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(`
      CREATE TRIGGER test_refuse_answer BEFORE UPDATE ON idempotency_keys
      FOR EACH ROW EXECUTE FUNCTION test_refuse_answer()`);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[]): Promise<number> =>
    (await t.dataSource.query<{ n: number }[]>(sql, params))[0]!.n;
  const shipmentsOf = (clientId: string) =>
    count('SELECT count(*)::int AS n FROM shipments WHERE client_id = $1', [clientId]);

  const post = (url: string, key: string, body: object, token = op): Promise<Response> =>
    t.http().post(url).auth(token, bearer).set('Idempotency-Key', key).send(body);

  /** Sends the same request TRIES times, one after another; the answers in order. */
  const tries = async (send: () => Promise<Response>): Promise<Response[]> => {
    const answers: Response[] = [];
    for (let i = 0; i < TRIES; i++) answers.push(await send());
    return answers;
  };

  /**
   * The rule, whatever the first answer was: an error wrote nothing, and so do its retries until one
   * succeeds; a success wrote once, and every retry replays it (the same status and body).
   */
  const expectOneEffect = (answers: Response[], records: number) => {
    const first = answers[0]!;
    if (first.status >= 400) {
      expect(records).toBe(0);
      for (const a of answers)
        expect({ status: a.status, code: a.body.code }).toEqual({
          status: first.status,
          code: first.body.code,
        });
    } else {
      expect(records).toBe(1);
      for (const a of answers.slice(1)) {
        expect(a.status).toBe(first.status);
        expect(a.headers['idempotent-replayed']).toBe('true');
        expect(a.text).toBe(first.text);
      }
    }
  };

  // Half an emoji (a lone UTF-16 surrogate), as a client that cuts a string in the middle sends it. Either
  // refused before anything is written, or written (the database keeps U+FFFD in its place) and replayed.
  const HALF_EMOJI = 'Wooden furniture \ud83d';

  it('a shipment booked with text the database stores differently: one shipment, however often retried', async () => {
    const client = await createClient(t);
    const body = shipmentBody({ clientId: client.id, carrierId: carrier.id, commodity: HALF_EMOJI });
    const answers = await tries(() => post('/api/v1/shipments', 'half-emoji-booking', body));
    expectOneEffect(answers, await shipmentsOf(client.id));
  });

  it('a draft debit note with such text: one draft, however often retried', async () => {
    const client = await createClient(t);
    const s = await shipmentAt(t, 'booking', { clientId: client.id, carrierId: carrier.id });
    const body = receivableBody(client.id, { remarks: `Per your e-mail ${HALF_EMOJI}` });
    const accounts = await t.tokenFor('accounts');
    const answers = await tries(() =>
      post(`/api/v1/shipments/${s.id}/debit-notes`, 'half-emoji-draft', body, accounts),
    );
    expectOneEffect(
      answers,
      await count('SELECT count(*)::int AS n FROM debit_notes WHERE shipment_id = $1', [s.id]),
    );
  });

  it('stores any answer exactly: the replay is the same text, whatever characters it holds', async () => {
    const client = await createClient(t);
    // Characters that JSON and the database treat in their own ways: escapes, a NUL-like sequence in plain
    // text, astral characters, keys that jsonb would reorder.
    const commodity = 'Lamps \\u0000 "quoted" 深圳 🚢 \t tab';
    const body = shipmentBody({ clientId: client.id, carrierId: carrier.id, commodity });
    const answers = await tries(() => post('/api/v1/shipments', 'exact-text', body));
    expect(answers[0]!.status).toBe(201);
    expectOneEffect(answers, await shipmentsOf(client.id));
    expect(answers[TRIES - 1]!.body.commodity).toBe(commodity);
  });

  describe('when the answer cannot be stored after the work committed', () => {
    /** The first answer is the work's own (it did happen); every retry is told so, and nothing runs twice. */
    const expectCarriedOutOnce = (answers: Response[], status: number) => {
      expect(answers[0]!.status).toBe(status);
      for (const a of answers.slice(1)) {
        expect(a.status).toBe(409);
        expect(a.body.code).toBe('IDEMPOTENCY_ANSWER_UNAVAILABLE');
      }
    };

    it('a booking: one shipment, retries answered 409 IDEMPOTENCY_ANSWER_UNAVAILABLE', async () => {
      const client = await createClient(t);
      const body = shipmentBody({ clientId: client.id, carrierId: carrier.id });
      const answers = await tries(() => post('/api/v1/shipments', `${FAILING}booking`, body));
      expect(await shipmentsOf(client.id)).toBe(1);
      expectCarriedOutOnce(answers, 201);
    });

    it('a roll (an action that may repeat, written in one statement): rolled once', async () => {
      const s = await shipmentAt(t, 'so_released', { carrierId: carrier.id });
      const { vessel, voyage, etd } = releaseSoBody();
      const body = { vessel, voyage, etd, reason: 'Vessel omitted the port' };
      const answers = await tries(() =>
        post(`/api/v1/shipments/${s.id}/actions/roll`, `${FAILING}roll`, body),
      );
      expect(
        await count(
          `SELECT count(*)::int AS n FROM shipment_events WHERE shipment_id = $1 AND type = 'rolled'`,
          [s.id],
        ),
      ).toBe(1);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM emails WHERE shipment_id = $1 AND template = 'vessel_rolled'`,
          [s.id],
        ),
      ).toBe(1);
      expectCarriedOutOnce(answers, 200);
    });

    it('a draft debit note: one draft', async () => {
      const client = await createClient(t);
      const s = await shipmentAt(t, 'booking', { clientId: client.id, carrierId: carrier.id });
      const accounts = await t.tokenFor('accounts');
      const answers = await tries(() =>
        post(`/api/v1/shipments/${s.id}/debit-notes`, `${FAILING}draft`, receivableBody(client.id), accounts),
      );
      expect(await count('SELECT count(*)::int AS n FROM debit_notes WHERE shipment_id = $1', [s.id])).toBe(
        1,
      );
      expectCarriedOutOnce(answers, 201);
    });

    it('is never run again, even once the reservation is older than an abandoned one', async () => {
      const client = await createClient(t);
      const body = shipmentBody({ clientId: client.id, carrierId: carrier.id });
      const key = `${FAILING}old`;
      expect((await post('/api/v1/shipments', key, body)).status).toBe(201);
      // As if the retry came hours later: a reservation without an answer is otherwise taken as abandoned.
      await t.dataSource.query(
        `UPDATE idempotency_keys SET created_at = now() - interval '2 hours' WHERE key = $1`,
        [key],
      );
      const retry = await post('/api/v1/shipments', key, body);
      expect(retry.status).toBe(409);
      expect(retry.body.code).toBe('IDEMPOTENCY_ANSWER_UNAVAILABLE');
      expect(await shipmentsOf(client.id)).toBe(1);
    });
  });

  it('a body nested thousands deep is refused for its input (400), not a 500 from reading its key', async () => {
    const client = await createClient(t);
    let deep: unknown = [];
    for (let i = 0; i < 5_000; i++) deep = [deep];
    const body = { ...shipmentBody({ clientId: client.id, carrierId: carrier.id }), containers: deep };
    const res = await post('/api/v1/shipments', 'deeply-nested', body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(
      await count('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', ['deeply-nested']),
    ).toBe(0);
  });

  it('a request refused for its input keeps nothing, so it can be corrected and retried with its key', async () => {
    const client = await createClient(t);
    const bad = shipmentBody({ clientId: client.id, carrierId: carrier.id, pod: 'CNYTN' });
    const refused = await post('/api/v1/shipments', 'corrected', bad);
    expect(refused.status).toBe(400);
    expect(await count('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', ['corrected'])).toBe(
      0,
    );
    const body = shipmentBody({ clientId: client.id, carrierId: carrier.id });
    expect((await post('/api/v1/shipments', 'corrected', body)).status).toBe(201);
    expect(await shipmentsOf(client.id)).toBe(1);
  });
});
