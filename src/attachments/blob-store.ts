import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/** The size of a stored piece of a file: large enough for few rows, small enough to hold one in memory. */
export const CHUNK_BYTES = 256 * 1024;

/** A file written to the database by an upload, not yet given its hash (FileBlob's `sha256` is null). */
export interface StagedBlob {
  id: string;
  sha256: string;
  size: number;
}

/** Staged blobs older than this are from an upload that never finished (the process ended): deleted at start. */
const STALE_STAGED_HOURS = 24;

/** True for the unique violation of two uploads of the same file finishing at once. */
export function isSameFileRace(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === 'uq_file_blobs_sha256';
}

/**
 * Files in the database, content-addressed (docs/papers.md, "Storage"): written as they stream in, one 256 KiB
 * chunk per statement (never the whole file in memory, and, on the embedded database, never one long
 * transaction that would hold its only session for as long as a slow upload takes), then kept under their
 * SHA-256 in the transaction that records the attachment: a file already stored is reused and the new copy
 * dropped. Read back one chunk at a time.
 */
@Injectable()
export class BlobStore implements OnModuleInit {
  private readonly logger = new Logger(BlobStore.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const deleted: unknown[] = await this.dataSource.query(
      `DELETE FROM file_blobs WHERE sha256 IS NULL AND created_at < now() - make_interval(hours => $1) RETURNING id`,
      [STALE_STAGED_HOURS],
    );
    if (deleted.length) this.logger.warn(`deleted ${deleted.length} file(s) left by unfinished uploads`);
  }

  /**
   * Writes a stream as a staged blob, chunk by chunk, hashing as it goes. `check` sees the first chunk (the
   * whole file when smaller) before anything is written and may refuse it by throwing; `overLimit` is asked
   * after every piece (the upload's size limit truncates the stream). Anything thrown leaves nothing behind.
   * An empty stream writes nothing and answers null.
   */
  async stage(
    stream: AsyncIterable<Buffer>,
    check: (first: Buffer) => void | Promise<void>,
    overLimit: () => boolean,
  ): Promise<StagedBlob | null> {
    const hash = createHash('sha256');
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let size = 0;
    let seq = 0;
    let blobId: string | null = null;
    const flush = async (chunk: Buffer): Promise<void> => {
      if (seq === 0) await check(chunk);
      if (overLimit()) throw new BlobOverLimit();
      if (!blobId) {
        const [row] = await this.dataSource.query<{ id: string }[]>(
          'INSERT INTO file_blobs (sha256, size) VALUES (NULL, 0) RETURNING id',
        );
        blobId = row!.id;
      }
      await this.dataSource.query('INSERT INTO file_blob_chunks (blob_id, seq, data) VALUES ($1, $2, $3)', [
        blobId,
        seq++,
        chunk,
      ]);
    };
    try {
      for await (const piece of stream) {
        if (overLimit()) throw new BlobOverLimit();
        hash.update(piece);
        size += piece.length;
        pending.push(piece);
        pendingBytes += piece.length;
        while (pendingBytes >= CHUNK_BYTES) {
          const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
          const rest = all.subarray(CHUNK_BYTES);
          pending = rest.length ? [Buffer.from(rest)] : [];
          pendingBytes = rest.length;
          await flush(all.subarray(0, CHUNK_BYTES));
        }
      }
      if (overLimit()) throw new BlobOverLimit();
      if (pendingBytes) await flush(Buffer.concat(pending));
      if (!blobId) return null;
      return { id: blobId, sha256: hash.digest('hex'), size };
    } catch (error) {
      if (blobId) await this.discard(blobId);
      throw error;
    }
  }

  /**
   * Keeps a staged blob under its hash, in the caller's transaction: the id of the blob that now holds the
   * file (an earlier copy of the same bytes when there is one: then the staged copy is dropped).
   */
  async keep(em: EntityManager, staged: StagedBlob): Promise<string> {
    const [existing] = await em.query<{ id: string }[]>('SELECT id FROM file_blobs WHERE sha256 = $1', [
      staged.sha256,
    ]);
    if (existing) {
      await em.query('DELETE FROM file_blobs WHERE id = $1', [staged.id]);
      return existing.id;
    }
    await em.query('UPDATE file_blobs SET sha256 = $1, size = $2 WHERE id = $3', [
      staged.sha256,
      staged.size,
      staged.id,
    ]);
    return staged.id;
  }

  /** Drops a staged blob and its chunks (a refused or failed upload). */
  async discard(id: string): Promise<void> {
    await this.dataSource.query('DELETE FROM file_blobs WHERE id = $1 AND sha256 IS NULL', [id]);
  }

  /** The file's bytes as a stream that reads one chunk from the database at a time, in order. */
  read(blobId: string): Readable {
    const dataSource = this.dataSource;
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let seq = 0; ; seq++) {
        const [row] = await dataSource.query<{ data: Buffer }[]>(
          'SELECT data FROM file_blob_chunks WHERE blob_id = $1 AND seq = $2',
          [blobId, seq],
        );
        if (!row) return;
        yield row.data;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }
}

/** The stream went past the upload's size limit (the caller answers 413). */
export class BlobOverLimit extends Error {
  constructor() {
    super('the file is larger than the limit');
  }
}
