import type { EntityManager } from 'typeorm';
import type { MoneyJson } from '../common/money';

/**
 * How the shipment's stages record the fees they incur (docs/domain.md, "Fees by carrier and terminal")
 * without importing the fees feature (which reads shipments). Provided by `StageChargesModule` (src/fees),
 * which ShipmentsModule imports.
 */
export const STAGE_CHARGES = Symbol('STAGE_CHARGES');

/** The fees a stage asks the rules about. */
export type StageFeeKind = 'doc_print' | 'lift' | 'heavy_select' | 'empty_return' | 'inspection';

/** A container as the fee rules read it: its type, and its terminal once gated in. */
export interface ChargedContainer {
  id: string;
  type: string;
  terminal: string | null;
}

/** A charge a stage is about to record (written with the stage's change, in its transaction). */
export interface StageCharge {
  containerId: string | null;
  kind: StageFeeKind;
  description: string;
  cost: MoneyJson;
  costMinor: string;
  carrierId: string | null;
  rebillable: boolean;
  ruleId: string | null;
  source: 'rule' | 'inspection';
}

export interface StageChargesProvider {
  /**
   * The charges the fee rules give for each container and kind: the most specific rule per container, none
   * where it says 0, and no document printing for a carrier that needs none. `carrierId` is the shipment's.
   */
  fromRules(
    em: EntityManager,
    carrierId: string | null,
    kinds: readonly StageFeeKind[],
    containers: readonly ChargedContainer[],
  ): Promise<StageCharge[]>;
  /** The inspection fee entered on flag-inspection as a charge, rebillable as the terminal's rule says. */
  inspectionFee(
    em: EntityManager,
    fee: { minor: bigint; currency: string },
    containers: readonly ChargedContainer[],
  ): Promise<StageCharge>;
  /** Writes the charges on the shipment, in the stage's transaction. */
  record(tx: EntityManager, shipmentId: string, charges: readonly StageCharge[]): Promise<void>;
}
