import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { trim } from '../../common/validation/transforms';
import type { AuditRecord } from '../entities/audit-record.entity';
import { IsOptionalId } from '../../common/validation/decorators';

const NAME_RULE = /^[a-z][a-z0-9_]{0,39}$/;

/** `GET /audit?entityType=&entityId=&action=`: the history of master records, newest first. */
export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'client', description: 'client, carrier, …' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(NAME_RULE, { message: 'entityType is a snake_case name of at most 40 characters' })
  entityType?: string;

  @IsOptionalId()
  entityId?: string;

  @ApiPropertyOptional({ example: 'updated', description: 'created, updated, credit_terms_changed, …' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(NAME_RULE, { message: 'action is a snake_case name of at most 40 characters' })
  action?: string;
}

export class AuditActorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
}

export class AuditRecordDto {
  @ApiProperty({ description: 'Increasing with time: a later record has a larger id' }) id!: string;
  @ApiProperty({ example: 'client' }) entityType!: string;
  @ApiProperty({ format: 'uuid' }) entityId!: string;
  @ApiProperty({ example: 'updated' }) action!: string;
  @ApiProperty({
    type: AuditActorDto,
    nullable: true,
    description: 'Who did it; null for work the system did by itself',
  })
  actor!: AuditActorDto | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'For `created`: the new record. Otherwise `{ field: { from, to } }` for the fields changed.',
  })
  changes!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, description: 'The correlation id of the request' })
  correlationId!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;

  static from(record: AuditRecord): AuditRecordDto {
    return {
      id: record.id,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      actor: record.actorId ? { id: record.actorId, name: record.actorName } : null,
      changes: record.changes,
      correlationId: record.correlationId,
      at: record.at.toISOString(),
    };
  }
}

export class AuditRecordPageDto {
  @ApiProperty({ type: [AuditRecordDto] }) items!: AuditRecordDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
