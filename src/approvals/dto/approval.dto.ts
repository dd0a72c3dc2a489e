import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import {
  APPROVAL_STATES,
  APPROVAL_TYPES,
  type ApprovalState,
  type ApprovalType,
  type Approval,
} from '../entities/approval.entity';
import { IsOptionalId, IsOptionalOneOf, IsText } from '../../common/validation/decorators';

export class RequestApprovalDto {
  @ApiProperty({ enum: APPROVAL_TYPES })
  @IsIn(APPROVAL_TYPES)
  type!: ApprovalType;

  @IsOptionalId()
  shipmentId?: string;

  @IsOptionalId()
  clientId?: string;

  @ApiProperty({ example: 'Long-standing A-client; payment promised for Friday' })
  @IsText(1000)
  reason!: string;
}

export class DecideApprovalDto {
  @ApiPropertyOptional({ description: 'Why (recorded with the decision)' })
  @IsOptional()
  @IsText(1000, { allowEmpty: true })
  note?: string;
}

export class ApprovalListQueryDto extends PageQueryDto {
  @IsOptionalOneOf(APPROVAL_STATES)
  state?: ApprovalState;

  @IsOptionalOneOf(APPROVAL_TYPES)
  type?: ApprovalType;

  @IsOptionalId()
  shipmentId?: string;

  @IsOptionalId()
  clientId?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: only the decided (approved or rejected); false: only the pending',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  decided?: 'true' | 'false';
}

export class PendingApprovalCountDto {
  @ApiProperty({ description: "Pending approvals in the caller's scope that the caller did not ask for" })
  count!: number;
}

class ApprovalPersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ApprovalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: APPROVAL_TYPES }) type!: ApprovalType;
  @ApiProperty({ enum: APPROVAL_STATES, description: 'pending, approved or rejected' })
  status!: ApprovalState;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) shipmentId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) clientId!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: ApprovalPersonDto }) requestedBy!: ApprovalPersonDto;
  @ApiProperty({ type: ApprovalPersonDto, nullable: true }) decidedBy!: ApprovalPersonDto | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String, description: "The shipment's reference (SE2611-0001)" })
  shipmentReference!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The client's code" }) clientCode!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The client's name" }) clientName!: string | null;

  static from(
    a: Approval,
    names: { shipmentReference?: string | null; clientCode?: string | null; clientName?: string | null } = {},
  ): ApprovalDto {
    return {
      id: a.id,
      type: a.type,
      status: a.state,
      shipmentId: a.shipmentId,
      clientId: a.clientId,
      reason: a.reason,
      requestedBy: { id: a.requestedById, name: a.requestedByName },
      decidedBy: a.decidedById ? { id: a.decidedById, name: a.decidedByName ?? '' } : null,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      decisionNote: a.decisionNote,
      createdAt: a.createdAt.toISOString(),
      shipmentReference: names.shipmentReference ?? null,
      clientCode: names.clientCode ?? null,
      clientName: names.clientName ?? null,
    };
  }
}

export class ApprovalPageDto {
  @ApiProperty({ type: [ApprovalDto] }) items!: ApprovalDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
