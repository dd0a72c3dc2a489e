import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { DebitNote } from '../../billing/entities/debit-note.entity';
import { Client } from '../../clients/entities/client.entity';
import { Shipment } from '../../shipments/entities/shipment.entity';

/** What a stored document is (`bl_draft` has its place already, for when B/L drafts are sent). */
export const STORED_DOCUMENT_KINDS = [
  'booking_confirmation',
  'so_notice',
  'debit_note',
  'statement',
  'bl_draft',
] as const;
export type StoredDocumentKind = (typeof STORED_DOCUMENT_KINDS)[number];

/**
 * A document as it was sent (docs/documents.md): the exact bytes, rendered once in the transaction that sent
 * it, never changed afterwards. Each series (a kind of document about one shipment, one debit note or, for
 * statements, one client) is numbered 1, 2, ...: a re-sent booking confirmation is a new version, never an
 * edit of the old one.
 */
@Entity('documents')
@Index('uq_documents_series_version', ['series', 'version'], { unique: true })
@Index('ix_documents_shipment', ['shipmentId', 'createdAt'])
@Index('ix_documents_client', ['clientId', 'createdAt', 'id'])
@Index('ix_documents_debit_note', ['debitNoteId'])
@Check(
  'ck_documents_kind',
  `"kind" IN ('booking_confirmation', 'so_notice', 'debit_note', 'statement', 'bl_draft')`,
)
export class StoredDocument {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_documents' })
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: StoredDocumentKind;

  /** What the versions count within: `<kind>:<shipment id>`, `debit_note:<note id>`, `statement:<client id>`. */
  @Column({ type: 'varchar', length: 80 })
  series!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_documents_client' })
  client?: Relation<Client>;

  @Column({ type: 'uuid', nullable: true })
  shipmentId!: string | null;

  @ManyToOne(() => Shipment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shipment_id', foreignKeyConstraintName: 'fk_documents_shipment' })
  shipment?: Relation<Shipment>;

  @Column({ type: 'uuid', nullable: true })
  debitNoteId!: string | null;

  @ManyToOne(() => DebitNote, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'debit_note_id', foreignKeyConstraintName: 'fk_documents_debit_note' })
  debitNote?: Relation<DebitNote>;

  @Column({ type: 'varchar', length: 200 })
  filename!: string;

  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  /** Lower-case hex SHA-256 of `content`. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  /** The addresses the e-mail carrying it went to (empty when the client has none). */
  @Column({ type: 'varchar', length: 254, array: true, default: () => "'{}'" })
  sentTo!: string[];

  /** The outbox e-mail it was attached to. */
  @Column({ type: 'uuid', nullable: true })
  emailId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
