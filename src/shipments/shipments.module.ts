import { Module } from '@nestjs/common';
import { BillingFactsModule } from '../billing/billing-facts.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { StageChargesModule } from '../fees/stage-charges.module';
import { PaperChecksModule } from '../papers/paper-checks.module';
import { BoardController } from './board/board.controller';
import { BoardService } from './board/board.service';
import { ShipmentWriter } from './shipment-writer';
import { ShipmentsController } from './shipments.controller';
import { ShipmentEditsService } from './shipment-edits.service';
import { ShipmentsService } from './shipments.service';

/** Shipments; the billing guards' facts come from billing through the `BILLING_FACTS` port (required). */
@Module({
  imports: [BillingFactsModule, NotificationsModule, StageChargesModule, PaperChecksModule],
  controllers: [ShipmentsController, BoardController],
  providers: [ShipmentsService, ShipmentEditsService, ShipmentWriter, BoardService],
  exports: [ShipmentsService],
})
export class ShipmentsModule {}
