import type { EntityManager } from 'typeorm';

/**
 * Makes a document as it is sent (provided by the documents module, which needs billing, which writes notices
 * here; NoticesService finds it when the app has started, and an app without it does not start). The
 * document is rendered once in the sending transaction and stored (docs/documents.md); the e-mail then
 * attaches the stored bytes, never a new rendering.
 */
export const DOCUMENT_ISSUER = Symbol('DOCUMENT_ISSUER');

export type DocumentToIssue =
  | { kind: 'booking_confirmation'; shipmentId: string }
  | { kind: 'so_notice'; shipmentId: string }
  | { kind: 'bl_draft'; shipmentId: string }
  | { kind: 'debit_note'; debitNoteId: string }
  | { kind: 'statement'; clientId: string; asOf: string };

export interface IssuedDocument {
  id: string;
  filename: string;
  version: number;
}

export interface DocumentIssuer {
  /** Renders and stores the next version of the document, in the caller's transaction. */
  issue(em: EntityManager, document: DocumentToIssue, sentTo: string[]): Promise<IssuedDocument>;
  /** Records the e-mail that carries the document. */
  sent(em: EntityManager, documentId: string, emailId: string): Promise<void>;
  /** Takes back a document whose e-mail was not queued after all (already sent under the same key). */
  discard(em: EntityManager, documentId: string): Promise<void>;
}
