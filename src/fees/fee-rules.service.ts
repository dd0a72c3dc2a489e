import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { writeVersioned } from '../common/database/versioned-write';
import {
  InvalidReferenceError,
  NotFoundError,
  PreconditionFailedError,
  ValidationFailedError,
} from '../common/errors/app-error';
import { type CurrencyCode, Money } from '../common/money';
import { type MoneyDto, toMoney } from '../common/money/money.dto';
import { keyset, keysetPage, Page } from '../common/pagination';
import { CreateFeeRuleDto, FeeRuleDto, ListFeeRulesQueryDto, UpdateFeeRuleDto } from './dto/fee-rule.dto';
import { FeeRule } from './entities/fee-rule.entity';
import { FeeRuleTakenError } from './fees.errors';

export const FEE_RULE_ENTITY_TYPE = 'fee_rule';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BIGINT = 2n ** 63n - 1n;
const SCOPE_INDEX = 'uq_fee_rules_scope';
const BY_KIND = keyset<FeeRule>('ASC', [
  { column: 'r.kind', part: 'text', of: (r) => r.kind },
  { column: 'r.id', part: 'uuid', of: (r) => r.id },
]);

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === SCOPE_INDEX;
}

/** A fee is zero ("no fee here") or more, and fits the column. */
function parseAmount(input: MoneyDto): Money {
  const amount = toMoney(input, 'amount');
  if (amount.isNegative()) throw ValidationFailedError.field('amount.amount', 'a fee is zero or more');
  if (amount.minor > MAX_BIGINT)
    throw ValidationFailedError.field('amount.amount', 'the amount is too large');
  return amount;
}

const toDto = (r: FeeRule): FeeRuleDto => ({
  id: r.id,
  kind: r.kind,
  carrierId: r.carrierId,
  terminal: r.terminal,
  containerType: r.containerType,
  amount: Money.fromMinor(BigInt(r.amountMinor), r.currency as CurrencyCode).toJSON(),
  rebillable: r.rebillable,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

/**
 * Fee rules by carrier, terminal and container type (docs/domain.md, "Fees by carrier and terminal"):
 * managers and admins keep them, staff read them; the stages record charges from them. Every change is
 * audited (`fee_rule`).
 */
@Injectable()
export class FeeRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListFeeRulesQueryDto): Promise<Page<FeeRuleDto>> {
    const qb = this.dataSource.getRepository(FeeRule).createQueryBuilder('r');
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    if (query.carrierId) qb.andWhere('r.carrierId = :carrierId', { carrierId: query.carrierId });
    return keysetPage(qb, query, BY_KIND, (rows) => rows.map(toDto));
  }

  async get(id: string): Promise<FeeRuleDto> {
    const rule = UUID.test(id) ? await this.dataSource.manager.findOneBy(FeeRule, { id }) : null;
    if (!rule) throw new NotFoundError('Fee rule');
    return toDto(rule);
  }

  async create(dto: CreateFeeRuleDto): Promise<FeeRuleDto> {
    const amount = parseAmount(dto.amount);
    const scope = {
      kind: dto.kind,
      carrierId: dto.carrierId ?? null,
      terminal: dto.terminal ?? null,
      containerType: dto.containerType ?? null,
    };
    try {
      return await this.dataSource.transaction(async (em) => {
        if (scope.carrierId) {
          const [carrier] = await em.query<unknown[]>('SELECT 1 FROM carriers WHERE id = $1', [
            scope.carrierId,
          ]);
          if (!carrier) throw new InvalidReferenceError('carrierId', 'no such carrier');
        }
        const rule = await em.save(
          em.create(FeeRule, {
            ...scope,
            amountMinor: amount.minor.toString(),
            currency: amount.currency,
            rebillable: dto.rebillable ?? true,
          }),
        );
        const created = toDto(rule);
        await this.audit.record(em, {
          entityType: FEE_RULE_ENTITY_TYPE,
          entityId: created.id,
          action: 'created',
          changes: { ...scope, amount: created.amount, rebillable: created.rebillable },
        });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new FeeRuleTakenError();
      throw error;
    }
  }

  async update(id: string, dto: UpdateFeeRuleDto, expectedVersion?: number): Promise<FeeRuleDto> {
    const amount = dto.amount ? parseAmount(dto.amount) : undefined;
    return this.dataSource.transaction(async (em) => {
      const rule = await this.getForUpdate(em, id, expectedVersion);
      const before = toDto(rule);
      const patch: Partial<FeeRule> = {};
      const changes: Record<string, unknown> = {};
      if (amount && (amount.minor.toString() !== rule.amountMinor || amount.currency !== rule.currency)) {
        patch.amountMinor = amount.minor.toString();
        patch.currency = amount.currency;
        changes.amount = { from: before.amount, to: amount.toJSON() };
      }
      if (dto.rebillable !== undefined && dto.rebillable !== rule.rebillable) {
        patch.rebillable = dto.rebillable;
        changes.rebillable = { from: rule.rebillable, to: dto.rebillable };
      }
      if (!Object.keys(patch).length) return before;
      await writeVersioned(em, FeeRule, rule, patch);
      await this.audit.record(em, {
        entityType: FEE_RULE_ENTITY_TYPE,
        entityId: id,
        action: 'updated',
        changes,
      });
      return toDto(await em.findOneByOrFail(FeeRule, { id }));
    });
  }

  async remove(id: string, expectedVersion?: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const gone = toDto(await this.getForUpdate(em, id, expectedVersion));
      await em.delete(FeeRule, { id });
      await this.audit.record(em, {
        entityType: FEE_RULE_ENTITY_TYPE,
        entityId: id,
        action: 'deleted',
        changes: {
          kind: gone.kind,
          carrierId: gone.carrierId,
          terminal: gone.terminal,
          containerType: gone.containerType,
          amount: gone.amount,
        },
      });
    });
  }

  private async getForUpdate(em: EntityManager, id: string, expectedVersion?: number): Promise<FeeRule> {
    const rule = UUID.test(id)
      ? await em.findOne(FeeRule, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!rule) throw new NotFoundError('Fee rule');
    if (expectedVersion !== undefined && expectedVersion !== rule.version)
      throw new PreconditionFailedError(rule.version);
    return rule;
  }
}
