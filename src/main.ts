import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { AppModule } from './app.module';
import { configureApp, createFastifyAdapter, NEST_APP_OPTIONS } from './app.setup';
import { isDatabaseUnavailable } from './common/errors/error-body';
import { AppConfig, ConfigValidationError, loadConfig } from './config/app-config';
import { DataDirectoryLockedError } from './database/data-directory-lock';
import { fullDiskAtStart } from './database/disk-space';
import { UsersService } from './users/users.service';

let config: AppConfig | undefined;

async function bootstrap(): Promise<void> {
  config = loadConfig(process.env);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config),
    createFastifyAdapter(config),
    // A failed start reaches the catch below, which says why in one line: Nest neither exits on its own nor
    // prints what it buffered (its own account of the error, with a stack trace).
    { ...NEST_APP_OPTIONS, bufferLogs: true, autoFlushLogs: false, abortOnError: false },
  );
  configureApp(app);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  // What was logged until now (that it started, that it created the first admin) is printed once it listens.
  app.flushLogs();
  const users = app.get(UsersService);
  process.stdout.write(
    startBanner(config, app.getHttpServer().address() as AddressInfo, users.generatedAdmin),
  );
  users.generatedAdmin = undefined;
}

/**
 * Where the service is, in plain text among the JSON lines, for whoever just started it: the URL, the
 * database, the data directory and, on a first start with a generated password, how to log in.
 */
function startBanner(config: AppConfig, address: AddressInfo, admin: UsersService['generatedAdmin']): string {
  // A wildcard address is reachable on this machine as localhost.
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const database =
    config.database.kind === 'pglite'
      ? 'embedded PostgreSQL (PGlite), in the data directory'
      : `PostgreSQL server at ${serverOf(config.database.url)}`;
  const lines = [
    `Quayside is listening on ${url}`,
    `  API:            ${url}/api/v1 (OpenAPI page: ${url}/api/docs)`,
    `  database:       ${database}`,
    `  data directory: ${resolve(config.dataDir)}`,
  ];
  if (admin) {
    lines.push(
      `  first start: log in as ${admin.email} with the password ${admin.password}`,
      `  (shown this once: change it with POST /api/v1/auth/password)`,
    );
  }
  return `\n${lines.join('\n')}\n\n`;
}

/** host:port/database of a DATABASE_URL, without its user and password. */
function serverOf(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.host}${url.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** Why the start failed: one line for the causes an operator can act on, the stack trace for anything else. */
function bootFailure(error: unknown): string {
  const fullDisk = config ? fullDiskAtStart(error, config) : undefined;
  if (fullDisk) return fullDisk;
  if (!(error instanceof Error)) return String(error);
  const known =
    error instanceof ConfigValidationError ||
    error instanceof DataDirectoryLockedError ||
    isDatabaseUnavailable(error);
  return known ? error.message : (error.stack ?? error.message);
}

bootstrap().catch((error: unknown) => {
  // Boot failures (bad environment, database unreachable, data directory in use, disk full) end the process
  // non-zero.
  console.error(bootFailure(error));
  process.exit(1);
});
