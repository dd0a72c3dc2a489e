import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ParseIdPipe } from '../common/id.pipe';
import { parseIfMatch, setEtag } from '../common/http';
import { Page, PageQueryDto } from '../common/pagination';
import {
  ApproveBlDto,
  CancelDto,
  ClearInspectionDto,
  DeclareCustomsDto,
  EmptyActionDto,
  FlagInspectionDto,
  GateInDto,
  PickupDto,
  ReleaseBlDto,
  ReleaseSoDto,
  RequestSpaceDto,
  RollDto,
  StuffDto,
  SubmitSiDto,
} from './dto/action.dto';
import { CreateShipmentDto, ShipmentListQueryDto } from './dto/create-shipment.dto';
import { UpdateShipmentDto } from './dto/update-shipment.dto';
import {
  NextActionDto,
  ShipmentDto,
  ShipmentEventDto,
  ShipmentEventPageDto,
  ShipmentPageDto,
} from './dto/shipment.dto';
import { ShipmentsService } from './shipments.service';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The ETag of the shipment you read; 412 if it changed',
};
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Retry-safe POST: the same key and body replay the first response',
};

/** Action endpoints share their answers: the shipment (200), 409 from the wrong status, 422 when a guard fails. */
function actionDocs(summary: string): MethodDecorator {
  return (target, key, descriptor) => {
    for (const decorator of [
      ApiOperation({ summary }),
      ApiHeader(IF_MATCH),
      ApiHeader(IDEMPOTENCY_KEY),
      ApiOkResponse({ type: ShipmentDto }),
      ApiConflictResponse({
        description: 'SHIPMENT_INVALID_TRANSITION: not possible from the current status',
      }),
      ApiUnprocessableEntityResponse({ description: 'REQUIREMENTS_UNMET: what is missing' }),
      ApiPreconditionFailedResponse({ description: 'PRECONDITION_FAILED: If-Match is stale' }),
      ApiNotFoundResponse({ description: 'No such shipment' }),
      HttpCode(200),
    ]) {
      decorator(target, key, descriptor);
    }
  };
}

@ApiTags('shipments')
@Controller('shipments')
export class ShipmentsController {
  constructor(private readonly shipments: ShipmentsService) {}

