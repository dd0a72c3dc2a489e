import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataDirectoryLock } from './data-directory-lock';
import { createClusterIfMissing } from './embedded-cluster';
import { embeddedInitdbParams, embeddedStartParams, useBaselineWasmCompiler } from './embedded-settings';

const SOCKET_PORT = 5432;

/**
 * The embedded database: PGlite (PostgreSQL compiled to WASM) persisted in `<dataDir>/pgdata`, served to
 * the ordinary `pg` driver over a private Unix socket. PGlite is a single session, so the pool in front of
 * it must hold exactly one connection: each transaction then has the session to itself, which is what
 * keeps concurrent transactions isolated (sharing the session, as typeorm-pglite does, loses updates and shows uncommitted rows: measured).
 */
export class EmbeddedPostgres {
  private constructor(
    readonly dataDir: string,
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
    private readonly lock: DataDirectoryLock,
  ) {}

  /** Connection settings for `pg` (and TypeORM's postgres driver) to reach this database. */
  get connection(): { host: string; port: number; username: string; database: string } {
    return { host: this.socketDir, port: SOCKET_PORT, username: 'postgres', database: 'postgres' };
  }

  /**
   * Opens the database in `dataDir`, creating and migrating it first if there is none: in a child process
   * (embedded-cluster.ts, for the memory), or with `newCluster: 'here'` in this process (that child).
   */
  static async start(
    dataDir: string,
    options: { newCluster?: 'child' | 'here' } = {},
  ): Promise<EmbeddedPostgres> {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const lock = DataDirectoryLock.acquire(dir);
    let db: PGlite | undefined;
    let socketDir: string | undefined;
    try {
      if (options.newCluster !== 'here') await createClusterIfMissing(dir);
      useBaselineWasmCompiler();
      db = await PGlite.create(join(dir, 'pgdata'), {
        startParams: embeddedStartParams(),
        initDbStartParams: embeddedInitdbParams(),
      });
      // A short path: Unix socket paths are limited to about 100 bytes. 0700, so only this user connects.
      socketDir = mkdtempSync(join(tmpdir(), 'quayside-pg-'));
      const server = new PGLiteSocketServer({ db, path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`) });
      await server.start();
      return new EmbeddedPostgres(dir, db, server, socketDir, lock);
    } catch (error) {
      await db?.close().catch(() => undefined);
      if (socketDir) rmSync(socketDir, { recursive: true, force: true });
      lock.release();
      throw error;
    }
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
      await this.db.close();
    } finally {
      rmSync(this.socketDir, { recursive: true, force: true });
      this.lock.release();
    }
  }
}
