// npm run bench:console [-- options]
//
// The console's speed, as its users meet it (docs/performance.md, "The console"):
//
// 1. With DATABASE_URL naming a database filled by `npm run seed:bulk`: the board's queries at that scale,
//    through bench:lists (its board cases, over HTTP, each statement's plan printed; a sequential scan of a
//    large table fails the run), after the count of active shipments the board reads.
// 2. In Debian's chromium (playwright-core), against the service on a fresh benchmark database (embedded by
//    default; a new database on the DATABASE_URL server otherwise) holding a desk's worth of active
//    shipments, warm:
//    - navigation to the board until its first card is painted (a new browser context each time: nothing
//      cached), p50/p95, with a ratio against the same navigation to /health in the same run;
//    - a change made by one user (a booking confirmed over the API) until another user's board shows it,
//      p50/p95, with a ratio against the write's own answer time;
//    - the JavaScript and CSS the sign-in page and the board need, gzipped (web/tools/bundle-size.mjs).
//
// Options:
//   --n 20          navigations timed (after 3 untimed)
//   --changes 30    changes timed (after 3 untimed)
//   --active 400    active shipments on the board of part 2
//   --scale         only part 1;  --browser  only part 2
//   --trace         print when each request of the first timed navigation started and ended
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AppModule } from '../../src/app.module';
import { configureApp, createFastifyAdapter } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import { API, describe } from '../api-chain';
import { createBenchDatabase, type BenchDatabase } from '../bench-database';
import { forEachConcurrently, HttpClient } from '../http-client';
import { fixed, percentile, table } from '../stats';
import { carrierBody, clientBody } from '../../test/factories/master-data';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '20' },
    changes: { type: 'string', default: '30' },
    active: { type: 'string', default: '400' },
    scale: { type: 'boolean', default: false },
    browser: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
  },
});
const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN = { email: 'bench.admin@quayside.test', password: `bench-${randomBytes(8).toString('hex')}-1` };
const PASSWORD = 'bench-console-pass-1';
const WARMUP = 3;

const log = (line: string) => process.stdout.write(`${line}\n`);
const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
};

/** Part 1: how many shipments the board reads, then bench:lists' board cases on the same database. */
async function atScale(url: string): Promise<boolean> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ all: string; active: string }>(
      `SELECT (SELECT reltuples::bigint FROM pg_class WHERE oid = 'shipments'::regclass)::text AS all,
              count(*)::text AS active
         FROM shipments WHERE status NOT IN ('released', 'cancelled')`,
    );
    log(
      `== the board at scale: ${Number(rows[0]!.all).toLocaleString('en')} shipments, ` +
        `${Number(rows[0]!.active).toLocaleString('en')} of them active (not released or cancelled)`,
    );
  } finally {
    await pool.end();
  }
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, '..', 'lists.ts'), '--only', 'board', '--no-statements'],
    { stdio: 'inherit', cwd: ROOT, env: process.env },
  );
  return run.status === 0;
}

