import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { MoneyDto } from '../../common/money/money.dto';
import { IsIsoTime, IsMeasure, IsNested, IsText, stacked } from '../../common/validation/decorators';
import { lower, upper } from '../../common/validation/transforms';
import { BL_PARTIES, BL_TYPES, type BlParty, type BlType } from '../domain/shipment-status';

/** Weights and volumes: a decimal string or a JSON number, answered as a decimal string. */
const MEASURE = 'A decimal string or a JSON number, up to 3 decimals; answered as a decimal string';
const MEASURE_TYPES = [{ type: 'string' }, { type: 'number' }];
const DOC_NUMBER = /^[A-Z0-9][A-Z0-9\-/ ]{0,39}$/;
const DOC_MESSAGE = '$property must be 1-40 letters, digits, spaces, - or /';
/** An S/O, booking or declaration number as the paper shows it, upper-cased as sent. */
const IsDocNumber = (): PropertyDecorator =>
  stacked(Transform(upper), IsString(), Matches(DOC_NUMBER, { message: DOC_MESSAGE }));
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
  @IsText(100)
  vessel!: string;

  @ApiProperty({ example: 'FE546W' })
  @IsText(40)
  voyage!: string;

  @ApiProperty({ example: '2026-12-05T18:00:00+08:00' })
  @IsIsoTime()
  etd!: string;
}

export class ReleaseSoDto extends VesselDto {
  @ApiProperty({ example: 'SO-YTN-778812' })
  @IsDocNumber()
  soNumber!: string;

  @ApiProperty({ example: '177SZX1234567' })
  @IsDocNumber()
  carrierBookingReference!: string;

  @ApiProperty({ type: CutoffsDto })
  @IsNested(CutoffsDto)
  cutoffs!: CutoffsDto;
}

export class RollDto extends VesselDto {
  @ApiPropertyOptional({ type: CutoffsDto, description: 'The new vessel’s cut-offs' })
  @IsOptional()
  @IsNested(CutoffsDto)
  cutoffs?: CutoffsDto;

  @ApiProperty({ example: 'Inspection on cut-off day; cargo missed the vessel' })
  @IsText(500)
  reason!: string;
}

export class DeclareCustomsDto {
  @ApiProperty({ example: '531620261000123456' })
  @IsDocNumber()
  declarationNumber!: string;
}

export class FlagInspectionDto {
  @ApiPropertyOptional({ type: MoneyDto, description: 'Inspection fee (e.g. 550 CNY at Yantian)' })
  @IsOptional()
  @IsNested(MoneyDto)
  fee?: MoneyDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsText(500, { allowEmpty: true })
  note?: string;
}

export class ClearInspectionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsText(500, { allowEmpty: true })
  note?: string;
}

export class PartyDto {
  @ApiProperty()
  @IsText(200)
  name!: string;

  @ApiProperty()
  @IsText(500)
  address!: string;
}

export class SubmitSiDto {
  @ApiProperty({ type: PartyDto })
  @IsNested(PartyDto)
  shipper!: PartyDto;

  @ApiProperty({ type: PartyDto })
  @IsNested(PartyDto)
  consignee!: PartyDto;

  @ApiPropertyOptional({ type: PartyDto })
  @IsOptional()
  @IsNested(PartyDto)
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

  @ApiPropertyOptional({
    example: 'DONGGUAN, CHINA',
    description: 'Place of receipt, when the carrier takes the cargo inland (printed on the B/L draft)',
  })
  @IsOptional()
  @IsText(100)
  placeOfReceipt?: string;

  @ApiPropertyOptional({
    example: 'CHICAGO, IL, USA',
    description: 'Place of delivery beyond the port of discharge (printed on the B/L draft)',
  })
  @IsOptional()
  @IsText(100)
  placeOfDelivery?: string;

  @ApiPropertyOptional({
    example: 'USLGB',
    description:
      'A new port of discharge (UN/LOCODE) with this revision: once the SI is in, the POD changes only so ' +
      '(a booking_changed event; the client is re-sent its confirmation)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsString()
  @Matches(/^[A-Z]{2}[A-Z2-9]{3}$/, { message: '$property must be a UN/LOCODE such as CNYTN' })
  pod?: string;

  @ApiPropertyOptional({
    description:
      "True to submit packages or gross weight that differ from the stuffed containers' totals " +
      '(otherwise 422 SI_CONTAINERS_MISMATCH naming both figures); needs `mismatchNote`',
  })
  @IsOptional()
  @IsBoolean()
  acknowledgeMismatch?: boolean;

  @ApiPropertyOptional({
    example: 'Two pallets added after stuffing; the carrier has the corrected VGM',
    description: 'Why the SI differs from the containers: recorded in the event (with acknowledgeMismatch)',
  })
  @IsOptional()
  @IsText(500)
  mismatchNote?: string;
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

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The client's side: the B/L draft document approved (GET /shipments/:id/documents, kind bl_draft). " +
      'When given it must be the latest draft sent (409 BL_DRAFT_SUPERSEDED otherwise); the approval records ' +
      "the latest draft's id and SHA-256 either way",
  })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The carrier's side: the carrier's own B/L draft checked, an attachment of kind carrier_bl_draft on this " +
      'shipment, not removed (400 otherwise). Without it the only live carrier_bl_draft is recorded, if there is ' +
      'exactly one; the event records its id, SHA-256 and file name (staff only)',
  })
  @IsOptional()
  @IsUUID()
  attachmentId?: string;
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
  @IsText(500)
  reason!: string;
}

export class ShutOutDto {
  @ApiProperty({ example: 'Overweight box refused at loading; cargo withdrawn' })
  @IsText(500)
  reason!: string;

  @ApiPropertyOptional({
    example: '531620261000123456-W',
    description: "Customs' reference for the withdrawn declaration, when there is one yet",
  })
  @IsOptional()
  @IsDocNumber()
  customsWithdrawalReference?: string;
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
  @IsText(100)
  terminal?: string;
}
