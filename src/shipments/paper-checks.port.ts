import type { EntityManager } from 'typeorm';

/**
 * How the shipment's actions and board ask which papers an action still lacks (docs/papers.md, "The
 * checklist") without importing the papers feature (which reads shipments). Provided by `PaperChecksModule`
 * (src/papers), which ShipmentsModule imports.
 */
export const PAPER_CHECKS = Symbol('PAPER_CHECKS');

/** A paper an action needs and the shipment does not have (no attachment of that kind that is not removed). */
export interface MissingPaper {
  kind: string;
  /** The kind's English name, for the `missing` and `warnings` texts. */
  name: string;
  /** Blocking rules refuse the action (422) like any unmet requirement; warnings are only listed. */
  blocking: boolean;
}

/** The parts of a shipment the rules are chosen by (per-carrier and per-client overrides). */
export interface PaperShipment {
  id: string;
  clientId: string;
  carrierId: string | null;
}

export interface PaperChecksProvider {
  /** For each of `actions` that lacks papers, what it lacks (actions lacking none are left out). */
  missingFor(
    em: EntityManager,
    shipment: PaperShipment,
    actions: readonly string[],
  ): Promise<Map<string, MissingPaper[]>>;
  /** How many papers each shipment's next action lacks (the board's badge); shipments with none left out. */
  missingCounts(
    em: EntityManager,
    shipments: readonly (PaperShipment & { action: string | null })[],
  ): Promise<Map<string, number>>;
}

/** The text of a missing paper, in `missing` (blocking) or `warnings`. */
export function missingPaperText(paper: MissingPaper): string {
  return `paper missing: ${paper.name} (${paper.kind})`;
}
