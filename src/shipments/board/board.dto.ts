import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsIsoDate, IsOptionalId } from '../../common/validation/decorators';
import { upper } from '../../common/validation/transforms';
import { LOCODE, LOCODE_MESSAGE } from '../dto/create-shipment.dto';
import { USER_ACTIONS, type UserAction } from '../domain/shipment-machine';
import { BOARD_FLAGS, type BoardFlag } from '../domain/board-flags';
import {
  INSPECTION_STATES,
  SHIPMENT_STATUSES,
  type InspectionState,
  type ShipmentStatus,
} from '../domain/shipment-status';

export const BOARD_MAX_PER_STATUS = 100;

export class BoardQueryDto {
  @IsOptionalId()
  clientId?: string;

  @IsOptionalId()
  carrierId?: string;

  @IsOptionalId()
  operatorId?: string;

  @ApiPropertyOptional({
    description: "Only the caller's own shipments (assigned to them)",
    enum: ['true', 'false'],
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ example: 'CNYTN', description: 'Port of loading (UN/LOCODE)' })
  @IsOptional()
  @Transform(upper)
  @Matches(LOCODE, { message: LOCODE_MESSAGE })
  pol?: string;

  @ApiPropertyOptional({ example: 'DEHAM', description: 'Port of discharge (UN/LOCODE)' })
  @IsOptional()
  @Transform(upper)
  @Matches(LOCODE, { message: LOCODE_MESSAGE })
  pod?: string;

  @ApiPropertyOptional({
    example: '2026-11-01',
    description: 'ETD on or after this day (business time zone)',
  })
  @IsOptional()
  @IsIsoDate()
  etdFrom?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    description: 'ETD on or before this day (business time zone)',
  })
  @IsOptional()
  @IsIsoDate()
  etdTo?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: BOARD_MAX_PER_STATUS,
    default: 20,
    description: 'Cards per column, the most urgent first (the count is of all)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(BOARD_MAX_PER_STATUS)
  perStatus?: number;
}

export class BoardPartyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class BoardCardDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ enum: SHIPMENT_STATUSES }) status!: ShipmentStatus;
  @ApiProperty() version!: number;
  @ApiProperty({ type: BoardPartyDto }) client!: BoardPartyDto;
  @ApiProperty({ type: BoardPartyDto, nullable: true }) carrier!: BoardPartyDto | null;
  @ApiProperty({ example: 'CNSZX' }) pol!: string;
  @ApiProperty({ example: 'DEHAM' }) pod!: string;
  @ApiProperty({ nullable: true, type: String }) vessel!: string | null;
  @ApiProperty({ nullable: true, type: String }) voyage!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) etd!: string | null;
  @ApiProperty({ nullable: true, type: String }) soNumber!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) cutoffCy!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) cutoffSi!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) cutoffCustoms!: string | null;
  @ApiProperty({ enum: INSPECTION_STATES }) inspection!: InspectionState;
  @ApiProperty({ description: 'Containers planned on the booking' }) containers!: number;
  @ApiProperty({ description: 'Of them, through the terminal gate' }) containersGatedIn!: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) operatorId!: string | null;
  @ApiProperty({ enum: BOARD_FLAGS, isArray: true }) flags!: BoardFlag[];
  @ApiProperty({
    enum: USER_ACTIONS,
    nullable: true,
    type: String,
    description: "The stage's own next step (null: billing moves it on)",
  })
  nextAction!: UserAction | null;
  @ApiProperty({
    description: 'How many papers the next step lacks (the papers checklist, docs/papers.md; 0 when none)',
  })
  missingPapers!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class BoardColumnDto {
  @ApiProperty({ enum: SHIPMENT_STATUSES }) status!: ShipmentStatus;
  @ApiProperty({ description: 'Every active shipment at this stage the caller may see' }) count!: number;
  @ApiProperty({ type: [BoardCardDto], description: 'The first perStatus, earliest CY cut-off first' })
  items!: BoardCardDto[];
}

export class BoardDto {
  @ApiProperty({ format: 'date-time', description: 'When the flags were worked out' }) at!: string;
  @ApiProperty({ description: 'How many hours before a cut-off the board calls it soon' })
  cutoffWarningHours!: number;
  @ApiProperty({ type: [BoardColumnDto], description: 'Every active stage, in the flow order' })
  columns!: BoardColumnDto[];
  @ApiProperty({
    type: [BoardCardDto],
    description:
      'Shipments with a cut-off soon or passed and its work not done, or held for inspection: the most urgent 100',
  })
  attention!: BoardCardDto[];
}
