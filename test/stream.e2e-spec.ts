import { request as httpRequest, type ClientRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, type Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createClient } from './factories/master-data';
import { releaseSoBody } from './factories/shipments';
import { act, shipmentAt, type ShipmentRef } from './utils/flow';
import { bearer } from './utils/http';
import { ADMIN, createTestApp, type TestApp } from './utils/test-app';
import { createTestDatabase } from './utils/test-database';

// GET /api/v1/stream (src/stream/, docs/api.md "Stream"): Server-Sent Events of committed shipment changes,
// read here by a real HTTP client against the listening app, as a browser's EventSource reads them.

/** One SSE block: its event type (`message` when data came without one), id, parsed data and comments. */
interface SseBlock {
  event?: string;
  id?: string;
  data?: Record<string, unknown>;
  comments: string[];
}

const CURSOR = /^\d+-\d+-\d+-\d+(-\d+(\.\d+)*)?$/;

/** A stream read as EventSource reads it (text/event-stream, blocks separated by a blank line). */
class SseStream {
  readonly blocks: SseBlock[] = [];
  status = 0;
  headers: IncomingHttpHeaders = {};
  readonly ended: Promise<void>;
  private buffer = '';
  private read = 0;
  private wake: (() => void) | undefined;
  private done = false;
  private request: ClientRequest | undefined;

  private constructor() {
    this.ended = new Promise((resolve) => {
      this.finish = () => {
        this.done = true;
        this.wake?.();
        resolve();
      };
    });
  }

  private finish: () => void = () => undefined;

  static open(
    base: string,
    credential: { token?: string; cookie?: string },
    options: { lastEventId?: string; accept?: string } = {},
  ): Promise<SseStream> {
    const stream = new SseStream();
    const headers: Record<string, string> = { accept: options.accept ?? 'text/event-stream' };
    if (credential.token) headers.authorization = `Bearer ${credential.token}`;
    if (credential.cookie) headers.cookie = credential.cookie;
    if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${base}/api/v1/stream`, { headers, agent: false }, (res) => {
        stream.status = res.statusCode ?? 0;
        stream.headers = res.headers;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => stream.push(chunk));
        res.on('end', () => stream.finish());
        res.on('close', () => stream.finish());
        resolve(stream);
      });
      stream.request = req;
      req.on('error', (error) => {
        stream.finish();
        reject(error);
      });
      req.end();
    });
  }

  /** The next block (after those already taken) that `matches`, waiting up to `ms` for it. */
  async take(matches: (block: SseBlock) => boolean, ms = 5000): Promise<SseBlock> {
    const deadline = Date.now() + ms;
    for (;;) {
      while (this.read < this.blocks.length) {
        const block = this.blocks[this.read++]!;
        if (matches(block)) return block;
      }
      const left = deadline - Date.now();
      if (this.done || left <= 0) {
        throw new Error(
          `no matching block within ${ms} ms (${this.done ? 'stream ended' : 'open'}); had ${JSON.stringify(this.blocks)}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** The next `event:` block of this type. */
  next(event: string, ms?: number): Promise<SseBlock> {
    return this.take((b) => b.event === event, ms);
  }

  /** The shipment messages taken so far and still to take, about these shipments. */
  shipmentMessages(ids: readonly string[]): SseBlock[] {
    return this.blocks.filter((b) => b.event === 'shipment' && ids.includes(b.data!.shipmentId as string));
  }

  close(): void {
    this.request?.destroy();
  }

  private push(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const block: SseBlock = { comments: [] };
      let data: string | undefined;
      for (const line of text.split('\n')) {
        if (line.startsWith(':')) block.comments.push(line.slice(1).trim());
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').replace(/^ /, '');
        if (field === 'event') block.event = value;
        if (field === 'id') block.id = value;
        if (field === 'data') data = data === undefined ? value : `${data}\n${value}`;
      }
      if (data !== undefined) {
        block.data = JSON.parse(data) as Record<string, unknown>;
        block.event ??= 'message';
      }
      this.blocks.push(block);
    }
    this.wake?.();
  }
}

