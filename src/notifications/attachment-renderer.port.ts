import type { AttachmentRef } from './entities/email.entity';

/** A document attached by reference: the documents module makes or reads it. */
export type DocumentRef = Exclude<AttachmentRef, { kind: 'attachment' }>;

/** Regenerates an attached document from its frozen data at send time (provided by the documents module). */
export const ATTACHMENT_RENDERER = Symbol('ATTACHMENT_RENDERER');

export interface AttachmentRenderer {
  render(ref: DocumentRef): Promise<Buffer>;
}

/** Reads a shipment's paper (an uploaded attachment) for an e-mail that carries it (provided by attachments). */
export const PAPER_FILES = Symbol('PAPER_FILES');

export interface PaperFiles {
  /** The file's bytes as stored; throws when the attachment is gone. */
  bytes(attachmentId: string): Promise<Buffer>;
}
