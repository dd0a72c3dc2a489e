import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IfSent, IsText } from '../../common/validation/decorators';
import type { Attachment } from '../entities/attachment.entity';
import type { AttachmentKind } from '../entities/attachment-kind.entity';

export class AttachmentKindDto {
  @ApiProperty({ example: 'packing_list' }) code!: string;
  @ApiProperty({ example: '装箱单' }) nameZh!: string;
  @ApiProperty({ example: 'Packing list' }) nameEn!: string;

  static from(k: AttachmentKind): AttachmentKindDto {
    return { code: k.code, nameZh: k.nameZh, nameEn: k.nameEn };
  }
}

export class AttachmentKindListDto {
  @ApiProperty({ type: [AttachmentKindDto] }) items!: AttachmentKindDto[];
}

export class AttachmentPersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shipmentId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) containerId!: string | null;
  @ApiProperty({ example: 'packing_list' }) kind!: string;
  @ApiProperty({ nullable: true, type: String, description: "Staff's note (null for a client user)" })
  note!: string | null;
  @ApiProperty() clientVisible!: boolean;
  @ApiProperty({ example: '装箱单.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf', description: 'Decided from the content' }) contentType!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @ApiProperty({ description: 'Where to read the content (GET, the same scope)' }) contentUrl!: string;
  @ApiProperty({ description: 'Whether a browser shows it inline (PDF, images): the console previews these' })
  previewable!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: AttachmentPersonDto, nullable: true, description: 'Null for a client user' })
  createdBy!: AttachmentPersonDto | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) removedAt!: string | null;
  @ApiProperty({ type: AttachmentPersonDto, nullable: true }) removedBy!: AttachmentPersonDto | null;
  @ApiProperty({ nullable: true, type: String }) removeReason!: string | null;
  @ApiProperty({ description: 'Also sent as the ETag header; send it back in If-Match' }) version!: number;

  static from(
    a: Attachment,
    people: ReadonlyMap<string, string>,
    previewable: boolean,
    forClient: boolean,
  ): AttachmentDto {
    const person = (id: string | null): AttachmentPersonDto | null =>
      id && !forClient ? { id, name: people.get(id) ?? '' } : null;
    return {
      id: a.id,
      shipmentId: a.shipmentId,
      containerId: a.containerId,
      kind: a.kind,
      note: forClient ? null : a.note,
      clientVisible: a.clientVisible,
      filename: a.filename,
      contentType: a.contentType,
      size: Number(a.size),
      sha256: a.sha256,
      contentUrl: `/api/v1/attachments/${a.id}/content`,
      previewable,
      createdAt: a.createdAt.toISOString(),
      createdBy: person(a.createdById),
      removedAt: a.removedAt?.toISOString() ?? null,
      removedBy: person(a.removedById),
      removeReason: forClient ? null : a.removeReason,
      version: a.version,
    };
  }
}

export class AttachmentListDto {
  @ApiProperty({ type: [AttachmentDto], description: 'Oldest first' }) items!: AttachmentDto[];
}

export class ListAttachmentsQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Staff: the removed ones too' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeRemoved?: 'true' | 'false';
}

export class ContentQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'As a download (attachment) rather than inline',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  download?: 'true' | 'false';
}

/** The multipart form of an upload (fields before the file, as browsers send them). */
export class UploadAttachmentDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'One file; its type is decided by its content',
  })
  file!: unknown;
  @ApiProperty({ example: 'packing_list', description: 'A code from GET /attachment-kinds' }) kind!: string;
  @ApiPropertyOptional({ maxLength: 500 }) note?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' }) clientVisible?: string;
  @ApiPropertyOptional({ format: 'uuid', description: "One of the shipment's containers" })
  containerId?: string;
}

export class UpdateAttachmentDto {
  @ApiPropertyOptional({ example: 'commercial_invoice' })
  @IfSent()
  @IsString()
  @MaxLength(32)
  kind?: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 500 })
  @IsOptional()
  @IsText(500, { allowEmpty: true })
  note?: string | null;

  @ApiPropertyOptional()
  @IfSent()
  @IsBoolean()
  clientVisible?: boolean;
}

export class RemoveAttachmentDto {
  @ApiProperty({ maxLength: 500, example: 'Uploaded to the wrong shipment' })
  @IsText(500)
  reason!: string;
}

/** Papers sent to the client by e-mail (docs/papers.md, "Sending papers"). */
export class SendAttachmentsDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 10,
    description: 'Attachments of this shipment, client-visible and not removed, in the order to attach them',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  attachmentIds!: string[];

  @ApiPropertyOptional({ maxLength: 1000, description: 'A few words for the client, in the e-mail' })
  @IsOptional()
  @IsText(1000, { allowEmpty: true })
  note?: string;
}

export class SentFileDto {
  @ApiProperty({ format: 'uuid' }) attachmentId!: string;
  @ApiProperty({ example: 'packing_list' }) kind!: string;
  @ApiProperty() filename!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
}

export class PapersSentDto {
  @ApiProperty({ type: [String], description: 'The client addresses the e-mail is queued to' }) to!: string[];
  @ApiProperty({ type: [SentFileDto], description: 'The files it carries, in order' }) files!: SentFileDto[];
  @ApiProperty({ description: 'Bytes of all the files together' }) totalBytes!: number;
}
