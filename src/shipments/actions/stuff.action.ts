import { ValidationFailedError } from '../../common/errors/app-error';
import { atScale } from '../../common/money';
import { parsePastTime } from '../../common/time';
import type { ContainerActionHandler } from './action-handler';

/** Fractional digits of a container's weights (kg), as the column keeps them. */
const WEIGHT_SCALE = 3;

/** The box loaded, with what was weighed. */
export const stuff: ContainerActionHandler<'stuff'> = {
  from: 'picked_up',
  effect(change, container, dto) {
    const at = parsePastTime(dto.at, 'at');
    if (container.pickedUpAt && at < container.pickedUpAt)
      throw ValidationFailedError.field('at', 'at is before the pickup');
    // Written as the database keeps them (numeric(12,3)), so the answer and the history say the same.
    const kg = (value: string | undefined): string | null =>
      value === undefined ? null : atScale(value, WEIGHT_SCALE);
    const weights = { grossWeightKg: kg(dto.grossWeightKg), vgmKg: kg(dto.vgmKg) };
    change.setContainer(container, {
      status: 'stuffed',
      stuffedAt: at,
      packages: dto.packages ?? null,
      ...weights,
    });
    return {
      containerNumber: container.containerNumber,
      at: at.toISOString(),
      packages: dto.packages ?? null,
      ...weights,
      emptyIndicator: 'LADEN',
    };
  },
};
