import type { AttachmentRef } from './entities/email.entity';

/** Regenerates an attached document from its frozen data at send time (provided by the documents module). */
export const ATTACHMENT_RENDERER = Symbol('ATTACHMENT_RENDERER');

export interface AttachmentRenderer {
  render(ref: AttachmentRef): Promise<Buffer>;
}
