import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import {
  IfSent,
  IsEmailList,
  IsPartyCode,
  IsText,
  PARTY_CODE_MESSAGE,
} from '../../common/validation/decorators';
import type { Carrier } from '../entities/carrier.entity';

const MAX_EMAILS = 10;

export class CreateCarrierDto {
  @ApiProperty({ example: 'MSC', description: `${PARTY_CODE_MESSAGE}; stored upper-case; unique` })
  @IsPartyCode()
  code!: string;

  @ApiProperty({ example: 'Mediterranean Shipping Company', minLength: 1, maxLength: 200 })
  @IsText(200)
  name!: string;

  @ApiProperty({
    description:
      'Whether the trucker must have documents printed at the depot (打单) before picking up the empty ' +
      'container (MSC: false)',
  })
  @IsBoolean()
  requiresDocPrint!: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['booking.cn@msc.example'],
    description: `0-${MAX_EMAILS} addresses; lower-cased, duplicates dropped`,
  })
  @IsOptional()
  @IsEmailList({ max: MAX_EMAILS })
  emails?: string[];
}

/** Every field optional. The code never changes. */
export class UpdateCarrierDto {
  @ApiHideProperty()
  @IfSent()
  @Equals(undefined, { message: 'code cannot change once the carrier exists' })
  code?: never;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IfSent()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional()
  @IfSent()
  @IsBoolean()
  requiresDocPrint?: boolean;

  @ApiPropertyOptional({ type: [String], description: `0-${MAX_EMAILS} addresses; replaces the list` })
  @IfSent()
  @IsEmailList({ max: MAX_EMAILS })
  emails?: string[];
}

export class ListCarriersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'A prefix of the code, or part of the name (any case); empty: no filter',
    maxLength: 200,
  })
  @IsOptional()
  @IsText(200, { allowEmpty: true })
  q?: string;
}

export class CarrierDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MSC' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() requiresDocPrint!: boolean;
  @ApiProperty({ type: [String] }) emails!: string[];
  @ApiProperty({ description: 'Also sent as the ETag header; send it back in If-Match' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(carrier: Carrier): CarrierDto {
    return {
      id: carrier.id,
      code: carrier.code,
      name: carrier.name,
      requiresDocPrint: carrier.requiresDocPrint,
      emails: carrier.emails,
      version: carrier.version,
      createdAt: carrier.createdAt.toISOString(),
      updatedAt: carrier.updatedAt.toISOString(),
    };
  }
}

export class CarrierPageDto {
  @ApiProperty({ type: [CarrierDto] }) items!: CarrierDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
