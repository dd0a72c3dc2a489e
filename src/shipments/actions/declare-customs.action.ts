import type { ActionHandler } from './action-handler';

export const declareCustoms: ActionHandler<'declare-customs'> = {
  effect(change, { declarationNumber }) {
    change.set({ declarationNumber });
    return { declarationNumber };
  },
};
