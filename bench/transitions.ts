// npm run bench:transitions [-- options]            (PGlite)
// DATABASE_URL=postgres://… npm run bench:transitions  (a fresh database <db>_bench_<random> on that server)
//
// Drives N shipments through their actions over HTTP against the real app (booted in this process,
// listening on 127.0.0.1; the HTTP clients run on a worker thread, bench/load-worker.ts) with at most C
// shipments' action chains in flight, and the equivalent raw SQL transactions through `pg` with the same C
// on another N shipments, and compares the two. On PostgreSQL the two sides take turns in rounds (the app
// and the raw pool both stay open), so that a change in what the machine is doing weighs on both; PGlite
// is one session, so there the raw side runs once the app is closed. The target: the API at >= 60%
// of the raw-SQL throughput at C=32, with p99 under 25 ms. Exit 1 only on errors or non-200 answers; a
// missed target is a measurement, not a failure.
//
// Both sides are warmed up first, untimed: the app's code is only at full speed once V8 has optimised it,
// which takes a few thousand requests (a server runs warm; a benchmark that stops sooner measures the JIT).
//
// Options:
//   --n 800          shipments per side (8 timed actions each)
//   --c 32           shipments in flight at once (HTTP requests in flight; raw pool size on PostgreSQL)
//   --warmup N       untimed shipments run first on each side (default 400)
//   --rounds 4       PostgreSQL: turns each side takes, each with its share of N (1: API, then raw SQL)
//   --pool N         the app's DATABASE_POOL_SIZE on PostgreSQL (default C; PGlite is always 1)
//   --profile        afterwards, one request at a time: SQL statements, time in pg and CPU per action,
//                    with the statements of one of each (--profile-n shipments, default 10)
//   --cpu-profile F  write a V8 CPU profile of the API side's first round to F (Chrome DevTools, VS Code)
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { once as onceEvent } from 'node:events';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { PoolClient } from 'pg';
import { AppModule } from '../src/app.module';
import { configureApp, createFastifyAdapter } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';
import type { ShipmentStatus } from '../src/shipments/domain/shipment-status';
import { carrierBody, clientBody } from '../test/factories/master-data';
import { releaseSoBody, shipmentBody } from '../test/factories/shipments';
import {
  API,
  API_STEPS,
  describe,
  Failures,
  runChains,
  shipmentAction,
  type ChainRun,
  type Prepared,
  type Step,
} from './api-chain';
import { createBenchDatabase, type BenchDatabase, type RawPool } from './bench-database';
import { forEachConcurrently, HttpClient, type HttpResult } from './http-client';
import type { LoadMessage, LoadResult, LoadSetup } from './load-worker';
import { withCpuProfile } from './cpu-profile';
import { QueryProfiler } from './query-profiler';
import {
  combine,
  fixed,
  summarize,
  table,
  threadCpuMs,
  timed,
  type PhaseResult,
  type PhaseSummary,
} from './stats';

const ADMIN = { email: 'bench-admin@quayside.test', password: 'bench-admin-pass-1' };
const OPERATOR = { email: 'bench-operator@quayside.test', password: 'bench-operator-pass-1' };
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const TARGET = { ratio: 0.6, p99Ms: 25, concurrency: 32 };
const SETUP_CONCURRENCY = 8;

