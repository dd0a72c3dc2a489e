import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
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
import { CONTAINER_TYPES, normalizeContainerType } from '../../containers/domain/container-type';
import { MoneyDto } from '../../common/money/money.dto';
import { PageQueryDto } from '../../common/pagination';
import { IsIsoTime, IsNested, IsNestedList, IsOptionalId, IsText } from '../../common/validation/decorators';
import { normalizeUnLocode } from '../domain/locode';
import { FREIGHT_TERMS, type FreightTerm } from '../domain/shipment-status';

const locode = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const result = normalizeUnLocode(value);
  return result.ok ? result.value : value;
};
const containerType = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const result = normalizeContainerType(value);
  return result.ok ? result.code : value;
};

export const LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;
export const LOCODE_MESSAGE = '$property must be a UN/LOCODE such as CNYTN';

export class ContainerRequestDto {
  @ApiProperty({
    example: '40HC',
    description: 'ISO 6346 size-type code (45G1) or the usual alias (40HC); stored as the ISO code',
  })
  @Transform(containerType)
  @IsString()
  @IsIn(Object.keys(CONTAINER_TYPES), {
    message: 'type must be an ISO 6346 size-type code (22G1, 45G1, …) or an alias (20GP, 40HC, …)',
  })
  type!: string;

  @ApiProperty({ minimum: 1, maximum: 50, example: 2 })
  @IsInt()
  @Min(1)
  @Max(50)
  quantity!: number;
}

export class CreateShipmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientId!: string;

  @IsOptionalId()
  carrierId?: string;

  /** Defaults to the booking operator when an operator books (docs/api.md "Shipments"). */
  @IsOptionalId()
  operatorId?: string;

  @ApiProperty({ example: 'CNYTN' })
  @Transform(locode)
  @IsString()
  @Matches(LOCODE, { message: LOCODE_MESSAGE })
  pol!: string;

  @ApiProperty({ example: 'USLAX' })
  @Transform(locode)
  @IsString()
  @Matches(LOCODE, { message: LOCODE_MESSAGE })
  pod!: string;

  @ApiProperty({ example: 'Furniture (HS 9403)' })
  @IsText(500)
  commodity!: string;

  @ApiProperty({ type: [ContainerRequestDto] })
  @IsNestedList(ContainerRequestDto, { min: 1, max: 20 })
  containers!: ContainerRequestDto[];

  @ApiPropertyOptional({ example: 'MSC OSCAR' })
  @IsOptional()
  @IsText(100)
  vessel?: string;

  @ApiPropertyOptional({ example: 'FE546W' })
  @IsOptional()
  @IsText(40)
  voyage?: string;

  @ApiPropertyOptional({ example: '2026-12-05T18:00:00+08:00' })
  @IsOptional()
  @IsIsoTime()
  etd?: string;

  @ApiPropertyOptional({ type: MoneyDto })
  @IsOptional()
  @IsNested(MoneyDto)
  agreedRate?: MoneyDto;

  @ApiProperty({ enum: FREIGHT_TERMS })
  @IsIn(FREIGHT_TERMS)
  freightTerm!: FreightTerm;
}

export class ShipmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'One status or several, comma-separated',
    example: 'so_released,picked_up',
  })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  status?: string;

  @IsOptionalId()
  clientId?: string;

  @IsOptionalId()
  carrierId?: string;

  @IsOptionalId()
  operatorId?: string;

  @ApiPropertyOptional({
    description: 'Prefix of a reference, container, S/O, carrier booking or B/L number',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  q?: string;

  @ApiPropertyOptional({
    description: 'Only shipments whose CY cut-off is before this time',
    example: '2026-12-01T00:00:00+08:00',
  })
  @IsOptional()
  @IsIsoTime()
  cutoffBefore?: string;
}
