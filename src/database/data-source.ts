import { Client, type ClientConfig } from 'pg';
import { DataSource, DataSourceOptions, MigrationExecutor } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type DatabaseKind = 'pglite' | 'postgres';

/** A data source's deadline for queries, shared by every connection of its pool (see FailFastClient). */
export interface QueryDeadline {
  /** Milliseconds a query may go unanswered; 0 for no limit. */
  ms: number;
}

/** A DataSource that also owns the embedded database behind it, if any, and stops it on destroy. */
export class QuaysideDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    readonly kind: DatabaseKind,
    private readonly embedded?: EmbeddedPostgres,
    private readonly deadline?: QueryDeadline,
  ) {
    super(options);
  }

  /**
   * Runs work with no query deadline: migrations, where a big index may take minutes and an instance waits
   * for another's migration lock. The whole pool is concerned, so only while nothing else runs (at boot, or
   * from the migration CLI).
   */
  async withoutQueryDeadline<T>(work: () => Promise<T>): Promise<T> {
    if (!this.deadline) return work();
    const ms = this.deadline.ms;
    this.deadline.ms = 0;
    try {
      return await work();
    } finally {
      this.deadline.ms = ms;
    }
  }

  override undoLastMigration(options?: Parameters<DataSource['undoLastMigration']>[0]): Promise<void> {
    return this.withoutQueryDeadline(() => super.undoLastMigration(options));
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
 * On a PostgreSQL server, every wait for the database has a deadline, so that a server that is gone costs a
 * request seconds, not forever (docs/operations.md, "When the database goes away"). A stopped server
 * refuses at once; a dead network answers nothing, and only these notice:
 * - CONNECT_TIMEOUT_MS: getting a connection from the pool, whether it waits for a free one or opens one
 *   (pg-pool has one timer for both, so it stays at 5 s: at 3 s, 200 requests at once queueing on one
 *   counter row were partly refused);
 * - QUERY_TIMEOUT_MS: a query unanswered this long fails, and its connection is closed (FailFastClient).
 * Migrations are exempt from the second (QuaysideDataSource.withoutQueryDeadline).
 */
export const CONNECT_TIMEOUT_MS = 5_000;
export const QUERY_TIMEOUT_MS = 5_000;
const QUERY_TIMEOUT_MESSAGE = 'Query read timeout'; // pg's error when a query's query_timeout runs out

/**
 * pg's Client, with two changes. Each query gets the data source's deadline (pg's `query_timeout`, set per
 * query from `queryDeadline`, a pool option shared by every connection, so that migrations can lift it). And
 * when a query misses it, the connection is closed: pg alone fails the query but keeps the socket, with the
 * unanswered query still in front of everything sent after it (the ROLLBACK that follows, then whatever
 * request the pool lends the connection to next), so on a dead network every later query on it would wait
 * out its own deadline too. Closed, what is queued on it fails at once and the pool discards it.
 */
export class FailFastClient extends Client {
  constructor(config: ClientConfig & { queryDeadline?: QueryDeadline } = {}) {
    super(config);
    const deadline = config.queryDeadline ?? { ms: QUERY_TIMEOUT_MS };
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const withDeadline = (text: unknown): unknown => {
      if (!deadline.ms) return text;
      if (typeof text === 'string') return { text, query_timeout: deadline.ms };
      // A query object; a cursor or a stream (`submit`) is passed on as it is, without a deadline.
      if (text && typeof text === 'object' && !('submit' in text))
        return { query_timeout: deadline.ms, ...text };
      return text;
    };
    const closeOnTimeout = (error: unknown): void => {
      if (error instanceof Error && error.message === QUERY_TIMEOUT_MESSAGE) void this.end();
    };
    // TypeORM calls query(text, values) for a promise; the callback forms are handled too.
    this.query = ((text: unknown, ...rest: unknown[]) => {
      const last = rest.at(-1);
      if (typeof last === 'function') {
        rest[rest.length - 1] = (error: unknown, result: unknown) => {
          closeOnTimeout(error);
          (last as (e: unknown, r: unknown) => void)(error, result);
        };
        return query(withDeadline(text), ...rest);
      }
      const result = query(withDeadline(text), ...rest);
      if (result instanceof Promise) result.catch(closeOnTimeout);
      return result;
    }) as Client['query'];
  }
}

/** What the data sources have in common, on either database. */
function commonOptions() {
  return {
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
}

/**
 * Builds the one data source used by the app, the migration CLI and the tests (not yet connected; the
 * embedded database, when used, is started). PGlite: one pooled connection (it is a single session).
 * PostgreSQL: DATABASE_POOL_SIZE connections.
 */
export async function createDataSource(database: AppConfig['database']): Promise<QuaysideDataSource> {
  if (database.kind === 'postgres') {
    // DATABASE_TIMEOUT_MS sets both deadlines (default 5 s).
    const deadline: QueryDeadline = { ms: database.timeoutMs ?? QUERY_TIMEOUT_MS };
    return new QuaysideDataSource(
      {
        ...commonOptions(),
        url: database.url,
        poolSize: database.poolSize,
        connectTimeoutMS: database.timeoutMs ?? CONNECT_TIMEOUT_MS,
        // pg-pool hands its options to each new Client: the class, and the deadline they share. No JIT: the
        // service's statements are short, and PostgreSQL compiles one whose estimated cost passes its
        // thresholds (an aging report at a million shipments) for longer than the statement then runs, on
        // every execution (docs/performance.md).
        extra: {
          idleTimeoutMillis: 30_000,
          Client: FailFastClient,
          queryDeadline: deadline,
          options: '-c jit=off',
        },
      },
      'postgres',
      undefined,
      deadline,
    );
  }
  return embeddedDataSource(await EmbeddedPostgres.start(database.dataDir));
}

/** The data source in front of a started embedded database (not yet connected), which it stops on destroy. */
export function embeddedDataSource(embedded: EmbeddedPostgres): QuaysideDataSource {
  return new QuaysideDataSource(
    {
      ...commonOptions(),
      ...embedded.connection,
      poolSize: 1,
      // Waiting for the single session includes waiting for other transactions to finish.
      connectTimeoutMS: 60_000,
      // Every connection is the same single session, which outlives the client that used it: prepared
      // statements, settings, advisory locks and temporary tables of a closed client are still there, unknown
      // to the new one (its first `Parse` of a name the old one prepared failed, docs/security.md "Issue 11").
      // A new connection starts from a clean session, as a new connection to PostgreSQL does. (A transaction
      // the closed client left open has already been rolled back by the socket server when it let go of it.)
      extra: { idleTimeoutMillis: 0, onConnect: (client: Client) => client.query('DISCARD ALL') },
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
 * starting together on one PostgreSQL take turns instead of racing, with no query deadline (a migration may
 * rightly take minutes). Returns the names applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  if (dataSource instanceof QuaysideDataSource)
    return dataSource.withoutQueryDeadline(() => migrate(dataSource));
  return migrate(dataSource);
}

async function migrate(dataSource: DataSource): Promise<string[]> {
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
