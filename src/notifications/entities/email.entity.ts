import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const EMAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * A document attached by reference: the stored document (`document`, its bytes as made when the e-mail was
 * written; docs/documents.md), or, on e-mails queued before documents were stored, the document regenerated
 * from its frozen data when the e-mail is sent; or a paper on the shipment (`attachment`, docs/papers.md),
 * sent with the type its content was found to be.
 */
export type AttachmentRef =
  | { kind: 'document'; documentId: string; filename: string }
  | { kind: 'attachment'; attachmentId: string; filename: string; contentType: string }
  | {
      kind: 'booking_confirmation' | 'debit_note' | 'statement';
      id: string;
      /** For statements: the date it is as of. */
      asOf?: string;
      filename: string;
    };

/**
 * The outbox: an e-mail written in the same transaction as the change that causes it, sent after commit
 * by the dispatcher. `sending` rows are leased until `leaseUntil`; a crashed sender's lease runs out and the
 * row is sent again under the same Message-ID, so the retry is recognisable.
 */
@Entity('emails')
@Index('uq_emails_message_id', ['messageId'], { unique: true })
@Index('uq_emails_dedupe_key', ['dedupeKey'], { unique: true, where: '"dedupe_key" IS NOT NULL' })
@Index('ix_emails_due', ['status', 'nextAttemptAt'])
@Index('ix_emails_shipment', ['shipmentId', 'createdAt'])
@Index('ix_emails_client', ['clientId', 'createdAt', 'id'])
// The list, newest first, unfiltered and by status.
@Index('ix_emails_created', ['createdAt', 'id'])
@Index('ix_emails_status_created', ['status', 'createdAt', 'id'])
@Check('ck_emails_status', `"status" IN ('pending', 'sending', 'sent', 'failed')`)
export class Email {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** <uuid@host>: the same on every attempt. */
  @Column({ type: 'varchar', length: 200 })
  messageId!: string;

  @Column({ type: 'varchar', length: 60 })
  template!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: string;

  @Column({ type: 'varchar', length: 254, array: true })
  to!: string[];

  /** Where the reader's answer goes: the shipment's operator or the client's salesperson. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  replyTo!: string | null;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: AttachmentRef[];

  @Column({ type: 'uuid', nullable: true })
  shipmentId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  /** Makes a reminder once-only: the same key is never queued twice. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: EmailStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
