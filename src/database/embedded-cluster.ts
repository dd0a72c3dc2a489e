import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { extname, join } from 'node:path';

/** The child's exit code when the disk was full (ENOSPC's errno). */
export const EXIT_DISK_FULL = 28;

/** Scratch data directories of new clusters, inside the data directory. */
export const SCRATCH_PREFIX = '.new-database-';

/** Whether `pgdata` holds a database cluster (PostgreSQL refuses a directory without PG_VERSION). */
export function isInitialised(pgdata: string): boolean {
  return existsSync(join(pgdata, 'PG_VERSION'));
}

/**
 * Makes sure `<dataDir>/pgdata` holds a migrated database, creating one if it holds none. The caller holds
 * the data directory's lock, so no other start creates one at the same time.
 *
 * In a child process: PGlite runs initdb in a second WASM instance of PostgreSQL in the calling process and
 * keeps a copy of its heap; a WASM memory never shrinks, and what V8 compiles and optimises for initdb and
 * the migrations stays with the module. A first start in one process ended at twice the memory of a restart
 * (about 0.9 GB against 0.45 GB). In a child, all of that goes when the child exits.
 *
 * In a scratch directory, moved into place by one rename once the child has created and migrated it: a
 * start killed at any moment leaves either no `pgdata` or a whole, migrated one, never one that looks like a
 * database and is not one. What a killed start left is removed by the next, which begins again.
 */
export async function createClusterIfMissing(dataDir: string): Promise<void> {
  const pgdata = join(dataDir, 'pgdata');
  if (isInitialised(pgdata)) return;
  removeLeftovers(dataDir);
  const scratch = mkdtempSync(join(dataDir, SCRATCH_PREFIX));
  try {
    await runChild(scratch);
    const created = join(scratch, 'pgdata');
    if (!isInitialised(created)) throw new Error(`no database cluster was created in ${created}`);
    // On disk before it is renamed into place: after a power loss, `pgdata` is whole or absent.
    syncTree(created);
    // A `pgdata` without PG_VERSION is no database (an empty directory, or what an earlier version left when
    // it was killed while copying its new cluster in): PGlite would have written a new cluster over it too.
    rmSync(pgdata, { recursive: true, force: true });
    renameSync(created, pgdata);
    syncPath(dataDir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Scratch directories of starts that were killed while they created the database. */
function removeLeftovers(dataDir: string): void {
  for (const entry of readdirSync(dataDir)) {
    if (!entry.startsWith(SCRATCH_PREFIX)) continue;
    try {
      rmSync(join(dataDir, entry), { recursive: true, force: true });
    } catch {
      // Still being written by the child of a killed start, which exits as soon as it notices; whatever is
      // left is removed by the next start.
    }
  }
}

/**
 * Runs embedded-cluster-process on `scratch`: from the build, a .js file next to this one; from the sources
 * (tests, benchmarks), the .ts file, compiled on the fly as this process was. Fails with the child's stderr.
 */
function runChild(scratch: string): Promise<void> {
  const ext = extname(__filename);
  const script = join(__dirname, `embedded-cluster-process${ext}`);
  const compile = ext === '.ts' ? ['-r', require.resolve('@swc-node/register')] : [];
  const child = spawn(process.execPath, [...compile, script, scratch], {
    // The IPC channel is how the child notices that this process was killed (it then stops).
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      if (code === EXIT_DISK_FULL)
        return reject(
          Object.assign(new Error('Could not create the embedded database: no space left on device'), {
            code: 'ENOSPC',
          }),
        );
      const why = signal
        ? // What a memory limit below a first start's peak does (README, "Memory to plan for").
          `the process creating it was killed (${signal}; out of memory?)`
        : stderr.trim() || `it exited with ${code}`;
      reject(new Error(`Could not create the embedded database: ${why}`));
    });
  });
}

/** fsync every file and directory under `root`. */
function syncTree(root: string): void {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) syncTree(path);
    else if (entry.isFile()) syncPath(path);
  }
  syncPath(root);
}

function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
