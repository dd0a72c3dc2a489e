import { Logger } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, cpSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { queryPrepared } from '../src/common/database/prepared';
import { createCarrier, createClient } from './factories/master-data';
import { containerNumber, shipmentBody } from './factories/shipments';
import { book, act, actOnContainer, shipmentAt } from './utils/flow';
import { freePort, start, waitFor, type Run } from './utils/main-process';
import { createTestApp, type TestApp } from './utils/test-app';
import { serverUrl, TEMPLATE_ENV, type TestDatabase } from './utils/test-database';
import { bearer } from './utils/http';

/**
 * Issue 11, "Critical": on the embedded database one refused statement broke the service until a restart.
 * PGlite is one session behind the socket; when the pool destroyed a client after an ordinary SQL error, the
 * next connection landed on the same session, which still held every named prepared statement, while the new
 * client believed it had none: every later write failed with `prepared statement "quayside_N" already exists`.
 * Each trigger seen is replayed here, and each must leave the service exactly as it was (docs/security.md,
 * "Issue 11: the embedded database's session and storage").
 */

// A type, not an interface: it then fits the factories' open body types.
type Fixtures = { clientId: string; carrierId: string };

/** A normal booking, then an action written in a transaction and one written alone: all must succeed. */
async function bookAndAct(t: TestApp, f: Fixtures): Promise<void> {
  const op = await t.tokenFor('operator');
  const created = await book(t, op, shipmentBody({ ...f }));
  expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
  const id = created.body.id as string;
  const confirmed = await act(t, op, id, 'confirm-booking');
  expect({ status: confirmed.status, body: confirmed.body }).toMatchObject({ status: 200 });
  const requested = await act(t, op, id, 'request-space');
  expect({ status: requested.status, body: requested.body }).toMatchObject({
    status: 200,
    body: { status: 'space_requested' },
  });
  const health = await t.http().get('/health');
  expect({ status: health.status, body: health.body }).toMatchObject({ status: 200, body: { status: 'ok' } });
}

function poolOf(t: TestApp): Pool {
  return (t.dataSource.driver as PostgresDriver).master as Pool;
}

