import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PaperFiles } from '../notifications/attachment-renderer.port';
import { BlobStore } from './blob-store';

/**
 * The `PAPER_FILES` port: an e-mail carrying papers reads each file as stored when it is sent (the outbox runs
 * as the system, outside any request's scope). The whole file is held once, for the message being built; one
 * e-mail's papers are capped at ATTACHMENT_MAX_BYTES in all when they are chosen.
 */
@Injectable()
export class PaperFilesProvider implements PaperFiles {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blobs: BlobStore,
  ) {}

  async bytes(attachmentId: string): Promise<Buffer> {
    const [row] = await this.dataSource.query<{ blob_id: string }[]>(
      'SELECT blob_id FROM attachments WHERE id = $1',
      [attachmentId],
    );
    if (!row) throw new Error(`attachment ${attachmentId} is gone`);
    const parts: Buffer[] = [];
    for await (const chunk of this.blobs.read(row.blob_id)) parts.push(chunk as Buffer);
    return Buffer.concat(parts);
  }
}
