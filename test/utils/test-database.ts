import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../../src/config/app-config';

/**
 * Per-test-file databases, each a copy of one database migrated once by the global setup:
 * - embedded (default): the migrated PGlite directory is copied to a new temporary directory;
 * - PostgreSQL (DATABASE_URL set): `CREATE DATABASE … TEMPLATE <db>_tpl`.
 */
export const TEMPLATE_ENV = 'QUAYSIDE_TEST_TEMPLATE';

export function serverUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && url.trim() !== '' ? url : undefined;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

export const templateName = (url: string): string => `${databaseName(url)}_tpl`;

/** Runs SQL on the server's maintenance connection (the database DATABASE_URL names). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  database: AppConfig['database'];
  /** The data directory (embedded) or the database URL (server). */
  location: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = serverUrl();
  if (url) {
    const name = `${databaseName(url)}_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `CREATE DATABASE "${name}" TEMPLATE "${templateName(url)}"`);
    const testUrl = withDatabase(url, name);
    return {
      database: { kind: 'postgres', url: testUrl, poolSize: 10 },
      location: testUrl,
      dispose: () => adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the tests through jest (global setup)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'quayside-test-'));
  cpSync(template, dataDir, { recursive: true });
  return {
    database: { kind: 'pglite', dataDir },
    location: dataDir,
    dispose: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  };
}
