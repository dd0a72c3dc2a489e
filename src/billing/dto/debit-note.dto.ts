import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { CURRENCIES, type CurrencyCode } from '../../common/money/currency';
import { Money, type MoneyJson } from '../../common/money';
import { IsCurrencyCode, MoneyDto, moneyJson } from '../../common/money/money.dto';
import {
  IsIsoDate,
  IsNested,
  IsNestedList,
  IsOptionalId,
  IsText,
  stacked,
  IsOptionalOneOf,
} from '../../common/validation/decorators';
import { integerText } from '../../common/validation/transforms';
import { DEBIT_NOTE_STATUSES, type DebitNoteStatus, statusOf } from '../domain/debit-note-status';
import type { DebitNoteLine } from '../entities/debit-note-line.entity';
import {
  type DebitNote,
  DEBIT_NOTE_DIRECTIONS,
  type DebitNoteDirection,
} from '../entities/debit-note.entity';
import { PageQueryDto } from '../../common/pagination';
import { BillPartyDto } from '../parties';

/** A note's remarks: optional, up to 1000 characters, kept as typed (not trimmed). */
const IsRemarks = (): PropertyDecorator =>
  stacked(ApiPropertyOptional(), IsOptional(), IsString(), MaxLength(1000));

export class FxRateDto {
  @IsCurrencyCode({ example: 'USD' })
  from!: CurrencyCode;

  @IsCurrencyCode({ example: 'CNY' })
  to!: CurrencyCode;

  @ApiProperty({
    example: '7.1234',
    description: 'Units of `to` per unit of `from`; a decimal string, up to 10 decimals',
  })
  @IsString()
  @Matches(/^\d{1,6}(\.\d{1,10})?$/, {
    message: 'rate must be a positive decimal string with up to 10 decimals',
  })
  rate!: string;

  @ApiProperty({ example: 'Bank of China 11:00 selling rate', description: 'Where the rate comes from' })
  @IsText(100)
  source!: string;

  @ApiProperty({ example: '2026-11-26', description: 'The date of the rate (YYYY-MM-DD)' })
  @IsIsoDate()
  date!: string;
}

export class DebitNoteLineInputDto {
  @ApiProperty({ example: 'Ocean freight CNYTN-USLAX 40HC' })
  @IsText(200)
  description!: string;

  @ApiProperty({ type: MoneyDto, description: 'Unit amount, in any currency' })
  @IsNested(MoneyDto)
  amount!: MoneyDto;

  @ApiPropertyOptional({
    example: '2',
    description: 'Defaults to 1; a whole number or a decimal string (up to 3 decimals)',
  })
  @IsOptional()
  // A quantity arrives as a JSON number (2) or a decimal string ("2.5"); it is kept as a decimal string.
  @Transform(integerText)
  @IsString({ message: 'quantity must be a whole number or a decimal string' })
  @Matches(/^(?!0+(\.0+)?$)\d{1,6}(\.\d{1,3})?$/, {
    message: 'quantity must be positive, with up to 3 decimals',
  })
  quantity?: string;
}

export class CreateDebitNoteDto {
  @ApiProperty({ enum: DEBIT_NOTE_DIRECTIONS })
  @IsIn(DEBIT_NOTE_DIRECTIONS)
  direction!: DebitNoteDirection;

  @ApiProperty({ format: 'uuid', description: 'The client (receivable) or the carrier (payable)' })
  @IsUUID()
  partyId!: string;

  @IsCurrencyCode({ description: 'The settlement currency of the note' })
  currency!: CurrencyCode;

  @ApiProperty({ type: [DebitNoteLineInputDto] })
  @IsNestedList(DebitNoteLineInputDto, { min: 1, max: 100 })
  lines!: DebitNoteLineInputDto[];

  @ApiPropertyOptional({
    type: [FxRateDto],
    description: "Rates into the note's currency (and into the base currency)",
  })
  @IsOptional()
  @IsNestedList(FxRateDto, { max: 20 })
  fxRates?: FxRateDto[];

