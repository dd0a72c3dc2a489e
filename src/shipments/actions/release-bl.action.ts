import type { ActionHandler } from './action-handler';

/** The B/L released; before payment only with the client's credit or an approval (the billing guard). */
export const releaseBl: ActionHandler<'release-bl'> = {
  // The approval a release before payment relies on, checked by billing (BillingFactsProvider).
  guardInput: ({ approvalId }) => ({ approvalId }),
  effect(change, { mode, approvalId }) {
    const beforePayment = change.shipment.status === 'debit_noted';
    change.set({ releaseMode: mode });
    return { mode, approvalId: approvalId ?? null, beforePayment };
  },
};
