import { Global, Module, OnModuleInit } from '@nestjs/common';
import { checkEmailTemplates } from './email-templates';
import { EmailsController } from './emails.controller';
import { NoticesService } from './notices.service';
import { OutboxDispatcher } from './outbox-dispatcher.service';
import { OutboxService } from './outbox.service';

/** E-mail: the transactional outbox, its dispatcher, and the notices the business sends (global). */
@Global()
@Module({
  controllers: [EmailsController],
  providers: [OutboxService, NoticesService, OutboxDispatcher],
  exports: [OutboxService, NoticesService, OutboxDispatcher],
})
export class NotificationsModule implements OnModuleInit {
  onModuleInit(): void {
    checkEmailTemplates();
  }
}
