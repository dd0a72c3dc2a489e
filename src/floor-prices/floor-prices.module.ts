import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FloorPricesController } from './floor-prices.controller';
import { FloorPricesService } from './floor-prices.service';

@Module({
  imports: [AuditModule],
  controllers: [FloorPricesController],
  providers: [FloorPricesService],
})
export class FloorPricesModule {}
