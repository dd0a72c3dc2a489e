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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AttachmentKind } from '../../attachments/entities/attachment-kind.entity';
import { Carrier } from '../../carriers/entities/carrier.entity';
import { Client } from '../../clients/entities/client.entity';

export const PAPER_SEVERITIES = ['blocking', 'warning', 'waived'] as const;
export type PaperSeverity = (typeof PAPER_SEVERITIES)[number];

/**
 * Which paper an action needs (docs/papers.md, "The checklist"): the defaults have neither carrier nor client;
 * a row for a carrier, a client or both overrides the default for the same action and kind (the most specific
 * wins, `waived` takes the paper off the list). One row per action, kind, carrier and client: a unique index
 * with NULLS NOT DISTINCT, written in the migration.
 */
@Entity('paper_rules')
@Index('uq_paper_rules_scope', { synchronize: false })
@Check('ck_paper_rules_severity', `"severity" IN ('blocking', 'warning', 'waived')`)
export class PaperRule {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_paper_rules' })
  id!: string;

  /** The shipment action it gates (`pickup`, `declare-customs`, `submit-si`, ...). */
  @Column({ type: 'varchar', length: 32 })
  action!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @ManyToOne(() => AttachmentKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind', foreignKeyConstraintName: 'fk_paper_rules_kind' })
  kindRow?: Relation<AttachmentKind>;

  @Column({ type: 'varchar', length: 10 })
  severity!: PaperSeverity;

  @Column({ type: 'uuid', nullable: true })
  carrierId!: string | null;

  @ManyToOne(() => Carrier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'carrier_id', foreignKeyConstraintName: 'fk_paper_rules_carrier' })
  carrier?: Relation<Carrier>;

  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_paper_rules_client' })
  client?: Relation<Client>;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
