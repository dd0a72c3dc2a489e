import { parseTime } from '../../common/time';
import { shipmentFacts } from '../shipment-facts';
import type { ActionHandler } from './action-handler';
import { parseCutoffs, voyageOf } from './voyage';

/**
 * The carrier's S/O: its numbers, the vessel and the cut-offs the shipment now works to; the client gets the
 * S/O notice (放舱通知) for its trucker, kept as sent (docs/documents.md).
 */
export const releaseSo: ActionHandler<'release-so'> = {
  effect(change, dto, { notices }) {
    const etd = parseTime(dto.etd, 'etd');
    change.set({
      soNumber: dto.soNumber,
      carrierBookingReference: dto.carrierBookingReference,
      vessel: dto.vessel,
      voyage: dto.voyage,
      etd,
      ...parseCutoffs(dto.cutoffs, etd),
    });
    change.alsoWrite((tx) => notices.soNotice(tx, shipmentFacts(change)));
    return {
      soNumber: dto.soNumber,
      carrierBookingReference: dto.carrierBookingReference,
      ...voyageOf(change.shipment),
    };
  },
};
