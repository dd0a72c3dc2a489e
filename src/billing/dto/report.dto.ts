import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '../../common/money/money.dto';
import type { MoneyJson } from '../../common/money/money';
import type { AgingBucket } from '../domain/debit-note-math';
import { DEBIT_NOTE_DIRECTIONS, type DebitNoteDirection } from '../entities/debit-note.entity';

export class ProfitNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) number!: string | null;
  @ApiProperty({ nullable: true, type: String }) carrierNumber!: string | null;
  @ApiProperty({ enum: DEBIT_NOTE_DIRECTIONS }) direction!: DebitNoteDirection;
  @ApiProperty({ type: MoneyDto, description: "In the note's currency" }) total!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: 'In the base currency, at the rate frozen on the note' })
  totalBase!: MoneyJson;
}

/** `GET /shipments/:id/profit`: receivable, payable and margin in the base currency. */
export class ShipmentProfitDto {
  @ApiProperty({ format: 'uuid' }) shipmentId!: string;
  @ApiProperty({ example: 'SE2611-0001' }) reference!: string;
  @ApiProperty({ example: 'CNY' }) baseCurrency!: string;
  @ApiProperty({ type: MoneyDto }) receivable!: MoneyJson;
  @ApiProperty({ type: MoneyDto }) payable!: MoneyJson;
  @ApiProperty({ type: MoneyDto }) margin!: MoneyJson;
  @ApiProperty({ type: [ProfitNoteDto] }) notes!: ProfitNoteDto[];
}

/** One client's open receivables by age, in the base currency (the buckets are `AGING_BUCKETS`). */
export class AgingRowDto implements Record<AgingBucket, MoneyJson> {
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty() clientCode!: string;
  @ApiProperty() clientName!: string;
  @ApiProperty({ type: MoneyDto }) total!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: 'Not yet due' }) current!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: '1-30 days overdue' }) d1_30!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: '31-60 days overdue' }) d31_60!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: '61-90 days overdue' }) d61_90!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: 'More than 90 days overdue' }) d90_plus!: MoneyJson;
  /** Open receivables issued more than three months before asOf: a statement of account is due (docs/domain.md). */
  @ApiProperty({ description: 'An open receivable was issued more than three months before asOf' })
  statementRequired!: boolean;
  @ApiProperty({ nullable: true, type: String }) oldestIssueDate!: string | null;
}

/** `GET /receivables/aging`. */
export class AgingReportDto {
  @ApiProperty({ example: '2026-11-30' }) asOf!: string;
  @ApiProperty({ example: 'CNY' }) baseCurrency!: string;
  @ApiProperty({ type: [AgingRowDto] }) items!: AgingRowDto[];
}

/** One carrier's open payables (its recorded, unpaid bills) by age, in the base currency. */
export class PayablesAgingRowDto implements Record<AgingBucket, MoneyJson> {
  @ApiProperty({ format: 'uuid' }) carrierId!: string;
  @ApiProperty() carrierCode!: string;
  @ApiProperty() carrierName!: string;
  @ApiProperty({ type: MoneyDto }) total!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: "Not yet due (the carrier's due date)" }) current!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: '1-30 days overdue' }) d1_30!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: '31-60 days overdue' }) d31_60!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: '61-90 days overdue' }) d61_90!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: 'More than 90 days overdue' }) d90_plus!: MoneyJson;
  @ApiProperty({ nullable: true, type: String, description: 'The oldest open bill, as recorded' })
  oldestIssueDate!: string | null;
}

/** `GET /payables/aging`. */
export class PayablesAgingReportDto {
  @ApiProperty({ example: '2026-11-30' }) asOf!: string;
  @ApiProperty({ example: 'CNY' }) baseCurrency!: string;
  @ApiProperty({ type: [PayablesAgingRowDto] }) items!: PayablesAgingRowDto[];
}
