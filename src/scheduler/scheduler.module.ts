import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { BillingModule } from '../billing/billing.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxDispatcherModule } from '../notifications/outbox-dispatcher.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { JobsService } from './jobs.service';
import { SchedulerService } from './scheduler.service';

@Module({
  imports: [
    ScheduleModule.forRoot(),
    ShipmentsModule,
    BillingModule,
    NotificationsModule,
    OutboxDispatcherModule,
  ],
  providers: [JobsService, SchedulerService],
  exports: [JobsService],
})
export class SchedulerModule {}
