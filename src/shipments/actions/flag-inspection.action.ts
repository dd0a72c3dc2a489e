import { ValidationFailedError } from '../../common/errors/app-error';
import { toMoney } from '../../common/money/money.dto';
import type { ActionHandler } from './action-handler';

/** Customs picked the shipment for inspection, with the fee it will cost when known. */
export const flagInspection: ActionHandler<'flag-inspection'> = {
  effect(change, dto) {
    const fee = dto.fee ? toMoney(dto.fee, 'fee') : null;
    if (fee && !fee.isPositive())
      throw ValidationFailedError.field('fee.amount', 'the inspection fee must be positive');
    change.set({
      inspection: 'pending',
      inspectionFeeMinor: fee ? fee.minor.toString() : null,
      inspectionFeeCurrency: fee?.currency ?? null,
    });
    return { fee: fee?.toJSON() ?? null, note: dto.note ?? null };
  },
};
