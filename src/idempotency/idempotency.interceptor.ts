import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, ValidationFailedError } from '../common/errors/app-error';
import { RequestContext } from '../common/request-context';
import { IdempotencyKey } from './entities/idempotency-key.entity';
import { IdempotencyAnswerUnavailableError, IdempotencyKeyReusedError } from './idempotency.errors';
import { WRITES_NOTHING } from '../common/http/writes-nothing';

/** Keys are kept at least this long (docs/api.md: at least 24 hours); older ones may be reused. */
export const IDEMPOTENCY_TTL_MS = 48 * 3600 * 1000;
/** A reservation with no answer after this long belongs to a request that will never answer. */
const ABANDONED_AFTER_MS = 60_000;
const REPLAYED_HEADERS = ['etag', 'location'];

/**
 * A stable JSON text: object keys sorted, so the same body hashes the same however it was written. Written
 * without recursion: the key is read before validation (which limits nesting), and a body nested thousands
 * deep must be hashed, and then refused by the pipe, not overflow the stack.
 */
function canonical(root: unknown): string {
  const out: string[] = [];
  // What is left to write, last first: a value, or text between values.
  const todo: ({ text: string } | { value: unknown })[] = [{ value: root }];
  for (let item = todo.pop(); item; item = todo.pop()) {
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const { value } = item;
    if (value === null || typeof value !== 'object') {
      out.push(JSON.stringify(value) ?? 'null');
      continue;
    }
    const parts: ({ text: string } | { value: unknown })[] = [];
    if (Array.isArray(value)) {
      value.forEach((v: unknown, i) => parts.push(...(i ? [{ text: ',' }] : []), { value: v }));
      parts.unshift({ text: '[' });
      parts.push({ text: ']' });
    } else {
      const object = value as Record<string, unknown>;
      Object.keys(object)
        .sort()
        .forEach((k, i) =>
          parts.push({ text: `${i ? ',' : ''}${JSON.stringify(k)}:` }, { value: object[k] }),
        );
      parts.unshift({ text: '{' });
      parts.push({ text: '}' });
    }
    for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i]!);
  }
  return out.join('');
}

/**
 * Retry-safe POSTs (docs/api.md "Retries"). The key is reserved (committed) before the work runs, so two
 * requests with one key never both do it; the first response is stored and replayed to any retry with the
 * same body. A request that is refused or fails gives the key back (nothing happened), so the client may
 * correct it, or re-read the record, and retry with the same key.
 *
 * A key never does its work twice. Every transaction the request commits marks the key in that transaction
 * (`work_committed_at`, through RequestContext.commitMark): a key so marked is never given back nor taken as
 * abandoned, even when its answer could not be stored afterwards (its retries then get 409
 * IDEMPOTENCY_ANSWER_UNAVAILABLE). The answer is stored as the JSON text that was sent, which a text column
 * always takes and gives back byte for byte (jsonb refuses `\u0000` and half surrogate pairs, and reorders
 * keys).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

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
    // A POST that writes nothing (a preview) has nothing to do twice: its key, checked, is not kept.
    if (this.reflector.get<boolean | undefined>(WRITES_NOTHING, execution.getHandler())) return next.handle();
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
        if (stored.workCommittedAt) throw new IdempotencyAnswerUnavailableError();
        throw new ConflictError(
          'A request with this Idempotency-Key is still being processed; retry shortly',
        );
      }
      for (const [name, value] of Object.entries(stored.responseHeaders ?? {}))
        void reply.header(name, value);
      void reply.header('idempotent-replayed', 'true');
      void reply.status(stored.responseStatus);
      return stored.responseBody === null ? null : (JSON.parse(stored.responseBody) as unknown);
    }
    let body: unknown;
    this.context.setCommitMark({
      sql: `UPDATE idempotency_keys SET work_committed_at = coalesce(work_committed_at, now())
             WHERE actor_id = $1 AND key = $2`,
      params: [actorId, key],
    });
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      this.context.setCommitMark(undefined);
      // A refused or failed request did nothing and leaves no trace: the key is given back, and a retry
      // runs again (meeting the same refusal while nothing has changed, or succeeding once it has). Unless
      // some of its work committed before it failed: then the key stays, and is never run again.
      await this.release(actorId, key).catch((releaseError: unknown) =>
        this.logger.warn(`Idempotency-Key not given back: ${String(releaseError)}`),
      );
      throw error;
    }
    this.context.setCommitMark(undefined);
    try {
      await this.complete(actorId, key, status, body ?? null, reply);
    } catch (error) {
      // The work is done and answered; only the replay is missing. The key stays, marked by the work's own
      // transaction, so a retry is told it was carried out rather than running it again.
      this.logger.error(`Answer of an Idempotency-Key not stored (the work is done): ${String(error)}`);
    }
    return body;
  }

  /** Inserts the key; returns the existing row instead when there is one that has not expired. */
  private async reserve(actorId: string, key: string, hash: string): Promise<IdempotencyKey | null> {
    return this.dataSource.transaction(async (em) => {
      // An expired key, or a reservation whose request never finished (its instance died, or the database
      // went away before the key could be given back), no longer holds the key.
      await em.query(
        `DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2
            AND (created_at < now() - $3 * interval '1 millisecond'
                 OR (response_status IS NULL AND work_committed_at IS NULL
                     AND created_at < now() - $4 * interval '1 millisecond'))`,
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
    // Exactly the text the client was sent (JSON.stringify, as Fastify serialises it).
    const text = JSON.stringify(body) ?? 'null';
    await this.dataSource
      .getRepository(IdempotencyKey)
      .update({ actorId, key }, { responseStatus: status, responseBody: text, responseHeaders: headers });
  }

  /** Gives the key back, unless the request's work committed (the mark, set in its transaction). */
  private async release(actorId: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2 AND work_committed_at IS NULL`,
      [actorId, key],
    );
  }
}
