import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { CURRENCIES, type CurrencyCode, type MoneyJson } from '../../common/money';
import { MoneyDto } from '../../common/money/money.dto';
import { IfSent, IsNested, IsNestedList, IsText } from '../../common/validation/decorators';
import { FxRateDto } from '../../billing/dto/debit-note.dto';
import { CHARGE_KINDS, CHARGE_SOURCES, type ChargeKind, type ChargeSource } from '../domain/fee-kind';

export class CreateChargeDto {
  @ApiProperty({ enum: CHARGE_KINDS, example: 'other' })
  @IsIn(CHARGE_KINDS)
  kind!: ChargeKind;

  @ApiPropertyOptional({ example: 'Overtime at the depot', description: "Default: the kind's name" })
  @IsOptional()
  @IsText(200)
  description?: string;

  @ApiProperty({ type: MoneyDto, description: 'What it costs us' })
  @IsNested(MoneyDto)
  cost!: MoneyDto;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A container of the shipment',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsUUID()
  containerId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The carrier who bills us for it (goes on its payable draft); null: not a carrier',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsUUID()
  carrierId?: string | null;

  @ApiPropertyOptional({ default: true, description: 'Billed on to the client' })
  @IsOptional()
  @IsBoolean()
  rebillable?: boolean;
}

/** What may change while the charge is on no draft. */
export class UpdateChargeDto {
  @ApiPropertyOptional()
  @IfSent()
  @IsBoolean()
  rebillable?: boolean;

  @ApiPropertyOptional({ type: MoneyDto })
  @IfSent()
  @IsNested(MoneyDto)
  cost?: MoneyDto;

  @ApiPropertyOptional()
  @IfSent()
  @IsText(200)
  description?: string;
}

export class VoidChargeDto {
  @ApiProperty({ example: 'Entered twice' })
  @IsText(500)
  reason!: string;
}

export const DRAFT_DIRECTIONS = ['receivable', 'payable'] as const;

export class DraftFromChargesDto {
  @ApiProperty({
    enum: DRAFT_DIRECTIONS,
    description:
      'receivable: one draft for the client (agreed rate per container + re-billable charges); payable: one draft per carrier from the charges it bills',
  })
  @IsIn(DRAFT_DIRECTIONS)
  direction!: 'receivable' | 'payable';

  @ApiPropertyOptional({
    enum: CURRENCIES,
    description:
      "The drafts' currency. Default: the agreed rate's (receivable), else the first charge's; lines in others are priced at fxRates or the client's agreed rates",
  })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: CurrencyCode;

  @ApiPropertyOptional({ type: [FxRateDto] })
  @IsOptional()
  @IsNestedList(FxRateDto, { max: 20 })
  fxRates?: FxRateDto[];
}

export class ChargeNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) number!: string | null;
  @ApiProperty({ example: 'draft' }) status!: string;
}

export class ChargeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shipmentId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) containerId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'MSKU1234565' }) containerNumber!: string | null;
  @ApiProperty({ enum: CHARGE_KINDS }) kind!: ChargeKind;
  @ApiProperty() description!: string;
  @ApiProperty({ type: MoneyDto }) cost!: MoneyJson;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) carrierId!: string | null;
  @ApiProperty({ nullable: true, type: String }) carrierName!: string | null;
  @ApiProperty() rebillable!: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) ruleId!: string | null;
  @ApiProperty({ enum: CHARGE_SOURCES }) source!: ChargeSource;
  @ApiProperty({
    type: ChargeNoteDto,
    nullable: true,
    description: 'The receivable draft or note it is on (a void note frees it: null)',
  })
  receivableNote!: ChargeNoteDto | null;
  @ApiProperty({ type: ChargeNoteDto, nullable: true, description: 'The payable note it is on' })
  payableNote!: ChargeNoteDto | null;
  @ApiProperty({ nullable: true, type: String }) voidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) voidReason!: string | null;
  @ApiProperty() createdAt!: string;
}
