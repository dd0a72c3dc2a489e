import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommitMarkSubscriber } from './commit-mark.subscriber';
import { IdempotencyInterceptor } from './idempotency.interceptor';

@Module({ providers: [CommitMarkSubscriber, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }] })
export class IdempotencyModule {}
