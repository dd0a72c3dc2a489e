import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmailTemplate, Language, renderEmail } from './email-templates';
import { AttachmentRef, Email } from './entities/email.entity';

export interface OutgoingEmail {
  template: EmailTemplate;
  language: Language;
  to: string[];
  /** Where answers go: the person the e-mail is sent on behalf of (none: to the company's address). */
  replyTo?: string | null;
  view: Record<string, unknown>;
  attachments?: AttachmentRef[];
  shipmentId?: string | null;
  clientId?: string | null;
  /** When set, the e-mail is queued at most once for this key (reminders, alerts). */
  dedupeKey?: string;
}

/**
 * Queues e-mails in the caller's transaction (the transactional outbox): the e-mail exists if and only if
 * the change that caused it committed. The dispatcher sends it after commit.
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Returns false when an e-mail with the same dedupe key was already queued. */
  async enqueue(em: EntityManager, email: OutgoingEmail): Promise<boolean> {
    return (await this.queue(em, email)) !== null;
  }

  /** The queued e-mail's id; null when none was (no address, or the dedupe key was used already). */
  async queue(em: EntityManager, email: OutgoingEmail): Promise<string | null> {
    const to = [...new Set(email.to.map((a) => a.trim().toLowerCase()).filter(Boolean))];
    if (!to.length) return null;
    const { subject, body } = renderEmail(email.template, email.language, email.view);
    const host = this.config.mail.from.split('@')[1] ?? 'quayside.local';
    const rows: { id: string }[] = await em
      .createQueryBuilder()
      .insert()
      .into(Email)
      .values({
        messageId: `<${randomUUID()}@${host}>`,
        template: email.template,
        language: email.language,
        to,
        replyTo: email.replyTo?.trim().toLowerCase() || null,
        subject,
        body,
        attachments: email.attachments ?? [],
        shipmentId: email.shipmentId ?? null,
        clientId: email.clientId ?? null,
        dedupeKey: email.dedupeKey ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute()
      .then((r) => r.raw as { id: string }[]);
    return rows[0]?.id ?? null;
  }
}
