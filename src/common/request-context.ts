import { Injectable } from '@nestjs/common';
import { ClsService, ClsStore } from 'nestjs-cls';
import { UnauthenticatedError } from './errors/app-error';
import { Actor } from './roles';

export interface RequestStore extends ClsStore {
  actor?: Actor;
  /** The id of the bearer token the actor came with (null for tokens issued without one). */
  tokenId?: string | null;
  commitMark?: CommitMark;
}

/** A statement every transaction of the request runs just before it commits, in that transaction. */
export interface CommitMark {
  sql: string;
  params: unknown[];
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

  /** The id of the token the request came with (POST /auth/password keeps that one token alive). */
  get tokenId(): string | null {
    return (this.cls.isActive() ? this.cls.get('tokenId') : undefined) ?? null;
  }

  setActor(actor: Actor, tokenId: string | null = null): void {
    this.cls.set('actor', actor);
    this.cls.set('tokenId', tokenId);
  }

  /**
   * While set, whatever the request commits records it in the same transaction (an Idempotency-Key notes that
   * its work is done, src/idempotency/): a write that would otherwise run as a statement of its own runs in a
   * transaction then, so that the mark goes with it.
   */
  get commitMark(): CommitMark | undefined {
    return this.cls.isActive() ? this.cls.get('commitMark') : undefined;
  }

  setCommitMark(mark: CommitMark | undefined): void {
    if (this.cls.isActive()) this.cls.set('commitMark', mark);
  }
}
