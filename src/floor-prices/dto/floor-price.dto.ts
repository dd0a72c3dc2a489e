import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { CONTAINER_TYPES, normalizeContainerType } from '../../containers/domain/container-type';
import { type MoneyJson } from '../../common/money';
import { MoneyDto } from '../../common/money/money.dto';
import { PageQueryDto } from '../../common/pagination';
import { IfSent, IsNested } from '../../common/validation/decorators';
import { normalizeUnLocode } from '../../shipments/domain/locode';
import { ANY_POD, type FloorPrice } from '../entities/floor-price.entity';

const LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;
const POD = /^([A-Z]{2}[A-Z2-9]{3}|\*)$/;
const locode = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string' || value.trim() === ANY_POD)
    return typeof value === 'string' ? value.trim() : value;
  const result = normalizeUnLocode(value);
  return result.ok ? result.value : value;
};
const containerType = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const result = normalizeContainerType(value);
  return result.ok ? result.code : value;
};
const TYPE_MESSAGE =
  'containerType must be an ISO 6346 size-type code (22G1, 45G1, …) or an alias (20GP, 40HC, …)';

export class CreateFloorPriceDto {
  @ApiProperty({ example: 'CNYTN', description: 'Port of loading (UN/LOCODE)' })
  @Transform(locode)
  @IsString()
  @Matches(LOCODE, { message: '$property must be a UN/LOCODE such as CNYTN' })
  pol!: string;

  @ApiProperty({ example: 'USLAX', description: 'Port of discharge (UN/LOCODE), or `*` for any' })
  @Transform(locode)
  @IsString()
  @Matches(POD, { message: '$property must be a UN/LOCODE such as USLAX, or * for any port of discharge' })
  pod!: string;

  @ApiProperty({ example: '40HC', description: 'ISO 6346 size-type code or alias; stored as the ISO code' })
  @Transform(containerType)
  @IsString()
  @IsIn(Object.keys(CONTAINER_TYPES), { message: TYPE_MESSAGE })
  containerType!: string;

  @ApiProperty({
    type: MoneyDto,
    description: 'The floor, per container; a rate in another currency meets none',
  })
  @IsNested(MoneyDto)
  price!: MoneyDto;
}

/** The price only: the lane, type and currency are what the floor is (delete it and add another). */
export class UpdateFloorPriceDto {
  @ApiPropertyOptional({ type: MoneyDto, description: 'In the floor’s currency' })
  @IfSent()
  @IsNested(MoneyDto)
  price?: MoneyDto;
}

export class ListFloorPricesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'CNYTN' })
  @IsOptional()
  @Transform(locode)
  @IsString()
  @Matches(LOCODE, { message: '$property must be a UN/LOCODE such as CNYTN' })
  pol?: string;
}

export class FloorPriceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CNYTN' }) pol!: string;
  @ApiProperty({ example: 'USLAX', description: 'A UN/LOCODE, or `*`: any port of discharge' }) pod!: string;
  @ApiProperty({ example: '45G1' }) containerType!: string;
  @ApiProperty({ type: MoneyDto }) price!: MoneyJson;
  @ApiProperty({ description: 'Also sent as the ETag header; send it back in If-Match' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(f: FloorPrice, price: MoneyJson): FloorPriceDto {
    return {
      id: f.id,
      pol: f.pol,
      pod: f.pod,
      containerType: f.containerType,
      price,
      version: f.version,
      updatedAt: f.updatedAt.toISOString(),
    };
  }
}

export class FloorPricePageDto {
  @ApiProperty({ type: [FloorPriceDto] }) items!: FloorPriceDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
