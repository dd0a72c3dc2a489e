import { DataSource, DataSourceOptions, MigrationExecutor } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type DatabaseKind = 'pglite' | 'postgres';

/** A DataSource that also owns the embedded database behind it, if any, and stops it on destroy. */
export class QuaysideDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    readonly kind: DatabaseKind,
    private readonly embedded?: EmbeddedPostgres,
  ) {
    super(options);
  }

  override async destroy(): Promise<void> {
    try {
      if (this.isInitialized) await super.destroy();
    } finally {
      await this.embedded?.stop();
    }
  }
}

const MIGRATION_LOCK_KEY = 7_113_017_001; // any constant: serialises migration runs across instances

/**
 * Builds the one data source used by the app, the migration CLI and the tests (not yet connected; the
 * embedded database, when used, is started). PGlite: one pooled connection (it is a single session).
 * PostgreSQL: DATABASE_POOL_SIZE connections.
 */
export async function createDataSource(database: AppConfig['database']): Promise<QuaysideDataSource> {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() exists on both PostgreSQL 13+ and PGlite; uuid-ossp does not exist in PGlite.
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    applicationName: 'quayside',
  };
  if (database.kind === 'postgres') {
    return new QuaysideDataSource(
      {
        ...common,
        url: database.url,
        poolSize: database.poolSize,
        connectTimeoutMS: 5_000,
        extra: { idleTimeoutMillis: 30_000 },
      },
      'postgres',
    );
  }
  const embedded = await EmbeddedPostgres.start(database.dataDir);
  return new QuaysideDataSource(
    {
      ...common,
      ...embedded.connection,
      poolSize: 1,
      // Waiting for the single session includes waiting for other transactions to finish.
      connectTimeoutMS: 60_000,
      extra: { idleTimeoutMillis: 0 },
    },
    'pglite',
    embedded,
  );
}

/** The data source, connected. */
export async function connectDataSource(database: AppConfig['database']): Promise<QuaysideDataSource> {
  const dataSource = await createDataSource(database);
  try {
    await dataSource.initialize();
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}

/**
 * Applies pending migrations, all in one transaction, holding an advisory lock so that instances
 * starting together on one PostgreSQL take turns instead of racing. Returns the names applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'all';
      const applied = await executor.executePendingMigrations();
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
