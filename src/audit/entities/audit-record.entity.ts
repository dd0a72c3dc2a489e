import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed which master record, when, and what changed (append-only; shipments have their own history). */
@Entity('audit_records')
@Index('ix_audit_records_entity', ['entityType', 'entityId', 'id'])
export class AuditRecord {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  /** created, updated, … */
  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;

  /** `{ field: { from, to } }` for updates, the new record for creations. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 128, nullable: true })
  correlationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
