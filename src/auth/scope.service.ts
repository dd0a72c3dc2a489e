import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors/app-error';
import type { RequestStore } from '../common/request-context';
import { RequestContext } from '../common/request-context';
import type { Actor } from '../common/roles';

/** Which clients' records the actor may see: all of them, or these. */
export type ClientScope = { all: true } | { all: false; clientIds: string[] };

/** A condition in SQL with its named parameters (for a query builder's `andWhere`). */
export interface ScopeCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Client records are company property (docs/domain.md): operators, accounts and admins see every client's work;
 * a salesperson the clients they own; a manager their own and their team's (users whose teamLeadId is the
 * manager); a client user only its own company's. Outside the scope a record does not exist: 404.
 */
@Injectable()
export class ScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly cls: ClsService<RequestStore & { clientScope?: ClientScope }>,
  ) {}

  /** The scope of the current actor (system work, with no actor, sees everything); once per request. */
  async clients(em: EntityManager = this.dataSource.manager): Promise<ClientScope> {
    const actor = this.context.actorOrNull;
    if (!actor) return { all: true };
    const cached = this.cls.isActive() ? this.cls.get('clientScope') : undefined;
    if (cached) return cached;
    const scope = await this.compute(em, actor);
    if (this.cls.isActive()) this.cls.set('clientScope', scope);
    return scope;
  }

  /** Whether the client's records are within the actor's scope. */
  async includes(clientId: string, em?: EntityManager): Promise<boolean> {
    const scope = await this.clients(em);
    return scope.all || scope.clientIds.includes(clientId);
  }

  /** 404 (as if it did not exist) when the client's records are outside the actor's scope. */
  async require(clientId: string, what: string, em?: EntityManager): Promise<void> {
    if (!(await this.includes(clientId, em))) throw new NotFoundError(what);
  }

  /**
   * The approvals the actor may see, and, with a role that decides, decide (`alias` is the approvals table
   * in the query): an admin all of them; one about a client, whoever's scope holds that client; one about
   * no client (nor shipment), its requester and the manager the requester reports to (`teamLeadId`), so that
   * a request about a person is decided within their team, or by an admin.
   */
  async approvalsCondition(alias: string, em?: EntityManager): Promise<ScopeCondition> {
    const actor = this.context.actorOrNull;
    if (!actor || actor.role === 'admin') return { sql: 'TRUE', params: {} };
    const scope = await this.clients(em);
    const aboutClient = scope.all ? 'TRUE' : `${alias}.client_id = ANY(:scopeClientIds)`;
    return {
      sql: `(CASE WHEN ${alias}.client_id IS NOT NULL THEN ${aboutClient}
              ELSE ${alias}.requested_by_id = :scopeActorId
                OR (:scopeActorLeads AND EXISTS (SELECT 1 FROM users requester
                      WHERE requester.id = ${alias}.requested_by_id AND requester.team_lead_id = :scopeActorId))
            END)`,
      params: {
        scopeActorId: actor.id,
        scopeActorLeads: actor.role === 'manager',
        ...(scope.all ? {} : { scopeClientIds: scope.clientIds }),
      },
    };
  }

  /** Whether the actor may see (and, with a role that decides, decide) this approval; see approvalsCondition. */
  async includesApproval(
    approval: { clientId: string | null; requestedById: string },
    em: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const actor = this.context.actorOrNull;
    if (!actor || actor.role === 'admin') return true;
    if (approval.clientId) return this.includes(approval.clientId, em);
    if (approval.requestedById === actor.id) return true;
    if (actor.role !== 'manager') return false;
    const rows: unknown[] = await em.query('SELECT 1 FROM users WHERE id = $1 AND team_lead_id = $2', [
      approval.requestedById,
      actor.id,
    ]);
    return rows.length > 0;
  }

  /** Whether the actor is a client user (who sees only finished documents and never internal alerts). */
  get isClientUser(): boolean {
    return this.context.actorOrNull?.role === 'client';
  }

  private async compute(em: EntityManager, actor: Actor): Promise<ClientScope> {
    switch (actor.role) {
      case 'admin':
      case 'operator':
      case 'accounts':
        return { all: true };
      case 'client':
        return { all: false, clientIds: actor.clientId ? [actor.clientId] : [] };
      case 'sales':
      case 'manager': {
        const rows: { id: string }[] = await em.query(
          `SELECT c.id FROM clients c
            WHERE c.sales_user_id = $1
               OR ($2 AND c.sales_user_id IN (SELECT u.id FROM users u WHERE u.team_lead_id = $1))`,
          [actor.id, actor.role === 'manager'],
        );
        return { all: false, clientIds: rows.map((r) => r.id) };
      }
    }
  }
}
