import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { releaseApproval } from '../approvals/release-approval';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { BillingFactsProvider } from '../shipments/billing-facts.port';
import type { BillingFacts, GuardInput } from '../shipments/domain/shipment-machine';
import type { ShipmentStatus } from '../shipments/domain/shipment-status';
import { belowFloorBlockers } from '../floor-prices/below-floor';
import { loadCreditPosition } from './credit-position';
import { creditBlockers } from './domain/debit-note-math';

/** What the shipment machine's billing guards ask, answered from the debit notes, credit and approvals. */
@Injectable()
export class DebitNoteBillingFacts implements BillingFactsProvider {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async factsFor(
    em: EntityManager,
    shipment: { id: string; clientId: string; status: ShipmentStatus },
    input?: GuardInput,
  ): Promise<BillingFacts> {
    // One indexed aggregate on every shipment change: the guards of cancel and of the billing steps.
    const rows: { direction: string; issued: number; unpaid: number }[] = await em.query(
      `SELECT direction, count(*)::int AS issued, count(*) FILTER (WHERE paid_minor < total_minor)::int AS unpaid
         FROM debit_notes WHERE shipment_id = $1 AND state = 'issued' GROUP BY direction`,
      [shipment.id],
    );
    const receivable = rows.find((r) => r.direction === 'receivable');
    return {
      issuedReceivableNotes: receivable?.issued ?? 0,
      unpaidReceivableNotes: receivable?.unpaid ?? 0,
      unvoidedIssuedNotes: rows.reduce((n, r) => n + r.issued, 0),
      // Only a debit_noted shipment can be released before payment; spare the credit check otherwise.
      releaseBeforePaymentBlockers:
        shipment.status === 'debit_noted'
          ? await this.releaseBlockers(em, shipment, input?.approvalId)
          : ['the shipment is not awaiting payment'],
      // Only a booking is confirmed: spare the floors otherwise.
      belowFloorBlockers: shipment.status === 'booking' ? await belowFloorBlockers(em, shipment.id) : [],
    };
  }

  /**
   * Release before payment (docs/domain.md, step 13): with an approved release_before_payment approval; or for a
   * collect/monthly client whose open receivables (base currency, at each note's frozen rate) stay within
   * the credit limit, with nothing overdue past its due date.
   */
  private async releaseBlockers(
    em: EntityManager,
    shipment: { id: string; clientId: string },
    approvalId?: string,
  ): Promise<string[]> {
    const approval = await releaseApproval(em, shipment.id, approvalId);
    if (approval.ok) return [];
    if (approvalId) return [approval.reason];
    const blockers = creditBlockers(await loadCreditPosition(em, shipment.clientId, this.config));
    return blockers.length ? [...blockers, approval.reason] : [];
  }
}
