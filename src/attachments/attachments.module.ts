import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PAPER_FILES } from '../notifications/attachment-renderer.port';
import { NotificationsModule } from '../notifications/notifications.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { BlobStore } from './blob-store';
import { PaperFilesProvider } from './paper-files.provider';

/**
 * The shipment's papers: attachments and the files they keep (docs/papers.md), sent to the client by e-mail
 * (the outbox reads them through the `PAPER_FILES` port).
 */
@Module({
  imports: [AuditModule, ShipmentsModule, NotificationsModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    BlobStore,
    PaperFilesProvider,
    { provide: PAPER_FILES, useExisting: PaperFilesProvider },
  ],
  exports: [AttachmentsService, PAPER_FILES],
})
export class AttachmentsModule {}
