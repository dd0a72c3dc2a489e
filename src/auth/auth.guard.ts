import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/app-error';
import { RequestContext } from '../common/request-context';
import type { Role } from '../common/roles';
import { IS_PUBLIC, ROLES_KEY } from './auth.decorators';
import { AuthService } from './auth.service';

/**
 * The global guard: every route needs a valid bearer token of an active user unless marked @Public();
 * @Roles() narrows who may call it. The actor is put in the request context for every service.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly context: RequestContext,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = execution.switchToHttp().getRequest<FastifyRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthenticatedError();
    const actor = await this.auth.authenticate(token);
    if (!actor) throw new UnauthenticatedError('The token is invalid or expired, or the user is deactivated');
    this.context.setActor(actor);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) throw new ForbiddenError();
    return true;
  }
}
