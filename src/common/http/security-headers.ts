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

/**
 * The console's page (`index.html`, written anew for each request by console.ts with a fresh nonce). Stricter
 * than the API's: no inline script at all, and `<style>` elements only from the service's own files or with
 * the page's nonce. Ant Design writes its CSS-in-JS into `<style>` elements; the console hands it the nonce
 * (ConfigProvider's `csp`), read from the `csp-nonce` meta tag Vite puts in the page (docs/console.md, "Content
 * Security Policy"). Inline `style` attributes set from script go through the CSSOM, which CSP does not govern.
 */
export function consolePolicy(nonce: string, https: boolean): string {
  const directives = [
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'self'",
    "form-action 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "script-src-attr 'none'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
