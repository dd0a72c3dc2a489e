// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * What a build of the console is made of: web/'s sources and configuration, and the installed versions
 * (package-lock.json). `npm start` rebuilds when their hash differs from the one the last build left in
 * web/dist/.build-stamp (tools/build-if-changed.mjs). Plain JavaScript, so `npm start` runs it at once.
 */
export const STAMP_FILE = '.build-stamp';

const INPUTS = [
  'index.html',
  'vite.config.mts',
  'tsconfig.json',
  'src',
  'public',
  'tools/sources.mjs',
  // Service code the console bundles as it is (the ports list, the tax id check).
  '../src/common/ports',
  '../src/clients/domain/tax-id.ts',
  '../package-lock.json',
];

/**
 * The files of an input (itself, or every file under it), as paths relative to `web`.
 * @param {string} web
 * @param {string} input
 * @returns {string[]}
 */
function filesOf(web, input) {
  const full = join(web, input);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [input];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(web, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * sha256 over each input file's path and content, in path order.
 * @param {string} web the console's folder
 * @returns {string}
 */
export function sourcesHash(web) {
  const hash = createHash('sha256');
  for (const path of INPUTS.flatMap((input) => filesOf(web, input)).sort()) {
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(web, path)))
      .update('\0');
  }
  return hash.digest('hex');
}