  @ApiPropertyOptional({
    example: '2026-12-26',
    description: "Default: issue date + the client's credit days",
  })
  @IsOptional()
  @IsIsoDate('2026-12-26')
  dueDate?: string;

  @ApiPropertyOptional({ description: "The carrier's own number (payable notes)" })
  @IsOptional()
  @IsText(40)
  carrierNumber?: string;

  @IsRemarks()
  remarks?: string;
}

export class UpdateDebitNoteDto {
  @IsOptionalOneOf(CURRENCIES)
  currency?: CurrencyCode;

  @ApiPropertyOptional({ type: [DebitNoteLineInputDto], description: 'Replaces all lines' })
  @IsOptional()
  @IsNestedList(DebitNoteLineInputDto, { min: 1, max: 100 })
  lines?: DebitNoteLineInputDto[];

  @ApiPropertyOptional({ type: [FxRateDto], description: 'Replaces all rates' })
  @IsOptional()
  @IsNestedList(FxRateDto, { max: 20 })
  fxRates?: FxRateDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsIsoDate('2026-12-26')
  dueDate?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsText(40)
  carrierNumber?: string;

  @IsRemarks()
  remarks?: string;
}

export class VoidDebitNoteDto {
  @ApiProperty()
  @IsText(500)
  reason!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Once the B/L is released, a receivable note is voided only with a replacement or an approval: ' +
      'an approved void_after_release approval for the shipment (one note each)',
  })
  @IsOptional()
  @IsUUID()
  approvalId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Once the B/L is released: another issued receivable note of the same shipment that replaces this one',
  })
  @IsOptional()
  @IsUUID()
  replacementNoteId?: string;
}

export class DebitNoteListQueryDto extends PageQueryDto {
  @IsOptionalId()
  shipmentId?: string;

  @IsOptionalId()
  clientId?: string;

  /** The carrier's bills (payable notes) only. */
  @IsOptionalId()
  carrierId?: string;

  @IsOptionalOneOf(DEBIT_NOTE_STATUSES)
  status?: DebitNoteStatus;

  @IsOptionalOneOf(DEBIT_NOTE_DIRECTIONS)
  direction?: DebitNoteDirection;

  @IsOptionalOneOf(CURRENCIES)
  currency?: CurrencyCode;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description: 'Notes due on or before this date (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsIsoDate('2026-12-31')
  dueBefore?: string;

  @ApiPropertyOptional({
    enum: ['true'],
    description:
      'true: issued receivable notes with money still open whose due date has passed (business time zone)',
  })
  @IsOptional()
  @IsIn(['true'])
  overdue?: 'true';
}

/** What POST /debit-notes/preview prices: a draft's body as on create, and the shipment it would be on. */
export class PreviewDebitNoteDto extends CreateDebitNoteDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  shipmentId!: string;
}

export class DebitNoteLineDto {
  @ApiProperty() seq!: number;
  @ApiProperty() description!: string;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyJson;
  @ApiProperty({ example: '2' }) quantity!: string;
  @ApiProperty({ type: MoneyDto, description: 'amount × quantity, in the line currency' })
  lineTotal!: MoneyJson;
  @ApiProperty({ nullable: true, type: String, description: "The rate into the note's currency" }) rate!:
    string | null;
  @ApiProperty({ type: MoneyDto, description: "In the note's currency" }) converted!: MoneyJson;
}

