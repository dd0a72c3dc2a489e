import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  VersionColumn,
} from 'typeorm';
import { Container } from '../../shipments/entities/container.entity';
import { Shipment } from '../../shipments/entities/shipment.entity';
import { User } from '../../users/entities/user.entity';
import { AttachmentKind } from './attachment-kind.entity';
import { FileBlob } from './file-blob.entity';

/**
 * A paper on a shipment (docs/papers.md): an uploaded file with its kind, note and whether the client may see
 * it. Never deleted: a removal marks it removed with who, when and why, and keeps the file.
 */
@Entity('attachments')
@Index('ix_attachments_shipment', ['shipmentId', 'createdAt'])
@Index('ix_attachments_blob', ['blobId'])
export class Attachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_attachments' })
  id!: string;

  @Column({ type: 'uuid' })
  shipmentId!: string;

  @ManyToOne(() => Shipment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shipment_id', foreignKeyConstraintName: 'fk_attachments_shipment' })
  shipment?: Relation<Shipment>;

  /** One of the shipment's containers, when the paper is about one box (its VGM, its stuffing photos). */
  @Column({ type: 'uuid', nullable: true })
  containerId!: string | null;

  @ManyToOne(() => Container, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'container_id', foreignKeyConstraintName: 'fk_attachments_container' })
  container?: Relation<Container>;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @ManyToOne(() => AttachmentKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind', foreignKeyConstraintName: 'fk_attachments_kind' })
  kindRow?: Relation<AttachmentKind>;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'boolean', default: false })
  clientVisible!: boolean;

  /** As uploaded, cleaned of path parts and control characters (docs/security.md, "Uploads"). */
  @Column({ type: 'varchar', length: 200 })
  filename!: string;

  /** Decided from the content, never from the name or the upload's header. */
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'bigint' })
  size!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'uuid' })
  blobId!: string;

  @ManyToOne(() => FileBlob, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'blob_id', foreignKeyConstraintName: 'fk_attachments_blob' })
  blob?: Relation<FileBlob>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_attachments_created_by' })
  createdBy?: Relation<User>;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  removedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  removedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'removed_by_id', foreignKeyConstraintName: 'fk_attachments_removed_by' })
  removedBy?: Relation<User>;

  @Column({ type: 'varchar', length: 500, nullable: true })
  removeReason!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
