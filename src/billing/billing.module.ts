import { Global, Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module';
import { BILLING_FACTS } from '../shipments/billing-facts.port';
import { ShipmentsModule } from '../shipments/shipments.module';
import { BillingController } from './billing.controller';
import { DebitNoteBillingFacts } from './billing-facts.provider';
import { DebitNotesService } from './debit-notes.service';
import { FxTermsService } from './fx-terms.service';
import { PaymentsService } from './payments.service';
import { ReportsService } from './reports.service';

/** Debit notes, payments, FX terms and reports; answers the shipment machine's billing guards (global). */
@Global()
@Module({
  imports: [ShipmentsModule, ApprovalsModule],
  controllers: [BillingController],
  providers: [
    DebitNotesService,
    PaymentsService,
    ReportsService,
    FxTermsService,
    { provide: BILLING_FACTS, useClass: DebitNoteBillingFacts },
  ],
  exports: [DebitNotesService, ReportsService, BILLING_FACTS],
})
export class BillingModule {}
