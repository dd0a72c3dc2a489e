// `npm run migration:run` / `migration:revert` / `migration:show`: the app's data source, no HTTP.
import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { connectDataSource, runMigrations } from './data-source';

async function main(command: string | undefined): Promise<void> {
  const dataSource = await connectDataSource(loadConfig(process.env).database);
  try {
    if (command === 'run') {
      const applied = await runMigrations(dataSource);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'all' });
      console.log('Reverted the last migration.');
    } else if (command === 'show') {
      const pending = await dataSource.showMigrations();
      console.log(pending ? 'There are pending migrations.' : 'The database is up to date.');
    } else {
      throw new Error('usage: migrate run|revert|show');
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
