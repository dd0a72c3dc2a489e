import { PGlite } from '@electric-sql/pglite';
import { setFlagsFromString } from 'node:v8';

/**
 * PostgreSQL settings of the embedded database, added to PGlite's own start parameters (single-user mode,
 * no parallel workers, …). Given on every start as command-line settings, they win over the
 * postgresql.conf that initdb wrote, in new and existing data directories alike.
 *
 * shared_buffers: PGlite keeps PostgreSQL's shared memory in its WASM heap, where the 128 MB initdb chose
 * were resident from the start, and a WASM heap never shrinks. 16 MB holds the working set of the app many
 * times over; a page that does not fit is read back from the operating system's file cache.
 */
export const EMBEDDED_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
};

const asArguments = (): string[] =>
  Object.entries(EMBEDDED_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]);

/** PGlite's start parameters with EMBEDDED_SETTINGS added. */
export function embeddedStartParams(): string[] {
  return [...PGlite.defaultStartParams, ...asArguments()];
}

/**
 * initdb's arguments: it runs with EMBEDDED_SETTINGS too (its peak is lower by their difference) and writes
 * them into the new cluster's postgresql.conf.
 */
export function embeddedInitdbParams(): string[] {
  return asArguments();
}

/**
 * V8 compiles WASM functions with its baseline compiler (Liftoff) when they are first called, then again
 * with its optimising compiler (TurboFan) once they have run a while. For PostgreSQL's 9 MB of WASM the
 * second tier is 50-65 MB of memory that stays (code, and the compiler's own allocations), and on this
 * service's short queries it bought no speed (`bench:transitions`). Baseline code only, then: set before
 * PGlite compiles its module (the setting applies to modules compiled afterwards), for the whole process;
 * PGlite's is the only WASM module the service runs.
 */
export function useBaselineWasmCompiler(): void {
  setFlagsFromString('--liftoff-only');
}
