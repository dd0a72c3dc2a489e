import 'reflect-metadata';
import { Client } from 'pg';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../src/auth/password';
import { todayIn } from '../../src/common/time';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { connectDataSource, runMigrations } from '../../src/database/data-source';
import { writeBatches } from './batches';
import { createPaymentPlan, createNotePlan, insertPayments } from './billing';
import { insertStatements } from './emails';
import {
  asOfMoment,
  checkContainerNumbers,
  checkPlan,
  LOADED_TABLES,
  serverCpuSeconds,
  setCounters,
  vacuumAnalyze,
  vacuumLeftovers,
} from './finish';
import { createFunctions } from './functions';
import { BULK_DOMAIN, createMasterData, loadMasterData } from './master-data';
import type { SeedOptions } from './options';
import { createPlan, HISTORY_DAYS } from './plan';
import { hasColumn, rows } from './sql';
import { BULK_TABLES, suspendIndexes } from './indexes';

/** The load's scratch schema (see seedBulk); the generated SQL names its functions `seed_bulk.…`. */
const WORK_SCHEMA = 'seed_bulk';

export interface SeedSummary {
  counts: Record<string, number>;
  databaseSize: string;
  seconds: number;
  /** CPU time of the loading server process, when the server runs on this machine (else undefined). */
  serverCpuSeconds: number | undefined;
  /** This machine's load average (1, 5, 15 min) at the end: the wall time is shared with whatever else runs. */
  loadAverage: number[];
  logins: { role: string; email: string }[];
  password: string;
}

/** The business settings the data follows (time zone, base currency, company block, mail host). */
function businessConfig(env: NodeJS.ProcessEnv): AppConfig {
  // The loader needs the configuration's business settings, not a token secret: a stand-in satisfies the
  // check that DATABASE_URL comes with one.
  return loadConfig({
    ...env,
    JWT_SECRET: env.JWT_SECRET ?? 'seed-bulk-needs-no-secret-seed-bulk-needs-none',
  });
}

/**
 * Fills the PostgreSQL database of `options.url` with a realistic history (docs/operations.md, "Bulk data
 * for benchmarks"). Migrates it first with the app's own runner. Everything is written in one transaction,
 * by INSERT … SELECT statements over scratch tables that plan the whole run: a load that fails leaves the
 * database as it was.
 */
