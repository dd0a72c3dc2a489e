import { parseTime } from '../../common/time';
import { shipmentFacts } from '../shipment-facts';
import type { ActionHandler } from './action-handler';
import { cutoffsOf, parseCutoffs, voyageOf } from './voyage';

/**
 * The carrier moved the box to another sailing: recorded from and to, and the client told. Once the SI is in,
 * the B/L draft names the old vessel: both sides' approvals are cleared and the check is redone (the table
 * moves a shipment past `si_submitted` back to it; docs/state-machine.md, "Late rolls").
 */
export const roll: ActionHandler<'roll'> = {
  effect(change, dto, { notices }) {
    const s = change.shipment;
    const from = { ...voyageOf(s), cutoffs: cutoffsOf(s) };
    const etd = parseTime(dto.etd, 'etd');
    const onDraft = s.siRevision > 0;
    change.set({
      vessel: dto.vessel,
      voyage: dto.voyage,
      etd,
      ...(dto.cutoffs ? parseCutoffs(dto.cutoffs, etd) : {}),
      ...(onDraft ? { blApprovedClientRevision: null, blApprovedCarrierRevision: null } : {}),
    });
    const data = {
      reason: dto.reason,
      from,
      to: { ...voyageOf(s), cutoffs: cutoffsOf(s) },
      ...(onDraft ? { blApprovalsCleared: true, siRevision: s.siRevision } : {}),
    };
    change.alsoWrite((tx) => notices.vesselRolled(tx, shipmentFacts(change), data));
    // After the S/O, the client's trucker works to the notice: a new version of it when the roll changed it.
    if (s.soNumber && JSON.stringify(from) !== JSON.stringify({ ...voyageOf(s), cutoffs: cutoffsOf(s) })) {
      change.alsoWrite((tx) => notices.soNotice(tx, shipmentFacts(change)));
    }
    // Once the SI is in, the vessel is on the B/L draft: a new one goes to the client, to approve again.
    if (onDraft) {
      change.alsoWrite((tx) =>
        notices.blDraft(tx, shipmentFacts(change), { revision: s.siRevision, reason: 'roll' }),
      );
    }
    return data;
  },
};
