import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { BillingController } from './billing.controller';
import { BillingFactsModule } from './billing-facts.module';
import { ReleasePositionController } from './release-position.controller';
import { ReleasePositionService } from './release-position.service';
import { DebitNotesService } from './debit-notes.service';
import { FxTermsService } from './fx-terms.service';
import { PaymentsService } from './payments.service';
import { CarrierPaymentsService } from './carrier-payments.service';
import { ReportsService } from './reports.service';

/**
 * Debit notes, payments, FX terms and reports. The shipment machine's billing guards are answered by
 * BillingFactsModule, which ShipmentsModule imports.
 */
@Module({
  imports: [ShipmentsModule, ApprovalsModule, AuditModule, NotificationsModule, BillingFactsModule],
  controllers: [BillingController, ReleasePositionController],
  providers: [
    DebitNotesService,
    PaymentsService,
    CarrierPaymentsService,
    ReportsService,
    FxTermsService,
    ReleasePositionService,
  ],
  exports: [DebitNotesService, ReportsService],
})
export class BillingModule {}
