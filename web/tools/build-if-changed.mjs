// @ts-check
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { sourcesHash, STAMP_FILE } from './sources.mjs';

/**
 * `npm start`'s first step (and the browser tests'): builds the console (vite build) when its sources changed
 * since the last build, which left their hash in web/dist/.build-stamp; otherwise does nothing. A build takes a
 * second or two. Builds take turns (a lock directory), since two at once would empty each other's output.
 */
const web = join(import.meta.dirname, '..');
const dist = join(web, 'dist');
const stamp = join(dist, STAMP_FILE);
const lock = join(web, '.build-lock');
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 5 * 60_000;

const upToDate = () =>
  existsSync(stamp) &&
  existsSync(join(dist, 'index.html')) &&
  readFileSync(stamp, 'utf8').trim() === sourcesHash(web);

if (upToDate()) process.exit(0);

for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - since > STALE_LOCK_MS) rmSync(lock, { force: true, recursive: true });
    await sleep(250);
  }
}
try {
  // Another build may have made this very one while we waited.
  if (!upToDate()) {
    process.stdout.write(existsSync(stamp) ? 'The console changed: building it\n' : 'Building the console\n');
    // A production build whatever NODE_ENV the caller runs under (Jest sets `test`): Vite would otherwise build
    // React's and Ant Design's development variants.
    process.env.NODE_ENV = 'production';
    const { build } = await import('vite');
    await build({ root: web, mode: 'production', logLevel: 'warn' });
  }
} finally {
  rmSync(lock, { force: true, recursive: true });
}
