import { parseTime } from '../../common/time';
import { shipmentFacts } from '../shipment-facts';
import type { ActionHandler } from './action-handler';
import { cutoffsOf, parseCutoffs, voyageOf } from './voyage';

/** The carrier moved the box to another sailing: recorded from and to, and the client told. */
export const roll: ActionHandler<'roll'> = {
  effect(change, dto, { notices }) {
    const s = change.shipment;
    const from = { ...voyageOf(s), cutoffs: cutoffsOf(s) };
    const etd = parseTime(dto.etd, 'etd');
    change.set({
      vessel: dto.vessel,
      voyage: dto.voyage,
      etd,
      ...(dto.cutoffs ? parseCutoffs(dto.cutoffs, etd) : {}),
    });
    const data = { reason: dto.reason, from, to: { ...voyageOf(s), cutoffs: cutoffsOf(s) } };
    change.alsoWrite((tx) => notices.vesselRolled(tx, shipmentFacts(change), data));
    return data;
  },
};
