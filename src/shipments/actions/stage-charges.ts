import type { ActionServices } from './action-handler';
import type { ShipmentChange } from '../shipment-change';
import type { StageCharge, StageChargesProvider } from '../stage-charges.port';

/**
 * Records a stage's charges with its change (in the change's transaction, once it is written) and answers
 * what the stage's event shows of them: the history names each charge the stage recorded (staff only: the
 * event table lists no `charges` key for clients).
 */
export function recordCharges(
  change: ShipmentChange,
  charges: readonly StageCharge[],
  provider: StageChargesProvider,
): {
  charges?: { kind: string; containerId: string | null; cost: StageCharge['cost']; rebillable: boolean }[];
} {
  if (!charges.length) return {};
  change.alsoWrite((tx) => provider.record(tx, change.shipment.id, charges));
  return {
    charges: charges.map((c) => ({
      kind: c.kind,
      containerId: c.containerId,
      cost: c.cost,
      rebillable: c.rebillable,
    })),
  };
}

/**
 * A shipment ended (cancel, shut-out) after pickup: every box picked up and not sailed goes back empty, one
 * empty-return fee each from the rules (carrier, terminal once gated in, type).
 */
export async function emptyReturns(
  change: ShipmentChange,
  services: ActionServices,
): Promise<ReturnType<typeof recordCharges>> {
  const out = change.containers.filter((c) => c.status !== 'planned');
  if (!out.length) return {};
  const fees = await services.charges.fromRules(
    services.em,
    change.shipment.carrierId,
    ['empty_return'],
    out,
  );
  return recordCharges(change, fees, services.charges);
}
