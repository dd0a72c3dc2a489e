// Run as a child process by embedded-cluster.ts (createClusterIfMissing): creates a new embedded database in
// the scratch data directory given, in this process, applies the migrations and closes it cleanly. The
// parent moves `<scratch>/pgdata` into place once this process has exited 0; anything else and it is
// thrown away.
import 'reflect-metadata';
import { isStorageFull } from '../common/errors/error-body';
import { embeddedDataSource, runMigrations } from './data-source';
import { EXIT_DISK_FULL } from './embedded-cluster';
import { EmbeddedPostgres } from './embedded-postgres';

async function main(): Promise<void> {
  const scratch = process.argv[2];
  if (!scratch) throw new Error('usage: embedded-cluster-process <scratch data directory>');
  // The parent was killed: its next start throws this directory away, so stop working on it.
  process.on('disconnect', () => process.exit(1));
  const dataSource = embeddedDataSource(await EmbeddedPostgres.start(scratch, { newCluster: 'here' }));
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    // A full disk is told apart, so that the parent can say so in one line (see disk-space.ts).
    process.exit(isStorageFull(error) ? EXIT_DISK_FULL : 1);
  },
);
