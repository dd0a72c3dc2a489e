import { parseTime } from '../../common/time';
import type { ActionHandler } from './action-handler';
import { parseCutoffs, voyageOf } from './voyage';

/** The carrier's S/O: its numbers, the vessel and the cut-offs the shipment now works to. */
export const releaseSo: ActionHandler<'release-so'> = {
  effect(change, dto) {
    const etd = parseTime(dto.etd, 'etd');
    change.set({
      soNumber: dto.soNumber,
      carrierBookingReference: dto.carrierBookingReference,
      vessel: dto.vessel,
      voyage: dto.voyage,
      etd,
      ...parseCutoffs(dto.cutoffs, etd),
    });
    return {
      soNumber: dto.soNumber,
      carrierBookingReference: dto.carrierBookingReference,
      ...voyageOf(change.shipment),
    };
  },
};