export async function seedBulk(
  options: SeedOptions,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SeedSummary> {
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await work();
    log(`  ${label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    return result;
  };
  const config = businessConfig(env);
  if (config.baseCurrency !== 'CNY') {
    throw new Error(
      `the bulk data bills in CNY and USD: BASE_CURRENCY must be CNY, not ${config.baseCurrency}`,
    );
  }

  const dataSource = await connectDataSource({ kind: 'postgres', url: options.url, poolSize: 1 });
  try {
    const applied = await runMigrations(dataSource);
    log(applied.length ? `migrated: ${applied.join(', ')}` : 'the database is migrated');
  } finally {
    await dataSource.destroy();
  }

  const db = new Client({ connectionString: options.url, application_name: 'quayside-seed-bulk' });
  await db.connect();
  try {
    const [backend] = await rows<{ pid: number }>(db, 'SELECT pg_backend_pid() AS pid');
    const cpuAtStart = serverCpuSeconds(backend?.pid);
    const [existing] = await rows<{ shipments: number; clients: number }>(
      db,
      'SELECT (SELECT count(*) FROM shipments)::int AS shipments, (SELECT count(*) FROM clients)::int AS clients',
    );
    const offset = existing?.shipments ?? 0;
    if (offset > 0 && !options.append) {
      throw new Error(
        `the database already holds ${offset} shipments: pass --append to add ${options.shipments} more ` +
          '(or load into an empty database)',
      );
    }
    if (offset === 0) {
      const vacuumed = await vacuumLeftovers(db, BULK_TABLES);
      if (vacuumed.length) log(`vacuumed what an earlier load left in ${vacuumed.join(', ')}`);
    }
    // Session settings for one long writer: room to sort and hash in memory, no fsync wait per commit (there
    // is one), and the session's times in UTC so that "+ 1 day" is always 24 hours.
    for (const sql of [
      `SET TimeZone = 'UTC'`,
      `SET work_mem = '256MB'`,
      `SET maintenance_work_mem = '1GB'`,
      `SET synchronous_commit = off`,
      // JIT compiling these long expressions costs seconds a statement, more than it saves
      `SET jit = off`,
      // The plan's statements are long computations over a million rows: worth parallel workers
      `SET parallel_setup_cost = 100`,
      `SET parallel_tuple_cost = 0.01`,
    ]) {
      await db.query(sql);
    }
    const asOf = await asOfMoment(db, options.asOfDay ?? todayIn(config.timezone), config.timezone);
    await db.query('BEGIN');
    // The load's own schema (its functions and plan), made in the transaction and dropped before it commits.
    // Its tables are unlogged (scratch, never worth a WAL record) and not temporary, so that parallel
    // workers may read them. Found by name after the app's own schema.
    await db.query(`CREATE SCHEMA ${WORK_SCHEMA}`);
    const [path] = await rows<{ path: string }>(db, `SELECT current_setting('search_path') AS path`);
    await db.query(`SET LOCAL search_path = ${path?.path ?? 'public'}, ${WORK_SCHEMA}`);
    const runTag = `quayside-bulk:${options.seed}:${offset}:`;
    await createFunctions(db, { seed: options.seed, runTag, timezone: config.timezone });

    const since = new Date(asOf.getTime() - (HISTORY_DAYS + 30) * 86_400_000);
    if ((existing?.clients ?? 0) === 0) {
      const passwordHash = await hashPassword(options.password);
      await step(`master data: ${options.clients} clients, ${options.carriers} carriers, staff`, () =>
        createMasterData(db, options, passwordHash, since),
      );
    } else {
      log(`using the ${existing?.clients} clients, the carriers and the staff already in the database`);
    }
    const master = await loadMasterData(db);
    const staff = await rows<{ role: string; n: number }>(
      db,
      'SELECT role, count(*)::int AS n FROM bulk_staff GROUP BY role',
    );
    const count = (role: string): number => staff.find((s) => s.role === role)?.n ?? 1;

    log(`planning ${options.shipments} shipments, their history ending ${asOf.toISOString()}`);
    await step('plan: every shipment, its path and its times', () =>
      createPlan(db, {
        shipments: options.shipments,
        offset,
        asOf,
        timezone: config.timezone,
        clientSlots: master.clientSlots,
        carrierSlots: master.carrierSlots,
        staff: { operators: count('operator'), accounts: count('accounts') },
      }),
    );
    await step('plan: debit notes and their numbers', () => createNotePlan(db, asOf));
    await step('plan: payments and allocations', () => createPaymentPlan(db, asOf));
    await checkPlan(db);
    // Columns of later migrations, written when the database has them.
    const settledAt = await hasColumn(db, 'debit_notes', 'settled_at');
    if (!settledAt) log('  (debit_notes.settled_at does not exist yet: not written)');
    const operatorId = await hasColumn(db, 'shipments', 'operator_id');
    const baseRate = await hasColumn(db, 'debit_notes', 'base_rate');

    const restore = await step('secondary indexes and foreign keys set aside', () => suspendIndexes(db));
    const emailFrom = new Date(asOf);
    emailFrom.setUTCMonth(emailFrom.getUTCMonth() - options.emailMonths);
    const written = await writeBatches(db, {
      shipments: options.shipments,
      batch: options.batch,
      config,
      emails: { from: emailFrom, asOf },
      columns: { settledAt, operatorId, baseRate },
      log: (line) => log(`${line} (${elapsed()})`),
    });
    const add = (table: string, n: number): void => {
      written[table] = (written[table] ?? 0) + n;
    };
    const paid = await step('payments and allocations', () => insertPayments(db, asOf));
    add('payments', paid.payments);
    add('payment_allocations', paid.allocations);
    add(
      'emails',
      await step('statements of account', () => insertStatements(db, config, { from: emailFrom, asOf })),
    );
    await step('counters: references and note numbers continue after the loaded ones', () => setCounters(db));
    await step('secondary indexes and foreign keys back', () => restore());
    await db.query(`DROP SCHEMA ${WORK_SCHEMA} CASCADE`);
    await step('commit', () => db.query('COMMIT'));

    await step('vacuum and analyze (two connections)', () => vacuumAnalyze(db, options.url));
    await checkContainerNumbers(db);
    const counts: Record<string, number> = {};
    for (const table of LOADED_TABLES) {
      const [row] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = row?.n ?? 0;
    }
    const [size] = await rows<{ size: string }>(
      db,
      'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
    );
    return {
      counts,
      databaseSize: size?.size ?? '?',
      seconds: (performance.now() - started) / 1000,
      serverCpuSeconds:
        cpuAtStart === undefined ? undefined : (serverCpuSeconds(backend?.pid) ?? cpuAtStart) - cpuAtStart,
      loadAverage: loadavg(),
      logins: master.logins.length ? master.logins : [{ role: 'admin', email: `admin@${BULK_DOMAIN}` }],
      password: options.password,
    };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
