import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { ScopeService } from './scope.service';

const loginEmail = (req: Record<string, unknown>): string => {
  const body = (req as unknown as FastifyRequest).body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
};

@Global()
@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: resolveJwtSecret(config),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    // Login attempts: limited per client address and, separately, per account (a guesser spreading
    // over many addresses still hits the account limit).
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        { name: 'address', ttl: config.loginRate.windowSeconds * 1000, limit: config.loginRate.limit },
        {
          name: 'account',
          ttl: config.loginRate.windowSeconds * 1000,
          limit: config.loginRate.limit,
          getTracker: loginEmail,
        },
      ],
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, RequestContext, ScopeService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, RequestContext, ScopeService],
})
export class AuthModule {}
