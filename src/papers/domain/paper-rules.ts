import type { ShipmentEventType } from '../../shipments/domain/shipment-events';
import type { UserAction } from '../../shipments/domain/shipment-machine';

/** A rule as the checks read it. */
export interface PaperRuleRow {
  id: string;
  action: string;
  kind: string;
  severity: 'blocking' | 'warning' | 'waived';
  carrierId: string | null;
  clientId: string | null;
}

/**
 * The actions a paper may gate, and the event that says the shipment has taken that step (after which a
 * missing paper is no longer late, only missing). Cancel, roll and shut-out need no paper.
 */
export const GATED_ACTIONS = {
  'confirm-booking': 'booking_confirmed',
  'request-space': 'space_requested',
  'release-so': 'so_released',
  pickup: 'container_picked_up',
  stuff: 'container_stuffed',
  'gate-in': 'container_gated_in',
  'declare-customs': 'customs_declared',
  'release-customs': 'customs_released',
  'submit-si': 'si_submitted',
  'approve-bl': 'bl_approved',
  'release-bl': 'bl_released',
} as const satisfies Partial<Record<UserAction, ShipmentEventType>>;
export type GatedAction = keyof typeof GATED_ACTIONS;
export const GATED_ACTION_NAMES = Object.keys(GATED_ACTIONS) as GatedAction[];

/** The cut-off a paper is late against: the customs papers the customs cut-off, the SI's the SI cut-off, ... */
export const CUTOFF_OF_ACTION: Partial<Record<GatedAction, 'cutoffCy' | 'cutoffSi' | 'cutoffCustoms'>> = {
  pickup: 'cutoffCy',
  stuff: 'cutoffCy',
  'gate-in': 'cutoffCy',
  'declare-customs': 'cutoffCustoms',
  'release-customs': 'cutoffCustoms',
  'submit-si': 'cutoffSi',
};

/**
 * The rules that apply to a shipment: for each action and kind, the most specific row of those that match
 * (client and carrier, then client, then carrier, then the default), and none where that row waives it.
 */
export function effectiveRules<R extends PaperRuleRow>(
  rows: readonly R[],
  shipment: { clientId: string; carrierId: string | null },
): R[] {
  const best = new Map<string, R>();
  const weight = (r: PaperRuleRow): number => (r.clientId ? 2 : 0) + (r.carrierId ? 1 : 0);
  for (const r of rows) {
    if (r.clientId && r.clientId !== shipment.clientId) continue;
    if (r.carrierId && r.carrierId !== shipment.carrierId) continue;
    const key = `${r.action}\u0000${r.kind}`;
    const held = best.get(key);
    if (!held || weight(r) > weight(held)) best.set(key, r);
  }
  return [...best.values()].filter((r) => r.severity !== 'waived');
}
