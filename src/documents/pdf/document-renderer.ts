import type { BookingConfirmationData, DebitNoteData, StatementData } from '../domain/document-data';
import type { BlDraftData } from '../domain/bl-draft-data';
import { type BlDraftLabels, loadBlDraftLabels, renderBlDraft } from './bl-draft.pdf';
import { renderBookingConfirmation } from './booking-confirmation.pdf';
import { renderDebitNote } from './debit-note.pdf';
import { type DocumentFonts, documentFonts } from './document-fonts';
import { DocumentParts } from './document-parts';
import { loadDocumentTemplates } from './document-templates';
import { renderSoNotice, loadSoNoticeLabels, type SoNoticeLabels } from './so-notice.pdf';
import { renderStatement } from './statement.pdf';
import type { SoNoticeData } from '../domain/so-notice-data';

export interface DocumentRendererOptions {
  /** The templates/ folder; found from this file or the working directory when not given. */
  templatesDir?: string;
  /** Parsed fonts; the process-wide ones when not given. */
  fonts?: DocumentFonts;
}

/**
 * Renders the documents clients receive (booking confirmation, debit note, statement of account) as A4 PDFs
 * with bilingual labels from templates/documents/, in Noto Sans SC embedded as a subset. Rendering is a pure
 * function of the data: the same data gives the same bytes (the PDF dates are the document's own date), so
 * an issued document can be stored or regenerated at will.
 */
export class DocumentRenderer {
  private readonly parts: DocumentParts;
  private readonly soNoticeLabels: SoNoticeLabels;
  private readonly blDraftLabels: BlDraftLabels;

  constructor(options: DocumentRendererOptions = {}) {
    const templates = loadDocumentTemplates(options.templatesDir);
    // Parsed here, once per process, so the first document is not the one that pays for it.
    const fonts = options.fonts ?? documentFonts();
    this.parts = new DocumentParts(templates.labels, templates.layout, fonts);
    this.soNoticeLabels = loadSoNoticeLabels(options.templatesDir);
    this.blDraftLabels = loadBlDraftLabels(options.templatesDir);
  }

  /** The written confirmation of a booking, with both parties' stamp and signature boxes (docs/domain.md step 1). */
  renderBookingConfirmation(data: BookingConfirmationData): Promise<Buffer> {
    return renderBookingConfirmation(this.parts, data);
  }

  /**
   * A debit note with every line in its own currency and converted, the rates used (source and date), and the
   * total in figures and words: English always, Chinese capitals (人民币大写) for CNY (docs/domain.md step 11).
   */
  renderDebitNote(data: DebitNoteData): Promise<Buffer> {
    return renderDebitNote(this.parts, data);
  }

  /** The S/O notice (放舱通知 / 进仓通知): S/O number, sailing, cut-offs in local time, containers, whom to call. */
  renderSoNotice(data: SoNoticeData): Promise<Buffer> {
    return renderSoNotice(this.parts, this.soNoticeLabels, data);
  }

  /** The B/L draft (提单确认件) of one SI revision, marked DRAFT: what the client and the carrier check. */
  renderBlDraft(data: BlDraftData): Promise<Buffer> {
    return renderBlDraft(this.parts, this.blDraftLabels, data);
  }

  /** A client's statement of account (对账单) as of a date: open notes, aging and the total due. */
  renderStatement(data: StatementData): Promise<Buffer> {
    return renderStatement(this.parts, data);
  }
}
