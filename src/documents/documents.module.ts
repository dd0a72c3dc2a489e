import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module';
import { ATTACHMENT_RENDERER } from '../notifications/attachment-renderer.port';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** PDFs (booking confirmations, debit notes, statements) for the API and for e-mail attachments. */
@Module({
  imports: [BillingModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, { provide: ATTACHMENT_RENDERER, useExisting: DocumentsService }],
  exports: [DocumentsService, ATTACHMENT_RENDERER],
})
export class DocumentsModule {}
