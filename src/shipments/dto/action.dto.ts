import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
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
  ValidateNested,
} from 'class-validator';
import { MoneyDto } from '../../common/money/money.dto';
import { IsIsoTime, IsMeasure } from '../../common/validation/decorators';
import { lower, trim, upper } from '../../common/validation/transforms';
import { BL_PARTIES, BL_TYPES, type BlParty, type BlType } from '../domain/shipment-status';

/** Weights and volumes: a decimal string or a JSON number, answered as a decimal string. */
const MEASURE = 'A decimal string or a JSON number, up to 3 decimals; answered as a decimal string';
const MEASURE_TYPES = [{ type: 'string' }, { type: 'number' }];
const DOC_NUMBER = /^[A-Z0-9][A-Z0-9\-/ ]{0,39}$/;
const DOC_MESSAGE = '$property must be 1-40 letters, digits, spaces, - or /';
/** A B/L number as carriers print it (COSU6284519370, SZXLAX-2026-001): no spaces, so that `q` finds it. */
export const BL_NUMBER = /^[A-Z0-9][A-Z0-9\-/]{2,38}[A-Z0-9]$/;
export const BL_NUMBER_MESSAGE =
  '$property must be 4-40 letters and digits (- or / allowed inside), such as COSU6284519370';

/** Actions that take no input. */
export class EmptyActionDto {}

export class RequestSpaceDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The carrier to book with (if not already on the shipment)',
  })
  @IsOptional()
  @Transform(lower)
  @IsUUID()
  carrierId?: string;
}

export class CutoffsDto {
  @ApiProperty({ description: 'CY (container yard) cut-off', example: '2026-12-03T17:00:00+08:00' })
  @IsIsoTime()
  cy!: string;

  @ApiProperty({ description: 'SI (shipping instructions) cut-off', example: '2026-12-02T12:00:00+08:00' })
  @IsIsoTime()
  si!: string;

  @ApiPropertyOptional({ description: 'Customs cut-off' })
  @IsOptional()
  @IsIsoTime()
  customs?: string;

  @ApiPropertyOptional({ description: 'VGM cut-off' })
  @IsOptional()
  @IsIsoTime()
  vgm?: string;
}

export class VesselDto {
  @ApiProperty({ example: 'MSC OSCAR' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  vessel!: string;

  @ApiProperty({ example: 'FE546W' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  voyage!: string;

  @ApiProperty({ example: '2026-12-05T18:00:00+08:00' })
  @IsIsoTime()
  etd!: string;
}

export class ReleaseSoDto extends VesselDto {
  @ApiProperty({ example: 'SO-YTN-778812' })
  @Transform(upper)
  @IsString()
  @Matches(DOC_NUMBER, { message: DOC_MESSAGE })
  soNumber!: string;

  @ApiProperty({ example: '177SZX1234567' })
  @Transform(upper)
  @IsString()
  @Matches(DOC_NUMBER, { message: DOC_MESSAGE })
  carrierBookingReference!: string;

  @ApiProperty({ type: CutoffsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CutoffsDto)
  cutoffs!: CutoffsDto;
}

export class RollDto extends VesselDto {
  @ApiPropertyOptional({ type: CutoffsDto, description: 'The new vessel’s cut-offs' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CutoffsDto)
  cutoffs?: CutoffsDto;

  @ApiProperty({ example: 'Inspection on cut-off day; cargo missed the vessel' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class DeclareCustomsDto {
  @ApiProperty({ example: '531620261000123456' })
  @Transform(upper)
  @IsString()
  @Matches(DOC_NUMBER, { message: DOC_MESSAGE })
  declarationNumber!: string;
}

export class FlagInspectionDto {
  @ApiPropertyOptional({ type: MoneyDto, description: 'Inspection fee (e.g. 550 CNY at Yantian)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  fee?: MoneyDto;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ClearInspectionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class PartyDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  address!: string;
}

export class SubmitSiDto {
  @ApiProperty({ type: PartyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PartyDto)
  shipper!: PartyDto;

  @ApiProperty({ type: PartyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PartyDto)
  consignee!: PartyDto;

  @ApiPropertyOptional({ type: PartyDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PartyDto)
  notifyParty?: PartyDto;

  @ApiProperty({ example: 'N/M' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  marks!: string;

  @ApiProperty({ example: '1,200 CARTONS OF WOODEN FURNITURE' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ example: 1200 })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  packages!: number;

  @ApiProperty({ example: '18250.500', description: MEASURE, oneOf: MEASURE_TYPES })
  @IsMeasure(9)
  grossWeightKg!: string;

  @ApiProperty({ example: '67.800', description: MEASURE, oneOf: MEASURE_TYPES })
  @IsMeasure(6)
  measurementCbm!: string;

  @ApiProperty({ enum: BL_TYPES })
  @IsIn(BL_TYPES)
  blType!: BlType;
}

export class ApproveBlDto {
  @ApiProperty({ enum: BL_PARTIES })
  @IsIn(BL_PARTIES)
  party!: BlParty;

  @ApiProperty({ description: 'The SI revision approved', example: 1 })
  @IsInt()
  @Min(1)
  revision!: number;

  @ApiPropertyOptional({
    example: 'COSU6284519370',
    description:
      "The carrier's B/L number, given with the carrier's approval (party carrier only); trimmed and upper-cased",
  })
  @IsOptional()
  @Transform(upper)
  @IsString()
  @Matches(BL_NUMBER, { message: BL_NUMBER_MESSAGE })
  blNumber?: string;
}

export class ReleaseBlDto {
  @ApiProperty({ enum: BL_TYPES })
  @IsIn(BL_TYPES)
  mode!: BlType;

  @ApiPropertyOptional({ format: 'uuid', description: 'An approved release_before_payment approval' })
  @IsOptional()
  @IsUUID()
  approvalId?: string;
}

export class CancelDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class PickupDto {
  @ApiProperty({ example: 'MSKU 907032-3', description: 'ISO 6346; spaces and hyphens are ignored' })
  @IsString()
  @MaxLength(30)
  containerNumber!: string;

  @ApiProperty({ example: 'ML1234567' })
  @IsString()
  @MaxLength(30)
  sealNumber!: string;

  @ApiPropertyOptional({ description: 'When it happened (default: now)' })
  @IsOptional()
  @IsIsoTime()
  at?: string;
}

export class StuffDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoTime()
  at?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  packages?: number;

  @ApiPropertyOptional({ example: '9120.500', description: MEASURE, oneOf: MEASURE_TYPES })
  @IsOptional()
  @IsMeasure(9)
  grossWeightKg?: string;

  @ApiPropertyOptional({
    example: '12920.500',
    description: `Verified gross mass (SOLAS VGM). ${MEASURE}`,
    oneOf: MEASURE_TYPES,
  })
  @IsOptional()
  @IsMeasure(9)
  vgmKg?: string;
}

export class GateInDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoTime()
  at?: string;

  @ApiPropertyOptional({ example: 'YICT' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  terminal?: string;
}
