import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { FileBlob } from './file-blob.entity';

/** One piece of a blob (256 KiB but the last), numbered from 0: a download reads them back one at a time. */
@Entity('file_blob_chunks')
export class FileBlobChunk {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_file_blob_chunks' })
  blobId!: string;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_file_blob_chunks' })
  seq!: number;

  @ManyToOne(() => FileBlob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blob_id', foreignKeyConstraintName: 'fk_file_blob_chunks_blob' })
  blob?: Relation<FileBlob>;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
