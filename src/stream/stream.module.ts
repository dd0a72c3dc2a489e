import { Module } from '@nestjs/common';
import { ChangeBus } from '../common/database/change-bus';
import { StreamController } from './stream.controller';
import { StreamHub } from './stream-hub';

/** GET /api/v1/stream: committed shipment changes, live, scoped like every read (docs/api.md, "Stream"). */
@Module({
  controllers: [StreamController],
  providers: [ChangeBus, StreamHub],
})
export class StreamModule {}
