import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody } from './error-body';

/** Every error leaves the service through here, in the one envelope of API.md; 5xx are logged in full. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = toErrorBody(exception, request.id);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, correlationId: request.id, url: request.url }, 'request failed');
    }
    void reply.status(body.statusCode).send(body);
  }
}
