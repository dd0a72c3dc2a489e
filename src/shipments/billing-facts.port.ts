import type { EntityManager } from 'typeorm';
import type { BillingFacts } from './domain/shipment-machine';
import type { ShipmentStatus } from './domain/shipment-status';

/**
 * How the shipment machine asks billing about a shipment's debit notes without importing billing (which
 * itself moves shipments). The billing module provides it; without one, a shipment has no notes.
 */
export const BILLING_FACTS = Symbol('BILLING_FACTS');

export interface BillingFactsProvider {
  factsFor(
    em: EntityManager,
    shipment: { id: string; clientId: string; status: ShipmentStatus },
    input?: { approvalId?: string },
  ): Promise<BillingFacts>;
}