interface Options {
  n: number;
  c: number;
  warmup: number;
  /** PostgreSQL: the API and raw sides take turns this many times, each with its share of N. */
  rounds: number;
  /** The app's DATABASE_POOL_SIZE on PostgreSQL (PGlite: always 1). */
  pool: number;
  profile: boolean;
  profileShipments: number;
  /** Write a V8 CPU profile of the timed API phase to this file. */
  cpuProfile?: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string' },
      c: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      pool: { type: 'string' },
      profile: { type: 'boolean' },
      'profile-n': { type: 'string' },
      'cpu-profile': { type: 'string' },
    },
    strict: true,
  });
  const int = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer >= ${min}`);
    return value;
  };
  const c = int('c', values.c, 32, 1);
  return {
    n: int('n', values.n, 800, 1),
    c,
    warmup: int('warmup', values.warmup, 400, 0),
    rounds: int('rounds', values.rounds, 4, 1),
    pool: Math.min(200, int('pool', values.pool, c, 1)),
    profile: values.profile ?? false,
    profileShipments: int('profile-n', values['profile-n'], 10, 1),
    cpuProfile: values['cpu-profile'],
  };
}

interface RawStep extends Step {
  event: string;
  dcsa: string | null;
}

/** The same 8 steps as one raw transaction each: the status moves and one event is recorded. */
const RAW_STEPS: readonly RawStep[] = [
  { label: 'pickup', to: 'picked_up', event: 'container_picked_up', dcsa: 'GTOT' },
  { label: 'stuff', to: 'stuffed', event: 'container_stuffed', dcsa: 'STUF' },
  { label: 'gate-in', to: 'gated_in', event: 'container_gated_in', dcsa: 'GTIN' },
  { label: 'declare-customs', to: 'customs_declared', event: 'customs_declared', dcsa: null },
  { label: 'release-customs', to: 'customs_released', event: 'customs_released', dcsa: 'CUSR' },
  { label: 'submit-si', to: 'si_submitted', event: 'si_submitted', dcsa: 'SUBM' },
  { label: 'approve-bl client', to: 'si_submitted', event: 'bl_approved', dcsa: 'APPR' },
  { label: 'approve-bl carrier', to: 'bl_checked', event: 'bl_approved', dcsa: 'APPR' },
];

const SELECT_FOR_UPDATE = 'SELECT id, status, version FROM shipments WHERE id = $1 FOR UPDATE';
const UPDATE_SHIPMENT =
  'UPDATE shipments SET status = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3';
const INSERT_EVENT = `INSERT INTO shipment_events
  (shipment_id, seq, type, from_status, to_status, dcsa_code, actor_id, actor_name, data)
  VALUES ($1, (SELECT coalesce(max(seq), 0) + 1 FROM shipment_events WHERE shipment_id = $1),
          $2, $3, $4, $5, $6, $7, $8)`;

/** Steps that cleanup must take, last registered first, exactly once. */
class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> }[] = [];

  add(name: string, run: () => Promise<void>): () => Promise<void> {
    const step = { name, run: once(run) };
    this.steps.push(step);
    return step.run;
  }

  async runAll(): Promise<void> {
    while (this.steps.length) {
      const step = this.steps.pop();
      if (!step) break;
      try {
        await step.run();
      } catch (error) {
        console.error(`cleanup (${step.name}) failed:`, error instanceof Error ? error.message : error);
      }
    }
  }
}

function once(run: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= run());
}

async function bootApp(
  db: BenchDatabase,
  poolSize: number,
): Promise<{ app: NestFastifyApplication; port: number }> {
  const database = db.config(poolSize);
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT: '100000',
    // The timed phases measure the actions alone: no outbox dispatch or cron jobs running beside them (the
    // setup's booking confirmations would otherwise be rendered and mailed during the API phase).
    SCHEDULER_ENABLED: 'false',
    DATA_DIR: db.dataDir,
    ...(database.kind === 'postgres'
      ? { DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(database.poolSize) }
      : { DATABASE_URL: '' }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config),
    createFastifyAdapter(config),
    { logger: false, bufferLogs: false, abortOnError: false },
  );
  try {
    configureApp(app);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  const address = app.getHttpServer().address() as AddressInfo;
  return { app, port: address.port };
}

async function login(http: HttpClient, user: { email: string; password: string }): Promise<string> {
  const res = await http.post(`${API}/auth/login`, user);
  if (res.status !== 200) throw new Error(`login ${user.email}: ${describe(res)}`);
  return (res.body as { accessToken: string }).accessToken;
}

interface Actors {
  operator: string;
  operatorId: string;
  clientId: string;
  carrierId: string;
}

/** The operator user, a client and a carrier, through the API. */
async function createActors(http: HttpClient): Promise<Actors> {
  const admin = await login(http, ADMIN);
  const user = await http.post(
    `${API}/users`,
    { ...OPERATOR, name: 'Bench Operator', role: 'operator' },
    admin,
  );
  if (user.status !== 201) throw new Error(`create operator: ${describe(user)}`);
  const client = await http.post(`${API}/clients`, clientBody({ code: 'BENCH-CL' }), admin);
  if (client.status !== 201) throw new Error(`create client: ${describe(client)}`);
  const carrier = await http.post(`${API}/carriers`, carrierBody({ code: 'BENCH-CR' }), admin);
  if (carrier.status !== 201) throw new Error(`create carrier: ${describe(carrier)}`);
  return {
    operator: await login(http, OPERATOR),
    operatorId: (user.body as { id: string }).id,
    clientId: (client.body as { id: string }).id,
    carrierId: (carrier.body as { id: string }).id,
  };
}

/** `count` shipments with one container each, taken to so_released (confirm-booking, request-space, release-so). */
async function prepareShipments(
  http: HttpClient,
  actors: Actors,
  count: number,
  concurrency: number,
): Promise<Prepared[]> {
  const prepared: Prepared[] = new Array<Prepared>(count);
  const must = async (pending: Promise<HttpResult>, expected: number, what: string): Promise<HttpResult> => {
    const res = await pending;
    if (res.status !== expected) throw new Error(`setup, ${what}: ${describe(res)}`);
    return res;
  };
  await forEachConcurrently(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      const created = await must(
        http.post(
          `${API}/shipments`,
          shipmentBody({
            clientId: actors.clientId,
            carrierId: actors.carrierId,
            containers: [{ type: '40HC', quantity: 1 }],
          }),
          actors.operator,
        ),
        201,
        'create shipment',
      );
      const body = created.body as { id: string; containers: { id: string }[] };
      const s: Prepared = { id: body.id, containerId: body.containers[0]?.id ?? '', serial: i + 1 };
      const act = (action: string, payload: unknown): Promise<HttpResult> =>
        must(http.post(shipmentAction(action)(s), payload, actors.operator), 200, action);
      await act('confirm-booking', {});
      await act('request-space', {});
      await act('release-so', releaseSoBody());
      prepared[i] = s;
    },
  );
  return prepared;
}

/**
 * Each shipment's 8 actions one after another, at most `concurrency` shipments at once. The load generator
 * runs on a worker thread (bench/load-worker.ts), so the server has the main thread's event loop to itself;
 * the CPU time counted is the whole process's, both threads. With a profiler, one request at a time from
 * this thread instead, since the profiler attributes SQL statements to the request in flight.
 */
async function driveApi(
  load: LoadGenerator,
  token: string,
  shipments: readonly Prepared[],
  concurrency: number,
  label = 'API (HTTP)',
  profiler?: { http: HttpClient; profiler: QueryProfiler },
): Promise<{ result: PhaseResult; failures: Failures }> {
  let run: ChainRun | undefined;
  let loadCpuMs = Number.NaN;
  const serverLoop = performance.eventLoopUtilization();
  const serverCpu = threadCpuMs();
  const { seconds, cpuMs, machineBusy, postgresCpuMs } = profiler
    ? await timed(async () => {
        run = await runChains(shipments, concurrency, (step, s) =>
          profiler.profiler.measure(step.label, async () => {
            const res = await profiler.http.post(step.path(s), step.body(s), token);
            return { ms: res.ms, value: res };
          }),
        );
      })
    : await load
        .run(shipments, (done) =>
          timed(async () => {
            run = await done;
          }),
        )
        .then((measured) => {
          loadCpuMs = measured.loadCpuMs;
          return measured.value;
        });
  const serverActiveMs = performance.eventLoopUtilization(serverLoop).active;
  const serverCpuNow = threadCpuMs();
  if (!run) throw new Error('the API phase did not run');
  return {
    result: {
      label,
      actions: run.attempted,
      failures: run.failures.count,
      seconds,
      latenciesMs: run.latenciesMs,
      cpuMs,
      machineBusy,
      postgresCpuMs,
      serverActiveMs: profiler ? Number.NaN : serverActiveMs,
      serverCpuMs:
        profiler || serverCpu === undefined || serverCpuNow === undefined
          ? Number.NaN
          : serverCpuNow - serverCpu,
      loadCpuMs,
    },
    failures: run.failures,
  };
}

/**
 * The API side's load generator: one worker thread (bench/load-worker.ts) for the whole run, so that its
 * connections stay open and its code stays optimised from the warm-up on; each run's start is not timed.
 */
class LoadGenerator {
  private readonly exited: Promise<never>;

  private constructor(private readonly worker: Worker) {
    // An exit without an answer is a failure; events.once rejects on the worker's 'error'.
    this.exited = new Promise<never>((_, reject) =>
      worker.once('exit', (code) => reject(new Error(`the load worker exited (code ${code})`))),
    );
    this.exited.catch(() => undefined);
  }

  static async start(setup: LoadSetup): Promise<LoadGenerator> {
    const generator = new LoadGenerator(new Worker(join(__dirname, 'load-worker.ts'), { workerData: setup }));
    if ((await generator.answer()) !== 'ready') throw new Error('the load worker did not start');
    return generator;
  }

  /** Hands the worker its shipments, then lets `measure` time the run from the moment it is told to go. */
  async run<T>(
    shipments: readonly Prepared[],
    measure: (done: Promise<ChainRun>) => Promise<T>,
  ): Promise<{ value: T; loadCpuMs: number }> {
    this.send({ type: 'load', shipments: [...shipments] });
    if ((await this.answer()) !== 'loaded') throw new Error('the load worker did not take its shipments');
    let loadCpuMs = Number.NaN;
    this.send({ type: 'go' });
    const value = await measure(
      this.answer().then((answer) => {
        const result = answer as LoadResult;
        loadCpuMs = result.cpuMs;
        const failures = new Failures();
        failures.count = result.failures.count;
        failures.samples.push(...result.failures.samples);
        return { attempted: result.attempted, latenciesMs: result.latenciesMs, failures };
      }),
    );
    return { value, loadCpuMs };
  }

  async close(): Promise<void> {
    this.send({ type: 'close' });
    await this.exited.catch(() => undefined);
  }

  private send(message: LoadMessage): void {
    this.worker.postMessage(message);
  }

  private async answer(): Promise<unknown> {
    return (await Promise.race([onceEvent(this.worker, 'message'), this.exited]))[0] as unknown;
  }
}

/** One raw transaction: lock the row, move the status with the version check, append the event. */
async function rawTransaction(
  client: PoolClient,
  s: Prepared,
  from: ShipmentStatus,
  step: RawStep,
  actors: Actors,
) {
  await client.query('BEGIN');
  try {
    const locked = await client.query<{ status: string; version: number }>(SELECT_FOR_UPDATE, [s.id]);
    const row = locked.rows[0];
    if (!row) throw new Error('no such shipment');
    if (row.status !== from) throw new Error(`status ${row.status}, expected ${from}`);
    const updated = await client.query(UPDATE_SHIPMENT, [s.id, step.to, row.version]);
    if (updated.rowCount !== 1) throw new Error('the version changed');
    await client.query(INSERT_EVENT, [
      s.id,
      step.event,
      from,
      step.to,
      step.dcsa,
      actors.operatorId,
      'Bench Operator',
      JSON.stringify({ step: step.label }),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The floor: the same 8 status changes per shipment as raw SQL transactions, same concurrency. */
async function driveRaw(
  raw: RawPool,
  actors: Actors,
  shipments: readonly Prepared[],
  concurrency: number,
  label = 'raw SQL (pg)',
): Promise<{ result: PhaseResult; failures: Failures }> {
  const latencies: number[] = [];
  const failures = new Failures();
  let attempted = 0;
  const { seconds, cpuMs, machineBusy, postgresCpuMs } = await timed(() =>
    forEachConcurrently(shipments, concurrency, async (s) => {
      let from: ShipmentStatus = 'so_released';
      for (const step of RAW_STEPS) {
        attempted++;
        const started = performance.now();
        let client: PoolClient | undefined;
        try {
          client = await raw.pool.connect();
          await rawTransaction(client, s, from, step, actors);
          client.release();
        } catch (error) {
          client?.release(true);
          failures.add(`${step.label} ${s.id}: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        latencies.push(performance.now() - started);
        from = step.to;
      }
    }),
  );
  return {
    result: {
      label,
      actions: attempted,
      failures: failures.count,
      seconds,
      latenciesMs: latencies,
      cpuMs,
      machineBusy,
      postgresCpuMs,
    },
    failures,
  };
}

