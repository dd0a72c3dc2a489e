import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLock, DataDirectoryLockedError } from './data-directory-lock';

describe('DataDirectoryLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'quayside-lock-unit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const forge = (pid: number, host: string, ageMs = 0) => {
    const path = join(dir, 'quayside.lock');
    writeFileSync(path, `${pid}\n${host}\n`);
    const at = new Date(Date.now() - ageMs);
    utimesSync(path, at, at);
  };

  it('refuses a second holder in the same process, and frees the directory on release', () => {
    const lock = DataDirectoryLock.acquire(dir);
    expect(() => DataDirectoryLock.acquire(dir)).toThrow(DataDirectoryLockedError);
    lock.release();
    DataDirectoryLock.acquire(dir).release();
  });

  it('takes over the lock of a pid that no longer runs', () => {
    forge(2 ** 22 + 12345, hostname());
    DataDirectoryLock.acquire(dir).release();
  });

  it('takes over a lock with its own pid left by an earlier life (a container restarted as pid 1)', () => {
    forge(process.pid, hostname());
    DataDirectoryLock.acquire(dir).release();
  });

  it('refuses a fresh lock from another host, and takes over a stale one', () => {
    forge(1, 'other-host');
    expect(() => DataDirectoryLock.acquire(dir)).toThrow(DataDirectoryLockedError);
    forge(1, 'other-host', 60_000);
    DataDirectoryLock.acquire(dir).release();
  });
});
