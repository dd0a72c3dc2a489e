/**
 * The fees the manuals name for the stages of an export (docs/domain.md, "Fees by carrier and terminal"):
 * document printing (打单费), lifting (吊柜费), heavy-box selection (选重费), empty return (返空费) and
 * inspection (查柜费). Every one is charged per container.
 */
export const FEE_KINDS = ['doc_print', 'lift', 'heavy_select', 'empty_return', 'inspection'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** What a charge on a shipment may be: a fee of the rules, or anything else the operator records. */
export const CHARGE_KINDS = [...FEE_KINDS, 'other'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];

/** Where a charge came from: a fee rule at a stage, the operator, or the fee entered on flag-inspection. */
export const CHARGE_SOURCES = ['rule', 'manual', 'inspection'] as const;
export type ChargeSource = (typeof CHARGE_SOURCES)[number];

/** How a charge is described on the shipment and on a draft's line when it has no description of its own. */
export const FEE_DESCRIPTIONS: Readonly<Record<ChargeKind, string>> = {
  doc_print: 'Document printing 打单费',
  lift: 'Lifting 吊柜费',
  heavy_select: 'Heavy-box selection 选重费',
  empty_return: 'Empty return 返空费',
  inspection: 'Inspection 查柜费',
  other: 'Other charge 其他费用',
};
