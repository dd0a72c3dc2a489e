import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

const DIRECTIVES = {
  defaultSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  scriptSrc: ["'self'", "'unsafe-inline'"],
};

/**
 * Security headers on every answer, by how the request came. Over https: helmet's defaults, with
 * `upgrade-insecure-requests` and HSTS. Over plain http (a service on the office LAN, no TLS): neither, since
 * the browser would then fetch /api/docs' scripts over https from a server that has none and show a blank
 * page, and HSTS over http is not to be sent. Behind a proxy that ends TLS, TRUST_PROXY makes its
 * `X-Forwarded-Proto: https` count (docs/operations.md).
 */
export function addSecurityHeaders(fastify: FastifyInstance): void {
  // Built once here: helmet's Fastify plugin builds its middleware anew for every request, parsing the CSP.
  const secure = helmet({ contentSecurityPolicy: { directives: DIRECTIVES } });
  const plain = helmet({
    contentSecurityPolicy: { directives: { ...DIRECTIVES, upgradeInsecureRequests: null } },
    strictTransportSecurity: false,
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    const headers = request.protocol === 'https' ? secure : plain;
    // helmet calls back at once, with an Error only if an option is invalid (built above, so never).
    headers(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
}