async function bootApp(db: BenchDatabase): Promise<{ app: NestFastifyApplication; url: string }> {
  const database = db.config(4);
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT: '100000',
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
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

/** The answer's body, or a thrown error naming the call. */
async function expect2xx<T>(what: string, pending: ReturnType<HttpClient['get']>): Promise<T> {
  const res = await pending;
  if (res.status < 200 || res.status > 299) throw new Error(`${what}: ${describe(res)}`);
  return res.body as T;
}

interface Desk {
  operators: { email: string; token: string }[];
  /** The client whose shipments the live part moves, each from booking to booking_confirmed. */
  liveClientId: string;
  toConfirm: string[];
}

/** Master data, two operators and `active` shipments spread over the first stages, over the API. */
async function setUpDesk(http: HttpClient, active: number, changes: number): Promise<Desk> {
  const login = async (email: string, password: string) =>
    (await expect2xx<{ accessToken: string }>('login', http.post(`${API}/auth/login`, { email, password })))
      .accessToken;
  const admin = await login(ADMIN.email, ADMIN.password);
  const operators: Desk['operators'] = [];
  for (const name of ['王小明', '李娜']) {
    const email = `bench.op.${operators.length}@quayside.test`;
    await expect2xx(
      'user',
      http.post(`${API}/users`, { email, name, password: PASSWORD, role: 'operator' }, admin),
    );
    operators.push({ email, token: await login(email, PASSWORD) });
  }
  const clients: string[] = [];
  for (let i = 0; i < 8; i++) {
    const body = clientBody({ code: `BENCH-${i}` });
    clients.push((await expect2xx<{ id: string }>('client', http.post(`${API}/clients`, body, admin))).id);
  }
  const carrier = await expect2xx<{ id: string }>(
    'carrier',
    http.post(`${API}/carriers`, carrierBody({ code: 'MSCU', name: 'MSC' }), admin),
  );
  const PODS = ['USLAX', 'NLRTM', 'DEHAM', 'AUSYD'];
  const booking = (clientId: string, i = 0) => ({
    clientId,
    carrierId: carrier.id,
    pol: 'CNYTN',
    pod: PODS[i % PODS.length],
    commodity: 'Wooden furniture',
    containers: [{ type: '40HC', quantity: 2 }],
    freightTerm: 'prepaid',
    agreedRate: { amount: '1850.00', currency: 'USD' },
  });
  const token = operators[0]!.token;
  const ids: string[] = [];
  await forEachConcurrently(
    Array.from({ length: active }, (_, i) => i),
    4,
    async (i) => {
      const created = await expect2xx<{ id: string }>(
        'booking',
        http.post(`${API}/shipments`, booking(clients[i % clients.length]!, i), token),
      );
      ids.push(created.id);
    },
  );
  // A third of them a step on, so that the board has more than one busy column.
  await forEachConcurrently(ids.slice(0, Math.floor(active / 3)), 4, async (id) => {
    await confirm(http, id, token);
  });
  const live = await expect2xx<{ id: string }>(
    'client',
    http.post(`${API}/clients`, clientBody({ code: 'LIVE' }), admin),
  );
  const toConfirm: string[] = [];
  for (let i = 0; i < changes + WARMUP; i++) {
    toConfirm.push(
      (await expect2xx<{ id: string }>('booking', http.post(`${API}/shipments`, booking(live.id), token))).id,
    );
  }
  return { operators, liveClientId: live.id, toConfirm };
}

async function confirm(http: HttpClient, id: string, token: string): Promise<number> {
  const res = await http.post(`${API}/shipments/${id}/actions/confirm-booking`, {}, token);
  if (res.status !== 200) throw new Error(`confirm-booking: ${describe(res)}`);
  return res.ms;
}

/** A browser context signed in as `email` through the console's own sign-in (its cookie session). */
async function signedInPage(browser: Browser, url: string, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/sign-in?lang=en`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('board-card').first().waitFor();
  return page;
}

/**
 * From the start of a navigation to the board to the first frame painted after its first card was in the
 * page (performance.now() is measured from the navigation's start).
 */
const FIRST_CARD_PAINTED = () =>
  new Promise<number>((resolve) => {
    const seen = () => {
      if (!document.querySelector('[data-testid="board-card"]')) return false;
      requestAnimationFrame(() => resolve(performance.now()));
      return true;
    };
    if (seen()) return;
    const observer = new MutationObserver(() => {
      if (seen()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });

async function timeNavigations(browser: Browser, url: string, email: string, n: number) {
  const signedIn = await signedInPage(browser, url, email);
  const state = await signedIn.context().storageState();
  await signedIn.context().close();
  const board: number[] = [];
  const health: number[] = [];
  for (let i = 0; i < n + WARMUP; i++) {
    // A new context each time: no cached script, style or answer; the session cookie only.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, storageState: state });
    const page = await context.newPage();
    await page.goto(`${url}/health`);
    const healthMs = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return entry!.loadEventEnd || entry!.responseEnd;
    });
    await page.goto(`${url}/`, { waitUntil: 'commit' });
    const boardMs = await page.evaluate(FIRST_CARD_PAINTED);
    if (args.trace && i === WARMUP)
      log(
        await page.evaluate(() =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .map(
              (e) =>
                `${e.name.replace(location.origin, '')} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`,
            )
            .join('\n'),
        ),
      );
    await context.close();
    if (i < WARMUP) continue;
    board.push(boardMs);
    health.push(healthMs);
  }
  return { board: stats(board), health: stats(health) };
}

/** Each change made over the API by one operator, until the other's board (filtered to the client) shows it. */
async function timeChanges(http: HttpClient, browser: Browser, url: string, desk: Desk) {
  const [writer, watcher] = desk.operators;
  const page = await signedInPage(browser, url, watcher!.email);
  await page.goto(`${url}/?clientId=${desk.liveClientId}`);
  const countOf = `section[data-status="booking_confirmed"] [data-testid="column-count"]`;
  await page.locator(`section[data-status="booking"] [data-testid="column-count"]`).waitFor();
  const seen: number[] = [];
  const writes: number[] = [];
  for (const [i, id] of desk.toConfirm.entries()) {
    const shown = page.waitForFunction(
      ({ selector, count }) => {
        const text = document.querySelector(selector)?.textContent?.trim();
        return text === String(count) ? Date.now() : false;
      },
      { selector: countOf, count: i + 1 },
      { polling: 'raf', timeout: 30_000 },
    );
    const started = Date.now();
    const writeMs = await confirm(http, id, writer!.token);
    const at = (await (await shown).jsonValue()) as number;
    if (i < WARMUP) continue;
    seen.push(at - started);
    writes.push(writeMs);
  }
  await page.context().close();
  return { seen: stats(seen), write: stats(writes) };
}

function bundle(): { totalBytes: number; budgetBytes: number } {
  execFileSync(process.execPath, [join(ROOT, 'web/tools/build-if-changed.mjs')], { stdio: 'inherit' });
  const out = execFileSync(process.execPath, [join(ROOT, 'web/tools/bundle-size.mjs'), '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { totalBytes: number; budgetBytes: number };
}

async function inChromium(): Promise<boolean> {
  const size = bundle();
  const db = await createBenchDatabase();
  const { app, url } = await bootApp(db);
  const http = new HttpClient('127.0.0.1', Number(new URL(url).port), 4);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const active = Number(args.active);
    const changes = Number(args.changes);
    log(`== the console in chromium: ${db.kind}, ${active} active shipments, ${url}`);
    const desk = await setUpDesk(http, active, changes);
    const nav = await timeNavigations(browser, url, desk.operators[0]!.email, Number(args.n));
    const live = await timeChanges(http, browser, url, desk);
    const kb = (bytes: number) => `${fixed(bytes / 1024, 1)} KB`;
    const ratio = (a: number, b: number) => `${fixed(a / b, 1)}×`;
    log(
      table(
        ['measure', 'p50', 'p95', 'baseline p50', 'ratio p50', 'target'],
        [
          [
            `board: navigation to first card painted (n=${args.n})`,
            `${fixed(nav.board.p50, 0)} ms`,
            `${fixed(nav.board.p95, 0)} ms`,
            `${fixed(nav.health.p50, 0)} ms (/health)`,
            ratio(nav.board.p50, nav.health.p50),
            '< 1500 ms',
          ],
          [
            `a change seen on another user's board (n=${args.changes})`,
            `${fixed(live.seen.p50, 0)} ms`,
            `${fixed(live.seen.p95, 0)} ms`,
            `${fixed(live.write.p50, 0)} ms (the write)`,
            ratio(live.seen.p50, live.write.p50),
            '< 2000 ms',
          ],
          [
            'sign-in + board JS and CSS, gzipped',
            kb(size.totalBytes),
            '',
            '',
            '',
            `< ${kb(size.budgetBytes)}`,
          ],
        ],
      ),
    );
    return nav.board.p95 < 1500 && live.seen.p95 < 2000 && size.totalBytes < size.budgetBytes;
  } finally {
    await browser.close();
    await http.close();
    await app.close();
    await db.dispose();
  }
}

async function main(): Promise<void> {
  let ok = true;
  const url = process.env.DATABASE_URL;
  if (!args.browser) {
    if (url) ok = (await atScale(url)) && ok;
    else log('== the board at scale: skipped (set DATABASE_URL to a database filled by npm run seed:bulk)');
  }
  if (!args.scale) ok = (await inChromium()) && ok;
  if (!ok) {
    log('bench:console: a target was missed (above)');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
