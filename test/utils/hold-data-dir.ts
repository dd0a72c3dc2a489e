// Run as a separate process by embedded-database.int-spec.ts: opens the embedded database in the given
// directory through the app's own code, commits a row, says "ready" and waits to be killed.
import 'reflect-metadata';
import { connectDataSource } from '../../src/database/data-source';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: hold-data-dir <dir>');
  const ds = await connectDataSource({ kind: 'pglite', dataDir });
  await ds.query('CREATE TABLE IF NOT EXISTS survivor (id int PRIMARY KEY, note text NOT NULL)');
  await ds.query(`INSERT INTO survivor VALUES (1, 'committed before the kill')`);
  process.stdout.write('ready\n');
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
