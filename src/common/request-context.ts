import { Injectable } from '@nestjs/common';
import { ClsService, ClsStore } from 'nestjs-cls';
import { UnauthenticatedError } from './errors/app-error';
import { Actor } from './roles';

export interface RequestStore extends ClsStore {
  actor?: Actor;
}

/** The acting user and correlation id of the current request, for any service that needs them. */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService<RequestStore>) {}

  get correlationId(): string | undefined {
    return this.cls.isActive() ? this.cls.getId() : undefined;
  }

  /** The authenticated user; throws 401 when there is none (a route that needs an actor but is public). */
  get actor(): Actor {
    const actor = this.cls.isActive() ? this.cls.get('actor') : undefined;
    if (!actor) throw new UnauthenticatedError();
    return actor;
  }

  get actorOrNull(): Actor | null {
    return (this.cls.isActive() ? this.cls.get('actor') : undefined) ?? null;
  }

  setActor(actor: Actor): void {
    this.cls.set('actor', actor);
  }
}
