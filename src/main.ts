import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp, createFastifyAdapter, NEST_APP_OPTIONS } from './app.setup';
import { isDatabaseUnavailable } from './common/errors/error-body';
import { AppConfig, ConfigValidationError, loadConfig } from './config/app-config';
import { DataDirectoryLockedError } from './database/data-directory-lock';
import { fullDiskAtStart } from './database/disk-space';

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
  // What was logged until now (that it started, the first admin's password) is printed once it listens.
  app.flushLogs();
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
