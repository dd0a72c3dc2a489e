import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { AppConfig } from '../src/config/app-config';
import { connectDataSource, runMigrations, type DatabaseKind } from '../src/database/data-source';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';
import { adminQuery, databaseName, serverUrl, withDatabase } from '../test/utils/test-database';

/** A raw `pg` pool on the benchmark's database, and how to let it go. */
export interface RawPool {
  pool: Pool;
  max: number;
  close(): Promise<void>;
}

/**
 * The benchmark's own database, fresh and migrated (the approach of test/utils/test-database.ts):
 * - embedded (default): a new temporary PGlite data directory, removed at the end;
 * - PostgreSQL (DATABASE_URL set): a new database `<db>_bench_<random>` on that server, dropped at the end.
 */
export interface BenchDatabase {
  kind: DatabaseKind;
  /** The data directory or the database URL. */
  location: string;
  /**
   * The app's DATA_DIR, temporary and removed at the end (PGlite: the database's own directory). The app
   * keeps files there (its file outbox of e-mails, generated secrets): never the repository's ./data.
   */
  dataDir: string;
  /** The app's database settings; `poolSize` only applies to PostgreSQL (PGlite is one session). */
  config(poolSize: number): AppConfig['database'];
  /**
   * A raw pool for the floor measurement. PGlite: the embedded database is opened again on the same
   * directory (the app must be closed first: one process, one session) with a pool of one.
   */
  rawPool(max: number): Promise<RawPool>;
  dispose(): Promise<void>;
}

/**
 * An idle pooled connection that errors must not end the process (pg emits 'error' on the pool). Once the
 * pool is closing, its connections may still be shutting down when the database is dropped: not news.
 */
function watchIdleErrors(pool: Pool): { now: boolean } {
  const closing = { now: false };
  pool.on('error', (error) => {
    if (!closing.now) console.error(`raw pool: idle connection lost: ${error.message}`);
  });
  return closing;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const url = serverUrl();
  return url ? createServerDatabase(url) : createEmbeddedDatabase();
}

async function createServerDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `${databaseName(serverUrl)}_bench_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl, name);
  const dataDir = mkdtempSync(join(tmpdir(), 'quayside-bench-'));
  const dispose = async (): Promise<void> => {
    try {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const dataSource = await connectDataSource({ kind: 'postgres', url, poolSize: 1 });
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    await dispose().catch(() => undefined);
    throw error;
  }
  return {
    kind: 'postgres',
    location: url,
    dataDir,
    config: (poolSize) => ({ kind: 'postgres', url, poolSize }),
    rawPool: (max) => {
      const pool = new Pool({ connectionString: url, max, application_name: 'quayside-bench' });
      const closing = watchIdleErrors(pool);
      return Promise.resolve({
        pool,
        max,
        close: () => {
          closing.now = true;
          return pool.end();
        },
      });
    },
    dispose,
  };
}

async function createEmbeddedDatabase(): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'quayside-bench-'));
  const dispose = (): Promise<void> => Promise.resolve(rmSync(dataDir, { recursive: true, force: true }));
  try {
    const dataSource = await connectDataSource({ kind: 'pglite', dataDir });
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    kind: 'pglite',
    location: dataDir,
    dataDir,
    config: () => ({ kind: 'pglite', dataDir }),
    rawPool: async () => {
      const embedded = await EmbeddedPostgres.start(dataDir);
      const { host, port, username, database } = embedded.connection;
      // PGlite is a single session: one connection, each transaction has it to itself.
      const pool = new Pool({ host, port, user: username, database, max: 1, idleTimeoutMillis: 0 });
      const closing = watchIdleErrors(pool);
      return {
        pool,
        max: 1,
        close: async () => {
          closing.now = true;
          try {
            await pool.end();
          } finally {
            await embedded.stop();
          }
        },
      };
    },
    dispose,
  };
}
