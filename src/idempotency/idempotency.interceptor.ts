import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, ConflictError, ErrorCode, ValidationFailedError } from '../common/errors/app-error';
import { RequestContext } from '../common/request-context';
import { IdempotencyKey } from './entities/idempotency-key.entity';

/** Keys are kept at least this long (API.md: at least 24 hours); older ones may be reused. */
export const IDEMPOTENCY_TTL_MS = 48 * 3600 * 1000;
/** A reservation with no answer after this long belongs to a request that will never answer. */
const ABANDONED_AFTER_MS = 60_000;
const REPLAYED_HEADERS = ['etag', 'location'];

/** A stable JSON text: object keys sorted, so the same body hashes the same however it was written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super(422, ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was used with another request');
  }
}

/**
 * Retry-safe POSTs (API.md "Retries"). The key is reserved (committed) before the work runs, so two
 * requests with one key never both do it; the first response is stored and replayed to any retry with the
 * same body. A request that is refused or fails gives the key back (nothing happened), so the client may
 * correct it, or re-read the record, and retry with the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly reflector: Reflector,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = execution.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers['idempotency-key'];
    const actor = this.context.actorOrNull;
    if (request.method !== 'POST' || header === undefined || !actor) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || key.length > 255) {
      throw ValidationFailedError.field('Idempotency-Key', 'Idempotency-Key must be 1-255 characters');
    }
    const reply = execution.switchToHttp().getResponse<FastifyReply>();
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, execution.getHandler()) ??
      HttpStatus.CREATED;
    const hash = createHash('sha256')
      .update(`POST ${request.url}\n${canonical(request.body ?? null)}`)
      .digest('hex');
    return from(this.run(actor.id, key, hash, status, request, reply, next));
  }

  private async run(
    actorId: string,
    key: string,
    hash: string,
    status: number,
    request: FastifyRequest,
    reply: FastifyReply,
    next: CallHandler,
  ): Promise<unknown> {
    const stored = await this.reserve(actorId, key, hash);
    if (stored) {
      if (stored.requestHash !== hash) throw new IdempotencyKeyReusedError();
      if (stored.responseStatus === null) {
        throw new ConflictError(
          'A request with this Idempotency-Key is still being processed; retry shortly',
        );
      }
      for (const [name, value] of Object.entries(stored.responseHeaders ?? {}))
        void reply.header(name, value);
      void reply.header('idempotent-replayed', 'true');
      void reply.status(stored.responseStatus);
      return stored.responseBody;
    }
    try {
      const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.complete(actorId, key, status, body ?? null, reply);
      return body;
    } catch (error) {
      // A refused or failed request did nothing and leaves no trace: the key is given back, and a retry
      // runs again (meeting the same refusal while nothing has changed, or succeeding once it has).
      await this.release(actorId, key);
      throw error;
    }
  }

  /** Inserts the key; returns the existing row instead when there is one that has not expired. */
  private async reserve(actorId: string, key: string, hash: string): Promise<IdempotencyKey | null> {
    return this.dataSource.transaction(async (em) => {
      // An expired key, or a reservation whose request never finished (its instance died, or the database
      // went away before the key could be given back), no longer holds the key.
      await em.query(
        `DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2
            AND (created_at < now() - $3 * interval '1 millisecond'
                 OR (response_status IS NULL AND created_at < now() - $4 * interval '1 millisecond'))`,
        [actorId, key, IDEMPOTENCY_TTL_MS, ABANDONED_AFTER_MS],
      );
      const inserted: unknown[] = await em.query(
        `INSERT INTO idempotency_keys (actor_id, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (actor_id, key) DO NOTHING RETURNING key`,
        [actorId, key, hash],
      );
      if (inserted.length) return null;
      return em.findOneByOrFail(IdempotencyKey, { actorId, key });
    });
  }

  private async complete(
    actorId: string,
    key: string,
    status: number,
    body: unknown,
    reply: FastifyReply,
  ): Promise<void> {
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    await this.dataSource
      .getRepository(IdempotencyKey)
      .update(
        { actorId, key },
        { responseStatus: status, responseBody: body as object, responseHeaders: headers },
      );
  }

  private async release(actorId: string, key: string): Promise<void> {
    await this.dataSource.getRepository(IdempotencyKey).delete({ actorId, key });
  }
}
