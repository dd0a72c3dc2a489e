import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BillingModule } from '../billing/billing.module';
import { ChargesController } from './charges.controller';
import { ChargesService } from './charges.service';
import { FeeRulesController } from './fee-rules.controller';
import { FeeRulesService } from './fee-rules.service';

/**
 * Fees by carrier and terminal (docs/domain.md): the rules managers keep, the charges on a shipment and the
 * drafts started from them. The stages record charges through StageChargesModule (the `STAGE_CHARGES` port).
 */
@Module({
  imports: [AuditModule, BillingModule],
  controllers: [FeeRulesController, ChargesController],
  providers: [FeeRulesService, ChargesService],
})
export class FeesModule {}
