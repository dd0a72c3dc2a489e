import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { OutboxDispatcher } from './outbox-dispatcher.service';

/** Sends the outbox, with the PDFs it attaches rendered by documents (the `ATTACHMENT_RENDERER` port). */
@Module({
  imports: [DocumentsModule],
  providers: [OutboxDispatcher],
  exports: [OutboxDispatcher],
})
export class OutboxDispatcherModule {}
