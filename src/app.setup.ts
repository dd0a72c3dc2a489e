import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PERMISSIONS, routeKey } from './auth/permissions';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from './config/app-config';
import { toErrorBody } from './common/errors/error-body';
import { createValidationPipe } from './common/validation.pipe';
import { describeErrors } from './common/http/openapi';
import { addSecurityHeaders } from './common/http/security-headers';
import { registerSessionCookies } from './auth/session-cookie';
import { isConsoleRoute, serveConsole } from './common/http/console';
import multipart from '@fastify/multipart';
import { APP_CONFIG } from './config/config.module';
import { UPLOAD_ROUTE } from './attachments/attachments.controller';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The Fastify adapter: body limit, and a correlation id per request taken from `x-correlation-id`. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage & { id?: unknown }) => {
      const given = req.headers['x-correlation-id'];
      // Kept on the raw request too, where the request logger and the request context read it.
      const id = typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
      req.id = id;
      return id;
    },
    // The router refuses a malformed URL (400) or an over-long path parameter (414) before any hook runs:
    // answer in the envelope too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      const body = toErrorBody(error, request.id);
      void reply.status(body.statusCode).header('x-correlation-id', request.id).send(body);
    },
    // Errors on the socket before a request exists (headers too large, a broken request line).
    clientErrorHandler: (error: Error & { code?: string }, socket) => {
      if (!socket.writable) return;
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
      const correlationId = randomUUID();
      const body = JSON.stringify({
        statusCode: status,
        code: status === 431 ? 'HEADERS_TOO_LARGE' : 'VALIDATION_FAILED',
        message: status === 431 ? 'Request headers are too large' : 'Malformed HTTP request',
        correlationId,
      });
      socket.end(
        `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
          `content-type: application/json; charset=utf-8\r\nx-correlation-id: ${correlationId}\r\n` +
          `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    },
  });
}

/** Nest's own options for the app: JSON bodies only (no form parser; Fastify's text parser is removed too). */
export const NEST_APP_OPTIONS = { bodyParser: false } as const;

export interface RegisteredRoute {
  method: string;
  url: string;
}
const ROUTES = new WeakMap<NestFastifyApplication, RegisteredRoute[]>();

/** Every route the app registered (the permission test walks them all). */
export function registeredRoutes(app: NestFastifyApplication): RegisteredRoute[] {
  return ROUTES.get(app) ?? [];
}

/** Everything main.ts and the tests share: prefix, security headers, validation, errors, OpenAPI. */
export function configureApp(app: NestFastifyApplication): void {
  app.useLogger(app.get(Logger));
  setApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  // docs/api.md: JSON in. Any other content type is 415 UNSUPPORTED_MEDIA_TYPE.
  fastify.removeContentTypeParser('text/plain');
  const routes: RegisteredRoute[] = [];
  ROUTES.set(app, routes);
  fastify.addHook('onRoute', (route) => {
    // The console's static files are not API routes: public, and outside the permission matrix.
    if (isConsoleRoute(route)) return;
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-correlation-id', request.id);
    done();
  });
  addSecurityHeaders(fastify);
  registerSessionCookies(fastify);
  registerUploads(fastify, app.get<AppConfig>(APP_CONFIG));
  serveConsole(fastify);

  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * Multipart uploads (docs/papers.md), on the upload route only: the parser reads nothing until the route's
 * handler streams the parts, with the size limit from ATTACHMENT_MAX_BYTES; any other route answers a
 * multipart body 415, as it answers every type but JSON.
 */
function registerUploads(fastify: FastifyInstance, config: AppConfig): void {
  void fastify.register(multipart, {
    limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 8, fieldSize: 2048, parts: 10 },
  });
  fastify.addHook('onRequest', (request, _reply, done) => {
    const type = request.headers['content-type'];
    const multipartBody = typeof type === 'string' && /^\s*multipart\//i.test(type);
    const route = request.routeOptions.url;
    // No route: the 404 answers. The upload route: its handler reads the parts.
    if (multipartBody && route !== undefined && !(request.method === 'POST' && route === UPLOAD_ROUTE)) {
      done(
        Object.assign(new Error(`Unsupported Media Type: ${type.split(';')[0]}`), {
          statusCode: 415,
          code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
        }),
      );
      return;
    }
    done();
  });
}

/** The API under /api/v1, /health beside it (also set by the console's type generator, web/tools/). */
export function setApiPrefix(app: NestFastifyApplication): void {
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
}

/**
 * The OpenAPI document served at /api/docs-json: the routes' own description, the permission matrix and the
 * error answers. Needs the app's modules only, not a database (web/tools/generate-api.ts builds it so).
 */
export function createOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Quayside')
      .setDescription('Sea-export operations: shipments from booking to B/L release. Contract: docs/api.md.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  describePermissions(document);
  describeErrors(document);
  return document;
}

/** Writes the permission matrix into the OpenAPI document: each operation's roles and whether it needs a token. */
function describePermissions(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, OperationObject>)) {
      const rule = PERMISSIONS[routeKey(method, path.replace(/\{(\w+)\}/g, ':$1'))];
      if (!rule || typeof operation !== 'object') continue;
      if (rule === 'public') {
        operation.security = [];
        continue;
      }
      operation.security = [{ bearer: [] }];
      (operation as OperationObject & { 'x-roles': readonly string[] })['x-roles'] = rule;
      operation.description = `${operation.description ? `${operation.description}\n\n` : ''}Roles: ${rule.join(', ')}.`;
      operation.responses ??= {};
      operation.responses['401'] ??= {
        description: 'UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user',
      };
      operation.responses['403'] ??= { description: `FORBIDDEN: allowed roles are ${rule.join(', ')}` };
    }
  }
}
