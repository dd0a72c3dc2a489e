import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module';
import { ATTACHMENT_RENDERER } from '../notifications/attachment-renderer.port';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { DOCUMENT_ISSUER } from '../notifications/document-issuer.port';
import { DocumentIssuerService } from './stored/document-issuer.service';
import { DocumentStore } from './stored/document-store.service';

/**
 * PDFs (booking confirmations, S/O notices, debit notes, statements) for the API and for e-mail attachments,
 * and the documents as sent (the store, and the `DOCUMENT_ISSUER` that makes them as notices send them).
 */
@Module({
  imports: [BillingModule],
  controllers: [DocumentsController],
  providers: [
    DocumentsService,
    DocumentStore,
    DocumentIssuerService,
    { provide: ATTACHMENT_RENDERER, useExisting: DocumentsService },
    { provide: DOCUMENT_ISSUER, useExisting: DocumentIssuerService },
  ],
  exports: [DocumentsService, ATTACHMENT_RENDERER, DOCUMENT_ISSUER],
})
export class DocumentsModule {}
