import { Module } from '@nestjs/common';
import { STAGE_CHARGES } from '../shipments/stage-charges.port';
import { FeeRuleStageCharges } from './stage-charges.provider';

/**
 * The fees the shipment's stages record (the `STAGE_CHARGES` port), apart from the rest of the fees feature:
 * ShipmentsModule imports this, FeesModule imports ShipmentsModule, and neither waits for the other.
 */
@Module({
  providers: [{ provide: STAGE_CHARGES, useClass: FeeRuleStageCharges }],
  exports: [STAGE_CHARGES],
})
export class StageChargesModule {}
