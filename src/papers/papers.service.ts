import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopeService } from '../auth/scope.service';
import { writeVersioned } from '../common/database/versioned-write';
import {
  ConflictError,
  InvalidReferenceError,
  NotFoundError,
  PreconditionFailedError,
  ValidationFailedError,
} from '../common/errors/app-error';
import { ShipmentsService } from '../shipments/shipments.service';
import {
  CUTOFF_OF_ACTION,
  effectiveRules,
  GATED_ACTION_NAMES,
  GATED_ACTIONS,
  type GatedAction,
} from './domain/paper-rules';
import { ChecklistItemDto, CreatePaperRuleDto, PaperRuleDto, UpdatePaperRuleDto } from './dto/paper-rule.dto';
import { PaperRule } from './entities/paper-rule.entity';

export const PAPER_RULE_ENTITY_TYPE = 'paper_rule';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FLOW_ORDER = new Map(GATED_ACTION_NAMES.map((a, i) => [a, i]));

class PaperRuleTakenError extends ConflictError {
  constructor() {
    super('a rule for this action, kind, carrier and client exists already: change that one', {
      fields: [{ field: 'kind', message: 'already has a rule for this action and scope' }],
    });
  }
}

function isScopeTaken(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === 'uq_paper_rules_scope';
}

/**
 * The papers checklist (docs/papers.md): which papers each action needs, as rules managers keep (defaults and
 * per-carrier or per-client overrides, every change audited), and a shipment's checklist: each rule that
 * applies, uploaded, missing, or late against its cut-off.
 */
@Injectable()
export class PapersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async rules(): Promise<PaperRuleDto[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(PaperRule, 'r')
      .orderBy('r.carrierId IS NOT NULL OR r.clientId IS NOT NULL', 'ASC')
      .addOrderBy('r.action', 'ASC')
      .addOrderBy('r.kind', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    return rows.map((r) => PaperRuleDto.from(r));
  }

  async create(dto: CreatePaperRuleDto): Promise<PaperRuleDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        await this.checkReferences(em, dto);
        const saved = await em.save(
          em.create(PaperRule, {
            action: dto.action,
            kind: dto.kind,
            severity: dto.severity,
            carrierId: dto.carrierId ?? null,
            clientId: dto.clientId ?? null,
          }),
        );
        const created = PaperRuleDto.from(saved);
        await this.audit.record(em, {
          entityType: PAPER_RULE_ENTITY_TYPE,
          entityId: created.id,
          action: 'created',
          changes: {
            action: created.action,
            kind: created.kind,
            severity: created.severity,
            carrierId: created.carrierId,
            clientId: created.clientId,
          },
        });
        return created;
      });
    } catch (error) {
      if (isScopeTaken(error)) throw new PaperRuleTakenError();
      throw error;
    }
  }

  async update(id: string, dto: UpdatePaperRuleDto, expectedVersion?: number): Promise<PaperRuleDto> {
    return this.dataSource.transaction(async (em) => {
      const rule = await this.forUpdate(em, id, expectedVersion);
      if (rule.severity !== dto.severity) {
        await writeVersioned(em, PaperRule, rule, { severity: dto.severity });
        await this.audit.record(em, {
          entityType: PAPER_RULE_ENTITY_TYPE,
          entityId: id,
          action: 'updated',
          changes: { severity: { from: rule.severity, to: dto.severity } },
        });
      }
      return PaperRuleDto.from(await em.findOneByOrFail(PaperRule, { id }));
    });
  }

  async remove(id: string, expectedVersion?: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const rule = await this.forUpdate(em, id, expectedVersion);
      await em.delete(PaperRule, { id });
      await this.audit.record(em, {
        entityType: PAPER_RULE_ENTITY_TYPE,
        entityId: id,
        action: 'deleted',
        changes: {
          action: rule.action,
          kind: rule.kind,
          severity: rule.severity,
          carrierId: rule.carrierId,
          clientId: rule.clientId,
        },
      });
    });
  }

  /** The shipment's checklist, in the order of the flow: each rule that applies and how the shipment stands. */
  async checklist(shipmentId: string, now = new Date()): Promise<ChecklistItemDto[]> {
    return this.dataSource.transaction(async (em) => {
      const shipment = await this.shipments.visible(shipmentId, em);
      const rows = await em.find(PaperRule);
      const rules = effectiveRules(rows, shipment).sort(
        (a, b) =>
          (FLOW_ORDER.get(a.action as GatedAction) ?? 99) - (FLOW_ORDER.get(b.action as GatedAction) ?? 99) ||
          a.kind.localeCompare(b.kind),
      );
      const papers = await em.query<{ id: string; kind: string; filename: string; created_at: Date }[]>(
        `SELECT id, kind, filename, created_at FROM attachments
          WHERE shipment_id = $1 AND removed_at IS NULL ORDER BY created_at, id`,
        [shipmentId],
      );
      const taken = new Set(
        (
          await em.query<{ type: string }[]>(
            'SELECT DISTINCT type FROM shipment_events WHERE shipment_id = $1',
            [shipmentId],
          )
        ).map((e) => e.type),
      );
      return rules.map((rule) => {
        const action = rule.action as GatedAction;
        const cutoffKey = CUTOFF_OF_ACTION[action];
        const dueBy = cutoffKey ? shipment[cutoffKey] : null;
        const stepTaken = taken.has(GATED_ACTIONS[action]);
        const held = papers.filter((p) => p.kind === rule.kind);
        const late = !stepTaken && dueBy !== null && dueBy.getTime() <= now.getTime();
        return {
          ruleId: rule.id,
          action: rule.action,
          kind: rule.kind,
          severity: rule.severity === 'blocking' ? 'blocking' : 'warning',
          status: held.length ? 'uploaded' : late ? 'late' : 'missing',
          stepTaken,
          dueBy: dueBy?.toISOString() ?? null,
          attachments: held.map((p) => ({
            id: p.id,
            filename: p.filename,
            createdAt: p.created_at.toISOString(),
          })),
        };
      });
    });
  }

  /** The kind, carrier and client a new rule names must exist (and the client be in the caller's scope). */
  private async checkReferences(em: EntityManager, dto: CreatePaperRuleDto): Promise<void> {
    const [kind] = await em.query<unknown[]>('SELECT 1 FROM attachment_kinds WHERE code = $1', [dto.kind]);
    if (!kind) throw ValidationFailedError.field('kind', 'not a kind from GET /attachment-kinds');
    if (dto.carrierId) {
      const [carrier] = await em.query<unknown[]>('SELECT 1 FROM carriers WHERE id = $1', [dto.carrierId]);
      if (!carrier) throw new InvalidReferenceError('carrierId', 'no such carrier');
    }
    if (dto.clientId) {
      const [client] = await em.query<unknown[]>('SELECT 1 FROM clients WHERE id = $1', [dto.clientId]);
      if (!client || !(await this.scope.includes(dto.clientId, em)))
        throw new InvalidReferenceError('clientId', 'no such client in your scope');
    }
  }

  private async forUpdate(em: EntityManager, id: string, expectedVersion?: number): Promise<PaperRule> {
    const rule = UUID.test(id)
      ? await em.findOne(PaperRule, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!rule) throw new NotFoundError('Paper rule');
    if (expectedVersion !== undefined && expectedVersion !== rule.version)
      throw new PreconditionFailedError(rule.version);
    return rule;
  }
}
