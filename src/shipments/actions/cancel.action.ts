import type { ActionHandler } from './action-handler';
import { emptyReturns } from './stage-charges';

/** Cancelled: boxes already picked up go back empty, at the carrier's empty-return fee (docs/domain.md). */
export const cancel: ActionHandler<'cancel'> = {
  async effect(change, { reason }, services) {
    change.set({ cancelReason: reason });
    return { reason, ...(await emptyReturns(change, services)) };
  },
};
