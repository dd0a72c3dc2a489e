import type { ActionHandler } from './action-handler';

export const cancel: ActionHandler<'cancel'> = {
  effect(change, { reason }) {
    change.set({ cancelReason: reason });
    return { reason };
  },
};
