import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDataSource, runMigrations } from '../../src/database/data-source';
import { adminQuery, serverUrl, TEMPLATE_ENV, templateName, withDatabase } from './test-database';

/** Migrates one template database; every test file then starts from a copy of it. */
export default async function globalSetup(): Promise<void> {
  const url = serverUrl();
  if (url) {
    const template = templateName(url);
    await adminQuery(url, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await adminQuery(url, `CREATE DATABASE "${template}"`);
    const dataSource = await connectDataSource({
      kind: 'postgres',
      url: withDatabase(url, template),
      poolSize: 1,
    });
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'quayside-template-'));
  const dataSource = await connectDataSource({ kind: 'pglite', dataDir: dir });
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEMPLATE_ENV] = dir;
}
