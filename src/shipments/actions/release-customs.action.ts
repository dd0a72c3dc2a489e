import type { ActionHandler } from './action-handler';

export const releaseCustoms: ActionHandler<'release-customs'> = {
  effect: () => ({}),
};
