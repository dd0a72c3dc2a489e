import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PAYMENT_TERMS, type PaymentTerms } from '../../clients/entities/client.entity';
import { type MoneyJson } from '../../common/money';
import { MoneyDto } from '../../common/money/money.dto';
import { PageQueryDto } from '../../common/pagination';
import {
  APPROVAL_STATES,
  APPROVAL_TYPES,
  type ApprovalState,
  type ApprovalType,
  type Approval,
} from '../entities/approval.entity';
import { IsNested, IsOptionalId, IsOptionalOneOf, IsText } from '../../common/validation/decorators';

/** The credit terms a `credit_terms` approval asks for: the client's own fields, validated as they are. */
export class CreditTermsRequestDto {
  @ApiProperty({ enum: PAYMENT_TERMS })
  @IsIn(PAYMENT_TERMS)
  paymentTerms!: PaymentTerms;

  @ApiPropertyOptional({
    type: MoneyDto,
    nullable: true,
    description: 'Required for collect and monthly; in the base currency',
  })
  @IsOptional()
  @IsNested(MoneyDto)
  creditLimit?: MoneyDto | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 0,
    maximum: 365,
    description: 'Required for collect and monthly',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  creditDays?: number | null;
}

export class CreditTermsDto {
  @ApiProperty({ enum: PAYMENT_TERMS }) paymentTerms!: PaymentTerms;
  @ApiProperty({ type: MoneyDto, nullable: true }) creditLimit!: MoneyJson | null;
  @ApiProperty({ nullable: true, type: Number }) creditDays!: number | null;
}

class FloorContextDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CNYTN' }) pol!: string;
  @ApiProperty({ example: 'USLAX', description: 'A UN/LOCODE, or `*`: any port of discharge' }) pod!: string;
  @ApiProperty({ example: '45G1' }) containerType!: string;
  @ApiProperty({ type: MoneyDto }) price!: MoneyJson;
}

export class BelowFloorDto {
  @ApiProperty({ type: MoneyDto, description: "The booking's agreed rate when asked" }) rate!: MoneyJson;
  @ApiProperty({ type: FloorContextDto, description: 'The (highest) floor it was under' })
  floor!: FloorContextDto;
}

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

  @ApiPropertyOptional({
    type: CreditTermsRequestDto,
    description:
      'Required for (and only for) credit_terms, with clientId: applied to the client when approved',
  })
  @IsOptional()
  @IsNested(CreditTermsRequestDto)
  creditTerms?: CreditTermsRequestDto;
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
  @ApiProperty({
    type: CreditTermsDto,
    nullable: true,
    description: 'credit_terms: the terms asked for (applied to the client when approved)',
  })
  creditTerms!: CreditTermsDto | null;
  @ApiProperty({
    type: BelowFloorDto,
    nullable: true,
    description: 'below_floor_price: the rate when asked and the floor it was under',
  })
  belowFloor!: BelowFloorDto | null;

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
      creditTerms: a.details && 'creditTerms' in a.details ? a.details.creditTerms : null,
      belowFloor: a.details && 'belowFloor' in a.details ? a.details.belowFloor : null,
    };
  }
}

export class ApprovalPageDto {
  @ApiProperty({ type: [ApprovalDto] }) items!: ApprovalDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
