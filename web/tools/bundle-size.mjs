// @ts-check
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

/**
 * `node web/tools/bundle-size.mjs [--json]`: the JavaScript and CSS, gzipped, that the sign-in page and the
 * board need (the entry, their lazy route chunks, and every chunk these import), from the last build's
 * manifest (web/dist/.vite/manifest.json). The budget is 450 KB; the browser tests check it.
 */
const web = join(import.meta.dirname, '..');
const dist = join(web, 'dist');
/** The pages a user meets first: their chunks are what "first load" costs. */
const PAGES = ['src/pages/sign-in/SignInPage.tsx', 'src/pages/board/BoardPage.tsx'];
export const BUDGET_BYTES = 450 * 1024;

/** @typedef {{ file: string, css?: string[], imports?: string[], isEntry?: boolean }} Chunk */

/** @param {string} file */
function gzipped(file) {
  const path = join(dist, file);
  // The build writes a level-9 .gz beside each asset (vite.config.mts); gzip it here if it is missing.
  return existsSync(`${path}.gz`)
    ? statSync(`${path}.gz`).size
    : gzipSync(readFileSync(path), { level: 9 }).length;
}

export function measure() {
  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const manifest = /** @type {Record<string, Chunk>} */ (parsed);
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  /** @type {Set<string>} */
  const files = new Set();
  /** @param {string} key */
  const add = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  for (const key of [...entries, ...PAGES]) {
    if (!manifest[key]) throw new Error(`${key} is not in the build's manifest`);
    add(key);
  }
  const sizes = [...files].map((file) => ({ file, gzip: gzipped(file) })).sort((a, b) => b.gzip - a.gzip);
  const total = sizes.reduce((sum, f) => sum + f.gzip, 0);
  return { pages: PAGES, files: sizes, totalBytes: total, budgetBytes: BUDGET_BYTES };
}

if (process.argv[1] === import.meta.filename) {
  const result = measure();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    for (const f of result.files)
      process.stdout.write(`${(f.gzip / 1024).toFixed(1).padStart(8)} KB  ${f.file}\n`);
    process.stdout.write(
      `${(result.totalBytes / 1024).toFixed(1).padStart(8)} KB  sign-in + board, gzipped (budget ${BUDGET_BYTES / 1024} KB)\n`,
    );
  }
}