  @Post()
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ type: ShipmentDto })
  async create(
    @Body() body: CreateShipmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ShipmentDto> {
    return this.withEtag(reply, this.shipments.create(body));
  }

  @Get()
  @ApiOkResponse({ type: ShipmentPageDto })
  list(@Query() query: ShipmentListQueryDto): Promise<Page<ShipmentDto>> {
    return this.shipments.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ShipmentDto, headers: { ETag: { description: 'The version, for If-Match' } } })
  get(
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ShipmentDto> {
    return this.withEtag(reply, this.shipments.get(id));
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Edit what the stage still allows: the B/L number until the B/L is released (an event with before → after)',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ShipmentDto, headers: { ETag: { description: 'The new version' } } })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED: a field is not valid, or not one that can be edited',
  })
  @ApiUnprocessableEntityResponse({
    description: 'REQUIREMENTS_UNMET: the field is locked at this stage (B/L released, shipment cancelled)',
  })
  @ApiPreconditionFailedResponse({ description: 'PRECONDITION_FAILED: If-Match is stale' })
  @ApiNotFoundResponse({ description: 'No such shipment' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateShipmentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ShipmentDto> {
    return this.withEtag(reply, this.shipments.update(id, body, parseIfMatch(ifMatch)));
  }

  @Get(':id/events')
  @ApiOkResponse({
    type: ShipmentEventPageDto,
    description:
      'The history, oldest first. Staff see every event; a client user only the client-facing ones, with the ' +
      'data a client may see (no costs, staff reasons or approvals) and our staff shown as the company ' +
      '(docs/security.md, "Issue 11: what clients see").',
  })
  events(@Param('id', ParseIdPipe) id: string, @Query() page: PageQueryDto): Promise<Page<ShipmentEventDto>> {
    return this.shipments.events(id, page.limit ?? 200, page.cursor);
  }

  @Get(':id/next-actions')
  @ApiOkResponse({ type: [NextActionDto] })
  nextActions(@Param('id', ParseIdPipe) id: string): Promise<NextActionDto[]> {
    return this.shipments.nextActions(id);
  }

  @Post(':id/actions/confirm-booking')
  @actionDocs('Confirm the booking with the client → booking_confirmed')
  confirmBooking(
    @Param('id', ParseIdPipe) id: string,
    @Body() _b: EmptyActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'confirm-booking', {}, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/request-space')
  @actionDocs('Request space from the carrier → space_requested')
  requestSpace(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RequestSpaceDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'request-space', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/release-so')
  @actionDocs('The carrier released the S/O → so_released')
  releaseSo(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReleaseSoDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'release-so', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/declare-customs')
  @actionDocs('Customs declared → customs_declared')
  declareCustoms(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: DeclareCustomsDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'declare-customs', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/flag-inspection')
  @actionDocs('Customs selected the cargo for inspection: inspection → pending')
  flagInspection(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: FlagInspectionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'flag-inspection', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/clear-inspection')
  @actionDocs('The inspection is done: inspection → cleared')
  clearInspection(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ClearInspectionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'clear-inspection', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/release-customs')
  @actionDocs('Customs released the cargo → customs_released (422 while an inspection is pending)')
  releaseCustoms(
    @Param('id', ParseIdPipe) id: string,
    @Body() _b: EmptyActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'release-customs', {}, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/submit-si')
  @actionDocs('Submit shipping instructions → si_submitted, a new revision; approvals cleared')
  submitSi(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: SubmitSiDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'submit-si', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/approve-bl')
  @actionDocs("Record the client's or the carrier's approval of the B/L draft; both → bl_checked")
  approveBl(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ApproveBlDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'approve-bl', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/release-bl')
  @actionDocs('Release the B/L (original, telex or sea waybill) → released')
  releaseBl(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReleaseBlDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'release-bl', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/roll')
  @actionDocs('Roll the cargo to another vessel (status unchanged; old and new voyage recorded)')
  roll(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RollDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'roll', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/actions/cancel')
  @actionDocs('Cancel the shipment → cancelled (not once customs released, nor with an issued debit note)')
  cancel(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CancelDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(reply, this.shipments.act(id, 'cancel', body, parseIfMatch(ifMatch)));
  }

  @Post(':id/containers/:containerId/actions/pickup')
  @actionDocs('Empty container picked up: container and seal numbers (ISO 6346 checked)')
  pickup(
    @Param('id', ParseIdPipe) id: string,
    @Param('containerId', ParseIdPipe) containerId: string,
    @Body() body: PickupDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(
      reply,
      this.shipments.actOnContainer(id, containerId, 'pickup', body, parseIfMatch(ifMatch)),
    );
  }

  @Post(':id/containers/:containerId/actions/stuff')
  @actionDocs('Container stuffed at the factory')
  stuff(
    @Param('id', ParseIdPipe) id: string,
    @Param('containerId', ParseIdPipe) containerId: string,
    @Body() body: StuffDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(
      reply,
      this.shipments.actOnContainer(id, containerId, 'stuff', body, parseIfMatch(ifMatch)),
    );
  }

  @Post(':id/containers/:containerId/actions/gate-in')
  @actionDocs('Laden container gated in at the terminal')
  gateIn(
    @Param('id', ParseIdPipe) id: string,
    @Param('containerId', ParseIdPipe) containerId: string,
    @Body() body: GateInDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.withEtag(
      reply,
      this.shipments.actOnContainer(id, containerId, 'gate-in', body, parseIfMatch(ifMatch)),
    );
  }

  private async withEtag(reply: FastifyReply, result: Promise<ShipmentDto>): Promise<ShipmentDto> {
    const shipment = await result;
    setEtag(reply, shipment.version);
    return shipment;
  }
}
