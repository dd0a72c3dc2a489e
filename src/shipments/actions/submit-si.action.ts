import type { ActionHandler } from './action-handler';

/** A new revision of the shipping instructions: the B/L draft printed from it needs both sides again. */
export const submitSi: ActionHandler<'submit-si'> = {
  effect(change, dto) {
    const revision = change.shipment.siRevision + 1;
    change.set({
      siRevision: revision,
      shippingInstructions: {
        shipper: dto.shipper,
        consignee: dto.consignee,
        notifyParty: dto.notifyParty ?? null,
        marks: dto.marks,
        description: dto.description,
        packages: dto.packages,
        grossWeightKg: dto.grossWeightKg,
        measurementCbm: dto.measurementCbm,
        blType: dto.blType,
      },
      // A new revision needs both sides' approval again (docs/domain.md, step 10).
      blApprovedClientRevision: null,
      blApprovedCarrierRevision: null,
    });
    return { revision, blType: dto.blType };
  },
};
