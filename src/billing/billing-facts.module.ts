import { Module } from '@nestjs/common';
import { BILLING_FACTS } from '../shipments/billing-facts.port';
import { DebitNoteBillingFacts } from './billing-facts.provider';

/**
 * The billing facts the shipment machine's guards ask (the `BILLING_FACTS` port), apart from the rest of
 * billing: ShipmentsModule imports this, BillingModule imports ShipmentsModule, and neither waits for the
 * other. The provider reads debit notes, clients and approvals in the caller's transaction and needs no
 * feature's service.
 */
@Module({
  providers: [{ provide: BILLING_FACTS, useClass: DebitNoteBillingFacts }],
  exports: [BILLING_FACTS],
})
export class BillingFactsModule {}
