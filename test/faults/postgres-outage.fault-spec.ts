// PostgreSQL stops mid-run, played at the network level: the app reaches the server through an in-process
// TCP proxy (test/utils/tcp-proxy.ts) that the test cuts and restores, never the shared server itself.
// While writes stream in: every request answers 503 DATABASE_UNAVAILABLE within a bound, /health answers
// 503, the same app answers again by itself once the proxy is back; then, by SQL on the real database,
// nothing is half-written and nothing acknowledged is missing.
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { CONNECT_TIMEOUT_MS, QUERY_TIMEOUT_MS } from '../../src/database/data-source';
import { releaseSoBody } from '../factories/shipments';
import { bearer } from '../utils/http';
import { CutMode, TcpProxy } from '../utils/tcp-proxy';
import { createTestApp, TestApp } from '../utils/test-app';
import { createTestDatabase, serverUrl, TestDatabase } from '../utils/test-database';

/** The longest single wait for the database: for a connection from the pool, or for a query's answer. */
const WAIT_MS = Math.max(CONNECT_TIMEOUT_MS, QUERY_TIMEOUT_MS);
/**
 * How long a request started while the database is cut may take: the point of the exercise. Refused: at
 * once. Hung: its first wait for the database runs out (a connection that never answers, or a pooled one
 * gone silent), and the request is answered 503.
 */
const BOUND_MS: Record<CutMode, number> = { refuse: 3_000, hang: WAIT_MS + 1_000 };
/**
 * A request caught in flight by a hang may wait twice: its query runs out (QUERY_TIMEOUT_MS), then the
 * Idempotency-Key interceptor tries to give its key back, which waits out one more deadline.
 */
const IN_FLIGHT_MS: Record<CutMode, number> = { refuse: 3_000, hang: QUERY_TIMEOUT_MS + WAIT_MS + 2_000 };
/** How long the service may take to answer 200 again once the database is back. */
const RECOVERY_BOUND_MS = 5_000;
/** Each cut lasts this long: a hang long enough for requests started during it to time out within it. */
const OUTAGE_MS: Record<CutMode, number> = { refuse: 3_000, hang: 8_000 };
const CUTS_PER_MODE = 2;
const WRITERS = 8;
/** A writer books a new shipment after this many rolls of the current one. */
const ROLLS_PER_SHIPMENT = 4;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

interface Call {
  what: string;
  start: number;
  end: number;
  status: number;
  code?: string;
}

interface Cut {
  mode: CutMode;
  cutAt: number;
  restoredAt: number;
  healthBackMs: number;
  firstWriteMs: number;
  healthProbes: Call[];
}

/** A write the service answered 2xx: it must be in the database afterwards. */
type Ack =
  | { kind: 'create'; shipmentId: string; reference: string }
  | { kind: 'action'; shipmentId: string; version: number; event: string };

const EVENT_OF: Record<string, string> = {
  'confirm-booking': 'booking_confirmed',
  'request-space': 'space_requested',
  'release-so': 'so_released',
  roll: 'rolled',
};

const url = serverUrl();
if (!url) {
  process.stdout.write(
    'postgres-outage: skipped: DATABASE_URL is not set. This fault is a PostgreSQL server going away under ' +
      'the service; the embedded database lives inside the process and cannot stop without it (its fault, ' +
      'a SIGKILL mid-write, is embedded-kill.fault-spec.ts).\n',
  );
}

