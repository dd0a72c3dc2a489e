import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isStorageFull } from '../common/errors/error-body';
import type { AppConfig } from '../config/app-config';

/**
 * Below this many free bytes the disk counts as full. PGlite then cannot even start, and says only that it
 * "failed to initialize properly" (its file system's ENOSPC stays inside it), so the free space is what tells.
 */
const FULL_BELOW_BYTES = 1024 * 1024;

/** Free bytes for this process on the file system holding `path` (or its nearest existing parent). */
export function freeBytes(path: string): number | undefined {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    try {
      const stats = statfsSync(dir);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      if (dirname(dir) === dir) return undefined;
    }
  }
}

/**
 * When a start failed because a disk is full, the one line that says so, naming the data directory (or the
 * database server, whose disk we cannot see); undefined when it failed for another reason.
 */
export function fullDiskAtStart(
  error: unknown,
  config: Pick<AppConfig, 'database' | 'dataDir'>,
): string | undefined {
  const free = freeBytes(config.dataDir);
  const dataDirFull = free !== undefined && free < FULL_BELOW_BYTES;
  if (!isStorageFull(error) && !dataDirFull) return undefined;
  if (config.database.kind === 'postgres' && !dataDirFull)
    return 'Cannot start: the disk of the PostgreSQL server is full (disk_full); free some space there and start again';
  return (
    `Cannot start: the disk holding the data directory ${resolve(config.dataDir)} is full ` +
    `(${free ?? 'unknown'} bytes free); free some space and start again`
  );
}
