import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { PapersController } from './papers.controller';
import { PapersService } from './papers.service';

/** The papers checklist: its rules and each shipment's checklist (the actions read it via PaperChecksModule). */
@Module({
  imports: [AuditModule, ShipmentsModule],
  controllers: [PapersController],
  providers: [PapersService],
})
export class PapersModule {}
