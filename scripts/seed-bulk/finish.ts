import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { validateContainerNumber } from '../../src/containers/domain/container-number';
import { rows, run } from './sql';

/** The tables the load writes, in the order their rows are counted at the end. */
export const LOADED_TABLES = [
  'users',
  'clients',
  'carriers',
  'shipments',
  'containers',
  'shipment_events',
  'debit_notes',
  'debit_note_lines',
  'payments',
  'payment_allocations',
  'emails',
] as const;

/** The CPU seconds a server process has used, read from /proc when the server runs on this machine. */
export function serverCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields 14 and 15 (utime, stime) after the command name, in clock ticks (100 a second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Before a first load: the rows a failed or interrupted load wrote are dead but still take their pages, and
 * new rows would not reuse them (only a vacuum tells PostgreSQL the space is free). A vacuum of a table whose
 * rows are all dead gives its pages back. Answers the tables it vacuumed.
 */
export async function vacuumLeftovers(db: Client, tables: readonly string[]): Promise<string[]> {
  const left = await rows<{ name: string }>(
    db,
    `SELECT relname AS name FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace AND relname = ANY($1) AND pg_relation_size(oid) > 0`,
    [tables],
  );
  for (const table of left) await db.query(`VACUUM ${table.name}`);
  return left.map((t) => t.name);
}

/**
 * What the unique indexes will check at the end, checked on the plan before anything is written: a
 * duplicate then costs seconds, not the whole load.
 */
export async function checkPlan(db: Client): Promise<void> {
  const [dup] = await rows<{ reference: string | null; number: string | null }>(
    db,
    `SELECT (SELECT reference FROM bulk_ship GROUP BY reference HAVING count(*) > 1 LIMIT 1) AS reference,
            (SELECT number FROM bulk_note WHERE number IS NOT NULL GROUP BY number HAVING count(*) > 1 LIMIT 1) AS number`,
  );
  if (dup?.reference) throw new Error(`the plan gives two shipments the reference ${dup.reference}`);
  if (dup?.number) throw new Error(`the plan gives two debit notes the number ${dup.number}`);
}

/**
 * VACUUM (ANALYZE) of every loaded table: the planner's statistics, and the visibility map that index-only
 * scans need (left to autovacuum, it would run during the first benchmark instead). Two connections take
 * the tables biggest first, so the two cores share the work.
 */
export async function vacuumAnalyze(db: Client, url: string): Promise<void> {
  const tables = (
    await rows<{ name: string }>(
      db,
      `SELECT relname AS name FROM pg_class
        WHERE relnamespace = current_schema()::regnamespace AND relname = ANY($1)
        ORDER BY pg_total_relation_size(oid) DESC`,
      [[...LOADED_TABLES]],
    )
  ).map((t) => t.name);
  const other = new Client({ connectionString: url, application_name: 'quayside-seed-bulk' });
  await other.connect();
  try {
    const next = (): string | undefined => tables.shift();
    const worker = async (client: Client): Promise<void> => {
      for (let table = next(); table; table = next()) await client.query(`VACUUM (ANALYZE) ${table}`);
    };
    await Promise.all([worker(db), worker(other)]);
  } finally {
    await other.end();
  }
}

/**
 * The start of the as-of day in the business time zone: every row is dated before it, so before any moment
 * the app will run at (a day still to come is refused).
 */
export async function asOfMoment(db: Client, day: string, timezone: string): Promise<Date> {
  const [row] = await rows<{ at: Date; future: boolean }>(
    db,
    'SELECT ($1::date::timestamp AT TIME ZONE $2) AS at, ($1::date::timestamp AT TIME ZONE $2) > now() AS future',
    [day, timezone],
  );
  if (!row || row.future) throw new Error(`--as-of ${day} has not begun yet in ${timezone}`);
  return row.at;
}

/**
 * The app numbers references and debit notes from counters (src/common/database/counter.ts): each goes on
 * after the highest loaded, so the next booking or issue gets a new number, not a taken one.
 */
export async function setCounters(db: Client): Promise<void> {
  await run(
    db,
    `INSERT INTO counters (name, value)
     SELECT 'shipment-reference:' || left(reference, 6), max(substr(reference, 8)::bigint)
       FROM bulk_ship GROUP BY left(reference, 6)
     UNION ALL
     SELECT 'debit-note:' || year, max(substr(number, 9)::bigint)
       FROM bulk_note WHERE number IS NOT NULL GROUP BY year
     ON CONFLICT (name) DO UPDATE SET value = greatest(counters.value, excluded.value)`,
  );
}

/** A sample of the boxes checked with the domain's own rule (the test checks them all). */
export async function checkContainerNumbers(db: Client): Promise<void> {
  const sample = await rows<{ container_number: string }>(
    db,
    'SELECT container_number FROM containers TABLESAMPLE SYSTEM (1) WHERE container_number IS NOT NULL LIMIT 2000',
  );
  const bad = sample.filter((c) => !validateContainerNumber(c.container_number).ok);
  if (bad.length) {
    throw new Error(
      `container numbers fail ISO 6346: ${bad
        .slice(0, 5)
        .map((c) => c.container_number)
        .join(', ')}`,
    );
  }
}
