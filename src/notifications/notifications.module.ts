import { Module, OnModuleInit } from '@nestjs/common';
import { checkEmailTemplates } from './email-templates';
import { EmailsController } from './emails.controller';
import { NoticesService } from './notices.service';
import { OutboxService } from './outbox.service';

/**
 * E-mail as the features write it: the transactional outbox and the notices the business sends. Sending is
 * OutboxDispatcherModule's, apart, since it needs the documents it attaches and documents need billing, which
 * writes notices here.
 */
@Module({
  controllers: [EmailsController],
  providers: [OutboxService, NoticesService],
  exports: [OutboxService, NoticesService],
})
export class NotificationsModule implements OnModuleInit {
  onModuleInit(): void {
    checkEmailTemplates();
  }
}
