import type { ActionHandler } from './action-handler';

/**
 * Cargo left behind after customs release (退关): the shipment ends cancelled, with the reason and customs'
 * withdrawal reference in the event. Cancel's billing rule holds (the table's guard: no issued debit note).
 */
export const shutOut: ActionHandler<'shut-out'> = {
  effect(change, { reason, customsWithdrawalReference }) {
    change.set({ cancelReason: reason });
    return {
      reason,
      customsWithdrawalReference: customsWithdrawalReference ?? null,
      declarationNumber: change.shipment.declarationNumber,
    };
  },
};
