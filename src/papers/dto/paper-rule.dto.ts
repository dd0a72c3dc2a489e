import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptionalId } from '../../common/validation/decorators';
import { GATED_ACTION_NAMES } from '../domain/paper-rules';
import { PAPER_SEVERITIES, type PaperRule, type PaperSeverity } from '../entities/paper-rule.entity';

export class CreatePaperRuleDto {
  @ApiProperty({ enum: GATED_ACTION_NAMES, example: 'declare-customs', description: 'The action it gates' })
  @IsIn(GATED_ACTION_NAMES)
  action!: string;

  @ApiProperty({ example: 'packing_list', description: 'A code from GET /attachment-kinds' })
  @IsString()
  @MaxLength(32)
  kind!: string;

  @ApiProperty({
    enum: PAPER_SEVERITIES,
    description: 'blocking refuses the action without it; warning only lists it; waived takes it off',
  })
  @IsIn(PAPER_SEVERITIES)
  severity!: PaperSeverity;

  /** Only for this carrier's shipments (overrides the default for the same action and kind). */
  @IsOptionalId()
  carrierId?: string;

  /** Only for this client's shipments (overrides the default and a carrier's rule). */
  @IsOptionalId()
  clientId?: string;
}

export class UpdatePaperRuleDto {
  @ApiProperty({ enum: PAPER_SEVERITIES })
  @IsIn(PAPER_SEVERITIES)
  severity!: PaperSeverity;
}

export class PaperRuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: GATED_ACTION_NAMES }) action!: string;
  @ApiProperty({ example: 'packing_list' }) kind!: string;
  @ApiProperty({ enum: PAPER_SEVERITIES }) severity!: PaperSeverity;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) carrierId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) clientId!: string | null;
  @ApiProperty({ description: 'Also sent as the ETag header; send it back in If-Match' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(r: PaperRule): PaperRuleDto {
    return {
      id: r.id,
      action: r.action,
      kind: r.kind,
      severity: r.severity,
      carrierId: r.carrierId,
      clientId: r.clientId,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    };
  }
}

export class PaperRuleListDto {
  @ApiProperty({ type: [PaperRuleDto], description: 'Defaults first, then the overrides' })
  items!: PaperRuleDto[];
}

export const PAPER_STATUSES = ['uploaded', 'missing', 'late'] as const;
export type PaperStatus = (typeof PAPER_STATUSES)[number];

export class ChecklistAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() filename!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ChecklistItemDto {
  @ApiProperty({ format: 'uuid', description: 'The rule that applies (a default or an override)' })
  ruleId!: string;
  @ApiProperty({ enum: GATED_ACTION_NAMES }) action!: string;
  @ApiProperty({ example: 'packing_list' }) kind!: string;
  @ApiProperty({ enum: ['blocking', 'warning'] }) severity!: 'blocking' | 'warning';
  @ApiProperty({
    enum: PAPER_STATUSES,
    description: 'late: missing, its action not yet taken and the cut-off it is due by passed',
  })
  status!: PaperStatus;
  @ApiProperty({ description: 'Whether the shipment has taken the step the paper gates' })
  stepTaken!: boolean;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'The cut-off the paper is due by (CY, SI or customs), when the shipment has one',
  })
  dueBy!: string | null;
  @ApiProperty({ type: [ChecklistAttachmentDto], description: 'The attachments of that kind (not removed)' })
  attachments!: ChecklistAttachmentDto[];
}

export class ChecklistDto {
  @ApiProperty({ type: [ChecklistItemDto], description: 'In the order of the flow' })
  items!: ChecklistItemDto[];
}
