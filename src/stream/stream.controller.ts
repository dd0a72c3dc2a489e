import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StreamHub } from './stream-hub';
import { StreamShipmentChangeDto } from './stream.dto';

const DESCRIPTION = `Server-Sent Events: the shipment changes the caller may see, as they commit, on any instance
(docs/api.md, "Stream"). \`event: shipment\`: data \`{ shipmentId, seq, type, status, at }\` (the schema
StreamShipmentChangeDto). \`event: ready\`: the stream is live (after any replay). \`event: reset\`: what was missed
cannot be replayed, reload everything. A \`: keep-alive\` comment about every 15 s. Every message has an \`id\`:
sent back as \`Last-Event-ID\` on reconnect, the stream replays what the caller missed, then goes on live.
Without \`Accept: text/event-stream\` the answer ends after \`ready\`.`;

@ApiTags('shipments')
@ApiExtraModels(StreamShipmentChangeDto)
@Controller('stream')
export class StreamController {
  constructor(private readonly hub: StreamHub) {}

  /** The live stream of shipment changes (text/event-stream). */
  @Get()
  @ApiProduces('text/event-stream')
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: "The last message's id, to resume from (browsers send it by themselves on reconnect)",
  })
  @ApiOkResponse({
    description: DESCRIPTION,
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async stream(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.hub.open(request, reply);
  }
}
