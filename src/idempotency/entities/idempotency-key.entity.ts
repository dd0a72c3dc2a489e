import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A POST's Idempotency-Key and its first response, replayed to a retry with the same key and body. */
@Entity('idempotency_keys')
@Index('ix_idempotency_keys_created_at', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  actorId!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  /** sha256 of method, path and body: the same key with another request is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  /** Null while the first request is still running. */
  @Column({ type: 'int', nullable: true })
  responseStatus!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  responseHeaders!: Record<string, string> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
