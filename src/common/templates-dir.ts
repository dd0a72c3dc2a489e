import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let found: string | undefined;

/** The repository's templates/ folder, found upward from this file (src/ under swc, dist/src/ when built). */
export function templatesDir(): string {
  if (found) return found;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'emails'))) return (found = candidate);
    if (dirname(dir) === dir) throw new Error(`templates/ not found above ${__dirname}`);
  }
}
