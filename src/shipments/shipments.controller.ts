import { applyDecorators, Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Versioned } from '../common/http/etag';
import { IfMatch } from '../common/http/if-match';
import { ParseIdPipe } from '../common/id.pipe';
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
  ShutOutDto,
  StuffDto,
  SubmitSiDto,
} from './dto/action.dto';
import { CreateShipmentDto, ShipmentListQueryDto } from './dto/create-shipment.dto';
import { EditableFieldDto, UpdateShipmentDto } from './dto/update-shipment.dto';
import {
  NextActionDto,
  ShipmentDto,
  ShipmentEventDto,
  ShipmentEventPageDto,
  ShipmentPageDto,
} from './dto/shipment.dto';
import { ShipmentEditsService } from './shipment-edits.service';
import { ShipmentsService } from './shipments.service';

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Retry-safe POST: the same key and body replay the first response',
};

/**
 * Action endpoints share their answers: the shipment (200, with its ETag), 409 from the wrong status, 422 when
 * a guard fails (404, 412 and the rest are derived for every route in app.setup.ts).
 */
function Action(summary: string): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary }),
    ApiHeader(IDEMPOTENCY_KEY),
    ApiOkResponse({ type: ShipmentDto }),
    ApiConflictResponse({
      description:
        'SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); ' +
        'CONFLICT: another change to the shipment won',
    }),
    ApiUnprocessableEntityResponse({
      description:
        'REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request',
    }),
    HttpCode(200),
    Versioned(),
  );
}

@ApiTags('shipments')
@Controller('shipments')
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly edits: ShipmentEditsService,
  ) {}

  @Post()
  @Versioned()
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ type: ShipmentDto })
  create(@Body() body: CreateShipmentDto): Promise<ShipmentDto> {
    return this.shipments.create(body);
  }

  @Get()
  @ApiOkResponse({ type: ShipmentPageDto })
  list(@Query() query: ShipmentListQueryDto): Promise<Page<ShipmentDto>> {
    return this.shipments.list(query);
  }

  @Get(':id')
  @Versioned()
  @ApiOkResponse({ type: ShipmentDto })
  get(@Param('id', ParseIdPipe) id: string): Promise<ShipmentDto> {
    return this.shipments.get(id);
  }

  @Patch(':id')
  @Versioned()
  @ApiOperation({
    summary:
      'Edit what the stage still allows: commodity and POD until the SI, agreed rate until a debit note, ' +
      'carrier before space is requested, remarks, planned containers added or removed, the B/L number until ' +
      'released, the operator (each change an event with before → after; the client is re-sent its ' +
      'confirmation when what it confirmed changes)',
  })
  @ApiOkResponse({ type: ShipmentDto })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED: a field is not valid, or not one that can be edited',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'REQUIREMENTS_UNMET: the field is locked at this stage (`details.missing` says why; ' +
      'GET …/editable lists them); INVALID_REFERENCE: no such carrier or operator',
  })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateShipmentDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<ShipmentDto> {
    return this.edits.update(id, body, ifMatch);
  }

  @Get(':id/editable')
  @ApiOperation({ summary: 'Which fields PATCH may change at this stage, and why the others are locked' })
  @ApiOkResponse({ type: [EditableFieldDto] })
  editable(@Param('id', ParseIdPipe) id: string): Promise<EditableFieldDto[]> {
    return this.edits.editable(id);
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
  @Action('Confirm the booking with the client → booking_confirmed')
  confirmBooking(
    @Param('id', ParseIdPipe) id: string,
    @Body() _body: EmptyActionDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'confirm-booking', {}, ifMatch);
  }

  @Post(':id/actions/request-space')
  @Action('Request space from the carrier → space_requested')
  requestSpace(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RequestSpaceDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'request-space', body, ifMatch);
  }

  @Post(':id/actions/release-so')
  @Action('The carrier released the S/O → so_released')
  releaseSo(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReleaseSoDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'release-so', body, ifMatch);
  }

  @Post(':id/actions/declare-customs')
  @Action('Customs declared → customs_declared')
  declareCustoms(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: DeclareCustomsDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'declare-customs', body, ifMatch);
  }

  @Post(':id/actions/flag-inspection')
  @Action('Customs selected the cargo for inspection: inspection → pending')
  flagInspection(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: FlagInspectionDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'flag-inspection', body, ifMatch);
  }

  @Post(':id/actions/clear-inspection')
  @Action('The inspection is done: inspection → cleared')
  clearInspection(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ClearInspectionDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'clear-inspection', body, ifMatch);
  }

  @Post(':id/actions/release-customs')
  @Action('Customs released the cargo → customs_released (422 while an inspection is pending)')
  releaseCustoms(
    @Param('id', ParseIdPipe) id: string,
    @Body() _body: EmptyActionDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'release-customs', {}, ifMatch);
  }

  @Post(':id/actions/submit-si')
  @Action('Submit shipping instructions → si_submitted, a new revision; approvals cleared')
  submitSi(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: SubmitSiDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'submit-si', body, ifMatch);
  }

  @Post(':id/actions/approve-bl')
  @Action("Record the client's or the carrier's approval of the B/L draft; both → bl_checked")
  approveBl(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ApproveBlDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'approve-bl', body, ifMatch);
  }

  @Post(':id/actions/release-bl')
  @Action('Release the B/L (original, telex or sea waybill) → released')
  releaseBl(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReleaseBlDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'release-bl', body, ifMatch);
  }

  @Post(':id/actions/roll')
  @Action(
    'Roll the cargo to another vessel until the B/L is released (old and new voyage recorded); once the SI ' +
      'is in, the B/L approvals are cleared and a shipment past si_submitted goes back to it',
  )
  roll(@Param('id', ParseIdPipe) id: string, @Body() body: RollDto, @IfMatch() ifMatch: number | undefined) {
    return this.shipments.act(id, 'roll', body, ifMatch);
  }

  @Post(':id/actions/cancel')
  @Action('Cancel the shipment → cancelled (not once customs released, nor with an issued debit note)')
  cancel(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CancelDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'cancel', body, ifMatch);
  }

  @Post(':id/actions/shut-out')
  @Action(
    'Shut out the cargo after customs release (退关) → cancelled: reason and customs withdrawal reference ' +
      'recorded (not with an issued debit note)',
  )
  shutOut(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ShutOutDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.act(id, 'shut-out', body, ifMatch);
  }

  @Post(':id/containers/:containerId/actions/pickup')
  @Action('Empty container picked up: container and seal numbers (ISO 6346 checked)')
  pickup(
    @Param('id', ParseIdPipe) id: string,
    @Param('containerId', ParseIdPipe) containerId: string,
    @Body() body: PickupDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.actOnContainer(id, containerId, 'pickup', body, ifMatch);
  }

  @Post(':id/containers/:containerId/actions/stuff')
  @Action('Container stuffed at the factory')
  stuff(
    @Param('id', ParseIdPipe) id: string,
    @Param('containerId', ParseIdPipe) containerId: string,
    @Body() body: StuffDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.actOnContainer(id, containerId, 'stuff', body, ifMatch);
  }

  @Post(':id/containers/:containerId/actions/gate-in')
  @Action('Laden container gated in at the terminal')
  gateIn(
    @Param('id', ParseIdPipe) id: string,
    @Param('containerId', ParseIdPipe) containerId: string,
    @Body() body: GateInDto,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.shipments.actOnContainer(id, containerId, 'gate-in', body, ifMatch);
  }
}
