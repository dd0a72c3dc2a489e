import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp, createFastifyAdapter, NEST_APP_OPTIONS } from './app.setup';
import { ConfigValidationError, loadConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config),
    createFastifyAdapter(config),
    { ...NEST_APP_OPTIONS, bufferLogs: true },
  );
  configureApp(app);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
}

bootstrap().catch((error: unknown) => {
  // Boot failures (bad environment, database unreachable, data directory in use) end the process non-zero.
  console.error(error instanceof ConfigValidationError || error instanceof Error ? error.message : error);
  process.exit(1);
});
