import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { catchError, type Observable } from 'rxjs';
import { RateLimitedError } from '../errors/app-error';

/** A 429 also says, in `Retry-After`, how many seconds to wait. */
@Injectable()
export class RetryAfterInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof RateLimitedError)
          void reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }),
    );
  }
}
