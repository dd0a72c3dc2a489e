import { Module } from '@nestjs/common';
import { PAPER_CHECKS } from '../shipments/paper-checks.port';
import { AttachmentPaperChecks } from './paper-checks.provider';

/**
 * The papers each action lacks (the `PAPER_CHECKS` port), apart from the rest of the papers feature: the
 * shipments module imports this, and the papers module imports the shipments module.
 */
@Module({
  providers: [{ provide: PAPER_CHECKS, useClass: AttachmentPaperChecks }],
  exports: [PAPER_CHECKS],
})
export class PaperChecksModule {}
