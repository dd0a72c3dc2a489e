import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PERMISSIONS, routeKey } from './auth/permissions';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from './config/app-config';
import { createValidationPipe } from './common/validation.pipe';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The Fastify adapter: body limit, and a correlation id per request taken from `x-correlation-id`. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage & { id?: unknown }) => {
      const given = req.headers['x-correlation-id'];
      // Kept on the raw request too, where the request logger and the request context read it.
      const id = typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
      req.id = id;
      return id;
    },
  });
}

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
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  const routes: RegisteredRoute[] = [];
  ROUTES.set(app, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-correlation-id', request.id);
    done();
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Quayside')
      .setDescription('Sea-export operations: shipments from booking to B/L release. Contract: API.md.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  describePermissions(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
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
