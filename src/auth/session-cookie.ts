import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The console's session (docs/security.md, "The console's session"): the same signed token a bearer carries,
 * kept in a cookie no script can read (`HttpOnly`), sent only with requests from the service's own pages
 * (`SameSite=Strict`), and only over https when the request came that way (`Secure`).
 */
export const SESSION_COOKIE = 'quayside_session';

/**
 * A state-changing request signed in by the cookie must carry this header with this value. A cross-site form
 * cannot set a header at all, and a cross-site script could only by a CORS preflight, which the service does
 * not answer; with SameSite=Strict, which already keeps the cookie off such requests, this is the second lock.
 */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'quayside';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How a request means to sign in: the token it came with, and whether it came as a bearer or the cookie. */
export type Credential = { via: 'bearer'; token: string | null } | { via: 'cookie'; token: string };

/** Parses the Cookie header of every request (`request.cookies`) and lets answers set cookies. */
export function registerSessionCookies(fastify: FastifyInstance): void {
  void fastify.register(fastifyCookie, { hook: 'onRequest' });
}

/**
 * The request's credential: an Authorization header always wins (a bearer token, or null when the header is
 * anything else), so integrations work as before whatever cookies they hold; otherwise the session cookie.
 */
export function credentialOf(request: FastifyRequest): Credential | null {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const [scheme, token] = authorization.split(' ');
    return { via: 'bearer', token: scheme?.toLowerCase() === 'bearer' && token ? token : null };
  }
  const token = request.cookies[SESSION_COOKIE];
  return token ? { via: 'cookie', token } : null;
}

/** Whether a request signed in by the cookie lacks what proves it came from the service's own pages. */
export function lacksCsrfHeader(request: FastifyRequest): boolean {
  return !SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== CSRF_VALUE;
}

/**
 * `Secure` when the request came over https: directly, or through a proxy named in TRUST_PROXY that says so
 * in `X-Forwarded-Proto` (Fastify's `request.protocol`, as for the security headers).
 */
function attributes(request: FastifyRequest) {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https' } as const;
}

/** Sets the session cookie to `token`, lasting as long as the token does. */
export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  maxAgeSeconds: number,
): void {
  void reply.setCookie(SESSION_COOKIE, token, { ...attributes(request), maxAge: maxAgeSeconds });
}

/** Tells the browser to drop the session cookie (an expired one with the same name, path and attributes). */
export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest): void {
  void reply.clearCookie(SESSION_COOKIE, attributes(request));
}
