import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { Multipart } from '@fastify/multipart';
import { fromBuffer } from 'file-type';
import { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopeService } from '../auth/scope.service';
import { writeVersioned } from '../common/database/versioned-write';
import {
  NotFoundError,
  PreconditionFailedError,
  RequirementsUnmetError,
  ValidationFailedError,
  type FieldError,
} from '../common/errors/app-error';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NoticesService } from '../notifications/notices.service';
import { ShipmentsService } from '../shipments/shipments.service';
import {
  AttachmentTooLargeError,
  AttachmentTypeNotAcceptedError,
  EmailTooLargeError,
  PapersNotSendableError,
} from './attachments.errors';
import { BlobOverLimit, BlobStore, isSameFileRace, type StagedBlob } from './blob-store';
import { cleanFilename, fromMultipartName } from './domain/file-name';
import { acceptedType, isInline, type AcceptedType } from './domain/file-types';
import {
  AttachmentDto,
  AttachmentKindDto,
  PapersSentDto,
  SendAttachmentsDto,
  UpdateAttachmentDto,
} from './dto/attachment.dto';
import { AttachmentKind } from './entities/attachment-kind.entity';
import { Attachment } from './entities/attachment.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPLOAD_FIELDS = new Set(['kind', 'note', 'clientVisible', 'containerId']);
/** What a form adds to its file at most: the fields (8 × 2 KiB at most), part headers and boundaries. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
/** Audited on the shipment (`entityType: shipment`), so the log reads them in the shipment's scope. */
const AUDIT_ENTITY = 'shipment';

/** An upload's form fields, as sent (strings). */
type UploadFields = Partial<Record<'kind' | 'note' | 'clientVisible' | 'containerId', string>>;

/** A file as it is about to be read back: what it is, and its bytes as a stream. */
export interface AttachmentContent {
  filename: string;
  contentType: string;
  size: number;
  inline: boolean;
  stream: Readable;
}

