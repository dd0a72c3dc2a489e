import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file's bytes, stored once per SHA-256 (docs/papers.md, "Storage"), in chunks (`file_blob_chunks`). A blob
 * without a hash is one still being written by an upload: it gets its hash once the upload has been read to
 * the end and checked, or is deleted (a refused upload leaves nothing behind).
 */
@Entity('file_blobs')
@Index('uq_file_blobs_sha256', ['sha256'], { unique: true })
export class FileBlob {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_file_blobs' })
  id!: string;

  /** Hex SHA-256 of the whole file; null while the upload that writes it is still running. */
  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'bigint' })
  size!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
