import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsOptional, IsString, IsUUID, Matches, ArrayMaxSize } from 'class-validator';
import { MoneyDto } from '../../common/money/money.dto';
import { IsNested, IsNestedList, IsText } from '../../common/validation/decorators';
import { lower, upper } from '../../common/validation/transforms';
import { normalizeUnLocode } from '../domain/locode';
import { BL_NUMBER, BL_NUMBER_MESSAGE } from './action.dto';
import { ContainerRequestDto, LOCODE, LOCODE_MESSAGE } from './create-shipment.dto';

const locode = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const result = normalizeUnLocode(value);
  return result.ok ? result.value : value;
};

/** Planned containers added to or removed from a booking. */
export class ContainerChangesDto {
  @ApiPropertyOptional({ type: [ContainerRequestDto], description: 'Containers to add (planned)' })
  @IsOptional()
  @IsNestedList(ContainerRequestDto, { max: 20 })
  add?: ContainerRequestDto[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Containers to remove, by id: each must still be planned',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.toLowerCase() : v))
      : value,
  )
  @IsUUID('all', { each: true })
  remove?: string[];
}

/**
 * `PATCH /shipments/:id`: what the stage still allows to be edited (docs/state-machine.md, "Editing a
 * shipment"): the B/L number, the assigned operator, and what was booked: commodity, POD, agreed rate,
 * carrier (before space is requested), remarks and the planned containers. Unknown fields are refused like
 * everywhere; a locked field is 422 naming why.
 */
export class UpdateShipmentDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'COSU6284519370',
    description:
      'The B/L number, trimmed and upper-cased; null clears it. Refused once released or cancelled.',
  })
  // Absent: unchanged; null: cleared (IsOptional lets both through unchecked).
  @IsOptional()
  @Transform(upper)
  @IsString()
  @Matches(BL_NUMBER, { message: BL_NUMBER_MESSAGE })
  blNumber?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The assigned operator (an active operator); null unassigns. Operators and managers.',
  })
  @IsOptional()
  @IsUUID()
  operatorId?: string | null;

  @ApiPropertyOptional({ example: 'Furniture (HS 9403)', description: 'Until the SI is submitted' })
  @IsOptional()
  @IsText(500)
  commodity?: string;

  @ApiPropertyOptional({ example: 'USLGB', description: 'UN/LOCODE; until the SI is submitted' })
  @IsOptional()
  @Transform(locode)
  @IsString()
  @Matches(LOCODE, { message: LOCODE_MESSAGE })
  pod?: string;

  @ApiPropertyOptional({
    type: MoneyDto,
    nullable: true,
    description: 'Per container; until a debit note is issued; null clears it',
  })
  @IsOptional()
  @IsNested(MoneyDto)
  agreedRate?: MoneyDto | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The carrier; only before space is requested; null clears it',
  })
  @IsOptional()
  @Transform(lower)
  @IsUUID()
  carrierId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Staff remarks (not shown to clients), up to 1000 characters; null or "" clears them',
  })
  @IsOptional()
  @IsText(1000, { allowEmpty: true })
  remarks?: string | null;

  @ApiPropertyOptional({
    type: ContainerChangesDto,
    description: 'Planned containers to add or remove; until the S/O is released and before any pickup ends',
  })
  @IsOptional()
  @IsNested(ContainerChangesDto)
  containers?: ContainerChangesDto;
}

/** Why a field of the PATCH is locked at a stage (null: editable), for the console's form. */
export class EditableFieldDto {
  @ApiProperty() field!: string;
  @ApiProperty() editable!: boolean;
  @ApiPropertyOptional({ description: 'Why it is locked, in words an operator can act on' })
  reason?: string;
}
