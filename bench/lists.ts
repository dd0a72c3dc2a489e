// DATABASE_URL=postgres://… npm run bench:lists [-- options]
//
// Every list, search, board query and report the API serves, at the scale of years of data: run against a
// database filled by `npm run seed:bulk` (docs/performance.md). The app boots in this process on that
// database; each case is one GET, requested one at a time: p50 and p95 over HTTP, and a ratio against the
// single-shipment read measured in the same run (the floor of any request). Then one more request of each
// case is captured statement by statement (bench/sql-capture.ts) and replayed under EXPLAIN (ANALYZE,
// BUFFERS): its plan is printed, and a sequential scan of a large table fails the run (exit 1), as does
// any answer but 200. Last, the month's statements job for every client, in a transaction rolled back.
//
// Options:
//   --n 30             timed requests per case (after 3 untimed)
//   --password P       the users' password (seed:bulk's --password; default bench-password-1)
//   --large 100000     a table with more rows than this is large: no sequential scan of it
//   --plans full|none  print every statement's plan (default full), or only the table
//   --only TEXT        only the cases whose name contains TEXT
//   --no-statements    leave out the monthly statements job at the end
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp, createFastifyAdapter } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';
import { JobsService } from '../src/scheduler/jobs.service';
import { API, describe } from './api-chain';
import { HttpClient } from './http-client';
import { SqlCapture, type CapturedStatement } from './sql-capture';
import { fixed, percentile, table } from './stats';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '30' },
    password: { type: 'string', default: 'bench-password-1' },
    large: { type: 'string', default: '100000' },
    plans: { type: 'string', default: 'full' },
    only: { type: 'string', default: '' },
    'no-statements': { type: 'boolean', default: false },
  },
});
const N = Number(args.n);
const LARGE = Number(args.large);

