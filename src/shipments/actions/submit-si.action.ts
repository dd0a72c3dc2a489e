import { ValidationFailedError } from '../../common/errors/app-error';
import { atScale } from '../../common/money';
import type { Container } from '../entities/container.entity';
import { SiContainersMismatchError, type SiFigureMismatch } from '../shipments.errors';
import { shipmentFacts } from '../shipment-facts';
import type { ActionHandler } from './action-handler';

/** Kilograms at the containers' scale (3 decimals) as a whole number of grams, to add and compare exactly. */
const grams = (kg: string): bigint => BigInt(atScale(kg, 3).replace('.', ''));
const kgOf = (g: bigint): string => {
  const text = g.toString().padStart(4, '0');
  return `${text.slice(0, -3)}.${text.slice(-3)}`;
};

/**
 * The stuffed containers' totals, each only when every container recorded it (a figure not weighed on one
 * box cannot be compared: it is then null and not checked).
 */
export function stuffedTotals(containers: readonly Container[]): {
  packages: number | null;
  grossWeightKg: string | null;
} {
  const boxes = containers.filter((c) => c.status === 'stuffed' || c.status === 'gated_in');
  const all = boxes.length > 0 && boxes.length === containers.length;
  const packages =
    all && boxes.every((c) => c.packages !== null) ? boxes.reduce((n, c) => n + c.packages!, 0) : null;
  const weight =
    all && boxes.every((c) => c.grossWeightKg !== null)
      ? kgOf(boxes.reduce((g, c) => g + grams(c.grossWeightKg!), 0n))
      : null;
  return { packages, grossWeightKg: weight };
}

/**
 * A new revision of the shipping instructions: the B/L draft printed from it needs both sides again. Its
 * packages and gross weight must be the stuffed containers' totals, unless the operator acknowledges the
 * difference with a note (recorded in the event).
 */
export const submitSi: ActionHandler<'submit-si'> = {
  effect(change, dto, { notices }) {
    if (dto.acknowledgeMismatch && !dto.mismatchNote) {
      throw ValidationFailedError.field('mismatchNote', 'mismatchNote is required with acknowledgeMismatch');
    }
    const totals = stuffedTotals(change.containers);
    const mismatches: SiFigureMismatch[] = [];
    if (totals.packages !== null && totals.packages !== dto.packages) {
      mismatches.push({ field: 'packages', si: dto.packages, containers: totals.packages });
    }
    if (totals.grossWeightKg !== null && grams(dto.grossWeightKg) !== grams(totals.grossWeightKg)) {
      mismatches.push({
        field: 'grossWeightKg',
        si: atScale(dto.grossWeightKg, 3),
        containers: totals.grossWeightKg,
      });
    }
    if (mismatches.length && !dto.acknowledgeMismatch) throw new SiContainersMismatchError(mismatches);
    if (dto.pod && dto.pod !== change.shipment.pod) {
      if (dto.pod === change.shipment.pol)
        throw ValidationFailedError.field('pod', 'pod must differ from pol');
      change.record('booking_changed', {
        field: 'pod',
        from: change.shipment.pod,
        to: dto.pod,
        via: 'submit-si',
        confirmationResent: true,
      });
      change.set({ pod: dto.pod });
      change.alsoWrite((tx) => notices.bookingConfirmed(tx, shipmentFacts(change)));
    }
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
        placeOfReceipt: dto.placeOfReceipt ?? null,
        placeOfDelivery: dto.placeOfDelivery ?? null,
      },
      // A new revision needs both sides' approval again (docs/domain.md, step 10).
      blApprovedClientRevision: null,
      blApprovedCarrierRevision: null,
    });
    // The client gets the B/L draft of this revision to check (stored: its approval names that document).
    change.alsoWrite((tx) => notices.blDraft(tx, shipmentFacts(change), { revision, reason: 'si' }));
    return {
      revision,
      blType: dto.blType,
      ...(mismatches.length ? { mismatch: { figures: mismatches, note: dto.mismatchNote } } : {}),
    };
  },
};
