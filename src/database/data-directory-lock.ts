import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirectoryLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holderPid}. PGlite cannot be shared between ` +
        `processes (they would overwrite each other's changes): stop that process, use another DATA_DIR, ` +
        `or run several instances on a PostgreSQL server with DATABASE_URL.`,
    );
    this.name = 'DataDirectoryLockedError';
  }
}

/** The holder touches its lock file this often; a lock untouched for STALE_MS belongs to no live process. */
const HEARTBEAT_MS = 5_000;
const STALE_MS = 30_000;
/** Directories this process holds: a second open in the same process is refused too. */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive, process-wide lock on an embedded database directory: a lock file holding the owner's pid and
 * host, created with O_EXCL and touched every few seconds. A lock is taken over when its holder is gone: on
 * this host, a pid that no longer runs (or is our own pid, left by an earlier life of a container's pid 1);
 * from another host name (a container recreated), when it has not been touched for 30 seconds.
 */
export class DataDirectoryLock {
  private constructor(
    private readonly dir: string,
    private readonly path: string,
    private readonly heartbeat: NodeJS.Timeout,
  ) {}

  static acquire(dataDir: string): DataDirectoryLock {
    const path = join(dataDir, 'quayside.lock');
    const me = `${process.pid}\n${hostname()}\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (held.has(dataDir)) throw new DataDirectoryLockedError(dataDir, process.pid);
      try {
        const fd = openSync(path, 'wx', 0o600);
        try {
          writeSync(fd, me);
        } catch (error) {
          // A full disk: no half-written lock left behind for the next start to puzzle over.
          closeSync(fd);
          unlinkSync(path);
          throw error;
        }
        closeSync(fd);
        held.add(dataDir);
        const heartbeat = setInterval(() => touch(path), HEARTBEAT_MS);
        heartbeat.unref();
        return new DataDirectoryLock(dataDir, path, heartbeat);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const [pidText = '', host = ''] = readLockFile(path).split('\n');
      const pid = Number.parseInt(pidText, 10);
      const fresh = Date.now() - modifiedAt(path) < STALE_MS;
      const sameHost = host === '' || host === hostname();
      const holderRuns = sameHost ? pid !== process.pid && isAlive(pid) : fresh;
      if (Number.isInteger(pid) && pid > 0 && holderRuns) throw new DataDirectoryLockedError(dataDir, pid);
      // The holder is gone: remove its lock and try again (another starter may race us to it; O_EXCL decides).
      try {
        unlinkSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new Error(`Could not take the lock on ${dataDir}`);
  }

  release(): void {
    clearInterval(this.heartbeat);
    held.delete(this.dir);
    try {
      if (readLockFile(this.path).startsWith(`${process.pid}\n`)) unlinkSync(this.path);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // The directory went away; the next acquire will say so.
  }
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function readLockFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}
