import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CURRENCIES, type CurrencyCode } from '../../common/money/currency';
import type { MoneyJson } from '../../common/money/money';
import { MoneyDto } from '../../common/money/money.dto';
import { DEBIT_NOTE_DIRECTIONS, type DebitNoteDirection } from '../entities/debit-note.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
/** A quantity arrives as a JSON number (2) or a decimal string ("2.5"); it is kept as a decimal string. */
const decimalText = ({ value }: { value: unknown }): unknown =>
  typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class FxRateDto {
  @ApiProperty({ enum: CURRENCIES, example: 'USD' })
  @IsIn(CURRENCIES)
  from!: CurrencyCode;

  @ApiProperty({ enum: CURRENCIES, example: 'CNY' })
  @IsIn(CURRENCIES)
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
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  source!: string;

  @ApiProperty({ example: '2026-11-26', description: 'The date of the rate (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'date must be a date such as 2026-11-26' })
  @IsISO8601({ strict: true }, { message: 'date must be a date such as 2026-11-26' })
  date!: string;
}

export class DebitNoteLineDto {
  @ApiProperty({ example: 'Ocean freight CNYTN-USLAX 40HC' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  description!: string;

  @ApiProperty({ type: MoneyDto, description: 'Unit amount, in any currency' })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @ApiPropertyOptional({
    example: '2',
    description: 'Defaults to 1; a whole number or a decimal string (up to 3 decimals)',
  })
  @IsOptional()
  @Transform(decimalText)
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

  @ApiProperty({ enum: CURRENCIES, description: 'The settlement currency of the note' })
  @IsIn(CURRENCIES)
  currency!: CurrencyCode;

  @ApiProperty({ type: [DebitNoteLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DebitNoteLineDto)
  lines!: DebitNoteLineDto[];

  @ApiPropertyOptional({
    type: [FxRateDto],
    description: "Rates into the note's currency (and into the base currency)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => FxRateDto)
  fxRates?: FxRateDto[];

  @ApiPropertyOptional({
    example: '2026-12-26',
    description: "Default: issue date + the client's credit days",
  })
  @IsOptional()
  @Matches(DATE, { message: 'dueDate must be a date such as 2026-12-26' })
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date such as 2026-12-26' })
  dueDate?: string;

  @ApiPropertyOptional({ description: "The carrier's own number (payable notes)" })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  carrierNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  remarks?: string;
}

export class UpdateDebitNoteDto {
  @ApiPropertyOptional({ enum: CURRENCIES })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: CurrencyCode;

  @ApiPropertyOptional({ type: [DebitNoteLineDto], description: 'Replaces all lines' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DebitNoteLineDto)
  lines?: DebitNoteLineDto[];

  @ApiPropertyOptional({ type: [FxRateDto], description: 'Replaces all rates' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => FxRateDto)
  fxRates?: FxRateDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @Matches(DATE, { message: 'dueDate must be a date such as 2026-12-26' })
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date such as 2026-12-26' })
  dueDate?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  carrierNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  remarks?: string;
}

export class VoidDebitNoteDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
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

export class DebitNoteListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  shipmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ enum: ['draft', 'issued', 'partially_paid', 'paid', 'void'] })
  @IsOptional()
  @IsIn(['draft', 'issued', 'partially_paid', 'paid', 'void'])
  status?: string;

  @ApiPropertyOptional({ enum: DEBIT_NOTE_DIRECTIONS })
  @IsOptional()
  @IsIn(DEBIT_NOTE_DIRECTIONS)
  direction?: DebitNoteDirection;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

class MoneyOut {
  @ApiProperty({ example: '1234.56' }) amount!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
}

export class DebitNoteLineOut {
  @ApiProperty() seq!: number;
  @ApiProperty() description!: string;
  @ApiProperty({ type: MoneyOut }) amount!: MoneyJson;
  @ApiProperty({ example: '2' }) quantity!: string;
  @ApiProperty({ type: MoneyOut, description: 'amount × quantity, in the line currency' })
  lineTotal!: MoneyJson;
  @ApiProperty({ nullable: true, type: String, description: "The rate into the note's currency" }) rate!:
    string | null;
  @ApiProperty({ type: MoneyOut, description: "In the note's currency" }) converted!: MoneyJson;
}

export const DEBIT_NOTE_STATUSES = ['draft', 'issued', 'partially_paid', 'paid', 'void'] as const;
export type DebitNoteStatus = (typeof DEBIT_NOTE_STATUSES)[number];

export class DebitNoteOut {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shipmentId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'SE2611-0001' }) shipmentReference!: string | null;
  @ApiProperty({ enum: DEBIT_NOTE_DIRECTIONS }) direction!: DebitNoteDirection;
  @ApiProperty({ format: 'uuid' }) partyId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'DN-2026-000001' }) number!: string | null;
  @ApiProperty({ nullable: true, type: String }) carrierNumber!: string | null;
  @ApiProperty({ enum: CURRENCIES }) currency!: string;
  @ApiProperty({ enum: DEBIT_NOTE_STATUSES }) status!: DebitNoteStatus;
  @ApiProperty({ type: MoneyOut }) total!: MoneyJson;
  @ApiProperty({ type: MoneyOut }) paid!: MoneyJson;
  @ApiProperty({ type: MoneyOut }) balance!: MoneyJson;
  @ApiProperty({ type: [FxRateDto] }) fxRates!: FxRateDto[];
  @ApiProperty({ type: [DebitNoteLineOut] }) lines!: DebitNoteLineOut[];
  @ApiProperty({ nullable: true, type: String }) issueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) issuedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) voidReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) remarks!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
}

export class DebitNotePageDto {
  @ApiProperty({ type: [DebitNoteOut] }) items!: DebitNoteOut[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
