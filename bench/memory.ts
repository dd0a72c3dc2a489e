// npm run bench:memory [-- options]
//
// Resident memory (RSS) of the service on the embedded database, as an operator would see it: the real
// process (src/main.ts, compiled as `npm run build` compiles it, into a private directory) started on a new
// data directory, then started again on it. Each time: at the banner, after idling, after a burst of
// requests (logins, writes, lists, reads) and after idling again; with the process's peak (VmHWM) and the
// peak of the child process that creates a new database (src/database/embedded-cluster.ts).
//
// With DATABASE_URL set, the same on a new database of that PostgreSQL server, for comparison: what the
// service takes by itself.
//
// Then the embedded database alone, in a process of its own, against PGlite with its own settings (initdb
// in the process, 128 MB of shared buffers, V8's optimising WASM tier: what the service ran before), in
// the same run: on a new directory (PGlite's: initdb only; the service's: initdb and the migrations, in a
// child process), and reopened on the migrated directory the service left behind, with the same queries.
//
// Options:
//   --shipments 150   shipments the burst creates (each: create, confirm-booking, request-space, read)
//   --idle 5          seconds of idling before each idle reading
//   --limit 300       RSS in MB the service must stay under (exit 1 if not; 0: no limit)
//
// Linux only (reads /proc).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { carrierBody, clientBody } from '../test/factories/master-data';
import { shipmentBody } from '../test/factories/shipments';
import { adminQuery, databaseName, serverUrl, withDatabase } from '../test/utils/test-database';
import { API, describe, shipmentAction } from './api-chain';
import { forEachConcurrently, HttpClient, type HttpResult } from './http-client';

const ROOT = join(__dirname, '..');
const ADMIN = { email: 'memory-admin@quayside.test', password: 'memory-admin-pass-1' };
const OPERATOR = { email: 'memory-operator@quayside.test', password: 'memory-operator-pass-1' };

interface Options {
  shipments: number;
  idleSeconds: number;
  limitMb: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: { shipments: { type: 'string' }, idle: { type: 'string' }, limit: { type: 'string' } },
    strict: true,
  });
  const int = (name: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be an integer >= 0`);
    return value;
  };
  return {
    shipments: int('shipments', values.shipments, 150),
    idleSeconds: int('idle', values.idle, 5),
    limitMb: int('limit', values.limit, 300),
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** VmRSS and VmHWM (peak) of a process, in MB; undefined once it is gone (a zombie has neither). */
function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const mb = (field: string): number | undefined => {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  };
  const rss = mb('VmRSS');
  const peak = mb('VmHWM');
  return rss === undefined || peak === undefined ? undefined : { rss, peak };
}

/** Pids of the processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command name, which is in parentheses and may contain anything.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The service compiled as `npm run build` compiles it, into a directory of this run's own under
 * node_modules/.cache (so that the packages resolve as from dist/). Returns that directory.
 */
function build(): string {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'quayside-bench-memory-'));
  const swc = join(ROOT, 'node_modules', '.bin', 'swc');
  for (const sources of ['src', 'migrations'])
    execFileSync(swc, [sources, '-d', join(dir, sources), '--strip-leading-paths', '--quiet'], { cwd: ROOT });
  return dir;
}

interface Service {
  child: ChildProcess;
  port: number;
  /** The highest peak seen of a child process of the service (creating a new database), in MB. */
  childPeak: number;
  startSeconds: number;
  stop(): Promise<void>;
}

/** Starts the built service on `dataDir` and waits for its banner, watching its child processes meanwhile. */
async function startService(main: string, dataDir: string, env: Record<string, string>): Promise<Service> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_RATE_LIMIT: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let childPeak = 0;
  while (!output.includes('Quayside is listening')) {
    if (child.exitCode !== null) throw new Error(`the service exited:\n${output}`);
    for (const pid of childrenOf(child.pid ?? 0)) childPeak = Math.max(childPeak, memoryOf(pid)?.peak ?? 0);
    await sleep(25);
  }
  return {
    child,
    port,
    childPeak,
    startSeconds: (Date.now() - started) / 1000,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function login(http: HttpClient, user: { email: string; password: string }): Promise<string> {
  const res = await http.post(`${API}/auth/login`, user);
  if (res.status !== 200) throw new Error(`login ${user.email}: ${describe(res)}`);
  return (res.body as { accessToken: string }).accessToken;
}

/** Logins, master data, `count` shipments through three steps each, a list walked page by page, reads. */
async function burst(port: number, count: number, firstStart: boolean): Promise<number> {
  const http = new HttpClient('127.0.0.1', port, 8);
  let requests = 0;
  const must = async (pending: Promise<HttpResult>, expected: number, what: string): Promise<HttpResult> => {
    const res = await pending;
    requests++;
    if (res.status !== expected) throw new Error(`${what}: ${describe(res)}`);
    return res;
  };
  try {
    const admin = await login(http, ADMIN);
    if (firstStart) {
      const user = { ...OPERATOR, name: 'Memory Operator', role: 'operator' };
      await must(http.post(`${API}/users`, user, admin), 201, 'create operator');
    }
    const operator = await login(http, OPERATOR);
    requests += 2;
    const client = await must(http.post(`${API}/clients`, clientBody(), admin), 201, 'create client');
    const carrier = await must(http.post(`${API}/carriers`, carrierBody(), admin), 201, 'create carrier');
    const ids = {
      clientId: (client.body as { id: string }).id,
      carrierId: (carrier.body as { id: string }).id,
    };
    await forEachConcurrently(
      Array.from({ length: count }, (_, i) => i),
      8,
      async () => {
        const created = await must(http.post(`${API}/shipments`, shipmentBody(ids), operator), 201, 'create');
        const s = { id: (created.body as { id: string }).id, containerId: '', serial: 0 };
        await must(http.post(shipmentAction('confirm-booking')(s), {}, operator), 200, 'confirm-booking');
        await must(http.post(shipmentAction('request-space')(s), {}, operator), 200, 'request-space');
        await must(http.get(`${API}/shipments/${s.id}`, operator), 200, 'read');
      },
    );
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=50&cursor=${encodeURIComponent(cursor)}` : '?limit=50';
      const page = await must(http.get(`${API}/shipments${query}`, operator), 200, 'list');
      cursor = (page.body as { nextCursor?: string | null }).nextCursor ?? null;
    } while (cursor);
    await must(http.get('/health'), 200, 'health');
  } finally {
    await http.close();
  }
  return requests;
}

