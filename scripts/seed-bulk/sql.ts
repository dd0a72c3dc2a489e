import type { Client } from 'pg';

/** A SQL string literal (standard_conforming_strings is on since PostgreSQL 9.1). */
export function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A SQL text[] literal. */
export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(lit).join(', ')}]::text[]`;
}

/** A SQL float8[] / int[] literal. */
export function numberArray(values: readonly number[], type: 'int' | 'float8'): string {
  return `ARRAY[${values.join(', ')}]::${type}[]`;
}

/** A timestamptz literal. */
export function ts(date: Date): string {
  return `${lit(date.toISOString())}::timestamptz`;
}

/**
 * Index (1-based) into a list by weight, from a uniform value `r` in [0, 1): a CASE over the cumulative
 * weights, so that the SQL picks with the same proportions as the list says.
 */
export function weighted(r: string, weights: readonly number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  const arms = weights.slice(0, -1).map((w, i) => {
    sum += w;
    return `WHEN ${r} < ${(sum / total).toFixed(6)} THEN ${i + 1}`;
  });
  return `(CASE ${arms.join(' ')} ELSE ${weights.length} END)`;
}

/** Runs one statement and answers how many rows it wrote (or returned). */
export async function run(db: Client, sql: string, params: unknown[] = []): Promise<number> {
  const result = await db.query(sql, params);
  return result.rowCount ?? 0;
}

/**
 * Runs `INSERT INTO t (columns) SELECT …` in two steps: the SELECT into a scratch table of the load's schema
 * first (CREATE TABLE AS, which PostgreSQL may give parallel workers; INSERT … SELECT it never does), then a
 * plain copy into the table. Worth it where computing the rows costs more than writing them: the copy is
 * the only part left on one core. `sql` must be written as above (a column list, then the SELECT).
 */
export async function insertStaged(db: Client, sql: string, params: unknown[] = []): Promise<number> {
  const parts = /^\s*INSERT INTO\s+(\S+)\s*\(([^)]*)\)\s*([\s\S]*)$/.exec(sql);
  if (!parts)
    throw new Error(`insertStaged needs INSERT INTO t (columns) SELECT …, not: ${sql.slice(0, 80)}`);
  const [, table, columns, select] = parts;
  await run(db, `CREATE UNLOGGED TABLE seed_bulk.stage (${columns}) AS ${select}`, params);
  const written = await run(db, `INSERT INTO ${table} (${columns}) SELECT * FROM seed_bulk.stage`);
  await run(db, 'DROP TABLE seed_bulk.stage');
  return written;
}

/** Rows of a query, typed by the caller. */
export async function rows<T extends object>(db: Client, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await db.query<T>(sql, params);
  return result.rows;
}

/** Whether a column exists yet: the loader writes the columns later migrations add when they are there. */
export async function hasColumn(db: Client, table: string, column: string): Promise<boolean> {
  const found = await rows<{ n: number }>(
    db,
    `SELECT count(*)::int AS n FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2`,
    [table, column],
  );
  return (found[0]?.n ?? 0) > 0;
}