interface Case {
  name: string;
  path: string;
  token: string;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const cursorOf = (at: Date, id: string): string =>
  Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('bench:lists runs on PostgreSQL: set DATABASE_URL to a database filled by seed:bulk');
  // The app's session settings (src/database/data-source.ts): no JIT.
  const raw = new Pool({ connectionString: url, max: 2, options: '-c jit=off' });
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const { rows } = await raw.query(sql, params);
    if (!rows[0]) throw new Error(`nothing found for: ${sql}`);
    return rows[0] as T;
  };

  const sizes = new Map<string, number>(
    (
      await raw.query<{ relname: string; n: string }>(
        `SELECT relname, reltuples::bigint::text AS n FROM pg_class
          WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
      )
    ).rows.map((r) => [r.relname, Number(r.n)]),
  );
  const shipments = sizes.get('shipments') ?? 0;
  if (shipments < 10_000) console.warn(`only ${shipments} shipments: load data with npm run seed:bulk first`);
  console.log(
    `tables: ${[...sizes]
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}`,
  );

  // What the cases ask for, picked from the data itself.
  const user = (role: string, extra = '') =>
    one<{ email: string; id: string }>(
      `SELECT u.email, u.id FROM users u WHERE u.role = $1 AND u.active ${extra} ORDER BY u.email LIMIT 1`,
      [role],
    );
  const admin = await user('admin');
  const accounts = await user('accounts');
  const sales = await one<{ email: string; id: string }>(
    `SELECT u.email, u.id FROM users u JOIN clients c ON c.sales_user_id = u.id
      WHERE u.role = 'sales' AND u.active GROUP BY u.id ORDER BY count(*) DESC, u.email LIMIT 1`,
  );
  const client = await one<{ id: string }>(
    `SELECT client_id AS id FROM shipments WHERE created_at > now() - interval '90 days'
      GROUP BY client_id ORDER BY count(*) DESC LIMIT 1`,
  );
  const carrier = await one<{ id: string }>(
    `SELECT carrier_id AS id FROM shipments WHERE carrier_id IS NOT NULL LIMIT 1`,
  );
  const recent = await one<{ id: string }>(
    `SELECT id FROM shipments ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  const old = await one<{ reference: string; so_number: string; id: string }>(
    `SELECT reference, so_number, id FROM shipments
      WHERE created_at < now() - interval '3 years' AND so_number IS NOT NULL ORDER BY created_at LIMIT 1`,
  );
  const box = await one<{ container_number: string }>(
    `SELECT c.container_number FROM containers c JOIN shipments s ON s.id = c.shipment_id
      WHERE c.container_number IS NOT NULL AND s.created_at < now() - interval '2 years' LIMIT 1`,
  );
  const deepShipment = await one<{ created_at: Date; id: string }>(
    `SELECT created_at, id FROM shipments ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
    [Math.floor(shipments / 2)],
  );
  const notes = sizes.get('debit_notes') ?? 0;
  const deepNote = await one<{ created_at: Date; id: string }>(
    `SELECT created_at, id FROM debit_notes ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
    [Math.floor(notes / 2)],
  );
  const noteShipment = await one<{ id: string }>(`SELECT shipment_id AS id FROM debit_notes LIMIT 1`);
  const emailClient = await one<{ id: string }>(
    `SELECT client_id AS id FROM emails WHERE client_id IS NOT NULL LIMIT 1`,
  );
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

  const dataDir = mkdtempSync(join(tmpdir(), 'quayside-bench-lists-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOGIN_RATE_LIMIT: '100000',
    SCHEDULER_ENABLED: 'false',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '4',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config),
    createFastifyAdapter(config),
    { logger: false, bufferLogs: false, abortOnError: false },
  );
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const http = new HttpClient('127.0.0.1', (app.getHttpServer().address() as AddressInfo).port, 1);
  const capture = new SqlCapture();
  let failed = false;
  try {
    const login = async (email: string) => {
      const res = await http.post(`${API}/auth/login`, { email, password: args.password });
      if (res.status !== 200) throw new Error(`login ${email}: ${describe(res)}`);
      return (res.body as { accessToken: string }).accessToken;
    };
    const [A, S, C] = [await login(admin.email), await login(sales.email), await login(accounts.email)];
    const baseline: Case = {
      name: 'baseline: one shipment',
      path: `${API}/shipments/${recent.id}`,
      token: A,
    };
    const all: Case[] = [
      baseline,
      { name: 'shipments', path: `${API}/shipments`, token: A },
      {
        name: 'shipments deep page',
        path: `${API}/shipments?cursor=${cursorOf(deepShipment.created_at, deepShipment.id)}`,
        token: A,
      },
      { name: 'shipments status=so_released', path: `${API}/shipments?status=so_released`, token: A },
      { name: 'shipments status=released', path: `${API}/shipments?status=released`, token: A },
      { name: 'shipments clientId', path: `${API}/shipments?clientId=${client.id}`, token: A },
      { name: 'shipments carrierId', path: `${API}/shipments?carrierId=${carrier.id}`, token: A },
      {
        name: 'shipments cutoffBefore',
        path: `${API}/shipments?cutoffBefore=${new Date().toISOString()}`,
        token: A,
      },
      { name: 'shipments as sales', path: `${API}/shipments`, token: S },
      { name: 'search container', path: `${API}/shipments?q=${box.container_number.slice(0, 8)}`, token: A },
      { name: 'search S/O', path: `${API}/shipments?q=${encodeURIComponent(old.so_number)}`, token: A },
      {
        name: 'search old reference',
        path: `${API}/shipments?q=${encodeURIComponent(old.reference)}`,
        token: A,
      },
      { name: 'search no match', path: `${API}/shipments?q=ZZQX9`, token: A },
      {
        name: 'search as sales',
        path: `${API}/shipments?q=${encodeURIComponent(old.reference.slice(0, 6))}`,
        token: S,
      },
      { name: 'shipment events', path: `${API}/shipments/${old.id}/events`, token: A },
      { name: 'debit-notes', path: `${API}/debit-notes`, token: C },
      {
        name: 'debit-notes deep page',
        path: `${API}/debit-notes?cursor=${cursorOf(deepNote.created_at, deepNote.id)}`,
        token: C,
      },
      { name: 'debit-notes clientId', path: `${API}/debit-notes?clientId=${client.id}`, token: C },
      { name: 'debit-notes shipmentId', path: `${API}/debit-notes?shipmentId=${noteShipment.id}`, token: C },
      { name: 'debit-notes direction=payable', path: `${API}/debit-notes?direction=payable`, token: C },
      ...['draft', 'issued', 'partially_paid', 'paid', 'void'].map((status) => ({
        name: `debit-notes status=${status}`,
        path: `${API}/debit-notes?status=${status}`,
        token: C,
      })),
      { name: 'debit-notes as sales', path: `${API}/debit-notes`, token: S },
      { name: 'emails', path: `${API}/emails`, token: A },
      { name: 'emails status=failed', path: `${API}/emails?status=failed`, token: A },
      { name: 'emails status=pending', path: `${API}/emails?status=pending`, token: A },
      { name: 'emails clientId', path: `${API}/emails?clientId=${emailClient.id}`, token: A },
      { name: 'emails shipmentId', path: `${API}/emails?shipmentId=${old.id}`, token: A },
      { name: 'board', path: `${API}/board`, token: A },
      { name: 'board clientId', path: `${API}/board?clientId=${client.id}`, token: A },
      { name: 'board as sales', path: `${API}/board`, token: S },
      { name: 'aging (all clients)', path: `${API}/receivables/aging`, token: C },
      { name: 'aging a year ago', path: `${API}/receivables/aging?asOf=${yearAgo}`, token: C },
      { name: 'aging as sales', path: `${API}/receivables/aging`, token: S },
      { name: 'clients', path: `${API}/clients`, token: A },
      { name: 'approvals', path: `${API}/approvals`, token: A },
    ];
    const cases = all.filter((c) => c === baseline || c.name.includes(args.only ?? ''));

    const rows: string[][] = [];
    const plans: string[] = [];
    let baseP50 = Number.NaN;
    for (const c of cases) {
      const ms: number[] = [];
      for (let i = 0; i < N + 3; i++) {
        const res = await http.get(c.path, c.token);
        if (res.status !== 200) {
          failed = true;
          console.error(`FAIL ${c.name}: ${describe(res)}`);
          break;
        }
        if (i >= 3) ms.push(res.ms);
      }
      ms.sort((a, b) => a - b);
      const p50 = percentile(ms, 0.5);
      if (c === baseline) baseP50 = p50;
      const { statements } = await capture.capture(() => http.get(c.path, c.token));
      const reads = statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text));
      const seqScans: string[] = [];
      let dbMs = 0;
      plans.push(`\n=== ${c.name}: GET ${c.path.length > 120 ? `${c.path.slice(0, 117)}...` : c.path}`);
      for (const s of reads) {
        const { scans, ms: exec, text } = await explain(raw, s);
        dbMs += exec;
        seqScans.push(...scans.filter((t) => (sizes.get(t) ?? 0) > LARGE));
        plans.push(`--- ${oneLine(s.text)}\n${text}`);
      }
      if (seqScans.length) failed = true;
      rows.push([
        c.name,
        fixed(p50, 1),
        fixed(percentile(ms, 0.95), 1),
        fixed(p50 / baseP50, 2),
        String(reads.length),
        fixed(dbMs, 1),
        seqScans.length ? `SEQ SCAN ${[...new Set(seqScans)].join(',')}` : 'ok',
      ]);
    }

    // The month's statements for every client, as the scheduler runs them on the 1st, rolled back.
    let statementsLine = '';
    if (!args['no-statements']) {
      const jobs = app.get(JobsService);
      const dataSource = app.get(DataSource);
      const monthEnd = new Date();
      monthEnd.setUTCDate(0);
      const asOf = monthEnd.toISOString().slice(0, 10);
      const rssBefore = process.memoryUsage().rss;
      const started = performance.now();
      let queued = 0;
      await dataSource
        .transaction(async (em) => {
          // The loaded history holds this month's statements already: without them, each is queued again.
          await em.query(`DELETE FROM emails WHERE dedupe_key LIKE 'statement:%:' || $1`, [asOf]);
          queued = await jobs.statements(em, asOf);
          throw new RolledBack();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RolledBack)) throw error;
        });
      const statementsMs = performance.now() - started;
      const rssGrowth = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
      statementsLine =
        `\nmonthly statements as of ${asOf}: ${queued} statements for every client in ${fixed(statementsMs / 1000, 2)} s ` +
        `(rolled back; the process grew ${fixed(rssGrowth, 0)} MB)`;
    }

    if (args.plans !== 'none') console.log(plans.join('\n'));
    console.log(
      `\n${table(['case', 'p50 ms', 'p95 ms', 'p50/base', 'reads', 'db ms', 'plans'], rows)}\n` +
        `${statementsLine}\n` +
        `targets (docs/performance.md): every list, search and board p95 < 20 ms, aging < 200 ms, statements < 30 s, no sequential scan of a large table`,
    );
  } finally {
    capture.restore();
    await http.close();
    await app.close();
    await raw.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error('\nFAILED: a sequential scan of a large table, or an answer other than 200 (above)');
    process.exit(1);
  }
}

class RolledBack extends Error {}

const oneLine = (sql: string): string => {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
};

/** The statement's plan as run (EXPLAIN ANALYZE), the tables it scans sequentially, its execution time. */
async function explain(
  pool: Pool,
  s: CapturedStatement,
): Promise<{ scans: string[]; ms: number; text: string }> {
  const json = await pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`,
    s.values,
  );
  const [{ Plan: plan, 'Execution Time': ms }] = json.rows[0]!['QUERY PLAN'];
  const scans: string[] = [];
  const walk = (node: PlanNode) => {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) scans.push(node['Relation Name']);
    node.Plans?.forEach(walk);
  };
  walk(plan);
  const text = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${s.text}`, s.values);
  return { scans, ms, text: text.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n') };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