describe('a refused or failed statement leaves the service as it was (both databases)', () => {
  // One app each, so that each trigger is seen on its own.
  let t: TestApp;
  let f: Fixtures;
  beforeEach(async () => {
    t = await createTestApp();
    f = { clientId: (await createClient(t)).id, carrierId: (await createCarrier(t)).id };
    await bookAndAct(t, f);
  });
  afterEach(() => t.close());

  it('refuses a cancel whose reason holds a lone surrogate (400, nothing written), then books and acts', async () => {
    const op = await t.tokenFor('operator');
    const s = await shipmentAt(t, 'booking_confirmed', f);
    const before = await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer).expect(200);
    // Raw JSON: a client that cut an emoji in half sends the escape of its first half alone.
    const res = await t
      .http()
      .post(`/api/v1/shipments/${s.id}/actions/cancel`)
      .auth(op, bearer)
      .set('content-type', 'application/json')
      .send('{"reason":"client withdrew \\ud83d"}');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ field: 'reason' })] },
    });
    const after = await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer).expect(200);
    expect(after.body).toMatchObject({ status: 'booking_confirmed', version: before.body.version });
    await bookAndAct(t, f);
  });

  it('two operators picking up one container number on two shipments at once: one 200, one 409, then books and acts', async () => {
    const op = await t.tokenFor('operator');
    // Observed, not replaced: the filter's log lines still go where they go.
    const warn = jest.spyOn(Logger.prototype, 'warn');
    let metTheIndex = 0;
    for (let round = 0; round < 6; round++) {
      const [a, b] = await Promise.all([
        shipmentAt(t, 'so_released', { ...f, containers: [{ type: '40HC', quantity: 1 }] }),
        shipmentAt(t, 'so_released', { ...f, containers: [{ type: '40HC', quantity: 1 }] }),
      ]);
      const box = containerNumber();
      const answers = await Promise.all(
        [a, b].map((s, i) =>
          actOnContainer(t, op, s.id, s.containers[0]!.id, 'pickup', {
            containerNumber: box,
            sealNumber: `SL${round}${i}`,
          }),
        ),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = answers.find((r) => r.status === 409)!;
      expect(loser.body).toMatchObject({
        code: 'CONFLICT',
        details: { fields: [expect.objectContaining({ field: 'containerNumber' })] },
      });
      // The pre-check names the other shipment; only the unique index answers without it.
      if (!/another active shipment/.test(loser.body.message as string)) {
        metTheIndex++;
        // The database's refusal became a 409: its cause is logged under the request's correlation id.
        expect(warn).toHaveBeenCalledWith(
          expect.objectContaining({
            correlationId: loser.body.correlationId,
            err: expect.objectContaining({ driverError: expect.objectContaining({ code: '23505' }) }),
          }),
          expect.any(String),
        );
      }
      await bookAndAct(t, f);
    }
    warn.mockRestore();
    // The race is real: at least once the loser passed the pre-check and met the unique index.
    expect(metTheIndex).toBeGreaterThan(0);
  });

  it('keeps its connection after an ordinary SQL error through the pool, then books and acts', async () => {
    const pool = poolOf(t);
    let removed = 0;
    const onRemove = (): void => void removed++;
    pool.on('remove', onRemove);
    try {
      for (const sql of ['SELECT 1 / $1::int AS x', 'SELECT $1::int AS x']) {
        await expect(queryPrepared(t.dataSource.manager, sql, [sql.includes('/') ? 0 : 'x'])).rejects.toThrow(
          QueryFailedError,
        );
      }
      await expect(
        t.dataSource.transaction((em) => queryPrepared(em, 'SELECT 1 / $1::int AS y', [0])),
      ).rejects.toThrow(QueryFailedError);
      expect(removed).toBe(0);
    } finally {
      pool.off('remove', onRemove);
    }
    await bookAndAct(t, f);
  });

  it('answers 503 on /health while the session and the client disagree, and heals by itself', async () => {
    await t.http().get('/health').expect(200);
    // The state the bug left behind: the session holds the statements, the client believes it has none.
    // The connection given back last is the next one lent.
    const client = await poolOf(t).connect();
    (client as unknown as { connection: { parsedStatements: object } }).connection.parsedStatements = {};
    client.release();
    const unhealthy = await t.http().get('/health');
    expect({ status: unhealthy.status, body: unhealthy.body }).toMatchObject({
      status: 503,
      body: { code: 'DATABASE_UNAVAILABLE' },
    });
    // Meeting the disagreement gave the connection back as broken: a new one starts from a clean session.
    let healthy = await t.http().get('/health');
    for (let i = 0; i < 10 && healthy.status !== 200; i++) healthy = await t.http().get('/health');
    expect(healthy.status).toBe(200);
    await bookAndAct(t, f);
  });
});

/**
 * Why the disk-full tests cannot run here, if they cannot: they need the embedded database and a real small
 * file system to fill, a tmpfs, which only root (or a user allowed to mount) can mount.
 */
