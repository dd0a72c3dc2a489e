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

  /**
   * The answer's JSON exactly as it was sent. Text, not jsonb: jsonb refuses some JSON (a `\u0000` escape,
   * half a surrogate pair) and reorders keys, and storing the answer must not fail, or differ, once the work
   * has committed.
   */
  @Column({ type: 'text', nullable: true })
  responseBody!: string | null;

  /**
   * When the request's work committed: set in the work's own transaction, so a reservation with it has done
   * its work even if its answer never got stored. Such a key is never run again (nor taken as abandoned).
   */
  @Column({ type: 'timestamptz', nullable: true })
  workCommittedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  responseHeaders!: Record<string, string> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