/** `promise`, or a failure saying `what` if it takes longer than `ms`. */
async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the app listening on a free local port; its base URL. */
async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** A stream that has started (its `ready` taken), for this credential. */
async function live(base: string, token: string, lastEventId?: string): Promise<SseStream> {
  const stream = await SseStream.open(base, { token }, { lastEventId });
  expect(stream.status).toBe(200);
  await stream.next('ready');
  return stream;
}

/**
 * A change made after the test opened its stream: a booking committed just before may be announced too (a
 * stream announces what commits from about when it opens; `ready` is the point from which nothing is missed).
 */
const change = (b: SseBlock): boolean => b.event === 'shipment' && b.data!.type !== 'booking_created';

const isAbout = (s: { id: string }, type?: string) => (b: SseBlock) =>
  b.event === 'shipment' && b.data!.shipmentId === s.id && (type === undefined || b.data!.type === type);

/** Appends events to a shipment's history straight in SQL, in one statement, as any writer would. */
async function appendEvents(
  t: TestApp,
  shipmentId: string,
  events: { type: string; data?: Record<string, unknown> }[],
): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO shipment_events (shipment_id, seq, type, actor_name, data)
     SELECT $1, last.seq + ev.ord, ev.type, 'test', ev.data
       FROM (SELECT coalesce(max(seq), 0) AS seq FROM shipment_events WHERE shipment_id = $1) last,
            jsonb_to_recordset($2::jsonb) AS ev(ord int, type text, data jsonb)
      ORDER BY ev.ord`,
    [shipmentId, JSON.stringify(events.map((e, i) => ({ ord: i + 1, type: e.type, data: e.data ?? {} })))],
  );
}

describe('the stream of shipment changes', () => {
  let t: TestApp;
  let base: string;
  let op: string;
  const open: SseStream[] = [];
  const track = (stream: SseStream): SseStream => (open.push(stream), stream);
  beforeAll(async () => {
    t = await createTestApp();
    base = await listen(t);
    op = await t.tokenFor('operator');
  });
  afterEach(() => {
    for (const stream of open.splice(0)) stream.close();
  });
  afterAll(() => t.close());

  it('needs a signed-in caller', async () => {
    const res = await t.http().get('/api/v1/stream').set('accept', 'text/event-stream').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('tells an operator of a change as it commits, within 2 s, with what the console needs', async () => {
    const s = await shipmentAt(t, 'booking');
    const stream = track(await SseStream.open(base, { token: op }));
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toContain('no-cache');
    expect(stream.headers['x-correlation-id']).toBeDefined();
    const ready = await stream.next('ready');
    expect(ready.id).toMatch(CURSOR);
    expect(stream.blocks[0]!.comments.length).toBeGreaterThan(0); // sent at once: the stream is open

    const started = Date.now();
    await act(t, op, s.id, 'confirm-booking').expect(200);
    const message = await stream.take(isAbout(s, 'booking_confirmed'), 2000);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(message.data).toEqual({
      shipmentId: s.id,
      seq: 2,
      type: 'booking_confirmed',
      status: 'booking_confirmed',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(message.id).toMatch(CURSOR);
    // The history says the same.
    const events = await t.http().get(`/api/v1/shipments/${s.id}/events`).auth(op, bearer).expect(200);
    const recorded = (events.body.items as { seq: number; type: string; at: string }[]).find(
      (e) => e.seq === 2,
    )!;
    expect([recorded.type, recorded.at]).toEqual(['booking_confirmed', message.data!.at]);
  });

  it('is what the console opens with its session cookie (EventSource sends no header of its own)', async () => {
    const user = await t.createUser({ role: 'operator' });
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'user-pass-123', session: 'cookie' })
      .expect(200);
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]!)
      .join('; ');
    expect(cookie).toMatch(/=./);
    const stream = track(await SseStream.open(base, { cookie }));
    expect(stream.status).toBe(200);
    await stream.next('ready');
    const s = await shipmentAt(t, 'booking');
    await stream.take(isAbout(s, 'booking_created'));
  });

  it('gives a salesperson their clients’ shipments only, and a client given to them from then on', async () => {
    const sales = await t.createUser({ role: 'sales' });
    const mine = await createClient(t, { salesUserId: sales.id });
    const theirs = await createClient(t); // the default salesperson's
    const a = await shipmentAt(t, 'booking', { clientId: mine.id });
    const b = await shipmentAt(t, 'booking', { clientId: theirs.id });
    const stream = track(await live(base, sales.token));

    await act(t, op, b.id, 'confirm-booking').expect(200);
    await act(t, op, a.id, 'confirm-booking').expect(200);
    // In commit order: had b's been sent, it would have come first.
    const first = await stream.take(change);
    expect(first.data).toMatchObject({ shipmentId: a.id, type: 'booking_confirmed' });

    // The client is given to the salesperson: what happens to it from then on is theirs to see.
    const admin = await t.tokenFor('admin');
    await t
      .http()
      .patch(`/api/v1/clients/${theirs.id}`)
      .auth(admin, bearer)
      .send({ salesUserId: sales.id })
      .expect(200);
    await act(t, op, b.id, 'request-space').expect(200);
    const next = await stream.take(change);
    expect(next.data).toMatchObject({ shipmentId: b.id, type: 'space_requested' });
    expect(
      stream
        .shipmentMessages([b.id])
        .filter(change)
        .map((m) => m.data!.type),
    ).toEqual(['space_requested']);

    // And taken away again: nothing more of it.
    await t
      .http()
      .patch(`/api/v1/clients/${theirs.id}`)
      .auth(admin, bearer)
      .send({ salesUserId: null })
      .expect(200);
    await act(t, op, b.id, 'release-so', releaseSoBody()).expect(200);
    await act(t, op, a.id, 'request-space').expect(200);
    expect((await stream.take(change)).data).toMatchObject({ shipmentId: a.id });
    expect(stream.shipmentMessages([b.id]).filter(change)).toHaveLength(1);
  });

  it('gives a client user its own shipments’ client-facing events only', async () => {
    const company = await createClient(t);
    const other = await createClient(t);
    const user = await t.createUser({ role: 'client', clientId: company.id });
    const own = await shipmentAt(t, 'booking', { clientId: company.id });
    const foreign = await shipmentAt(t, 'booking', { clientId: other.id });
    const stream = track(await live(base, user.token));

    // Written straight into the history: whatever writes it, the database announces it.
    await appendEvents(t, own.id, [
      { type: 'cutoff_alert', data: { cutoff: 'cy' } }, // an internal alert
      { type: 'debit_note_issued', data: { direction: 'payable', number: 'P1' } }, // a carrier's bill to us
      { type: 'debit_note_issued', data: { direction: 'receivable', number: 'R1' } }, // the client's bill
      { type: 'approval_requested', data: {} },
    ]);
    await act(t, op, foreign.id, 'confirm-booking').expect(200);
    await act(t, op, own.id, 'confirm-booking').expect(200);
    await stream.take(isAbout(own, 'booking_confirmed'));
    const seen = stream.blocks.filter(change).map((b) => b.data);
    expect(seen).toEqual([
      // No status of its own: the shipment's.
      expect.objectContaining({ shipmentId: own.id, type: 'debit_note_issued', seq: 4, status: 'booking' }),
      expect.objectContaining({ shipmentId: own.id, type: 'booking_confirmed', seq: 6 }),
    ]);
  });

  it('replays what was missed after Last-Event-ID, each change once, then goes on live', async () => {
    const s = await shipmentAt(t, 'booking');
    const first = track(await live(base, op));
    await act(t, op, s.id, 'confirm-booking').expect(200);
    const seen = await first.take(isAbout(s, 'booking_confirmed'));
    first.close();

    // Away: two changes happen.
    await act(t, op, s.id, 'request-space').expect(200);
    await act(t, op, s.id, 'release-so', releaseSoBody()).expect(200);

    const again = track(await SseStream.open(base, { token: op }, { lastEventId: seen.id }));
    const ready = await again.next('ready');
    const replayed = again.blocks.slice(0, again.blocks.indexOf(ready)).filter((b) => b.event === 'shipment');
    expect(replayed.map((b) => [b.data!.shipmentId, b.data!.seq, b.data!.type])).toEqual([
      [s.id, 3, 'space_requested'],
      [s.id, 4, 'so_released'],
    ]);
    expect(ready.id).toMatch(CURSOR);
    // Then live.
    const c = await shipmentAt(t, 'booking');
    await again.take(isAbout(c, 'booking_created'));

    // From the last replayed message's id: nothing again, only what comes next.
    again.close();
    const third = track(await SseStream.open(base, { token: op }, { lastEventId: replayed.at(-1)!.id }));
    await third.next('ready');
    expect(third.shipmentMessages([s.id])).toEqual([]);
    expect(third.shipmentMessages([c.id]).map((m) => m.data!.type)).toEqual(['booking_created']);
  });

  it('starts over (reset) from an id it cannot resume from: not its own, or older than the log keeps', async () => {
    const ready = track(await live(base, op)).blocks.find((b) => b.event === 'ready')!;
    const [xmax] = ready.id!.split('-');
    const old = `${xmax}-0-0-${Math.floor(Date.now() / 1000) - 13 * 3600}`;
    for (const lastEventId of ['garbage', old]) {
      const stream = track(await SseStream.open(base, { token: op }, { lastEventId }));
      await stream.next('reset');
      await stream.next('ready');
    }
  });

  it('announces each of the events one statement writes, in order', async () => {
    const s = await shipmentAt(t, 'booking');
    const stream = track(await live(base, op));
    await appendEvents(
      t,
      s.id,
      Array.from({ length: 30 }, () => ({ type: 'roll_risk' })),
    );
    const seqs: unknown[] = [];
    for (let i = 0; i < 30; i++) seqs.push((await stream.take(isAbout(s, 'roll_risk'), 2000)).data!.seq);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
  });

  it('answers a client that does not ask for an event stream with what it missed, and ends', async () => {
    const ready = track(await live(base, op)).blocks.find((b) => b.event === 'ready')!;
    const s = await shipmentAt(t, 'booking');
    const res = await t
      .http()
      .get('/api/v1/stream')
      .auth(op, bearer)
      .set('last-event-id', ready.id!)
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      })
      .expect(200);
    const text = res.body as string;
    expect(text).toContain(`"shipmentId":"${s.id}","seq":1,"type":"booking_created"`);
    expect(text.trimEnd().split('\n\n').at(-1)).toMatch(/^event: ready\nid: [\d.-]+\ndata: \{\}$/);
  });

  const onEmbedded = process.env.DATABASE_URL ? it.skip : it;
  onEmbedded(
    'listens again on a new pooled connection to the embedded database (its DISCARD ALL ends LISTEN)',
    async () => {
      const stream = track(await live(base, op));
      const pool = (t.dataSource.driver as PostgresDriver).master as Pool;
      const client = await pool.connect();
      client.release(new Error('test: taken as broken')); // closed: the next one is new, its session cleared
      // The socket server may still be letting go of the old one: tried again, as the pool does for requests.
      for (let i = 0; i < 20; i++) {
        if (
          await t.dataSource.query('SELECT 1').then(
            () => true,
            () => false,
          )
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // The old client may have taken notifications with it: its streams end, and the browsers resume.
      await within(2000, stream.ended, 'the stream is still open');
      const again = track(await live(base, op));
      const s = await shipmentAt(t, 'booking');
      await again.take(isAbout(s, 'booking_created'));
    },
  );

  it('ends the stream of a user deactivated, at once', async () => {
    const user = await t.createUser({ role: 'operator' });
    const stream = track(await live(base, user.token));
    await t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .auth(await t.tokenFor('admin'), bearer)
      .send({ active: false })
      .expect(200);
    await within(2000, stream.ended, 'the stream is still open');
    // And the browser coming back is refused by the guard.
    const back = await SseStream.open(base, { token: user.token });
    expect(back.status).toBe(401);
  });
});

describe('the stream when the app shuts down', () => {
  it('is ended, and app.close() does not wait for it', async () => {
    const t = await createTestApp();
    const base = await listen(t);
    const stream = await live(base, await t.login(ADMIN.email, ADMIN.password));
    const closed = t.close();
    await within(10_000, Promise.all([closed, stream.ended]), 'app.close() hangs');
  });
});

const onServer = process.env.DATABASE_URL ? describe : describe.skip;

// Several instances on one PostgreSQL server: each hears every other's commits (LISTEN/NOTIFY).
onServer('two instances on one PostgreSQL database', () => {
  let a: TestApp;
  let b: TestApp;
  let baseA: string;
  let baseB: string;
  let dispose: () => Promise<void>;
  const open: SseStream[] = [];
  beforeAll(async () => {
    const db = await createTestDatabase();
    a = await createTestApp({}, db);
    b = await createTestApp({}, db);
    baseA = await listen(a);
    baseB = await listen(b);
    dispose = () => db.dispose();
  });
  afterEach(() => {
    for (const stream of open.splice(0)) stream.close();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await dispose();
  });

  it('each sees the changes made through the other', async () => {
    const op = await a.tokenFor('operator');
    const s = await shipmentAt(a, 'booking');
    const onA = await live(baseA, op);
    const onB = await live(baseB, op);
    open.push(onA, onB);
    await act(a, op, s.id, 'confirm-booking').expect(200);
    await onB.take(isAbout(s, 'booking_confirmed'), 2000);
    await act(b, op, s.id, 'request-space').expect(200);
    await onA.take(isAbout(s, 'space_requested'), 2000);
  });

  it('resumes without a gap when a change with an earlier id commits after a later one', async () => {
    const op = await a.tokenFor('operator');
    const slow: ShipmentRef = await shipmentAt(a, 'booking');
    const fast: ShipmentRef = await shipmentAt(a, 'booking');
    const stream = await live(baseB, op);
    open.push(stream);
    // A transaction takes an event id, and stays open.
    const writer = new Client({ connectionString: a.db.location });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      const [{ id: slowId }] = (
        await writer.query<{ id: string }>(
          `INSERT INTO shipment_events (shipment_id, seq, type, actor_name)
           VALUES ($1, 2, 'inspection_flagged', 'test') RETURNING id`,
          [slow.id],
        )
      ).rows as [{ id: string }];
      // Others commit after it (so that, for the next, it is one in progress among finished ones), with later
      // ids; the stream sends them, and the browser goes away.
      await shipmentAt(a, 'booking');
      await act(a, op, fast.id, 'confirm-booking').expect(200);
      const seen = await stream.take(isAbout(fast, 'booking_confirmed'));
      const fastId = (
        await a.dataSource.query<{ id: string }[]>(
          `SELECT id FROM shipment_events WHERE shipment_id = $1 AND seq = 2`,
          [fast.id],
        )
      )[0]!.id;
      expect(BigInt(slowId)).toBeLessThan(BigInt(fastId));
      stream.close();
      // The first commits while nobody listens.
      await writer.query('COMMIT');
      // Coming back from the id of what it saw last, it gets the earlier-numbered change it missed.
      const again = await SseStream.open(baseA, { token: op }, { lastEventId: seen.id });
      open.push(again);
      await again.next('ready');
      expect(
        again.shipmentMessages([slow.id, fast.id]).map((m) => [m.data!.shipmentId, m.data!.type]),
      ).toEqual([[slow.id, 'inspection_flagged']]);
    } finally {
      await writer.end();
    }
  });

  it('ends its streams when it stops hearing the database, and serves them again once it does', async () => {
    const op = await a.tokenFor('operator');
    const stream = await live(baseB, op);
    open.push(stream);
    await a.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'quayside-bus' AND datname = current_database()`,
    );
    await stream.ended;
    // The bus reconnects by itself (after half a second); the browser's next try is served.
    let back: SseStream | undefined;
    for (let i = 0; i < 20 && !back; i++) {
      const attempt = await SseStream.open(baseB, { token: op });
      open.push(attempt);
      const ready = await attempt.next('ready', 6000).catch(() => undefined);
      if (ready) back = attempt;
    }
    expect(back).toBeDefined();
    const s = await shipmentAt(a, 'booking');
    await back!.take(isAbout(s, 'booking_created'));
  });
});