function report(
  options: Options,
  kind: string,
  apiRounds: readonly PhaseResult[],
  rawRounds: readonly PhaseResult[],
  rawPoolMax: number,
  appPool: number,
): void {
  const api = summarize(combine(apiRounds));
  const raw = summarize(combine(rawRounds));
  const row = (s: PhaseSummary): string[] => [
    s.label,
    String(s.actions),
    fixed(s.seconds, 2),
    fixed(s.perSecond, 1),
    fixed(s.p50, 2),
    fixed(s.p99, 2),
    fixed(s.max, 2),
    fixed(s.cpuMsPerAction, 2),
    // PGlite runs inside this process: its CPU time is in the column before (a local server, if any, is idle).
    kind === 'postgres' ? fixed(s.postgresCpuMsPerAction, 2) : '-',
    fixed(s.machineCores, 2),
    String(s.failures),
  ];
  console.log('');
  console.log(
    `results: ${kind}, N=${options.n} shipments x ${API_STEPS.length} actions, C=${options.c} ` +
      `(app pool ${appPool}, raw pool ${rawPoolMax})`,
  );
  console.log(
    table(
      [
        '',
        'actions',
        'seconds',
        'actions/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'cpu ms/act',
        'pg cpu ms/act',
        'box cores',
        'failed',
      ],
      [row(api), row(raw)],
    ),
  );
  console.log(
    '(cpu ms/act: CPU time of this process per action — load generator, server, and PGlite when embedded;\n' +
      ' pg cpu ms/act: CPU time of the PostgreSQL server on this machine per action, all its processes\n' +
      '  (both sides share the server, so background work such as autovacuum lands where it happens;\n' +
      "  - on PGlite, whose CPU time is this process's);\n" +
      ` box cores: CPU cores busy on the whole machine during the phase, of ${cpus().length} — this process, ` +
      'PostgreSQL, and anything else running)',
  );
  if (Number.isFinite(api.serverBusy)) {
    console.log(
      `API, by thread: the server's CPU ${fixed(api.serverCpuMsPerAction, 2)} ms per action, its event loop ` +
        `busy ${fixed(100 * api.serverBusy, 0)}% of the phase; the load generator's CPU ` +
        `${fixed(api.loadCpuMsPerAction, 2)} ms per action`,
    );
  }
  const ratio = api.perSecond / raw.perSecond;
  console.log(`ratio (API/raw throughput): ${fixed(ratio, 2)}`);
  if (apiRounds.length > 1 && apiRounds.length === rawRounds.length) {
    const each = apiRounds.map((a, i) => {
      const r = rawRounds[i] as PhaseResult;
      return fixed(a.actions / a.seconds / (r.actions / r.seconds), 2);
    });
    console.log(`ratio in each round (the sides took turns): ${each.join(' ')}`);
  }
  const met = ratio >= TARGET.ratio && api.p99 < TARGET.p99Ms;
  const note =
    options.c === TARGET.concurrency
      ? ''
      : ` (this run is at C=${options.c}; the target is defined at C=${TARGET.concurrency})`;
  console.log(
    `target: ratio >= ${TARGET.ratio.toFixed(2)} at C=${TARGET.concurrency} and API p99 < ${TARGET.p99Ms} ms: ` +
      `${met ? 'MET' : 'NOT MET'}${note}`,
  );
}

