import { shipmentFacts } from '../shipment-facts';
import type { ActionHandler } from './action-handler';

/**
 * The B/L released; before payment only with the client's credit or an approval (the billing guard). The
 * client is told: the original B/L is ready, or the telex release (电放) is done.
 */
export const releaseBl: ActionHandler<'release-bl'> = {
  // The approval a release before payment relies on, checked by billing (BillingFactsProvider).
  guardInput: ({ approvalId }) => ({ approvalId }),
  effect(change, { mode, approvalId }, { notices }) {
    const beforePayment = change.shipment.status === 'debit_noted';
    change.set({ releaseMode: mode });
    change.alsoWrite((tx) =>
      notices.blReleased(tx, shipmentFacts(change), { mode, blNumber: change.shipment.blNumber }),
    );
    return { mode, approvalId: approvalId ?? null, beforePayment };
  },
};
