import type { ActionHandler } from './action-handler';
import { emptyReturns } from './stage-charges';

/**
 * Cargo left behind after customs release (退关): the shipment ends cancelled, with the reason and customs'
 * withdrawal reference in the event. Cancel's billing rule holds (the table's guard: no issued debit note),
 * and so do its charges: the boxes picked up go back empty, at the empty-return fee.
 */
export const shutOut: ActionHandler<'shut-out'> = {
  async effect(change, { reason, customsWithdrawalReference }, services) {
    change.set({ cancelReason: reason });
    return {
      reason,
      customsWithdrawalReference: customsWithdrawalReference ?? null,
      declarationNumber: change.shipment.declarationNumber,
      ...(await emptyReturns(change, services)),
    };
  },
};
