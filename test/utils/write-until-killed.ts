// Run as a separate process by test/faults/embedded-kill.fault-spec.ts: opens the embedded database in the
// given directory through the app's own code (connectDataSource, runMigrations), then writes until it is
// killed. Each transaction (announced by `begin`) takes the next number of a counter, writes one parent row
// and CHILDREN child rows, and only once COMMIT has returned prints `committed <id> <n>`. No foreign key ties
// the rows together: whether a transaction is all there or not at all is what the parent checks, not what a
// constraint forces.
import 'reflect-metadata';
import { connectDataSource, runMigrations } from '../../src/database/data-source';

export const CHILDREN = 3;

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: write-until-killed <dir>');
  const ds = await connectDataSource({ kind: 'pglite', dataDir });
  await runMigrations(ds);
  await ds.query(`CREATE TABLE IF NOT EXISTS fault_counter (id int PRIMARY KEY, value int NOT NULL)`);
  await ds.query(`INSERT INTO fault_counter VALUES (1, 0) ON CONFLICT DO NOTHING`);
  await ds.query(`CREATE TABLE IF NOT EXISTS fault_parent (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n int NOT NULL, writer int NOT NULL,
    payload text NOT NULL)`);
  await ds.query(`CREATE TABLE IF NOT EXISTS fault_child (
    parent_id uuid NOT NULL, seq int NOT NULL, payload text NOT NULL, PRIMARY KEY (parent_id, seq))`);
  process.stdout.write(`ready ${process.pid}\n`);
  for (;;) {
    process.stdout.write('begin\n');
    const { id, n } = await ds.transaction(async (em) => {
      const [[counter]] = await em.query<[[{ value: number }], number]>(
        'UPDATE fault_counter SET value = value + 1 WHERE id = 1 RETURNING value',
      );
      const value = counter.value;
      // A few KiB per row, so that a transaction spans several pages and takes a while to write.
      const payload = `${value}:`.padEnd(4096, 'x');
      const [parent] = await em.query<[{ id: string }]>(
        'INSERT INTO fault_parent (n, writer, payload) VALUES ($1, $2, $3) RETURNING id',
        [value, process.pid, payload],
      );
      for (let seq = 1; seq <= CHILDREN; seq++) {
        await em.query('INSERT INTO fault_child (parent_id, seq, payload) VALUES ($1, $2, $3)', [
          parent.id,
          seq,
          payload,
        ]);
      }
      return { id: parent.id, n: value };
    });
    process.stdout.write(`committed ${id} ${n}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
