import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DebitNote } from '../../billing/entities/debit-note.entity';
import { todayIn } from '../../common/time';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type {
  DocumentIssuer,
  DocumentToIssue,
  IssuedDocument,
} from '../../notifications/document-issuer.port';
import { Shipment } from '../../shipments/entities/shipment.entity';
import { DocumentsService, type RenderedDocument } from '../documents.service';
import { DocumentStore } from './document-store.service';

/** `booking-confirmation-QS-1.pdf`, then `booking-confirmation-QS-1-v2.pdf`, ... */
const versioned = (filename: string, version: number): string =>
  version === 1 ? filename : filename.replace(/\.pdf$/, `-v${version}.pdf`);

/**
 * Makes each document as it is sent (the `DOCUMENT_ISSUER` port): rendered once in the sending transaction,
 * dated the day it is made, stored with the next version of its series (docs/documents.md).
 */
@Injectable()
export class DocumentIssuerService implements DocumentIssuer {
  constructor(
    private readonly documents: DocumentsService,
    private readonly store: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(em: EntityManager, doc: DocumentToIssue, sentTo: string[]): Promise<IssuedDocument> {
    const today = todayIn(this.config.timezone);
    let series: string;
    let version: number;
    let rendered: RenderedDocument;
    let clientId: string;
    let shipmentId: string | null = null;
    let debitNoteId: string | null = null;
    switch (doc.kind) {
      case 'booking_confirmation':
      case 'so_notice':
      case 'bl_draft': {
        const shipment = await em.findOneOrFail(Shipment, {
          where: { id: doc.shipmentId },
          select: { id: true, clientId: true },
        });
        clientId = shipment.clientId;
        shipmentId = shipment.id;
        series = `${doc.kind}:${shipment.id}`;
        version = await this.store.nextVersion(em, series);
        rendered =
          doc.kind === 'booking_confirmation'
            ? await this.documents.bookingConfirmation(shipment.id, em, today)
            : doc.kind === 'so_notice'
              ? await this.documents.soNotice(shipment.id, em, { date: today, version })
              : await this.documents.blDraft(shipment.id, em, today);
        break;
      }
      case 'debit_note': {
        const note = await em.findOneOrFail(DebitNote, {
          where: { id: doc.debitNoteId },
          select: { id: true, clientId: true, shipmentId: true },
        });
        clientId = note.clientId!;
        shipmentId = note.shipmentId;
        debitNoteId = note.id;
        series = `debit_note:${note.id}`;
        version = await this.store.nextVersion(em, series);
        rendered = await this.documents.debitNote(note.id, em);
        break;
      }
      case 'statement': {
        clientId = doc.clientId;
        series = `statement:${doc.clientId}`;
        version = await this.store.nextVersion(em, series);
        rendered = await this.documents.statement(doc.clientId, doc.asOf, em);
        break;
      }
    }
    // A statement's name has its date already (each month's is a new one, not a revision of the last).
    const filename = doc.kind === 'statement' ? rendered.filename : versioned(rendered.filename, version);
    const stored = await this.store.store(em, {
      kind: doc.kind,
      series,
      version,
      clientId,
      shipmentId,
      debitNoteId,
      filename,
      content: rendered.content,
      sentTo,
    });
    return { id: stored.id, filename, version };
  }

  sent(em: EntityManager, documentId: string, emailId: string): Promise<void> {
    return this.store.linkEmail(em, documentId, emailId);
  }

  discard(em: EntityManager, documentId: string): Promise<void> {
    return this.store.remove(em, documentId);
  }
}
