import {
  applyDecorators,
  Injectable,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

/** The OpenAPI extension `Versioned()` leaves on an operation; app.setup.ts turns it into the ETag header. */
export const ETAG_EXTENSION = 'x-etag';

/**
 * Sets `ETag: "<version>"` from the answer's `version`, the value a later `If-Match` sends back. Runs inside
 * the idempotency interceptor, which keeps the header with the answer it replays.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((answer: unknown) => {
        const version = (answer as { version?: unknown } | null | undefined)?.version;
        if (typeof version === 'number') void reply.header('etag', `"${version}"`);
        return answer;
      }),
    );
  }
}

/** The route answers one versioned record: its answer carries `ETag: "<version>"` (lists and others do not). */
export function Versioned(): MethodDecorator & ClassDecorator {
  return applyDecorators(UseInterceptors(EtagInterceptor), ApiExtension(ETAG_EXTENSION, true));
}
