import type { ContainerActionName } from './write';

/** A container's next step from its status (planned → pick up → stuff → gate in), or none once gated in. */
export const NEXT_STEP: Record<string, ContainerActionName | undefined> = {
  planned: 'pickup',
  picked_up: 'stuff',
  stuffed: 'gate-in',
};

/** The status a container must be at for a step. */
export const STEP_FROM: Record<ContainerActionName, string> = {
  pickup: 'planned',
  stuff: 'picked_up',
  'gate-in': 'stuffed',
};

export const CONTAINER_STEPS: readonly ContainerActionName[] = ['pickup', 'stuff', 'gate-in'];
