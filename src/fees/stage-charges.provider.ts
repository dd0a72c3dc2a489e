import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CurrencyCode, Money } from '../common/money';
import { RequestContext } from '../common/request-context';
import type {
  ChargedContainer,
  StageCharge,
  StageChargesProvider,
  StageFeeKind,
} from '../shipments/stage-charges.port';
import { FEE_DESCRIPTIONS } from './domain/fee-kind';
import { mostSpecificRule } from './domain/fee-match';
import { FeeRule } from './entities/fee-rule.entity';
import { ShipmentCharge } from './entities/shipment-charge.entity';

/** Fees billed to us by the shipment's carrier; the rest (inspection) are customs' or the terminal's. */
const CARRIER_FEES: ReadonlySet<StageFeeKind> = new Set([
  'doc_print',
  'lift',
  'heavy_select',
  'empty_return',
]);

/**
 * The fee rules as the shipment's stages read them (the `STAGE_CHARGES` port): in the stage's manager, no
 * feature's service needed.
 */
@Injectable()
export class FeeRuleStageCharges implements StageChargesProvider {
  constructor(private readonly context: RequestContext) {}

  async fromRules(
    em: EntityManager,
    carrierId: string | null,
    kinds: readonly StageFeeKind[],
    containers: readonly ChargedContainer[],
  ): Promise<StageCharge[]> {
    if (!kinds.length || !containers.length) return [];
    const rules = await em
      .getRepository(FeeRule)
      .createQueryBuilder('r')
      .where('r.kind IN (:...kinds)', { kinds })
      .andWhere('(r.carrierId IS NULL OR r.carrierId = :carrierId)', { carrierId })
      .getMany();
    if (!rules.length) return [];
    // docs/domain.md step 4: a carrier that needs no documents printed (MSC) charges no printing.
    const docPrint =
      kinds.includes('doc_print') && carrierId
        ? (
            await em.query<{ requires_doc_print: boolean }[]>(
              'SELECT requires_doc_print FROM carriers WHERE id = $1',
              [carrierId],
            )
          )[0]?.requires_doc_print !== false
        : true;
    const charges: StageCharge[] = [];
    for (const container of containers) {
      for (const kind of kinds) {
        if (kind === 'doc_print' && !docPrint) continue;
        const rule = mostSpecificRule(rules, kind, {
          carrierId,
          terminal: container.terminal,
          containerType: container.type,
        });
        if (!rule || BigInt(rule.amountMinor) === 0n) continue;
        const cost = Money.fromMinor(BigInt(rule.amountMinor), rule.currency as CurrencyCode);
        charges.push({
          containerId: container.id,
          kind,
          description: FEE_DESCRIPTIONS[kind],
          cost: cost.toJSON(),
          costMinor: rule.amountMinor,
          carrierId: CARRIER_FEES.has(kind) ? carrierId : null,
          rebillable: rule.rebillable,
          ruleId: rule.id,
          source: 'rule',
        });
      }
    }
    return charges;
  }

  async inspectionFee(
    em: EntityManager,
    fee: { minor: bigint; currency: string },
    containers: readonly ChargedContainer[],
  ): Promise<StageCharge> {
    const rules = await em.findBy(FeeRule, { kind: 'inspection' });
    const terminal = containers.find((c) => c.terminal)?.terminal ?? null;
    const rule = mostSpecificRule(rules, 'inspection', {
      carrierId: null,
      terminal,
      containerType: containers[0]?.type ?? '',
    });
    return {
      containerId: null,
      kind: 'inspection',
      description: FEE_DESCRIPTIONS.inspection,
      cost: Money.fromMinor(fee.minor, fee.currency as CurrencyCode).toJSON(),
      costMinor: fee.minor.toString(),
      carrierId: null,
      rebillable: rule?.rebillable ?? true,
      ruleId: null,
      source: 'inspection',
    };
  }

  async record(tx: EntityManager, shipmentId: string, charges: readonly StageCharge[]): Promise<void> {
    if (!charges.length) return;
    const createdById = this.context.actorOrNull?.id ?? null;
    await tx.insert(
      ShipmentCharge,
      charges.map((c) => ({
        shipmentId,
        containerId: c.containerId,
        kind: c.kind,
        description: c.description,
        costMinor: c.costMinor,
        currency: c.cost.currency,
        carrierId: c.carrierId,
        rebillable: c.rebillable,
        ruleId: c.ruleId,
        source: c.source,
        createdById,
      })),
    );
  }
}
