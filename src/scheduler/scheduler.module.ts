import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ShipmentsModule } from '../shipments/shipments.module';
import { JobsService } from './jobs.service';
import { SchedulerService } from './scheduler.service';

@Module({
  imports: [ScheduleModule.forRoot(), ShipmentsModule],
  providers: [JobsService, SchedulerService],
  exports: [JobsService],
})
export class SchedulerModule {}
