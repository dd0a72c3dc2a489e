import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { DocumentsModule } from '../documents/documents.module';
import { OutboxDispatcher } from './outbox-dispatcher.service';

/**
 * Sends the outbox, with the PDFs it attaches rendered by documents (the `ATTACHMENT_RENDERER` port) and the
 * shipment's papers read by attachments (the `PAPER_FILES` port).
 */
@Module({
  imports: [DocumentsModule, AttachmentsModule],
  providers: [OutboxDispatcher],
  exports: [OutboxDispatcher],
})
export class OutboxDispatcherModule {}
