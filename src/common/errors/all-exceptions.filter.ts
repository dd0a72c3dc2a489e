import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { toErrorBody } from './error-body';

/**
 * Every error leaves the service through here, in the one envelope of docs/api.md ("Errors"); 5xx are logged in full, and so
 * is the database's own error behind a 4xx (a unique violation, a value the schema refused): the answer keeps
 * it to the fields at fault, the log keeps its cause.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = toErrorBody(exception, request.id, { query: request.query, body: request.body });
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, correlationId: request.id, url: request.url }, 'request failed');
    } else if (exception instanceof QueryFailedError) {
      this.logger.warn(
        { err: exception, correlationId: request.id, url: request.url, code: body.code },
        'request refused by the database',
      );
    }
    void reply.status(body.statusCode).send(body);
  }
}
