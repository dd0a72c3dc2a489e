import { ValidationFailedError } from '../../common/errors/app-error';
import { parsePastTime } from '../../common/time';
import type { ContainerActionHandler } from './action-handler';

/** The laden box received at the terminal. */
export const gateIn: ContainerActionHandler<'gate-in'> = {
  from: 'stuffed',
  effect(change, container, dto) {
    const at = parsePastTime(dto.at, 'at');
    if (container.stuffedAt && at < container.stuffedAt)
      throw ValidationFailedError.field('at', 'at is before the stuffing');
    change.setContainer(container, { status: 'gated_in', gatedInAt: at, terminal: dto.terminal ?? null });
    return {
      containerNumber: container.containerNumber,
      at: at.toISOString(),
      terminal: dto.terminal ?? null,
      emptyIndicator: 'LADEN',
    };
  },
};
