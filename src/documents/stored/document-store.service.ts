import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ScopeService } from '../../auth/scope.service';
import { NotFoundError } from '../../common/errors/app-error';
import { keyset, keysetPage, type Page } from '../../common/pagination';
import { RequestContext } from '../../common/request-context';
import { Shipment } from '../../shipments/entities/shipment.entity';
import { User } from '../../users/entities/user.entity';
import type { ClientDocumentsQueryDto, StoredDocumentDto } from './document.dto';
import { StoredDocument, type StoredDocumentKind } from './stored-document.entity';

const NEWEST_FIRST = keyset<StoredDocument>('DESC', [
  { column: 'd.createdAt', part: 'time', of: (d) => d.createdAt },
  { column: 'd.id', part: 'uuid', of: (d) => d.id },
]);

export interface DocumentToStore {
  kind: StoredDocumentKind;
  series: string;
  version: number;
  clientId: string;
  shipmentId?: string | null;
  debitNoteId?: string | null;
  filename: string;
  content: Buffer;
  sentTo: string[];
}

/** A stored document's bytes as they were sent. */
export interface StoredBytes {
  filename: string;
  content: Buffer;
}

/**
 * The documents as sent (docs/documents.md): written once in the sending transaction, then only read. The
 * lists and downloads are scoped like the client's other records: outside the scope a document does not exist.
 */
@Injectable()
export class DocumentStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly context: RequestContext,
  ) {}

  /** The version the next document of the series gets (1 for the first). */
  async nextVersion(em: EntityManager, series: string): Promise<number> {
    const [row] = await em.query<{ next: number }[]>(
      `SELECT coalesce(max(version), 0)::int + 1 AS next FROM documents WHERE series = $1`,
      [series],
    );
    return row?.next ?? 1;
  }

  /** Keeps the document's bytes, with their SHA-256, in the caller's transaction. */
  async store(em: EntityManager, doc: DocumentToStore): Promise<StoredDocument> {
    const row = em.create(StoredDocument, {
      kind: doc.kind,
      series: doc.series,
      version: doc.version,
      clientId: doc.clientId,
      shipmentId: doc.shipmentId ?? null,
      debitNoteId: doc.debitNoteId ?? null,
      filename: doc.filename,
      contentType: 'application/pdf',
      sha256: createHash('sha256').update(doc.content).digest('hex'),
      size: doc.content.length,
      content: doc.content,
      sentTo: [...new Set(doc.sentTo.map((a) => a.trim().toLowerCase()).filter(Boolean))],
      emailId: null,
      createdById: this.context.actorOrNull?.id ?? null,
    });
    return em.save(row);
  }

  async linkEmail(em: EntityManager, id: string, emailId: string): Promise<void> {
    await em.update(StoredDocument, { id }, { emailId });
  }

  async remove(em: EntityManager, id: string): Promise<void> {
    await em.delete(StoredDocument, { id });
  }

  /** The bytes, for the outbox (no scope: the system sends them). */
  async bytes(id: string, em: EntityManager = this.dataSource.manager): Promise<StoredBytes | null> {
    const row = await em
      .createQueryBuilder(StoredDocument, 'd')
      .addSelect('d.content')
      .where('d.id = :id', { id })
      .getOne();
    return row ? { filename: row.filename, content: row.content } : null;
  }

  /** The bytes the client got for an issued debit note, if they were kept (notes issued since documents are). */
  async debitNoteBytes(debitNoteId: string, em: EntityManager): Promise<StoredBytes | null> {
    const row = await em
      .createQueryBuilder(StoredDocument, 'd')
      .addSelect('d.content')
      .where('d.debitNoteId = :debitNoteId AND d.kind = :kind', { debitNoteId, kind: 'debit_note' })
      .orderBy('d.version', 'DESC')
      .getOne();
    return row ? { filename: row.filename, content: row.content } : null;
  }

  /** A stored document's bytes for the caller: 404 outside the caller's scope. */
  async download(id: string): Promise<StoredBytes> {
    const em = this.dataSource.manager;
    const row = await em
      .createQueryBuilder(StoredDocument, 'd')
      .addSelect('d.content')
      .where('d.id = :id', { id })
      .getOne();
    if (!row || !(await this.scope.includes(row.clientId, em))) throw new NotFoundError('Document');
    return { filename: row.filename, content: row.content };
  }

  /** Every document sent about a shipment, newest first. */
  async forShipment(shipmentId: string): Promise<StoredDocumentDto[]> {
    const em = this.dataSource.manager;
    const shipment = await em.findOne(Shipment, {
      where: { id: shipmentId },
      select: { id: true, clientId: true, reference: true },
    });
    if (!shipment || !(await this.scope.includes(shipment.clientId, em))) throw new NotFoundError('Shipment');
    const rows = await em
      .createQueryBuilder(StoredDocument, 'd')
      .where('d.shipmentId = :shipmentId', { shipmentId })
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .getMany();
    return this.toDtos(em, rows);
  }

  /** Everything sent to a client (statements included), newest first; `kind` to narrow. */
  async forClient(clientId: string, query: ClientDocumentsQueryDto): Promise<Page<StoredDocumentDto>> {
    const em = this.dataSource.manager;
    if (!(await this.scope.includes(clientId, em))) throw new NotFoundError('Client');
    const qb = em.createQueryBuilder(StoredDocument, 'd').where('d.clientId = :clientId', { clientId });
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    return keysetPage(qb, query, NEWEST_FIRST, (rows) => this.toDtos(em, rows));
  }

  private async toDtos(em: EntityManager, rows: StoredDocument[]): Promise<StoredDocumentDto[]> {
    const userIds = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => !!id))];
    const shipmentIds = [...new Set(rows.map((r) => r.shipmentId).filter((id): id is string => !!id))];
    const [users, shipments] = await Promise.all([
      userIds.length
        ? em
            .createQueryBuilder(User, 'u')
            .select(['u.id', 'u.name'])
            .where('u.id IN (:...ids)', { ids: userIds })
            .getMany()
        : Promise.resolve([]),
      shipmentIds.length
        ? em
            .createQueryBuilder(Shipment, 's')
            .select(['s.id', 's.reference'])
            .where('s.id IN (:...ids)', { ids: shipmentIds })
            .getMany()
        : Promise.resolve([]),
    ]);
    const userName = new Map(users.map((u) => [u.id, u.name]));
    const reference = new Map(shipments.map((s) => [s.id, s.reference]));
    return rows.map((d) => ({
      id: d.id,
      kind: d.kind,
      version: d.version,
      filename: d.filename,
      size: d.size,
      sha256: d.sha256,
      createdAt: d.createdAt.toISOString(),
      createdByName: d.createdById ? (userName.get(d.createdById) ?? null) : null,
      sentTo: d.sentTo,
      shipmentId: d.shipmentId,
      shipmentReference: d.shipmentId ? (reference.get(d.shipmentId) ?? null) : null,
      debitNoteId: d.debitNoteId,
    }));
  }
}
