import type { EntityManager } from 'typeorm';
import {
  AppError,
  ConflictError,
  ErrorCode,
  ForbiddenError,
  ValidationFailedError,
} from '../../common/errors/app-error';
import { SiRevisionMismatchError } from '../shipments.errors';
import type { ActionHandler } from './action-handler';
import { setBlNumber } from './bl-number';

/**
 * One side (client or carrier) approves the B/L draft of the current SI revision. The client's approval is of
 * the B/L draft document it was sent (docs/documents.md): the event records that document's id and SHA-256,
 * and an approval naming an older draft than the latest is refused.
 */
export const approveBl: ActionHandler<'approve-bl'> = {
  async effect(change, { party, revision, blNumber, documentId, attachmentId }, { scope, em }) {
    const s = change.shipment;
    if (scope.isClientUser && party !== 'client') {
      throw new ForbiddenError('A client user approves the B/L draft for the client only');
    }
    // The number is the carrier's: it comes with the carrier's approval of the draft, never the client's.
    if (blNumber !== undefined && party !== 'carrier') {
      throw ValidationFailedError.field('blNumber', "only the carrier's approval carries the B/L number");
    }
    if (documentId !== undefined && party !== 'client') {
      throw ValidationFailedError.field('documentId', "documentId names the client's B/L draft");
    }
    if (attachmentId !== undefined && party !== 'carrier') {
      throw ValidationFailedError.field('attachmentId', "attachmentId names the carrier's own B/L draft");
    }
    if (revision !== s.siRevision) throw new SiRevisionMismatchError(revision, s.siRevision);
    const field = party === 'client' ? 'blApprovedClientRevision' : 'blApprovedCarrierRevision';
    if (s[field] === revision)
      throw new ConflictError(`The ${party} has already approved revision ${revision}`);
    change.set({ [field]: revision });
    if (party !== 'client')
      return { party, revision, carrierDraft: await carrierDraft(em, s.id, attachmentId) };
    // The latest draft sent (each revision, and each roll once the SI is in, sends a new one).
    const [latest] = await em.query<{ id: string; sha256: string; version: number }[]>(
      `SELECT id, sha256, version FROM documents
        WHERE shipment_id = $1 AND kind = 'bl_draft' ORDER BY version DESC LIMIT 1`,
      [s.id],
    );
    if (documentId !== undefined && documentId !== latest?.id) {
      throw new AppError(
        409,
        ErrorCode.BL_DRAFT_SUPERSEDED,
        'A newer B/L draft was sent since this one: check and approve the latest',
        { documentId, latestDocumentId: latest?.id ?? null },
      );
    }
    return {
      party,
      revision,
      draft: latest ? { documentId: latest.id, sha256: latest.sha256, version: latest.version } : null,
    };
  },
  // After the approval's event: the history reads "approved", then "B/L number set".
  after: (change, { blNumber }) => setBlNumber(change, blNumber, 'approve-bl'),
};

/**
 * The carrier's own B/L draft the carrier-side approval refers to (docs/documents.md): the attachment named,
 * which must be a live `carrier_bl_draft` of this shipment, or else the only live one, or none.
 */
async function carrierDraft(
  em: EntityManager,
  shipmentId: string,
  attachmentId: string | undefined,
): Promise<{ attachmentId: string; sha256: string; filename: string } | null> {
  const drafts = await em.query<{ id: string; sha256: string; filename: string }[]>(
    `SELECT id, sha256, filename FROM attachments
      WHERE shipment_id = $1 AND kind = 'carrier_bl_draft' AND removed_at IS NULL
      ORDER BY created_at DESC, id`,
    [shipmentId],
  );
  const pick = (d: { id: string; sha256: string; filename: string }) => ({
    attachmentId: d.id,
    sha256: d.sha256,
    filename: d.filename,
  });
  if (attachmentId === undefined) return drafts.length === 1 ? pick(drafts[0]!) : null;
  const named = drafts.find((d) => d.id === attachmentId);
  if (!named) {
    throw ValidationFailedError.field(
      'attachmentId',
      "not a carrier's B/L draft on this shipment (kind carrier_bl_draft, not removed)",
    );
  }
  return pick(named);
}
