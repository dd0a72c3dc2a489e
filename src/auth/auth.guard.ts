import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/app-error';
import { RequestContext } from '../common/request-context';
import { CsrfHeaderMissingError } from './auth.errors';
import { AuthService } from './auth.service';
import { PERMISSIONS, routeKey } from './permissions';
import { clearSessionCookie, credentialOf, lacksCsrfHeader } from './session-cookie';

/**
 * The global guard: looks the route up in the permission matrix (src/auth/permissions.ts). A public route
 * passes; any other needs a valid token of an active user whose role the matrix allows: a bearer token in
 * the Authorization header or, when there is no such header, the console's session cookie
 * (src/auth/session-cookie.ts), which on a state-changing request must come with the CSRF header. A route
 * with no rule is refused to everyone. The actor goes into the request context for every service.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly auth: AuthService,
    private readonly context: RequestContext,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const http = execution.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const key = routeKey(method, request.routeOptions.url ?? request.url);
    const rule = PERMISSIONS[key];
    if (rule === undefined) {
      this.logger.error(`no permission rule for ${key}: refused`);
      throw new ForbiddenError('No rule allows this route');
    }
    if (rule === 'public') return true;

    const credential = credentialOf(request);
    if (!credential?.token) throw new UnauthenticatedError();
    // Refused before the token is even looked at: whatever the cookie holds, such a request may be forged.
    if (credential.via === 'cookie' && lacksCsrfHeader(request)) throw new CsrfHeaderMissingError();
    const authenticated = await this.auth.authenticate(credential.token);
    if (!authenticated) {
      // A cookie whose session has ended is of no use to anyone: the browser is told to drop it.
      if (credential.via === 'cookie') clearSessionCookie(http.getResponse<FastifyReply>(), request);
      throw new UnauthenticatedError(
        'The token is invalid or expired, or has ended (a sign-out, a new password, a deactivation)',
      );
    }
    this.context.setActor(authenticated.actor, authenticated.tokenId);
    if (!rule.includes(authenticated.actor.role)) throw new ForbiddenError();
    return true;
  }
}
