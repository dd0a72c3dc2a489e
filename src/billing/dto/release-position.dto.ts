import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MoneyJson } from '../../common/money';
import { MoneyDto } from '../../common/money/money.dto';
import { ApprovalDto } from '../../approvals/dto/approval.dto';

export const RELEASE_BLOCKER_CODES = [
  'not_awaiting_payment',
  'not_paid',
  'prepaid',
  'no_credit_limit',
  'credit_currency_mismatch',
  'over_credit_limit',
  'overdue',
  'approval_pending',
  'approval_rejected',
] as const;
export type ReleaseBlockerCode = (typeof RELEASE_BLOCKER_CODES)[number];

/** One reason the B/L cannot go yet: a stable code, its words, and the figures it is about. */
export class ReleaseBlockerDto {
  @ApiProperty({ enum: RELEASE_BLOCKER_CODES }) code!: ReleaseBlockerCode;
  @ApiProperty({ description: 'In English; screens say it from the code and the figures' }) message!: string;
  @ApiPropertyOptional({ description: 'not_paid: how many of its issued receivable notes are unpaid' })
  unpaidNotes?: number;
  @ApiPropertyOptional({ type: MoneyDto, description: 'over_credit_limit: the open receivables' })
  open?: MoneyJson;
  @ApiPropertyOptional({ type: MoneyDto, description: 'over_credit_limit: the limit' })
  creditLimit?: MoneyJson;
  @ApiPropertyOptional({ description: 'overdue: the note' }) number?: string;
  @ApiPropertyOptional({ description: 'overdue: its due date' }) dueDate?: string;
  @ApiPropertyOptional({ description: 'overdue: by how many days' }) daysOverdue?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'approval_pending, approval_rejected: the approval' })
  approvalId?: string;
}

/** A client's credit position: its terms, the credit a manager granted, and its open receivables. */
export class CreditPositionDto {
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty({ enum: ['prepaid', 'collect', 'monthly'] }) paymentTerms!: 'prepaid' | 'collect' | 'monthly';
  @ApiProperty({ type: MoneyDto, nullable: true }) creditLimit!: MoneyJson | null;
  @ApiProperty({ type: Number, nullable: true }) creditDays!: number | null;
  @ApiProperty({
    type: [MoneyDto],
    description:
      'The open receivables (issued, unpaid part), in the base currency at each note’s frozen rate; one entry per currency',
  })
  open!: MoneyJson[];
  @ApiProperty({
    type: [MoneyDto],
    description: 'The part of `open` past its due date, one entry per currency',
  })
  overdue!: MoneyJson[];
  @ApiProperty() openNotes!: number;
  @ApiProperty() overdueNotes!: number;
  @ApiProperty({ description: 'Whether the open receivables exceed the credit limit' }) overLimit!: boolean;
  @ApiProperty({ example: '2026-11-28', description: 'The business day the position is judged on' })
  asOf!: string;
}

/**
 * Whether the shipment's B/L can be released now (POST …/actions/release-bl), on what basis, and if not why:
 * the release guard's answer with its reasons as codes, the client's credit position, and the latest
 * release_before_payment approval asked for the shipment.
 */
export class ReleasePositionDto {
  @ApiProperty({ format: 'uuid' }) shipmentId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'Whether release-bl would be allowed now' }) releasable!: boolean;
  @ApiProperty({
    enum: ['paid', 'credit', 'approval'],
    nullable: true,
    type: String,
    description: 'What lets it go: paid, the client’s credit, or an approved release_before_payment',
  })
  basis!: 'paid' | 'credit' | 'approval' | null;
  @ApiProperty({ type: [ReleaseBlockerDto], description: 'Why not ([] when releasable)' })
  blockers!: ReleaseBlockerDto[];
  @ApiProperty({ type: CreditPositionDto }) credit!: CreditPositionDto;
  @ApiProperty({
    type: ApprovalDto,
    nullable: true,
    description: 'The newest release_before_payment approval asked for this shipment',
  })
  approval!: ApprovalDto | null;
}
