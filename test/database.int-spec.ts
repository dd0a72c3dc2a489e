import { setTimeout as sleep } from 'node:timers/promises';
import { QuaysideDataSource, connectDataSource } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './utils/test-database';

// What the embedded database must do as well as the server (measured: a shared PGlite session loses
// updates and lets SKIP LOCKED claim a row twice). The same tests run on both kinds.
describe(`transactions on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let db: TestDatabase;
  let ds: QuaysideDataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await connectDataSource(db.database);
    await ds.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await ds.query('CREATE TABLE job (id serial PRIMARY KEY, claimed_by int, claims int NOT NULL DEFAULT 0)');
  });
  afterAll(async () => {
    await ds.destroy();
    await db.dispose();
  });

  it('loses no update when 30 transactions lock, read and write the same row at once', async () => {
    await ds.query('INSERT INTO counter VALUES (1, 0)');
    await Promise.all(
      Array.from({ length: 30 }, () =>
        ds.transaction(async (em) => {
          const [{ n }] = await em.query('SELECT n FROM counter WHERE id = 1 FOR UPDATE');
          await sleep(1); // let the others run between our read and our write
          await em.query('UPDATE counter SET n = $1 WHERE id = 1', [n + 1]);
        }),
      ),
    );
    const [{ n }] = await ds.query('SELECT n FROM counter WHERE id = 1');
    expect(n).toBe(30);
  });

  it('never shows another transaction its uncommitted rows', async () => {
    await ds.query('INSERT INTO counter VALUES (2, 7)');
    let written!: () => void;
    const inside = new Promise<void>((resolve) => (written = resolve));
    const writer = ds
      .transaction(async (em) => {
        await em.query('UPDATE counter SET n = 999 WHERE id = 2');
        written();
        await sleep(30);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await inside;
    const [{ n }] = await ds.query('SELECT n FROM counter WHERE id = 2');
    await writer;
    expect(n).toBe(7);
  });

  it('lets FOR UPDATE SKIP LOCKED claim each row exactly once among 6 workers', async () => {
    await ds.query('INSERT INTO job (claims) SELECT 0 FROM generate_series(1, 40)');
    const claimedBy = new Map<number, number[]>();
    const worker = async (w: number): Promise<void> => {
      for (;;) {
        const id = await ds.transaction(async (em) => {
          const rows: { id: number }[] = await em.query(
            'SELECT id FROM job WHERE claimed_by IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED',
          );
          const row = rows[0];
          if (!row) return null;
          await sleep(1);
          await em.query('UPDATE job SET claimed_by = $1, claims = claims + 1 WHERE id = $2', [w, row.id]);
          return row.id;
        });
        if (id === null) return;
        claimedBy.set(id, [...(claimedBy.get(id) ?? []), w]);
      }
    };
    await Promise.all([1, 2, 3, 4, 5, 6].map(worker));
    expect(claimedBy.size).toBe(40);
    expect([...claimedBy.values()].every((ws) => ws.length === 1)).toBe(true);
    const [{ max, total }] = await ds.query(
      'SELECT max(claims)::int AS max, sum(claims)::int AS total FROM job',
    );
    expect({ max, total }).toEqual({ max: 1, total: 40 });
  });

  it('never lets two transactions hold the same advisory lock at once', async () => {
    let holders = 0;
    let maxHolders = 0;
    let acquired = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        ds.transaction(async (em) => {
          const [{ ok }] = await em.query('SELECT pg_try_advisory_xact_lock(42) AS ok');
          if (!ok) return;
          acquired++;
          holders++;
          maxHolders = Math.max(maxHolders, holders);
          await sleep(5);
          holders--;
        }),
      ),
    );
    expect(acquired).toBeGreaterThanOrEqual(1);
    expect(maxHolders).toBe(1);
  });

  it('rolls back every statement of a failed transaction', async () => {
    await ds.query('INSERT INTO counter VALUES (3, 1)');
    await expect(
      ds.transaction(async (em) => {
        await em.query('UPDATE counter SET n = 2 WHERE id = 3');
        await em.query('INSERT INTO counter VALUES (3, 5)'); // duplicate key
      }),
    ).rejects.toThrow();
    const [{ n }] = await ds.query('SELECT n FROM counter WHERE id = 3');
    expect(n).toBe(1);
  });
});
