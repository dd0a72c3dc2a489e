import type { EntityManager } from 'typeorm';
import { Approval } from './entities/approval.entity';

/**
 * The approved void_after_release approval named for voiding a receivable note of a shipment whose B/L is
 * released (a manager's word that the client owes nothing more, or owes it elsewhere); says why not when it
 * is not one. A plain query, like `releaseApproval`, so that billing can ask it inside its own transaction.
 * Whether it has already been used is billing's to say (one approval voids one note).
 */
export async function voidAfterReleaseApproval(
  em: EntityManager,
  shipmentId: string,
  approvalId: string,
): Promise<{ ok: true; approval: Approval } | { ok: false; reason: string }> {
  const approval = await em.findOneBy(Approval, { id: approvalId });
  if (!approval || approval.shipmentId !== shipmentId || approval.type !== 'void_after_release') {
    return {
      ok: false,
      reason: `approval ${approvalId} is not a void_after_release approval for this shipment`,
    };
  }
  return approval.state === 'approved'
    ? { ok: true, approval }
    : { ok: false, reason: `approval ${approvalId} is ${approval.state}` };
}
