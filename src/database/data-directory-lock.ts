import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive, process-wide lock on an embedded database directory: a lock file holding the owner's pid,
 * created with O_EXCL. A lock left by a process that died (kill -9, power loss) is taken over, since its
 * pid no longer runs on this host.
 */
export class DataDirectoryLock {
  private constructor(private readonly path: string) {}

  static acquire(dataDir: string): DataDirectoryLock {
    const path = join(dataDir, 'quayside.lock');
    const me = `${process.pid}\n${hostname()}\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(path, 'wx', 0o600);
        writeSync(fd, me);
        closeSync(fd);
        return new DataDirectoryLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const [pidText = '', host = ''] = readLockFile(path).split('\n');
      const pid = Number.parseInt(pidText, 10);
      const sameHost = host === '' || host === hostname();
      if (Number.isInteger(pid) && pid > 0 && (!sameHost || isAlive(pid))) {
        throw new DataDirectoryLockedError(dataDir, pid);
      }
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
    try {
      if (readLockFile(this.path).startsWith(`${process.pid}\n`)) unlinkSync(this.path);
    } catch {
      // Already gone: nothing to release.
    }
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
