import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';

/**
 * The token-signing secret: JWT_SECRET when set (required with a PostgreSQL server, shared by every
 * instance); otherwise, on the embedded database, one generated once and kept in DATA_DIR so tokens
 * survive a restart.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.jwt.secret) return config.jwt.secret;
  const dir = resolve(config.dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
