import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ClsModule } from 'nestjs-cls';
import { ApprovalsModule } from './approvals/approvals.module';
import { AuditModule } from './audit/audit.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { PapersModule } from './papers/papers.module';
import { BillingModule } from './billing/billing.module';
import { AuthModule } from './auth/auth.module';
import { CarriersModule } from './carriers/carriers.module';
import { FloorPricesModule } from './floor-prices/floor-prices.module';
import { FeesModule } from './fees/fees.module';
import { ClientsModule } from './clients/clients.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { ShipmentsModule } from './shipments/shipments.module';
import { StreamModule } from './stream/stream.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  /** The whole app for one validated configuration (main.ts passes the environment's, tests their own). */
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          exclude: [{ method: RequestMethod.ALL, path: 'health' }],
          pinoHttp: {
            level: config.logLevel,
            // Fastify assigned the id (the caller's x-correlation-id, or a new uuid): log under the same one,
            // as `correlationId` on every line of the request (quietReqLogger binds only that id to the lines
            // logged while it runs; the line at its end has the method, URL and status too).
            genReqId: (req) => (req as unknown as { id: string }).id,
            quietReqLogger: true,
            customAttributeKeys: { reqId: 'correlationId' },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            generateId: true,
            idGenerator: (req) => (req as unknown as { id: string }).id,
            // No proxy providers here; resolving them anyway costs a require() on every request.
            resolveProxyProviders: false,
          },
        }),
        DatabaseModule,
        NotificationsModule,
        DocumentsModule,
        AuthModule,
        AuditModule,
        UsersModule,
        ClientsModule,
        CarriersModule,
        FloorPricesModule,
        ShipmentsModule,
        AttachmentsModule,
        PapersModule,
        StreamModule,
        ApprovalsModule,
        BillingModule,
        FeesModule,
        IdempotencyModule,
        SchedulerModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
