import { ApiProperty } from '@nestjs/swagger';

/**
 * The data of an `event: shipment` message of GET /api/v1/stream (docs/api.md, "Stream"): which shipment
 * changed and how, enough for the console to refresh what shows it (board, page, history). In the OpenAPI
 * document as a schema of its own, so that the console's generated types name it.
 */
export class StreamShipmentChangeDto {
  @ApiProperty({ format: 'uuid' })
  shipmentId!: string;

  @ApiProperty({ description: "The event's number in the shipment's history (GET /shipments/:id/events)" })
  seq!: number;

  @ApiProperty({ example: 'booking_confirmed', description: "The event's type, as in the history" })
  type!: string;

  @ApiProperty({
    example: 'booking_confirmed',
    description: "The status the event moved the shipment to; otherwise the shipment's status as written",
  })
  status!: string;

  @ApiProperty({ format: 'date-time', description: "The event's time" })
  at!: string;
}
