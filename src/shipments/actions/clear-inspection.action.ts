import type { ActionHandler } from './action-handler';

export const clearInspection: ActionHandler<'clear-inspection'> = {
  effect(change, { note }) {
    change.set({ inspection: 'cleared' });
    return { note: note ?? null };
  },
};
