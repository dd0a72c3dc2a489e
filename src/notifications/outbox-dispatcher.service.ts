import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ATTACHMENT_RENDERER, AttachmentRenderer, PAPER_FILES, PaperFiles } from './attachment-renderer.port';
import type { AttachmentRef } from './entities/email.entity';
import { createMailTransport, MailTransport } from './mail-transport';

const LEASE_SECONDS = 300;
const MAX_BACKOFF_MS = 3600_000;

interface ClaimedRow {
  id: string;
  message_id: string;
  language: string;
  to: string[];
  reply_to: string | null;
  subject: string;
  body: string;
  attachments: AttachmentRef[];
  attempts: number;
}

export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED and leased (status `sending`), so several
 * instances never take the same e-mail, and sending happens outside any transaction. A failure is retried
 * with doubling delays; after the last attempt the row is `failed` with the error.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly transport: MailTransport;
  private running: Promise<DispatchResult> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ATTACHMENT_RENDERER) private readonly renderer: AttachmentRenderer,
    @Inject(PAPER_FILES) private readonly papers: PaperFiles,
  ) {
    this.transport = createMailTransport(config);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  /** Sends what is due now, in batches, until nothing is; one run at a time per process. */
  dispatchDue(batch = 20): Promise<DispatchResult> {
    this.running ??= this.run(batch).finally(() => (this.running = null));
    return this.running;
  }

  private async run(batch: number): Promise<DispatchResult> {
    const total: DispatchResult = { sent: 0, retried: 0, failed: 0 };
    // Each e-mail at most once per run, even if its retry falls due while the run is still going.
    const seen: string[] = [];
    for (;;) {
      const rows = await this.claim(batch, seen);
      if (!rows.length) return total;
      for (const row of rows) {
        seen.push(row.id);
        const outcome = await this.deliver(row);
        total[outcome]++;
      }
    }
  }

  private async claim(batch: number, exclude: string[]): Promise<ClaimedRow[]> {
    const [rows] = await this.dataSource.query<[ClaimedRow[], number]>(
      `UPDATE emails SET status = 'sending', attempts = attempts + 1, lease_until = now() + $2 * interval '1 second'
        WHERE id IN (SELECT id FROM emails
                      WHERE ((status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now()))
                        AND id <> ALL($3::uuid[])
                      ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, message_id, language, "to", reply_to, subject, body, attachments, attempts`,
      [batch, LEASE_SECONDS, exclude],
    );
    return rows;
  }

  private async deliver(row: ClaimedRow): Promise<'sent' | 'retried' | 'failed'> {
    try {
      const attachments = [];
      for (const ref of row.attachments) {
        // A paper goes as the type its content was found to be; the documents we make are PDFs.
        attachments.push(
          ref.kind === 'attachment'
            ? {
                filename: ref.filename,
                content: await this.papers.bytes(ref.attachmentId),
                contentType: ref.contentType,
              }
            : {
                filename: ref.filename,
                content: await this.renderer.render(ref),
                contentType: 'application/pdf',
              },
        );
      }
      await this.transport.send({
        messageId: row.message_id,
        // From the company by name, in the reader's language; answers go to the person behind the notice.
        from: {
          name:
            row.language === 'zh'
              ? this.config.company.nameLocal || this.config.company.name
              : this.config.company.name,
          address: this.config.mail.from,
        },
        replyTo: row.reply_to ?? undefined,
        to: row.to,
        subject: row.subject,
        text: row.body,
        attachments,
      });
      await this.dataSource.query(
        `UPDATE emails SET status = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL WHERE id = $1`,
        [row.id],
      );
      return 'sent';
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      if (row.attempts >= this.config.mail.maxAttempts) {
        this.logger.error(`e-mail ${row.message_id} failed after ${row.attempts} attempts: ${message}`);
        await this.dataSource.query(
          `UPDATE emails SET status = 'failed', lease_until = NULL, last_error = $2 WHERE id = $1`,
          [row.id, message],
        );
        return 'failed';
      }
      const delay = Math.min(this.config.mail.retryBaseMs * 2 ** (row.attempts - 1), MAX_BACKOFF_MS);
      this.logger.warn(
        `e-mail ${row.message_id} attempt ${row.attempts} failed (${message}); retry in ${delay} ms`,
      );
      await this.dataSource.query(
        `UPDATE emails SET status = 'pending', lease_until = NULL, last_error = $2,
                next_attempt_at = now() + $3 * interval '1 millisecond' WHERE id = $1`,
        [row.id, message, delay],
      );
      return 'retried';
    }
  }
}