interface Reading {
  label: string;
  rss: number;
  peak: number;
  note?: string;
}

/** One start of the service on `dataDir`: its readings. */
async function measureStart(
  main: string,
  dataDir: string,
  label: string,
  options: Options,
  firstStart: boolean,
  env: Record<string, string> = {},
): Promise<Reading[]> {
  const service = await startService(main, dataDir, env);
  const pid = service.child.pid ?? 0;
  const read = (what: string, note?: string): Reading => {
    const m = memoryOf(pid);
    if (!m) throw new Error('the service is gone');
    return { label: `${label}: ${what}`, ...m, note };
  };
  try {
    const readings: Reading[] = [];
    const creating = service.childPeak
      ? `creating the database: child process peak ${service.childPeak} MB`
      : '';
    readings.push(read(`at the banner (${service.startSeconds.toFixed(1)} s)`, creating));
    await sleep(options.idleSeconds * 1000);
    readings.push(read(`idle ${options.idleSeconds} s`));
    const started = Date.now();
    const requests = await burst(service.port, options.shipments, firstStart);
    readings.push(read(`after ${requests} requests (${((Date.now() - started) / 1000).toFixed(1)} s)`));
    await sleep(options.idleSeconds * 1000);
    readings.push(read(`idle ${options.idleSeconds} s more`));
    return readings;
  } finally {
    await service.stop();
  }
}

// --- The embedded database alone: PGlite's own settings against the service's, each in a process of its own.

/** The queries run over a reopened database: what the service's lists and reads look like. */
const PROBE_QUERIES = [
  'SELECT * FROM shipments ORDER BY created_at DESC, id DESC LIMIT 50',
  'SELECT s.*, c.name FROM shipments s JOIN clients c ON c.id = s.client_id ORDER BY s.id LIMIT 200',
  'SELECT status, count(*) FROM shipments GROUP BY status',
  'SELECT * FROM shipment_events ORDER BY shipment_id, seq',
];

/**
 * Opens the database in a process of its own, from the build, with PGlite's own settings (`pglite`) or the
 * service's (`service`: a new database created and migrated by a child process first), runs PROBE_QUERIES
 * over it if it is migrated, and returns that process's RSS and peak.
 */
