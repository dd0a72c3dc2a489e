import { Module } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DataDirectoryLockedError } from './data-directory-lock';
import { connectDataSource, runMigrations } from './data-source';

type Options = TypeOrmModuleOptions & { quayside: AppConfig['database'] };

/** The one data source of the app, migrated before the app serves anything. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Options => ({
        type: 'postgres',
        quayside: config.database,
        // A server that is still starting is worth waiting for; a data directory held by another process is not.
        retryAttempts: config.database.kind === 'postgres' ? 5 : 0,
        retryDelay: 2000,
        toRetry: (error) => !(error instanceof DataDirectoryLockedError),
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await connectDataSource((options as Options).quayside);
        try {
          await runMigrations(dataSource);
        } catch (error) {
          await dataSource.destroy();
          throw error;
        }
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