(url ? describe : describe.skip)('PostgreSQL stops mid-run (through a TCP proxy)', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let t: TestApp;
  let operator: string;
  let clientId: string;
  let carrierId: string;
  const calls: Call[] = [];
  const acks: Ack[] = [];
  const cuts: Cut[] = [];
  /** Creates answered 503, with their Idempotency-Key and body: retried once the database is back. */
  const unansweredCreates: { key: string; body: Record<string, unknown> }[] = [];
  let stopWriters = false;
  let writers: Promise<void>[] = [];
  let summary = '';

  /** One request, timed; a request the app does not answer in 30 s is recorded as status 0. */
  async function call(what: string, send: () => Promise<Response>): Promise<Response | null> {
    const start = performance.now();
    try {
      const res = await send();
      const body = res.body as { code?: string } | undefined;
      calls.push({ what, start, end: performance.now(), status: res.status, code: body?.code });
      return res;
    } catch (error) {
      calls.push({ what, start, end: performance.now(), status: 0, code: String(error) });
      return null;
    }
  }

  const shipmentBody = (): Record<string, unknown> => ({
    clientId,
    carrierId,
    pol: 'CNYTN',
    pod: 'USLAX',
    commodity: 'Wooden furniture',
    containers: [{ type: '40HC', quantity: 2 }],
    freightTerm: 'prepaid',
  });

  const actionBody = (action: string): Record<string, unknown> => {
    if (action === 'release-so') return releaseSoBody();
    if (action === 'roll') {
      return { vessel: 'MSC ANNA', voyage: 'FE550W', etd: inDays(20), reason: 'Rolled by the carrier' };
    }
    return {};
  };

  const nextAction: Record<string, string> = {
    booking: 'confirm-booking',
    booking_confirmed: 'request-space',
    space_requested: 'release-so',
    so_released: 'roll',
  };

  /** Books shipments and moves them on, one request at a time, until told to stop. */
  async function writer(n: number): Promise<void> {
    let current: { id: string; status: string; rolls: number } | null = null;
    let stale = false;
    let creates = 0;
    while (!stopWriters) {
      if (current && stale) {
        const res = await call('GET shipment', () =>
          t.http().get(`/api/v1/shipments/${current!.id}`).auth(operator, bearer).timeout(30_000),
        );
        if (res?.status === 200) {
          current.status = (res.body as { status: string }).status;
          stale = false;
        } else {
          await sleep(50);
        }
        continue;
      }
      if (!current || current.rolls >= ROLLS_PER_SHIPMENT) {
        const key = `fault-${n}-${++creates}`;
        const body = shipmentBody();
        const res = await call('POST shipment', () =>
          t
            .http()
            .post('/api/v1/shipments')
            .auth(operator, bearer)
            .set('Idempotency-Key', key)
            .send(body)
            .timeout(30_000),
        );
        if (res?.status === 201) {
          const s = res.body as { id: string; reference: string; status: string };
          acks.push({ kind: 'create', shipmentId: s.id, reference: s.reference });
          current = { id: s.id, status: s.status, rolls: 0 };
        } else {
          if (res?.status === 503) unansweredCreates.push({ key, body });
          await sleep(50);
        }
        continue;
      }
      const action = nextAction[current.status];
      if (!action) throw new Error(`writer ${n}: unexpected status ${current.status}`);
      const id = current.id;
      const res = await call(`POST ${action}`, () =>
        t
          .http()
          .post(`/api/v1/shipments/${id}/actions/${action}`)
          .auth(operator, bearer)
          .send(actionBody(action))
          .timeout(30_000),
      );
      if (res?.status === 200) {
        const s = res.body as { status: string; version: number };
        acks.push({ kind: 'action', shipmentId: id, version: s.version, event: EVENT_OF[action]! });
        current.status = s.status;
        if (action === 'roll') current.rolls++;
      } else {
        // The write may or may not have committed (its answer may be what was lost): read it again.
        stale = true;
        await sleep(50);
      }
    }
  }

  async function health(): Promise<Call> {
    const start = performance.now();
    const res = await t.http().get('/health').timeout(30_000);
    const body = res.body as { code?: string };
    return { what: 'GET /health', start, end: performance.now(), status: res.status, code: body.code };
  }

  async function acknowledgedSince(at: number): Promise<void> {
    const deadline = performance.now() + RECOVERY_BOUND_MS;
    while (
      !calls.some((c) => c.start >= at && c.status >= 200 && c.status < 300 && c.what !== 'GET shipment')
    ) {
      if (performance.now() > deadline) throw new Error('no write succeeded within the recovery bound');
      await sleep(20);
    }
  }

  /** Writes flow, the proxy is cut for a while (health probed throughout), then restored. */
  async function outage(mode: CutMode): Promise<Cut> {
    await sleep(1_000);
    await acknowledgedSince(performance.now() - 1_000);
    const cutAt = performance.now();
    proxy.cut(mode);
    const healthProbes: Call[] = [];
    while (performance.now() - cutAt < OUTAGE_MS[mode]) {
      healthProbes.push(await health());
      await sleep(250);
    }
    const restoredAt = performance.now();
    await proxy.restore();
    let back: Call;
    do {
      back = await health();
      if (back.status !== 200) await sleep(50);
    } while (back.status !== 200 && performance.now() - restoredAt < 30_000);
    const healthBackMs = back.end - restoredAt;
    await acknowledgedSince(restoredAt);
    const firstWrite = calls.find((c) => c.start >= restoredAt && c.status >= 200 && c.status < 300);
    const cut: Cut = {
      mode,
      cutAt,
      restoredAt,
      healthBackMs,
      firstWriteMs: (firstWrite?.end ?? Number.NaN) - restoredAt,
      healthProbes,
    };
    cuts.push(cut);
    return cut;
  }

  /** The requests of a cut: started while it lasted, and caught in flight by it. */
  function duringCut(cut: Cut): { started: Call[]; inside: Call[]; inFlight: Call[] } {
    const started = calls.filter((c) => c.start >= cut.cutAt && c.start <= cut.restoredAt);
    const inside = started.filter((c) => c.end <= cut.restoredAt);
    const inFlight = calls.filter((c) => c.start < cut.cutAt && c.end >= cut.cutAt);
    return { started, inside, inFlight };
  }

  const longest = (list: Call[]): number => Math.max(0, ...list.map((c) => c.end - c.start));

  function checkCut(cut: Cut): void {
    const { started, inside, inFlight } = duringCut(cut);
    const answers = (list: Call[]): string[] => [...new Set(list.map((c) => `${c.status} ${c.code ?? ''}`))];
    // Started and answered while the database was away: 503 DATABASE_UNAVAILABLE, every one.
    expect(inside.length).toBeGreaterThan(0);
    expect(answers(inside)).toEqual(['503 DATABASE_UNAVAILABLE']);
    expect(answers(cut.healthProbes)).toEqual(['503 DATABASE_UNAVAILABLE']);
    // Caught in flight, or answered after the restore: done (2xx) or refused the same way; never a 500.
    for (const c of [...started, ...inFlight]) expect([200, 201, 503]).toContain(c.status);
    // Never a hang: within the bound, and a request caught mid-transaction within its own (see IN_FLIGHT_MS).
    expect(longest([...started, ...cut.healthProbes])).toBeLessThan(BOUND_MS[cut.mode]);
    expect(longest(inFlight)).toBeLessThan(IN_FLIGHT_MS[cut.mode]);
    expect(cut.healthBackMs).toBeLessThan(RECOVERY_BOUND_MS);
    expect(cut.firstWriteMs).toBeLessThan(RECOVERY_BOUND_MS);
  }

  function describeCut(cut: Cut): string {
    const { started, inside, inFlight } = duringCut(cut);
    const refused = [...inside, ...cut.healthProbes].filter((c) => c.status === 503);
    const ms = refused.map((c) => c.end - c.start).sort((a, b) => a - b);
    const pct = (p: number): number =>
      Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? 0);
    return (
      `${cut.mode}: ${started.length + cut.healthProbes.length} requests started during the cut, ` +
      `${refused.length} answered 503 before the restore (p50 ${pct(0.5)} ms, max ${pct(1)} ms); ` +
      `${inFlight.length} in flight at the cut (longest ${Math.round(longest(inFlight))} ms); /health 200 ` +
      `again ${Math.round(cut.healthBackMs)} ms after the restore, first write ${Math.round(cut.firstWriteMs)} ms`
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const real = new URL(db.location);
    proxy = await TcpProxy.start({ host: real.hostname, port: Number(real.port || 5432) });
    // The app reaches the server only through the proxy; the checks at the end read the real database.
    const poolSize = db.database.kind === 'postgres' ? db.database.poolSize : 10;
    t = await createTestApp(
      {},
      { ...db, database: { kind: 'postgres', url: proxy.url(db.location), poolSize } },
    );
    operator = await t.tokenFor('operator');
    const admin = await t.tokenFor('admin');
    const client = await t
      .http()
      .post('/api/v1/clients')
      .auth(admin, bearer)
      .send({
        code: 'FAULT-1',
        name: 'Shenzhen Bright Lamps Co., Ltd.',
        emails: ['shipping@bright-lamps.example'],
        language: 'en',
        paymentTerms: 'prepaid',
        grade: 'b',
      })
      .expect(201);
    clientId = (client.body as { id: string }).id;
    const carrier = await t
      .http()
      .post('/api/v1/carriers')
      .auth(admin, bearer)
      .send({ code: 'FAULTC', name: 'Carrier FAULTC', requiresDocPrint: true })
      .expect(201);
    carrierId = (carrier.body as { id: string }).id;
    writers = Array.from({ length: WRITERS }, (_, n) => writer(n));
  }, 60_000);

  afterAll(async () => {
    stopWriters = true;
    await Promise.allSettled(writers);
    await t?.close();
    await proxy?.close();
    await db?.dispose();
    if (summary) process.stdout.write(summary);
  }, 60_000);

  it.each(['refuse', 'hang'] as const)(
    'a %s database: every request 503 DATABASE_UNAVAILABLE within the bound, /health 503, back by itself',
    async (mode) => {
      for (let i = 0; i < CUTS_PER_MODE; i++) {
        const cut = await outage(mode);
        process.stdout.write(`postgres-outage: ${describeCut(cut)}\n`);
        checkCut(cut);
      }
    },
    120_000,
  );

  it('nothing is half-written and nothing acknowledged is lost', async () => {
    stopWriters = true;
    await Promise.all(writers);
    // Whatever happened, no request was answered with anything but success or a 503 (no 500, no hang).
    const unexpected = calls.filter((c) => ![200, 201, 503].includes(c.status));
    expect(unexpected).toEqual([]);
    expect(calls.filter((c) => c.status === 503 && c.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);

    // Creates refused during the outage, retried with the same Idempotency-Key now the database is back.
    const retries: Record<string, number> = {};
    for (const { key, body } of unansweredCreates) {
      const res = await t
        .http()
        .post('/api/v1/shipments')
        .auth(operator, bearer)
        .set('Idempotency-Key', key)
        .send(body);
      const code = `${res.status} ${(res.body as { code?: string }).code ?? ''}`.trim();
      retries[code] = (retries[code] ?? 0) + 1;
      if (res.status === 201) {
        const s = res.body as { id: string; reference: string };
        acks.push({ kind: 'create', shipmentId: s.id, reference: s.reference });
      }
    }

    const sql = new Client({ connectionString: db.location });
    await sql.connect();
    try {
      const q = async <T>(text: string, values: unknown[] = []): Promise<T[]> =>
        (await sql.query(text, values)).rows as T[];
      const shipments = await q<{ id: string; status: string; version: number; reference: string }>(
        'SELECT id, status, version, reference FROM shipments',
      );
      const events = await q<{ shipment_id: string; seq: number; type: string; to_status: string }>(
        'SELECT shipment_id, seq, type, to_status FROM shipment_events ORDER BY shipment_id, seq',
      );
      const containers = await q<{ shipment_id: string; n: number }>(
        'SELECT shipment_id, count(*)::int AS n FROM containers GROUP BY shipment_id',
      );
      const emails = await q<{ shipment_id: string | null; template: string; n: number }>(
        'SELECT shipment_id, template, count(*)::int AS n FROM emails GROUP BY shipment_id, template',
      );
      const [orphans] = await q<{ containers: number; events: number; emails: number }>(
        `SELECT (SELECT count(*) FROM containers c
                  WHERE NOT EXISTS (SELECT 1 FROM shipments s WHERE s.id = c.shipment_id))::int AS containers,
                (SELECT count(*) FROM shipment_events e
                  WHERE NOT EXISTS (SELECT 1 FROM shipments s WHERE s.id = e.shipment_id))::int AS events,
                (SELECT count(*) FROM emails m WHERE m.shipment_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.id = m.shipment_id))::int AS emails`,
      );
      const [{ stuck }] = (await q<{ stuck: number }>(
        'SELECT count(*)::int AS stuck FROM idempotency_keys WHERE response_status IS NULL',
      )) as [{ stuck: number }];

      const byShipment = new Map<string, typeof events>();
      for (const e of events) byShipment.set(e.shipment_id, [...(byShipment.get(e.shipment_id) ?? []), e]);
      const containerCount = new Map(containers.map((c) => [c.shipment_id, c.n]));
      const emailCount = (id: string, template: string): number =>
        emails.find((m) => m.shipment_id === id && m.template === template)?.n ?? 0;

      // Each write is one transaction: the row, its containers, its history and its e-mails, or none of them.
      const halfWritten: string[] = [];
      for (const s of shipments) {
        const history = byShipment.get(s.id) ?? [];
        const count = (type: string): number => history.filter((e) => e.type === type).length;
        const problems = [
          history[0]?.type === 'booking_created' ? null : 'no booking_created first',
          history.length === s.version ? null : `${history.length} events at version ${s.version}`,
          history.every((e, i) => e.seq === i + 1) ? null : 'event numbers with gaps',
          history.at(-1)?.to_status === s.status ? null : `last event not to ${s.status}`,
          containerCount.get(s.id) === 2 ? null : `${containerCount.get(s.id) ?? 0} containers of 2`,
          emailCount(s.id, 'booking_confirmed') === count('booking_confirmed') ? null : 'booking e-mail',
          emailCount(s.id, 'vessel_rolled') === count('rolled') ? null : 'roll e-mails',
        ].filter((p): p is string => p !== null);
        if (problems.length) halfWritten.push(`${s.reference}: ${problems.join(', ')}`);
      }
      expect(halfWritten).toEqual([]);
      expect(orphans).toEqual({ containers: 0, events: 0, emails: 0 });

      // Shipment references are gap-free per month: a rolled-back booking gives its number back.
      const numbers = new Map<string, number[]>();
      for (const s of shipments) {
        const [prefix, n] = s.reference.split('-') as [string, string];
        numbers.set(prefix, [...(numbers.get(prefix) ?? []), Number(n)]);
      }
      for (const list of numbers.values()) {
        expect(list.sort((a, b) => a - b)).toEqual(list.map((_, i) => i + 1));
      }

      // Every write the service acknowledged is there.
      const byId = new Map(shipments.map((s) => [s.id, s]));
      const lost = acks.filter((a) =>
        a.kind === 'create'
          ? byId.get(a.shipmentId)?.reference !== a.reference
          : byShipment.get(a.shipmentId)?.[a.version - 1]?.type !== a.event,
      );
      expect(lost).toEqual([]);

      const refused = calls.filter((c) => c.status === 503).length;
      const probes = cuts.flatMap((c) => c.healthProbes);
      const refusedProbes = probes.filter((c) => c.status === 503).length;
      // Each write of the stream is one event: those beyond the acknowledged ones committed, but their answer
      // was lost with the connection (answered 503, as the service cannot know). Not lost: unacknowledged.
      const committedUnanswered = events.length - acks.length;
      summary =
        `postgres-outage: ${cuts.length} cuts (${cuts.filter((c) => c.mode === 'refuse').length} refused, ` +
        `${cuts.filter((c) => c.mode === 'hang').length} hung); proxy reset ${proxy.stats.reset} connections, ` +
        `froze ${proxy.stats.frozen}, black-holed ${proxy.stats.blackholed}; ${calls.length + probes.length} requests, ` +
        `${acks.length} writes acknowledged and found; checked ${shipments.length} shipments, ${events.length} ` +
        `events, ${containers.reduce((n, c) => n + c.n, 0)} containers, ${emails.reduce((n, m) => n + m.n, 0)} ` +
        `e-mails: 0 half-written; ${committedUnanswered} writes committed but answered 503; idempotent retries ` +
        `after the outage: ${JSON.stringify(retries)}; ${stuck} keys left reserved\n` +
        `faults: ${cuts.length} injected, ${refused + refusedProbes} requests refused with 503, ${lost.length} lost\n`;
    } finally {
      await sql.end();
    }
  }, 120_000);
});
