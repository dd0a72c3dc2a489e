import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { validateContainerNumber } from '../src/containers/domain/container-number';
import { parseOptions } from '../scripts/seed-bulk/options';
import { seedBulk } from '../scripts/seed-bulk/seed';
import { adminQuery, databaseName, serverUrl, withDatabase } from './utils/test-database';

// The bulk loader (npm run seed:bulk) writes to a PostgreSQL server's database; PGlite is not its target.
const server = serverUrl();
const onServer = server ? describe : describe.skip;

const ARGS = ['--shipments', '300', '--batch', '100', '--as-of', '2026-06-15', '--seed', '7'];

/** A new, empty database on the test server (the loader migrates it itself), dropped afterwards. */
async function emptyDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${databaseName(url)}_seed_${randomBytes(4).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(url, name),
    drop: () => adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

onServer('the bulk loader (PostgreSQL only: skipped without DATABASE_URL)', () => {
  let target: { url: string; drop: () => Promise<void> };
  let db: Client;
  const query = async <T extends object>(sql: string): Promise<T[]> => (await db.query<T>(sql)).rows;

  beforeAll(async () => {
    target = await emptyDatabase(server!);
    await seedBulk(parseOptions(ARGS, { DATABASE_URL: target.url }), () => undefined);
    db = new Client({ connectionString: target.url });
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await target?.drop();
  });

  it('loads shipments in every status, with boxes, history, notes, payments and e-mails', async () => {
    const [counts] = await query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM shipments)::int AS shipments, (SELECT count(*) FROM containers)::int AS containers,
              (SELECT count(*) FROM shipment_events)::int AS events, (SELECT count(*) FROM debit_notes)::int AS notes,
              (SELECT count(*) FROM payments)::int AS payments, (SELECT count(*) FROM emails)::int AS emails`,
    );
    expect(counts).toMatchObject({ shipments: 300 });
    expect(counts!.containers).toBeGreaterThan(600);
    expect(counts!.events).toBeGreaterThan(3000);
    expect(counts!.notes).toBeGreaterThan(250);
    expect(counts!.payments).toBeGreaterThan(100);
    expect(counts!.emails).toBeGreaterThan(50);
    const statuses = (await query<{ status: string }>('SELECT DISTINCT status FROM shipments')).map(
      (s) => s.status,
    );
    expect(statuses).toEqual(expect.arrayContaining(['released', 'cancelled']));
    expect(statuses.filter((s) => s !== 'released' && s !== 'cancelled').length).toBeGreaterThan(2);
  });

  it('numbers every box validly (ISO 6346, the domain check digit), each live number once', async () => {
    const boxes = await query<{ container_number: string }>(
      'SELECT container_number FROM containers WHERE container_number IS NOT NULL',
    );
    expect(boxes.length).toBeGreaterThan(500);
    expect(boxes.filter((b) => !validateContainerNumber(b.container_number).ok)).toEqual([]);
    const [dup] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT container_number FROM containers
         WHERE active AND container_number IS NOT NULL GROUP BY 1 HAVING count(*) > 1) d`,
    );
    expect(dup!.n).toBe(0);
  });

  it("keeps every note's total equal to its lines and its paid amount equal to its allocations", async () => {
    expect(
      await query(`SELECT n.id FROM debit_notes n
                    WHERE n.total_minor <> (SELECT coalesce(sum(l.converted_minor), 0) FROM debit_note_lines l
                                             WHERE l.debit_note_id = n.id)`),
    ).toEqual([]);
    expect(
      await query(`SELECT n.id FROM debit_notes n
                    WHERE n.paid_minor <> (SELECT coalesce(sum(a.amount_minor), 0) FROM payment_allocations a
                                            WHERE a.debit_note_id = n.id)`),
    ).toEqual([]);
    expect(
      await query(`SELECT p.id FROM payments p
                    WHERE p.amount_minor <> (SELECT sum(a.amount_minor) FROM payment_allocations a WHERE a.payment_id = p.id)`),
    ).toEqual([]);
  });

  it('sets settled_at exactly on the fully paid issued receivables: the last payment received', async () => {
    const wrong = await query(
      `SELECT n.id FROM debit_notes n
        WHERE n.settled_at IS DISTINCT FROM
              CASE WHEN n.direction = 'receivable' AND n.state = 'issued' AND n.paid_minor >= n.total_minor
                   THEN (SELECT max(p.received_at) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
                          WHERE a.debit_note_id = n.id) END`,
    );
    expect(wrong).toEqual([]);
    const [settled] = await query<{ n: number }>('SELECT count(settled_at)::int AS n FROM debit_notes');
    expect(settled!.n).toBeGreaterThan(100);
  });

  it('freezes on every issued note the rate into the base currency found in its own rates, as issuing does', async () => {
    const wrong = await query(
      `SELECT n.id FROM debit_notes n
        WHERE n.base_currency IS DISTINCT FROM CASE WHEN n.state <> 'draft' THEN 'CNY' END
           OR n.base_rate IS DISTINCT FROM
              CASE WHEN n.state = 'draft' THEN NULL WHEN n.currency = 'CNY' THEN 1
                   ELSE (SELECT (r ->> 'rate')::numeric FROM jsonb_array_elements(n.fx_rates) r
                          WHERE r ->> 'from' = n.currency AND r ->> 'to' = 'CNY' LIMIT 1) END`,
    );
    expect(wrong).toEqual([]);
    const [usd] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM debit_notes WHERE currency = 'USD' AND base_rate > 1`,
    );
    expect(usd!.n).toBeGreaterThan(10);
  });

  it("numbers each shipment's events 1..k, each starting where the last ended, the last its status", async () => {
    expect(
      await query(`SELECT shipment_id FROM shipment_events GROUP BY shipment_id
                    HAVING min(seq) <> 1 OR max(seq) <> count(*) OR count(DISTINCT seq) <> count(*)`),
    ).toEqual([]);
    expect(
      await query(`SELECT e.shipment_id, e.seq FROM shipment_events e
                     JOIN shipment_events prev ON prev.shipment_id = e.shipment_id AND prev.seq = e.seq - 1
                    WHERE e.from_status IS DISTINCT FROM prev.to_status`),
    ).toEqual([]);
    expect(
      await query(`SELECT s.id FROM shipments s
                     JOIN shipment_events e ON e.shipment_id = s.id
                      AND e.seq = (SELECT max(seq) FROM shipment_events WHERE shipment_id = s.id)
                    WHERE e.to_status <> s.status OR s.version <> e.seq`),
    ).toEqual([]);
  });

  it('refuses a database that already holds shipments, unless told to append', async () => {
    await expect(seedBulk(parseOptions(ARGS, { DATABASE_URL: target.url }), () => undefined)).rejects.toThrow(
      /already holds 300 shipments: pass --append/,
    );
  });

  it('gives the same data on another run with the same options', async () => {
    const again = await emptyDatabase(server!);
    try {
      await seedBulk(parseOptions(ARGS, { DATABASE_URL: again.url }), () => undefined);
      const fingerprint = async (url: string): Promise<string> => {
        const client = new Client({ connectionString: url });
        await client.connect();
        try {
          const { rows } = await client.query<{ f: string }>(
            `SELECT md5(string_agg(concat_ws('|', s.id, s.reference, s.status, s.updated_at, c.container_number,
                                             n.number, n.total_minor, n.paid_minor), ',' ORDER BY s.id, c.seq, n.id)) AS f
               FROM shipments s
               LEFT JOIN containers c ON c.shipment_id = s.id
               LEFT JOIN debit_notes n ON n.shipment_id = s.id`,
          );
          return rows[0]!.f;
        } finally {
          await client.end();
        }
      };
      expect(await fingerprint(again.url)).toBe(await fingerprint(target.url));
    } finally {
      await again.drop();
    }
  }, 120_000);

  it('appends with --append: new shipments for the same clients, numbers going on after the loaded ones', async () => {
    const [before] = await query<{ counters: string }>(
      `SELECT string_agg(name || '=' || value, ',' ORDER BY name) AS counters FROM counters`,
    );
    await seedBulk(
      parseOptions([...ARGS, '--append', '--shipments', '150'], { DATABASE_URL: target.url }),
      () => undefined,
    );
    const [after] = await query<{ shipments: number; clients: number; refs: number; numbers: number }>(
      `SELECT (SELECT count(*) FROM shipments)::int AS shipments, (SELECT count(*) FROM clients)::int AS clients,
              (SELECT count(DISTINCT reference) FROM shipments)::int AS refs,
              (SELECT count(*) - count(DISTINCT number) FROM debit_notes WHERE number IS NOT NULL)::int AS numbers`,
    );
    expect(after).toEqual({ shipments: 450, clients: 5, refs: 450, numbers: 0 });
    const [counters] = await query<{ counters: string }>(
      `SELECT string_agg(name || '=' || value, ',' ORDER BY name) AS counters FROM counters`,
    );
    expect(counters!.counters).not.toBe(before!.counters);
    expect(
      await query(`SELECT shipment_id FROM shipment_events GROUP BY shipment_id
                    HAVING min(seq) <> 1 OR max(seq) <> count(*)`),
    ).toEqual([]);
    expect(
      await query(`SELECT container_number FROM containers WHERE active AND container_number IS NOT NULL
                    GROUP BY 1 HAVING count(*) > 1`),
    ).toEqual([]);
  }, 120_000);
});
