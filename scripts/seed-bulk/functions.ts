import type { Client } from 'pg';
import { lit, numberArray } from './sql';

/**
 * ISO 6346 letter values, by the rule src/containers/domain/container-number.ts applies: A=10 onwards,
 * skipping the multiples of 11. (The domain keeps its table private; the loader checks a sample of what it
 * wrote with the domain's own validateContainerNumber, and test/seed-bulk.int-spec.ts checks all of it.)
 */
function letterValues(): number[] {
  let value = 10;
  return [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map(() => {
    if (value % 11 === 0) value += 1;
    return value++;
  });
}

/**
 * The helpers the generating statements call, as SQL functions in the load's own schema (seed_bulk, made and
 * dropped inside the load's transaction: nothing is left in the database). Each is one SQL expression, so
 * the planner inlines it into the statement instead of calling it per row; each is parallel safe, so the
 * statements building the plan may run in parallel workers.
 *
 * - rnd(key, salt): a uniform value in [0, 1) from a hash of (key, salt, seed); the same inputs, the same
 *   value, in any order and any plan (hashint8extended is the hash PostgreSQL's hash partitioning relies on
 *   to be stable). Every "random" choice of the data is one of these.
 * - uid(kind, key): a version-4-shaped uuid from hashes of (run tag, kind, key): ids are reproducible too.
 */
export async function createFunctions(
  db: Client,
  { seed, runTag, timezone }: { seed: number; runTag: string; timezone: string },
): Promise<void> {
  const letters = numberArray(letterValues(), 'int');
  const tz = lit(timezone);
  const statements = [
    `CREATE FUNCTION seed_bulk.rnd(key bigint, salt int) RETURNS float8 IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT (hashint8extended(key, ${seed}::bigint * 1000003 + salt) & 9007199254740991)::float8
              / 9007199254740992::float8 $$`,
    // Two 64-bit hashes of the key, seeded by the kind and the run, with the version (4) and variant bits set;
    // a fifth of the cost of an md5 of the same.
    `CREATE FUNCTION seed_bulk.uid(kind text, key bigint) RETURNS uuid IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT encode(int8send((hashint8extended(key, hashtextextended(${lit(runTag)} || kind, ${seed})) & -61441) | 16384)
                     || int8send((hashint8extended(key, hashtextextended(${lit(runTag)} || kind, ${seed + 1}))
                                  & 4611686018427387903) | -9223372036854775808), 'hex')::uuid $$`,
    // The weighted sum of an owner code's four letters (positions 0-3 of the check-digit sum).
    `CREATE FUNCTION seed_bulk.owner_sum(code text) RETURNS int IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT ${[0, 1, 2, 3].map((p) => `(${letters})[ascii(substr(code, ${p + 1}, 1)) - 64] * ${2 ** p}`).join(' + ')} $$`,
    // A box's 6-digit serial from its carrier's running count: a bijection of 0..999999, so no two boxes of a
    // carrier share a number until it has had a million.
    `CREATE FUNCTION seed_bulk.box_serial(c bigint) RETURNS int IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT ((c * 738913 + 7919) % 1000000)::int $$`,
    // Owner code + serial + the ISO 6346 check digit (a remainder of 10 written as 0, as the domain does).
    `CREATE FUNCTION seed_bulk.box_number(code text, code_sum int, s int) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT code || lpad(s::text, 6, '0')
              || (((code_sum + 16 * (s / 100000) + 32 * (s / 10000 % 10) + 64 * (s / 1000 % 10)
                    + 128 * (s / 100 % 10) + 256 * (s / 10 % 10) + 512 * (s % 10)) % 11) % 10)::text $$`,
    // A level of the plan's nested SELECTs (plan.ts, nest): volatile, so the planner keeps the levels apart.
    `CREATE FUNCTION seed_bulk.level(n int) RETURNS int VOLATILE PARALLEL SAFE LANGUAGE sql AS $$ SELECT n $$`,
    // A number zero-padded to a width, as JavaScript's padStart does: never cut (lpad cuts what is longer).
    `CREATE FUNCTION seed_bulk.pad(n bigint, width int) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT lpad(n::text, greatest(width, length(n::text)), '0') $$`,
    // Minor units of a 2-decimal currency as the API writes the amount ("1234.50").
    `CREATE FUNCTION seed_bulk.amount(minor bigint) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT ((minor::numeric / 100)::numeric(20, 2))::text $$`,
    // JavaScript's toISOString(), as the app writes times into JSON.
    `CREATE FUNCTION seed_bulk.iso(t timestamptz) RETURNS text STABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$`,
    // A day and a time in the business time zone, as e-mails print them (sv-SE short date and time).
    `CREATE FUNCTION seed_bulk.local_minute(t timestamptz) RETURNS text STABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT to_char(t AT TIME ZONE ${tz}, 'YYYY-MM-DD HH24:MI') $$`,
    `CREATE FUNCTION seed_bulk.local_day(t timestamptz) RETURNS date STABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT (t AT TIME ZONE ${tz})::date $$`,
    // A local day and hour back to an instant.
    `CREATE FUNCTION seed_bulk.at_local(d date, hours float8) RETURNS timestamptz STABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT (d::timestamp + hours * interval '1 hour') AT TIME ZONE ${tz} $$`,
    // USD→CNY on a day: a smooth drift between about 6.6 and 7.3, to 4 decimals, as a bank quotes it.
    `CREATE FUNCTION seed_bulk.usd_cny(d date) RETURNS numeric IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT round((6.95 + 0.30 * sin(2 * pi() * (d - date '2000-01-01') / 1100.0)
                          + 0.06 * sin(2 * pi() * (d - date '2000-01-01') / 90.0))::numeric, 4) $$`,
  ];
  for (const sql of statements) await db.query(sql);
}
