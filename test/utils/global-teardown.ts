import { rmSync } from 'node:fs';
import { adminQuery, serverUrl, TEMPLATE_ENV, templateName } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const url = serverUrl();
  if (url) {
    await adminQuery(url, `DROP DATABASE IF EXISTS "${templateName(url)}" WITH (FORCE)`);
    return;
  }
  const dir = process.env[TEMPLATE_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