/**
 * Whether PostgreSQL can hold the app's pool (at its largest, with its LISTEN connection) and a raw pool
 * of `raw` at once, besides what other databases use.
 */
async function roomForBothPools(db: BenchDatabase, appPool: number, raw: number): Promise<boolean> {
  const probe = await db.rawPool(1);
  try {
    const { rows } = await probe.pool.query<{ max: number; elsewhere: number }>(
      `SELECT current_setting('max_connections')::int AS max,
              (SELECT count(*) FROM pg_stat_activity
                WHERE backend_type = 'client backend' AND datname IS DISTINCT FROM current_database())::int
                AS elsewhere`,
    );
    const row = rows[0];
    // + the app's LISTEN connection, the probe itself, and superuser_reserved_connections (3 by default).
    return row !== undefined && row.elsewhere + appPool + 1 + raw + 1 + 3 <= row.max;
  } finally {
    await probe.close();
  }
}

function printFailures(label: string, failures: Failures): void {
  if (!failures.count) return;
  console.error(`${label}: ${failures.count} failed request(s); first ones:`);
  for (const sample of failures.samples) console.error(`  ${sample}`);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const cleanup = new Cleanup();
  const interrupted = (): void => {
    console.error('interrupted: cleaning up');
    void cleanup.runAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const log = (message: string): void => console.log(message);
  const since = (t: number): string => `${((performance.now() - t) / 1000).toFixed(1)} s`;

  try {
    let t = performance.now();
    const db = await createBenchDatabase();
    cleanup.add('database', () => db.dispose());
    const appPool = db.kind === 'postgres' ? options.pool : 1;
    log('Quayside transitions benchmark');
    log(
      `database: ${db.kind}   node ${process.version}   ${cpus().length} CPU(s)   ` +
        `N=${options.n}   C=${options.c}   warm-up ${options.warmup} shipments each   app pool ${appPool}`,
    );
    log(
      `load average at start: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (other work on the box skews the figures)`,
    );
    log(`setup: fresh database migrated in ${since(t)} (${db.location})`);

    t = performance.now();
    const { app, port } = await bootApp(db, appPool);
    const closeApp = cleanup.add('app', () => app.close());
    const http = new HttpClient('127.0.0.1', port, options.c);
    const closeHttp = cleanup.add('http client', () => http.close());
    log(`setup: app listening on 127.0.0.1:${port} in ${since(t)} (scheduler off, temporary DATA_DIR)`);

    t = performance.now();
    const actors = await createActors(http);
    const extra = options.profile ? options.profileShipments : 0;
    const perSide = options.warmup + options.n + extra;
    // Not timed, and creating shipments takes turns on the reference counter's row anyway: a few at a time,
    // so that setup never queues long enough to meet the app's database deadlines.
    const all = await prepareShipments(http, actors, 2 * perSide, Math.min(options.c, SETUP_CONCURRENCY));
    const take = (() => {
      let at = 0;
      return (count: number): Prepared[] => all.slice(at, (at += count));
    })();
    const apiWarm = take(options.warmup);
    const apiSet = take(options.n);
    const apiProfile = take(extra);
    const rawWarm = take(options.warmup);
    const rawSet = take(options.n);
    const rawProfile = take(extra);
    log(`setup: operator, client, carrier and ${all.length} shipments at so_released in ${since(t)}`);
    const load = await LoadGenerator.start({ port, token: actors.operator, concurrency: options.c });
    const closeLoad = cleanup.add('load worker', () => load.close());

    let failed = false;
    const checked = <T extends { failures: Failures }>(label: string, run: T): T => {
      printFailures(label, run.failures);
      failed ||= run.failures.count > 0;
      return run;
    };
    if (apiWarm.length) {
      const warm = checked('API warm-up', await driveApi(load, actors.operator, apiWarm, options.c));
      log(`warm-up: API, ${warm.result.actions} actions in ${fixed(warm.result.seconds, 2)} s`);
    }

    // On PostgreSQL the raw pool opens beside the app and the two sides take turns, round by round, so that
    // whatever else the machine is doing meanwhile weighs on both alike. PGlite is one session: there the
    // app is closed first and the raw side runs after it, in one round.
    let raw: RawPool | undefined;
    let rounds = 1;
    const openRaw = async (): Promise<RawPool> => {
      t = performance.now();
      const pool = await db.rawPool(db.kind === 'postgres' ? options.c : 1);
      cleanup.add('raw pool', () => pool.close());
      log(`setup: raw pool (max ${pool.max}) open in ${since(t)}`);
      if (rawWarm.length) {
        const warm = checked('raw warm-up', await driveRaw(pool, actors, rawWarm, options.c));
        log(`warm-up: raw SQL, ${warm.result.actions} actions in ${fixed(warm.result.seconds, 2)} s`);
      }
      return pool;
    };
    if (db.kind === 'postgres' && options.rounds > 1) {
      if (await roomForBothPools(db, appPool, options.c)) {
        raw = await openRaw();
        rounds = Math.min(options.rounds, options.n);
      } else {
        log(`note: the server cannot hold both pools (${appPool} + ${options.c}) at once: one round`);
      }
    }
    const slice = (set: readonly Prepared[], round: number): Prepared[] =>
      set.slice(Math.floor((round * set.length) / rounds), Math.floor(((round + 1) * set.length) / rounds));
    const apiRounds: PhaseResult[] = [];
    const rawRounds: PhaseResult[] = [];
    for (let round = 0; round < rounds; round++) {
      const drive = (): Promise<{ result: PhaseResult; failures: Failures }> =>
        driveApi(load, actors.operator, slice(apiSet, round), options.c);
      // The CPU profile covers the first round of the API side.
      const api = checked(
        'API',
        round === 0 ? await withCpuProfile(options.cpuProfile, drive) : await drive(),
      );
      apiRounds.push(api.result);
      if (raw)
        rawRounds.push(
          checked('raw SQL', await driveRaw(raw, actors, slice(rawSet, round), options.c)).result,
        );
      log(
        `timed, round ${round + 1} of ${rounds}: API ${api.result.actions} actions in ` +
          `${fixed(api.result.seconds, 2)} s` +
          (raw
            ? `, raw SQL ${rawRounds[round]?.actions} in ${fixed(rawRounds[round]?.seconds ?? NaN, 2)} s`
            : ''),
      );
    }

    let apiProfileReport: string | undefined;
    if (options.profile) {
      const profiler = new QueryProfiler();
      profiler.install();
      try {
        checked(
          'API profile',
          await driveApi(load, actors.operator, apiProfile, 1, 'API profile', { http, profiler }),
        );
      } finally {
        profiler.uninstall();
      }
      apiProfileReport = profiler.report(
        `profile: API, one request at a time (C=1), ${apiProfile.length} shipments`,
        true,
      );
    }

    // The app lets go of the database before the raw side runs alone (PGlite: one process, one session).
    await closeLoad();
    await closeHttp();
    await closeApp();
    if (!raw) {
      raw = await openRaw();
      const run = checked('raw SQL', await driveRaw(raw, actors, rawSet, options.c));
      rawRounds.push(run.result);
      log(`timed: raw SQL, ${run.result.actions} actions in ${fixed(run.result.seconds, 2)} s`);
    }

    let rawProfile1: PhaseSummary | undefined;
    if (options.profile) {
      const run = checked('raw profile', await driveRaw(raw, actors, rawProfile, 1, 'raw SQL, C=1'));
      rawProfile1 = summarize(run.result);
    }

    report(options, db.kind, apiRounds, rawRounds, raw.max, appPool);
    if (apiProfileReport) {
      console.log('');
      console.log(apiProfileReport);
    }
    if (rawProfile1) {
      console.log('');
      console.log(
        `profile: raw SQL, one transaction at a time (C=1): 5 statements per action ` +
          `(BEGIN, SELECT … FOR UPDATE, UPDATE, INSERT, COMMIT), mean ` +
          `${fixed((rawProfile1.seconds * 1000) / rawProfile1.actions, 2)} ms, p50 ${fixed(rawProfile1.p50, 2)} ms, ` +
          `cpu ${fixed(rawProfile1.cpuMsPerAction, 2)} ms per action`,
      );
    }
    if (failed) console.error('FAILED: some requests did not answer 200 (see above)');
    return failed ? 1 : 0;
  } finally {
    await cleanup.runAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
