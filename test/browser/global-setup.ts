import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import databaseSetup from '../utils/global-setup';

/** The console as the service will serve it (built only if its sources changed), then the template database. */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, ['web/tools/build-if-changed.mjs'], { cwd: root, stdio: 'inherit' });
  await databaseSetup();
}
