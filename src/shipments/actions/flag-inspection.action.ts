import { ValidationFailedError } from '../../common/errors/app-error';
import { Money } from '../../common/money';
import { toMoney } from '../../common/money/money.dto';
import type { ActionHandler } from './action-handler';
import { recordCharges } from './stage-charges';

/**
 * Customs picked the shipment for inspection. The fee entered here is the inspection's charge (source
 * `inspection`); without one, the inspection rule of the containers' terminal applies per container
 * (docs/domain.md step 7: 550 CNY at Yantian). `inspectionFee` on the shipment is the same amount, written
 * from the charges, never typed twice.
 */
export const flagInspection: ActionHandler<'flag-inspection'> = {
  async effect(change, dto, { em, charges }) {
    const fee = dto.fee ? toMoney(dto.fee, 'fee') : null;
    if (fee && !fee.isPositive())
      throw ValidationFailedError.field('fee.amount', 'the inspection fee must be positive');
    const recorded = fee
      ? [await charges.inspectionFee(em, { minor: fee.minor, currency: fee.currency }, change.containers)]
      : await charges.fromRules(em, change.shipment.carrierId, ['inspection'], change.containers);
    const currency = recorded[0]?.cost.currency;
    // One amount on the shipment: the charges' sum when they are in one currency (the rules' may not be).
    const total =
      currency && recorded.every((c) => c.cost.currency === currency)
        ? Money.sum(
            recorded.map((c) => Money.fromMinor(BigInt(c.costMinor), currency)),
            currency,
          )
        : null;
    change.set({
      inspection: 'pending',
      inspectionFeeMinor: total ? total.minor.toString() : null,
      inspectionFeeCurrency: total?.currency ?? null,
    });
    return {
      fee: total?.toJSON() ?? null,
      note: dto.note ?? null,
      ...recordCharges(change, recorded, charges),
    };
  },
};