/**
 * A shipment's papers (docs/papers.md): uploads streamed into the database, listed and read back within the
 * shipment's scope (a client user: only the client-visible ones of its own shipments), edited, and removed with
 * a reason (the file is kept). Every upload and removal is an event in the shipment's history and an audit
 * record.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly blobs: BlobStore,
    private readonly shipments: ShipmentsService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly context: RequestContext,
    private readonly notices: NoticesService,
  ) {}

  async kinds(): Promise<AttachmentKindDto[]> {
    const rows = await this.dataSource.manager.find(AttachmentKind, { order: { position: 'ASC' } });
    return rows.map((k) => AttachmentKindDto.from(k));
  }

  /** The shipment's papers, oldest first: staff see them all (the removed ones when asked), a client user its own. */
  async list(shipmentId: string, includeRemoved: boolean): Promise<AttachmentDto[]> {
    await this.shipments.visible(shipmentId);
    const forClient = this.scope.isClientUser;
    const qb = this.dataSource.manager
      .createQueryBuilder(Attachment, 'a')
      .where('a.shipmentId = :shipmentId', { shipmentId })
      .orderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (forClient) qb.andWhere('a.clientVisible = TRUE');
    if (forClient || !includeRemoved) qb.andWhere('a.removedAt IS NULL');
    return this.toDtos(this.dataSource.manager, await qb.getMany());
  }

  async get(id: string): Promise<AttachmentDto> {
    const attachment = await this.visible(this.dataSource.manager, id);
    const [dto] = await this.toDtos(this.dataSource.manager, [attachment]);
    return dto!;
  }

  /**
   * Takes one multipart upload: the fields first, then the file, streamed into the database chunk by chunk
   * (BlobStore) with its type decided by its first bytes and its size limited while it streams. A refused
   * upload leaves nothing behind.
   */
  async upload(shipmentId: string, request: FastifyRequest): Promise<AttachmentDto> {
    // Out of scope or unknown: 404 before a byte of the file is read.
    await this.shipments.visible(shipmentId);
    if (!request.isMultipart()) {
      throw ValidationFailedError.field('file', 'send the file as multipart/form-data');
    }
    const kinds = new Set((await this.kinds()).map((k) => k.code));
    const maxBytes = this.config.attachmentMaxBytes;
    // A body that says it is larger than the file may be, with its fields and boundaries, is refused unread.
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (declared > maxBytes + FORM_OVERHEAD_BYTES) throw new AttachmentTooLargeError(maxBytes);
    const fields: UploadFields = {};
    let staged: StagedBlob | null = null;
    let file: { filename: string; type: AcceptedType } | undefined;
    try {
      const parts = request.parts({
        limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 2048, parts: 10, headerPairs: 50 },
      });
      for await (const part of parts) {
        if (part.type === 'field') {
          this.takeField(fields, part);
          continue;
        }
        if (part.fieldname !== 'file' || file) {
          throw ValidationFailedError.field(part.fieldname, 'send one file, in the field "file"');
        }
        // What is already known to be wrong is refused before the file is read.
        const early = this.fieldErrors(fields, kinds, false);
        if (early.length) throw new ValidationFailedError(early);
        const holder: { type?: AcceptedType } = {};
        staged = await this.blobs.stage(
          part.file,
          async (first) => {
            const sniffed = await fromBuffer(first);
            holder.type = acceptedType(sniffed, part.filename ?? '');
            if (!holder.type) throw new AttachmentTypeNotAcceptedError(sniffed?.mime);
          },
          () => part.file.truncated,
        );
        file = {
          type: holder.type ?? { contentType: 'application/octet-stream', extension: 'bin', inline: false },
          filename: part.filename ?? '',
        };
        if (!staged) throw ValidationFailedError.field('file', 'the file is empty');
      }
    } catch (error) {
      if (staged) await this.blobs.discard(staged.id);
      throw this.uploadError(error, maxBytes);
    }
    if (!file) throw ValidationFailedError.field('file', 'a file is required');
    const blob = staged!;
    const accepted = file.type;
    const filename = cleanFilename(fromMultipartName(file.filename), accepted.extension);
    try {
      const errors = this.fieldErrors(fields, kinds, true);
      if (errors.length) throw new ValidationFailedError(errors);
      return await this.record(shipmentId, blob, { ...fields, filename, contentType: accepted.contentType });
    } catch (error) {
      await this.blobs.discard(blob.id);
      throw error;
    }
  }

  /** The file to send back, if the caller may see the attachment (a client user: client-visible, not removed). */
  async content(id: string): Promise<AttachmentContent> {
    const a = await this.visible(this.dataSource.manager, id);
    return {
      filename: a.filename,
      contentType: a.contentType,
      size: Number(a.size),
      inline: isInline(a.contentType),
      stream: this.blobs.read(a.blobId),
    };
  }

  /** Kind, note and client visibility; audited. A removed attachment stays as it was removed. */
  async update(id: string, dto: UpdateAttachmentDto, expectedVersion?: number): Promise<AttachmentDto> {
    return this.dataSource.transaction(async (em) => {
      const a = await this.forUpdate(em, id, expectedVersion);
      if (a.removedAt) throw ValidationFailedError.field('id', 'the attachment is removed');
      if (dto.kind !== undefined && !(await em.existsBy(AttachmentKind, { code: dto.kind }))) {
        throw ValidationFailedError.field('kind', 'not a kind from GET /attachment-kinds');
      }
      const after = {
        kind: dto.kind ?? a.kind,
        note: dto.note === undefined ? a.note : dto.note || null,
        clientVisible: dto.clientVisible ?? a.clientVisible,
      };
      const changes = this.audit.diff(a, { ...a, ...after }, ['kind', 'note', 'clientVisible']);
      if (Object.keys(changes).length) {
        await writeVersioned(em, Attachment, a, after);
        await this.audit.record(em, {
          entityType: AUDIT_ENTITY,
          entityId: a.shipmentId,
          action: 'attachment_updated',
          changes: { attachmentId: a.id, filename: a.filename, ...changes },
        });
      }
      const [answer] = await this.toDtos(em, [await em.findOneByOrFail(Attachment, { id })]);
      return answer!;
    });
  }

  /** Marks the attachment removed (who, when, why); the file stays. An event and an audit record. */
  async remove(id: string, reason: string, expectedVersion?: number): Promise<AttachmentDto> {
    return this.dataSource.transaction(async (em) => {
      const a = await this.forUpdate(em, id, expectedVersion);
      if (a.removedAt) throw ValidationFailedError.field('id', 'the attachment is already removed');
      const actor = this.context.actorOrNull;
      await writeVersioned(em, Attachment, a, {
        removedAt: new Date(),
        removedById: actor?.id ?? null,
        removeReason: reason,
      });
      await this.shipments.recordEvent(em, a.shipmentId, {
        type: 'attachment_removed',
        data: { ...eventData(a), reason },
      });
      await this.audit.record(em, {
        entityType: AUDIT_ENTITY,
        entityId: a.shipmentId,
        action: 'attachment_removed',
        changes: { attachmentId: a.id, kind: a.kind, filename: a.filename, reason },
      });
      const [answer] = await this.toDtos(em, [await em.findOneByOrFail(Attachment, { id })]);
      return answer!;
    });
  }

  /**
   * E-mails client-visible papers of the shipment to the client (docs/papers.md, "Sending papers"): every one
   * named must be on this shipment, not removed and client-visible (400 naming the others), and all together
   * at most ATTACHMENT_MAX_BYTES (422 EMAIL_TOO_LARGE). The e-mail, the `papers_sent` event and the audit
   * record are written in one transaction; a refusal writes nothing.
   */
  async send(shipmentId: string, dto: SendAttachmentsDto): Promise<PapersSentDto> {
    return this.dataSource.transaction(async (em) => {
      const shipment = await this.shipments.visible(shipmentId, em);
      const ids = [...new Set(dto.attachmentIds.map((id) => id.toLowerCase()))];
      const rows = await em.findBy(Attachment, { id: In(ids) });
      const byId = new Map(rows.map((a) => [a.id, a]));
      const problems = ids.flatMap((attachmentId) => {
        const a = byId.get(attachmentId);
        const problem =
          !a || a.shipmentId !== shipmentId
            ? 'not an attachment of this shipment'
            : a.removedAt
              ? 'removed'
              : !a.clientVisible
                ? 'not visible to the client'
                : null;
        return problem ? [{ attachmentId, problem }] : [];
      });
      if (problems.length) throw new PapersNotSendableError(problems);
      const files = ids.map((id) => byId.get(id)!);
      const totalBytes = files.reduce((sum, a) => sum + Number(a.size), 0);
      const maxBytes = this.config.attachmentMaxBytes;
      if (totalBytes > maxBytes) throw new EmailTooLargeError(maxBytes, totalBytes);
      const kinds = new Map(
        (await em.findBy(AttachmentKind, { code: In([...new Set(files.map((a) => a.kind))]) })).map((k) => [
          k.code,
          { zh: k.nameZh, en: k.nameEn },
        ]),
      );
      const [client] = await em.query<{ emails: string[] }[]>('SELECT emails FROM clients WHERE id = $1', [
        shipment.clientId,
      ]);
      const note = dto.note?.trim() || null;
      const queued = await this.notices.papersSent(em, shipment, {
        files: files.map((a) => ({
          attachmentId: a.id,
          filename: a.filename,
          contentType: a.contentType,
          kind: kinds.get(a.kind) ?? { zh: a.kind, en: a.kind },
        })),
        note,
        senderId: this.context.actorOrNull?.id ?? null,
      });
      if (!queued) throw new RequirementsUnmetError(['the client has no e-mail address'], 'Not sent');
      const sent = files.map((a) => ({
        attachmentId: a.id,
        kind: a.kind,
        filename: a.filename,
        size: Number(a.size),
      }));
      const to = client?.emails ?? [];
      await this.shipments.recordEvent(em, shipmentId, {
        type: 'papers_sent',
        data: { files: sent.map(({ size: _size, ...file }) => file), note, to },
      });
      await this.audit.record(em, {
        entityType: AUDIT_ENTITY,
        entityId: shipmentId,
        action: 'papers_sent',
        changes: { attachmentIds: files.map((a) => a.id), to, note },
      });
      return { to, files: sent, totalBytes };
    });
  }

  /** Writes the attachment, its event and audit record, keeping the blob under its hash; once more on a race. */
  private async record(
    shipmentId: string,
    blob: StagedBlob,
    input: UploadFields & { filename: string; contentType: string },
  ): Promise<AttachmentDto> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (em) => {
          await this.shipments.visible(shipmentId, em);
          if (input.containerId) {
            const [box] = await em.query<unknown[]>(
              'SELECT 1 FROM containers WHERE id = $1 AND shipment_id = $2',
              [input.containerId, shipmentId],
            );
            if (!box) throw ValidationFailedError.field('containerId', 'not a container of this shipment');
          }
          const blobId = await this.blobs.keep(em, blob);
          const saved = await em.save(
            em.create(Attachment, {
              shipmentId,
              containerId: input.containerId || null,
              kind: input.kind!,
              note: input.note?.trim() || null,
              clientVisible: input.clientVisible === 'true',
              filename: input.filename,
              contentType: input.contentType,
              size: String(blob.size),
              sha256: blob.sha256,
              blobId,
              createdById: this.context.actorOrNull?.id ?? null,
            }),
          );
          await this.shipments.recordEvent(em, shipmentId, {
            type: 'attachment_added',
            data: eventData(saved),
          });
          await this.audit.record(em, {
            entityType: AUDIT_ENTITY,
            entityId: shipmentId,
            action: 'attachment_added',
            changes: {
              attachmentId: saved.id,
              kind: saved.kind,
              filename: saved.filename,
              size: blob.size,
              sha256: blob.sha256,
              clientVisible: saved.clientVisible,
            },
          });
          const [answer] = await this.toDtos(em, [saved]);
          return answer!;
        });
      } catch (error) {
        // The same file finished by another upload at the same moment: the second try reuses its blob.
        if (attempt === 1 && isSameFileRace(error)) continue;
        throw error;
      }
    }
  }

  private takeField(fields: UploadFields, part: Multipart & { type: 'field' }): void {
    if (!UPLOAD_FIELDS.has(part.fieldname)) {
      throw ValidationFailedError.field(part.fieldname, 'not a field of an upload');
    }
    if (part.valueTruncated) throw ValidationFailedError.field(part.fieldname, 'too long');
    fields[part.fieldname as keyof UploadFields] = String(part.value);
  }

  /** What is wrong with the fields; with `complete`, also what is missing. */
  private fieldErrors(fields: UploadFields, kinds: ReadonlySet<string>, complete: boolean): FieldError[] {
    const errors: FieldError[] = [];
    if (fields.kind === undefined) {
      if (complete)
        errors.push({ field: 'kind', message: 'kind is required (a code from GET /attachment-kinds)' });
    } else if (!kinds.has(fields.kind)) {
      errors.push({ field: 'kind', message: 'not a kind from GET /attachment-kinds' });
    }
    if (fields.note !== undefined && fields.note.length > 500) {
      errors.push({ field: 'note', message: 'at most 500 characters' });
    }
    if (fields.clientVisible !== undefined && !['true', 'false'].includes(fields.clientVisible)) {
      errors.push({ field: 'clientVisible', message: 'true or false' });
    }
    if (fields.containerId && !UUID.test(fields.containerId)) {
      errors.push({ field: 'containerId', message: 'not a container of this shipment' });
    }
    return errors;
  }

  /** The upload's refusals as the API answers them. */
  private uploadError(error: unknown, maxBytes: number): unknown {
    if (error instanceof BlobOverLimit) return new AttachmentTooLargeError(maxBytes);
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return new AttachmentTooLargeError(maxBytes);
    if (typeof code === 'string' && code.startsWith('FST_')) {
      return ValidationFailedError.field('file', 'the multipart form is not valid: one file and its fields');
    }
    if (
      error instanceof Error &&
      /multipart|Unexpected end of form/i.test(error.message) &&
      !('statusCode' in error)
    ) {
      return ValidationFailedError.field('file', 'the multipart form is not valid');
    }
    return error;
  }

  /** The attachment if the caller may see it; 404 otherwise (a client user: only client-visible, not removed). */
  private async visible(em: EntityManager, id: string): Promise<Attachment> {
    const a = UUID.test(id) ? await em.findOneBy(Attachment, { id }) : null;
    if (!a) throw new NotFoundError('Attachment');
    try {
      await this.shipments.visible(a.shipmentId, em);
    } catch (error) {
      throw error instanceof NotFoundError ? new NotFoundError('Attachment') : error;
    }
    if (this.scope.isClientUser && (!a.clientVisible || a.removedAt)) throw new NotFoundError('Attachment');
    return a;
  }

  private async forUpdate(em: EntityManager, id: string, expectedVersion?: number): Promise<Attachment> {
    const found = await this.visible(em, id);
    const a = await em.findOneOrFail(Attachment, {
      where: { id: found.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (expectedVersion !== undefined && expectedVersion !== a.version) {
      throw new PreconditionFailedError(a.version);
    }
    return a;
  }

  private async toDtos(em: EntityManager, rows: Attachment[]): Promise<AttachmentDto[]> {
    const ids = [
      ...new Set(rows.flatMap((a) => [a.createdById, a.removedById]).filter((x): x is string => !!x)),
    ];
    const people = new Map<string, string>();
    if (ids.length) {
      const users = await em.query<{ id: string; name: string }[]>(
        'SELECT id, name FROM users WHERE id = ANY($1::uuid[])',
        [ids],
      );
      for (const u of users) people.set(u.id, u.name);
    }
    const forClient = this.scope.isClientUser;
    return rows.map((a) => AttachmentDto.from(a, people, isInline(a.contentType), forClient));
  }
}

/** What the history says of an attachment (shipment-events.ts decides what a client sees of it). */
function eventData(a: Attachment): Record<string, unknown> {
  return {
    attachmentId: a.id,
    kind: a.kind,
    filename: a.filename,
    containerId: a.containerId,
    visibility: a.clientVisible ? 'client' : 'staff',
  };
}
