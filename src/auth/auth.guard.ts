import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/app-error';
import { RequestContext } from '../common/request-context';
import { AuthService } from './auth.service';
import { PERMISSIONS, routeKey } from './permissions';

/**
 * The global guard: looks the route up in the permission matrix (src/auth/permissions.ts). A public route
 * passes; any other needs a valid bearer token of an active user whose role the matrix allows. A route with
 * no rule is refused to everyone. The actor goes into the request context for every service.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly auth: AuthService,
    private readonly context: RequestContext,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const request = execution.switchToHttp().getRequest<FastifyRequest>();
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const key = routeKey(method, request.routeOptions.url ?? request.url);
    const rule = PERMISSIONS[key];
    if (rule === undefined) {
      this.logger.error(`no permission rule for ${key}: refused`);
      throw new ForbiddenError('No rule allows this route');
    }
    if (rule === 'public') return true;

    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthenticatedError();
    const authenticated = await this.auth.authenticate(token);
    if (!authenticated) {
      throw new UnauthenticatedError(
        'The token is invalid or expired, or has ended (a new password, a deactivation)',
      );
    }
    this.context.setActor(authenticated.actor, authenticated.tokenId);
    if (!rule.includes(authenticated.actor.role)) throw new ForbiddenError();
    return true;
  }
}