function runProbe(
  build: string,
  settings: 'pglite' | 'service',
  dataDir: string,
): { rss: number; peak: number } {
  const script = `
    const { join } = require('node:path');
    const { readFileSync } = require('node:fs');
    const [settings, dataDir, build, pglite, queries] = process.argv.slice(1);
    const { PGlite } = require(pglite);
    const { createClusterIfMissing } = require(join(build, 'src/database/embedded-cluster.js'));
    const service = require(join(build, 'src/database/embedded-settings.js'));
    (async () => {
      const pgdata = join(dataDir, 'pgdata');
      let db;
      // What initdb wrote before, and what PGlite ran with: 128 MB of shared buffers.
      if (settings === 'pglite')
        db = await PGlite.create(pgdata, { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=128MB'] });
      else {
        await createClusterIfMissing(dataDir);
        service.useBaselineWasmCompiler();
        db = await PGlite.create(pgdata, { startParams: service.embeddedStartParams() });
      }
      const { rows } = await db.query("SELECT to_regclass('shipments') IS NOT NULL AS ok");
      if (rows[0].ok) for (let i = 0; i < 20; i++) for (const sql of JSON.parse(queries)) await db.query(sql);
      const status = readFileSync('/proc/self/status', 'utf8');
      const mb = (pattern) => Math.round(Number(pattern.exec(status)[1]) / 1024);
      await db.close();
      const rss = mb(/^VmRSS:\\s+(\\d+)/m);
      const peak = mb(/^VmHWM:\\s+(\\d+)/m);
      process.stdout.write(JSON.stringify({ rss, peak }));
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const out = execFileSync(
    process.execPath,
    [
      '-e',
      script,
      settings,
      dataDir,
      build,
      require.resolve('@electric-sql/pglite'),
      JSON.stringify(PROBE_QUERIES),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out) as { rss: number; peak: number };
}

function table(readings: Reading[]): string {
  const width = Math.max(...readings.map((r) => r.label.length));
  return readings
    .map(
      (r) =>
        `${r.label.padEnd(width)}  RSS ${String(r.rss).padStart(4)} MB  peak ${String(r.peak).padStart(4)} MB${r.note ? `  (${r.note})` : ''}`,
    )
    .join('\n');
}

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  console.log(
    `Quayside memory benchmark   node ${process.version}   burst of ${options.shipments} shipments`,
  );
  const built = build();
  const main = join(built, 'src', 'main.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'quayside-memory-'));
  const scratch: string[] = [dataDir, built];
  try {
    const readings = [
      ...(await measureStart(main, dataDir, 'first start', options, true)),
      ...(await measureStart(main, dataDir, 'restart', options, false)),
    ];
    console.log(
      `\nthe service (RSS of the node process; pid 1 of a container would show the same):\n${table(readings)}`,
    );

    const url = serverUrl();
    if (url) {
      // The same on a PostgreSQL server (DATABASE_URL): what the service itself takes, the database apart.
      const name = `${databaseName(url)}_memory_${randomBytes(4).toString('hex')}`;
      await adminQuery(url, `CREATE DATABASE "${name}"`);
      const env = { DATABASE_URL: withDatabase(url, name), JWT_SECRET: randomBytes(32).toString('hex') };
      const serverDir = mkdtempSync(join(tmpdir(), 'quayside-memory-pg-'));
      scratch.push(serverDir);
      try {
        const onServer = [
          ...(await measureStart(main, serverDir, 'first start', options, true, env)),
          ...(await measureStart(main, serverDir, 'restart', options, false, env)),
        ];
        console.log(
          `\nthe service on PostgreSQL (DATABASE_URL; the server's own memory apart), for comparison:\n${table(onServer)}`,
        );
      } finally {
        await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    }

    const pairs: [string, { rss: number; peak: number }, { rss: number; peak: number }][] = [];
    for (const [what, source] of [
      ['new directory', undefined],
      ['reopened, migrated', dataDir],
    ] as const) {
      const run = (settings: 'pglite' | 'service'): { rss: number; peak: number } => {
        const dir = mkdtempSync(join(tmpdir(), 'quayside-memory-probe-'));
        scratch.push(dir);
        if (source) execFileSync('cp', ['-a', join(source, 'pgdata'), join(dir, 'pgdata')]);
        return runProbe(built, settings, dir);
      };
      pairs.push([what, run('pglite'), run('service')]);
    }
    console.log(
      '\nthe embedded database alone (a process of its own; PGlite with its own settings = before):',
    );
    for (const [what, before, after] of pairs)
      console.log(
        `${what.padEnd(20)}  PGlite's settings RSS ${before.rss} MB (peak ${before.peak})   the service's ` +
          `RSS ${after.rss} MB (peak ${after.peak})   ratio ${(after.rss / before.rss).toFixed(2)}`,
      );

    const over = readings.filter((r) => options.limitMb && r.rss >= options.limitMb);
    if (over.length) {
      console.log(`\nover ${options.limitMb} MB: ${over.map((r) => r.label).join('; ')}`);
      process.exitCode = 1;
    } else if (options.limitMb) console.log(`\nevery reading under ${options.limitMb} MB`);
  } finally {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