export class DebitNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shipmentId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'SE2611-0001' }) shipmentReference!: string | null;
  @ApiProperty({ enum: DEBIT_NOTE_DIRECTIONS }) direction!: DebitNoteDirection;
  @ApiProperty({ format: 'uuid' }) partyId!: string;
  @ApiProperty({
    type: BillPartyDto,
    nullable: true,
    description: 'The client (receivable) or carrier (payable)',
  })
  party!: BillPartyDto | null;
  @ApiProperty({ nullable: true, type: String, example: 'DN-2026-000001' }) number!: string | null;
  @ApiProperty({ nullable: true, type: String }) carrierNumber!: string | null;
  @ApiProperty({ enum: CURRENCIES }) currency!: string;
  @ApiProperty({ enum: DEBIT_NOTE_STATUSES }) status!: DebitNoteStatus;
  @ApiProperty({ type: MoneyDto }) total!: MoneyJson;
  @ApiProperty({ type: MoneyDto }) paid!: MoneyJson;
  @ApiProperty({ type: MoneyDto }) balance!: MoneyJson;
  @ApiProperty({ type: [FxRateDto] }) fxRates!: FxRateDto[];
  @ApiProperty({ type: [DebitNoteLineDto] }) lines!: DebitNoteLineDto[];
  @ApiProperty({ nullable: true, type: String }) issueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) issuedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) voidReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) remarks!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;

  /** A note as the API shows it, its lines in order; what is still due is the total less what was paid. */
  static from(
    note: DebitNote,
    lines: DebitNoteLine[],
    shipmentReference: string | null,
    party: BillPartyDto | null,
  ): DebitNoteDto {
    const currency = note.currency as CurrencyCode;
    const total = Money.fromMinor(BigInt(note.totalMinor), currency);
    const paid = Money.fromMinor(BigInt(note.paidMinor), currency);
    return {
      id: note.id,
      shipmentId: note.shipmentId,
      shipmentReference,
      direction: note.direction,
      partyId: (note.clientId ?? note.carrierId)!,
      party,
      number: note.number,
      carrierNumber: note.carrierNumber,
      currency: note.currency,
      status: statusOf(note),
      total: total.toJSON(),
      paid: paid.toJSON(),
      balance: total.subtract(paid).toJSON(),
      fxRates: note.fxRates as FxRateDto[],
      lines: linesJson(lines, note.currency),
      issueDate: note.issueDate,
      dueDate: note.dueDate,
      issuedAt: note.issuedAt?.toISOString() ?? null,
      voidReason: note.voidReason,
      remarks: note.remarks,
      version: note.version,
      createdAt: note.createdAt.toISOString(),
    };
  }
}

/** A note's lines as the API shows them, in order, each converted into the note's currency. */
function linesJson(
  lines: readonly Pick<
    DebitNoteLine,
    | 'seq'
    | 'description'
    | 'amountMinor'
    | 'currency'
    | 'quantity'
    | 'lineTotalMinor'
    | 'rate'
    | 'convertedMinor'
  >[],
  noteCurrency: string,
): DebitNoteLineDto[] {
  return [...lines]
    .sort((a, b) => a.seq - b.seq)
    .map((l) => ({
      seq: l.seq,
      description: l.description,
      amount: moneyJson(l.amountMinor, l.currency)!,
      // Stored at the column's scale ("2.000"); shown as written ("2").
      quantity: l.quantity.includes('.') ? l.quantity.replace(/\.?0+$/, '') : l.quantity,
      lineTotal: moneyJson(l.lineTotalMinor, l.currency)!,
      rate: l.rate,
      converted: moneyJson(l.convertedMinor, noteCurrency)!,
    }));
}

export class DebitNotePageDto {
  @ApiProperty({ type: [DebitNoteDto] }) items!: DebitNoteDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** A draft priced as the service would price it, nothing saved: each line in the note's currency, the total. */
export class DebitNotePreviewDto {
  @ApiProperty({ enum: CURRENCIES }) currency!: string;
  @ApiProperty({ type: MoneyDto }) total!: MoneyJson;
  @ApiProperty({
    type: [FxRateDto],
    description: "The rates the note would freeze: those given, and the client's agreed ones filled in",
  })
  fxRates!: FxRateDto[];
  @ApiProperty({ type: [DebitNoteLineDto] }) lines!: DebitNoteLineDto[];

  /** A priced draft that was not saved: its total, the rates it would freeze and its lines. */
  static from(
    note: Pick<DebitNote, 'currency' | 'totalMinor' | 'fxRates'>,
    lines: Parameters<typeof linesJson>[0],
  ): DebitNotePreviewDto {
    return {
      currency: note.currency,
      total: Money.fromMinor(BigInt(note.totalMinor), note.currency as CurrencyCode).toJSON(),
      fxRates: note.fxRates as FxRateDto[],
      lines: linesJson(lines, note.currency),
    };
  }
}
