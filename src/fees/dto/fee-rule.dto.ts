import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { CONTAINER_TYPES, normalizeContainerType } from '../../containers/domain/container-type';
import { type MoneyJson } from '../../common/money';
import { MoneyDto } from '../../common/money/money.dto';
import { PageQueryDto } from '../../common/pagination';
import { IfSent, IsNested, IsOptionalId } from '../../common/validation/decorators';
import { FEE_KINDS, type FeeKind } from '../domain/fee-kind';
import { normalizeTerminal } from '../domain/fee-match';

const containerType = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const result = normalizeContainerType(value);
  return result.ok ? result.code : value;
};
// YICT, yict and " Yict " are one terminal; an empty one is "any".
const terminal = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? normalizeTerminal(value) : value;
const TYPE_MESSAGE =
  'containerType must be an ISO 6346 size-type code (22G1, 45G1, …) or an alias (20GP, 40HC, …), or null for any';

export class CreateFeeRuleDto {
  @ApiProperty({ enum: FEE_KINDS, example: 'doc_print' })
  @IsIn(FEE_KINDS)
  kind!: FeeKind;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Null or left out: any carrier',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsUUID()
  carrierId?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'YICT',
    description: 'Null or left out: any terminal; compared without regard to case (stored upper case)',
  })
  @Transform(terminal)
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  terminal?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '40HC',
    description: 'ISO 6346 size-type code or alias, stored as the ISO code; null or left out: any type',
  })
  @Transform(containerType)
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @IsIn(Object.keys(CONTAINER_TYPES), { message: TYPE_MESSAGE })
  containerType?: string | null;

  @ApiProperty({ type: MoneyDto, description: 'Per container; 0 says there is no such fee here' })
  @IsNested(MoneyDto)
  amount!: MoneyDto;

  @ApiPropertyOptional({
    default: true,
    description: 'Whether the charge is billed on to the client by default',
  })
  @IsOptional()
  @IsBoolean()
  rebillable?: boolean;
}

/** The amount and whether it is re-billed: the kind, carrier, terminal and type are what the rule is. */
export class UpdateFeeRuleDto {
  @ApiPropertyOptional({ type: MoneyDto, description: 'Per container, in any currency; 0: no fee here' })
  @IfSent()
  @IsNested(MoneyDto)
  amount?: MoneyDto;

  @ApiPropertyOptional()
  @IfSent()
  @IsBoolean()
  rebillable?: boolean;
}

export class ListFeeRulesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FEE_KINDS })
  @IsOptional()
  @IsIn(FEE_KINDS)
  kind?: FeeKind;

  @IsOptionalId()
  carrierId?: string;
}

export class FeeRuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FEE_KINDS }) kind!: FeeKind;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null: any carrier' })
  carrierId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'YICT', description: 'Null: any terminal' })
  terminal!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '45G1', description: 'Null: any type' })
  containerType!: string | null;
  @ApiProperty({ type: MoneyDto, description: 'Per container' }) amount!: MoneyJson;
  @ApiProperty() rebillable!: boolean;
  @ApiProperty({ description: 'Also sent as the ETag header; send it back in If-Match' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class FeeRulePageDto {
  @ApiProperty({ type: [FeeRuleDto] }) items!: FeeRuleDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
