import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { AppModule } from '../../src/app.module';
import {
  createFastifyAdapter,
  createOpenApiDocument,
  NEST_APP_OPTIONS,
  setApiPrefix,
} from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import { renderApiTypes, SCHEMA_FILE } from './api-types';

/**
 * `npm run api:generate`: writes web/src/api/schema.d.ts from the service's OpenAPI document, built from the
 * app's modules in Nest's preview mode (no provider is created: no database, no secrets, a second or two).
 * The document is the one /api/docs-json serves (createOpenApiDocument); the drift test checks they agree.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'quayside-api-'));
  try {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.register(config),
      createFastifyAdapter(config),
      { ...NEST_APP_OPTIONS, preview: true, logger: false },
    );
    setApiPrefix(app);
    writeFileSync(SCHEMA_FILE, await renderApiTypes(createOpenApiDocument(app)));
    process.stdout.write(`wrote ${relative(process.cwd(), SCHEMA_FILE)}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
