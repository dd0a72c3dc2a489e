import type { EntityManager } from 'typeorm';
import { Approval } from './entities/approval.entity';

/**
 * The approved release_before_payment approval that lets a shipment's B/L go before payment: the one named,
 * or any approved for the shipment. Says why not when there is none. (A plain query, so that the billing
 * guards can ask it while the shipment machine is writing, without a service cycle.)
 */
export async function releaseApproval(
  em: EntityManager,
  shipmentId: string,
  approvalId?: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (approvalId) {
    const approval = await em.findOneBy(Approval, { id: approvalId });
    if (!approval || approval.shipmentId !== shipmentId || approval.type !== 'release_before_payment') {
      return {
        ok: false,
        reason: `approval ${approvalId} is not a release_before_payment approval for this shipment`,
      };
    }
    return approval.state === 'approved'
      ? { ok: true }
      : { ok: false, reason: `approval ${approvalId} is ${approval.state}` };
  }
  const found = await em.existsBy(Approval, {
    shipmentId,
    type: 'release_before_payment',
    state: 'approved',
  });
  return found ? { ok: true } : { ok: false, reason: 'no approved release_before_payment approval' };
}
