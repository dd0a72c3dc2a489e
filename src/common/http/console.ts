import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { consolePolicy } from './security-headers';

/**
 * The operator's console (web/, docs/console.md), served by the service itself at `/`: the files Vite built
 * into web/dist, and index.html for every other path that is not the API's, so the console's own routes
 * (`/board`, `/shipments/:id`) load the app. `/api/...` and `/health/...` keep the API's JSON 404.
 */

/** Marks the console's route, which `registeredRoutes` (the permission matrix's test) leaves out. */
const CONSOLE_ROUTE = 'console';

/** What web/vite.config.ts puts as `html.cspNonce`: replaced by each answer's nonce. */
const NONCE_PLACEHOLDER = 'QUAYSIDE_CSP_NONCE';

/** Hashed by Vite: a new build gives new names, so a browser may keep them for a year, unasked. */
const ASSETS = 'assets/';
const YEAR_MS = 365 * 24 * 3_600_000;

/** The API's paths: never the console's, whatever follows. */
const API_PATH = /^(api|health)(\/|$)/;

export function isConsoleRoute(route: RouteOptions): boolean {
  return (route.config as Record<string, unknown> | undefined)?.[CONSOLE_ROUTE] === true;
}

/** web/dist beside the package.json above this file (src/common/http under swc, dist/src/common/http built). */
export function consoleDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'web', 'dist');
    if (dirname(dir) === dir) throw new Error(`package.json not found above ${__dirname}`);
  }
}

export function serveConsole(fastify: FastifyInstance, root = consoleDir()): void {
  const page = new IndexPage(join(root, 'index.html'));
  void fastify.register(async (scope) => {
    // serve: false: only `reply.sendFile`; the one route below decides what a path is. The .br/.gz files the
    // build writes beside each asset are sent to browsers that accept them.
    await scope.register(fastifyStatic, { root, serve: false, preCompressed: true, dotfiles: 'ignore' });
    scope.route({
      method: 'GET',
      url: '/*',
      config: { [CONSOLE_ROUTE]: true },
      handler: (request, reply) => {
        answer(request, reply, page);
      },
    });
  });
}

function answer(request: FastifyRequest, reply: FastifyReply, page: IndexPage): void {
  const path = (request.params as { '*'?: string })['*'] ?? '';
  if (API_PATH.test(path) || path.split('/').includes('..')) return reply.callNotFound();
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (path.startsWith(ASSETS)) {
    void reply.sendFile(path, { immutable: true, maxAge: YEAR_MS });
  } else if (last.includes('.')) {
    // A file name (favicon.svg): the file or 404, never the page, so a missing file does not come back as HTML.
    void reply.header('cache-control', 'no-cache').sendFile(path, { cacheControl: false });
  } else {
    page.send(request, reply);
  }
}

/**
 * index.html with this answer's nonce in its tags and in the Content-Security-Policy header. Read again when
 * the file changes (`npm start` rebuilds the console before the service starts; `npm run build:web` while it
 * runs). Never cached by the browser: each copy carries its own nonce, and no validator is sent, so a 304 can
 * never pair an old page with a new policy.
 */
class IndexPage {
  private text: string | undefined;
  private mtimeMs = -1;

  constructor(private readonly file: string) {}

  send(request: FastifyRequest, reply: FastifyReply): void {
    const text = this.read();
    if (text === undefined) {
      void reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send('The console is not built: run `npm run build:web` (or `npm start`, which builds it).\n');
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    void reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', consolePolicy(nonce, request.protocol === 'https'))
      .send(text.replaceAll(NONCE_PLACEHOLDER, nonce));
  }

  private read(): string | undefined {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.file).mtimeMs;
    } catch {
      return undefined;
    }
    if (mtimeMs !== this.mtimeMs || this.text === undefined) {
      this.text = readFileSync(this.file, 'utf8');
      this.mtimeMs = mtimeMs;
    }
    return this.text;
  }
}
