import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { keyset, keysetPage, Page } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import { ScopeService, type ScopeCondition } from '../auth/scope.service';
import { type Changes, diff } from './domain/diff';
import { AuditQueryDto, AuditRecordDto } from './dto/audit-record.dto';
import { AuditRecord } from './entities/audit-record.entity';

/** What a feature tells the audit log about one change to one of its records. */
export interface AuditEntry {
  /** The kind of record, snake_case: `client`, `carrier`. */
  entityType: string;
  entityId: string;
  /** What happened, snake_case: `created`, `updated`, `credit_terms_changed`. */
  action: string;
  /** For a creation the new record; otherwise `{ field: { from, to } }` (see `diff`). */
  changes: Record<string, unknown>;
}

type AuditScope = 'client' | 'approval' | 'shipment' | 'everyone';

/**
 * What each kind of audited record is about, so that its records are read within the same scope as the
 * record itself (docs/security.md, "Issue 11: team scopes"): `client` records are the client's; an `approval`'s
 * follow the approval's scope; `carrier` records (master data every staff role reads) are everyone's who
 * may read the log. A kind not listed here is for admins only until someone decides otherwise.
 */
const AUDIT_SCOPES: Readonly<Record<string, AuditScope>> = {
  client: 'client',
  approval: 'approval',
  shipment: 'shipment',
  carrier: 'everyone',
  floor_price: 'everyone',
  fee_rule: 'everyone',
  paper_rule: 'everyone',
};

const NEWEST_FIRST = keyset<AuditRecord>('DESC', [{ column: 'a.id', part: 'bigint', of: (r) => r.id }]);

/** The append-only log of who changed which master record, when, and what changed. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly scope: ScopeService,
  ) {}

  /**
   * Writes an audit record in the caller's transaction (so it exists exactly when the change does), with
   * the acting user and the correlation id of the current request; no actor for work the system does.
   */
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    const actor = this.context.actorOrNull;
    await em.insert(AuditRecord, {
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      // A jsonb document: TypeORM's deep-partial type cannot see that a free-form record is a whole value.
      changes: entry.changes as QueryDeepPartialEntity<Record<string, unknown>>,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? null,
      correlationId: this.context.correlationId ?? null,
    });
  }

  /** Which records the actor may read, as a condition on `a` (none for an admin, who reads them all). */
  private async scopeCondition(): Promise<ScopeCondition | null> {
    const actor = this.context.actorOrNull;
    if (!actor || actor.role === 'admin') return null;
    const clients = await this.scope.clients();
    const inScope = (column: string): string => (clients.all ? 'TRUE' : `${column} = ANY(:auditClientIds)`);
    const approvals = await this.scope.approvalsCondition('ap');
    const kinds = (kind: string): string[] =>
      Object.entries(AUDIT_SCOPES)
        .filter(([, scope]) => scope === kind)
        .map(([type]) => type);
    const conditions: Record<AuditScope, string> = {
      client: inScope('a.entity_id'),
      shipment: `EXISTS (SELECT 1 FROM shipments s WHERE s.id = a.entity_id AND ${inScope('s.client_id')})`,
      approval: `EXISTS (SELECT 1 FROM approvals ap WHERE ap.id = a.entity_id AND ${approvals.sql})`,
      everyone: 'TRUE',
    };
    const params: Record<string, unknown> = { ...approvals.params };
    if (!clients.all) params.auditClientIds = clients.clientIds;
    const sql = Object.entries(conditions)
      .map(([kind, condition], i) => {
        params[`auditKinds${i}`] = kinds(kind);
        return `(a.entity_type = ANY(:auditKinds${i}) AND ${condition})`;
      })
      .join(' OR ');
    return { sql: `(${sql})`, params };
  }

  /** `{ field: { from, to } }` for the `fields` whose value differs (arrays and objects compared by JSON). */
  diff<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Changes {
    return diff(before, after, fields);
  }

  /** The records matching the filters that the actor may read (a manager: their team's), newest first. */
  async list(query: AuditQueryDto): Promise<Page<AuditRecordDto>> {
    const qb = this.dataSource.getRepository(AuditRecord).createQueryBuilder('a');
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    const scope = await this.scopeCondition();
    if (scope) qb.andWhere(scope.sql, scope.params);
    return keysetPage(qb, query, NEWEST_FIRST, (rows) => rows.map((r) => AuditRecordDto.from(r)));
  }
}
