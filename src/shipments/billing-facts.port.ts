import type { EntityManager } from 'typeorm';
import type { BillingFacts, GuardInput } from './domain/shipment-machine';
import type { ShipmentStatus } from './domain/shipment-status';

/**
 * How the shipment machine asks billing about a shipment's debit notes without importing billing (which
 * itself moves shipments). Provided by `BillingFactsModule` (src/billing), which ShipmentsModule imports: an
 * app wired without it does not start.
 */
export const BILLING_FACTS = Symbol('BILLING_FACTS');

export interface BillingFactsProvider {
  /** `input`: what the action's body says (GuardContext.input), e.g. the approval a release relies on. */
  factsFor(
    em: EntityManager,
    shipment: { id: string; clientId: string; status: ShipmentStatus },
    input?: GuardInput,
  ): Promise<BillingFacts>;
}
