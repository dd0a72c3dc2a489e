import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { upper } from '../../common/validation/transforms';
import { BL_NUMBER, BL_NUMBER_MESSAGE } from './action.dto';

/**
 * `PATCH /shipments/:id`: what may still be edited on a shipment: the B/L number (corrected until the B/L is
 * released) and the assigned operator; unknown fields are refused like everywhere.
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
}