function diskFullUnsupported(): string | undefined {
  if (serverUrl()) return 'PGlite only: skipped on PostgreSQL';
  const probe = mkdtempSync(join(tmpdir(), 'quayside-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `cannot mount a tmpfs here (${String((error as Error).message).split('\n')[0]}): run as root`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** A small real file system with a copy of the migrated test database on it, that the test can fill. */
class SmallDisk {
  readonly dataDir: string;
  private readonly fills: string[] = [];
  private constructor(readonly mountPoint: string) {
    this.dataDir = join(mountPoint, 'data');
  }

  static create(sizeMb: number): SmallDisk {
    const disk = new SmallDisk(mkdtempSync(join(tmpdir(), 'quayside-disk-')));
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', disk.mountPoint]);
    const template = process.env[TEMPLATE_ENV];
    if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the tests through jest (global setup)`);
    cpSync(template, disk.dataDir, { recursive: true });
    return disk;
  }

  get database(): TestDatabase {
    return {
      database: { kind: 'pglite', dataDir: this.dataDir },
      location: this.dataDir,
      dispose: async () => {},
    };
  }

  free(): number {
    const stats = statfsSync(this.mountPoint);
    return Number(stats.bavail) * Number(stats.bsize);
  }

  /** Fills the disk with a file, leaving `leave` bytes free. */
  fill(leave = 0): void {
    const path = join(this.mountPoint, `fill-${this.fills.length}`);
    this.fills.push(path);
    const size = Math.max(0, this.free() - leave);
    const chunk = Buffer.alloc(1024 * 1024);
    let written = 0;
    const fd = openSync(path, 'w');
    try {
      while (written < size) written += writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    } finally {
      closeSync(fd);
    }
  }

  /** Frees what `fill` took. */
  unfill(): void {
    for (const path of this.fills.splice(0)) rmSync(path, { force: true });
  }

  remove(): void {
    this.unfill();
    execFileSync('umount', [this.mountPoint]);
    rmSync(this.mountPoint, { recursive: true, force: true });
  }
}

const diskFullSkip = diskFullUnsupported();
if (diskFullSkip) console.warn(`embedded-session: the disk-full tests are SKIPPED: ${diskFullSkip}`);
const describeDiskFull = diskFullSkip ? describe.skip : describe;

describeDiskFull(
  `a full disk under the embedded database${diskFullSkip ? ` (SKIPPED: ${diskFullSkip})` : ''}`,
  () => {
    it('answers writes 503 STORAGE_FULL while the disk is full, reads as ever, and heals by itself once space is freed', async () => {
      const disk = SmallDisk.create(64);
      let t: TestApp | undefined;
      try {
        t = await createTestApp({}, disk.database);
        const app = t;
        const f: Fixtures = {
          clientId: (await createClient(app)).id,
          carrierId: (await createCarrier(app)).id,
        };
        await bookAndAct(app, f);
        const op = await app.tokenFor('operator');
        // Shipments to write alone through the pool (request-space, cancel) while the disk is full: the trigger
        // seen. A long reason that does not compress makes each cancel need room the full disk does not have.
        const waiting = await Promise.all(
          Array.from({ length: 10 }, () => shipmentAt(app, 'booking_confirmed', f)),
        );
        const reason = (): string => randomBytes(375).toString('base64');

        disk.fill();
        const answers: { what: string; status: number; code?: string }[] = [];
        const record = (what: string, res: { status: number; body: { code?: string } }): void =>
          void answers.push({ what, status: res.status, code: res.body.code });
        for (const s of waiting) {
          record('request-space', await act(app, op, s.id, 'request-space'));
          record('cancel', await act(app, op, s.id, 'cancel', { reason: reason() }));
          record('booking', await book(app, op, shipmentBody(f)));
        }
        // Whatever still fitted was written; everything else is a 503 that says why, never a 500.
        const refused = answers.filter((a) => a.status !== 200 && a.status !== 201);
        expect(refused).toEqual(refused.map((a) => ({ ...a, status: 503, code: 'STORAGE_FULL' })));
        expect(refused.filter((a) => a.what !== 'booking').length).toBeGreaterThan(0);
        // Reading needs no space.
        await app.http().get('/api/v1/shipments').auth(op, bearer).expect(200);

        disk.unfill();
        // No restart: the next requests find the service as it was before the disk filled.
        await bookAndAct(app, f);
        for (const s of waiting) {
          const res = await act(app, op, s.id, 'cancel', { reason: reason() });
          // Cancelled now, or already while the disk was full.
          expect([200, 409]).toContain(res.status);
        }
        await bookAndAct(app, f);
      } finally {
        disk.unfill();
        await t?.close();
        disk.remove();
      }
    });

    it('refuses to start on a full disk with one line naming the data directory, and starts once space is freed', async () => {
      const disk = SmallDisk.create(64);
      const env = {
        DATA_DIR: disk.dataDir,
        HOST: '127.0.0.1',
        JWT_SECRET: 'boot-secret-boot-secret-boot-secret-0123456789',
        ADMIN_EMAIL: 'admin@quayside.test',
        ADMIN_PASSWORD: 'admin-pass-123',
      };
      let run: Run | undefined;
      try {
        // Full to the last byte (the lock file cannot be written), and with a page left (PGlite cannot start).
        for (const leave of [0, 4096]) {
          disk.fill(leave);
          run = start({ ...env, PORT: String(await freePort()) });
          expect(await run.exited).toBe(1);
          const lines = run.output().trim().split('\n');
          expect(lines).toHaveLength(1);
          expect(lines[0]).toBe(
            `Cannot start: the disk holding the data directory ${disk.dataDir} is full ` +
              `(${/\((\d+) bytes free\)/.exec(lines[0]!)?.[1]} bytes free); free some space and start again`,
          );
          expect(Number(/\((\d+) bytes free\)/.exec(lines[0]!)?.[1])).toBeLessThan(1024 * 1024);
          disk.unfill();
        }
        const port = await freePort();
        run = start({ ...env, PORT: String(port) });
        await waitFor(run, /successfully started/);
        const health = await fetch(`http://127.0.0.1:${port}/health`);
        expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
        run.child.kill('SIGTERM');
        await run.exited;
      } finally {
        if (run && run.child.exitCode === null) {
          run.child.kill('SIGKILL');
          await run.exited;
        }
        disk.remove();
      }
    });
  },
);
