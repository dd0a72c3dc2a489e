import { ApiProperty } from '@nestjs/swagger';
import { IsOptionalOneOf } from '../../common/validation/decorators';
import { PageQueryDto } from '../../common/pagination';
import { STORED_DOCUMENT_KINDS, type StoredDocumentKind } from './stored-document.entity';

/** A document as it was sent: what the lists show (the bytes are at GET /documents/:id/pdf). */
export class StoredDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: STORED_DOCUMENT_KINDS, enumName: 'StoredDocumentKind' }) kind!: StoredDocumentKind;
  @ApiProperty({
    description: '1, 2, ... within the kind for the shipment (statements: the client; a debit note: 1)',
  })
  version!: number;
  @ApiProperty() filename!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, lower-case hex' }) sha256!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Who made it; null when the system did' })
  createdByName!: string | null;
  @ApiProperty({ type: [String], description: 'The addresses the e-mail carrying it went to' })
  sentTo!: string[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) shipmentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) shipmentReference!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) debitNoteId!: string | null;
}

export class StoredDocumentListDto {
  @ApiProperty({ type: [StoredDocumentDto] }) items!: StoredDocumentDto[];
}

export class StoredDocumentPageDto {
  @ApiProperty({ type: [StoredDocumentDto] }) items!: StoredDocumentDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ClientDocumentsQueryDto extends PageQueryDto {
  @IsOptionalOneOf(STORED_DOCUMENT_KINDS) kind?: StoredDocumentKind;
}
