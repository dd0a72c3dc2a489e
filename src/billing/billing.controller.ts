import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiPreconditionFailedResponse,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ValidationFailedError } from '../common/errors/app-error';
import { parseIfMatch, setEtag } from '../common/http';
import { ParseIdPipe } from '../common/id.pipe';
import { Page } from '../common/pagination';
import { isCalendarDate } from '../common/time';
import { EmptyActionDto } from '../shipments/dto/action.dto';
import { DebitNotesService } from './debit-notes.service';
import {
  CreateDebitNoteDto,
  DebitNoteListQueryDto,
  DebitNoteOut,
  DebitNotePageDto,
  UpdateDebitNoteDto,
  VoidDebitNoteDto,
} from './dto/debit-note.dto';
import { FxTermsOut, PutFxTermsDto } from './dto/fx-terms.dto';
import { CreatePaymentDto, PaymentOut } from './dto/payment.dto';
import { FxTermsService } from './fx-terms.service';
import { PaymentsService } from './payments.service';
import { AgingReport, ReportsService, ShipmentProfit } from './reports.service';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The ETag you read; 412 if it changed' };

@ApiTags('billing')
@Controller()
export class BillingController {
  constructor(
    private readonly notes: DebitNotesService,
    private readonly payments: PaymentsService,
    private readonly reports: ReportsService,
    private readonly fxTerms: FxTermsService,
  ) {}

  @Post('shipments/:id/debit-notes')
  @ApiCreatedResponse({ type: DebitNoteOut, description: 'A draft' })
  @ApiUnprocessableEntityResponse({
    description:
      'A line in another currency without a rate; a party that does not fit; AMOUNT_OUT_OF_RANGE (an amount past ' +
      'MONEY_MAX_AMOUNT, a line that comes to zero), FX_RATE_OUT_OF_RANGE (a rate too far from the agreed or last ' +
      'one), DATE_OUT_OF_RANGE (a rate or due date outside the window): docs/billing.md',
  })
  async create(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateDebitNoteDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DebitNoteOut> {
    return this.etag(reply, this.notes.create(id, body));
  }

  @Get('shipments/:id/debit-notes')
  @ApiOkResponse({ type: DebitNotePageDto })
  listForShipment(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DebitNoteListQueryDto,
  ): Promise<Page<DebitNoteOut>> {
    return this.notes.list({ ...query, shipmentId: id });
  }

  @Get('debit-notes')
  @ApiOkResponse({ type: DebitNotePageDto })
  list(@Query() query: DebitNoteListQueryDto): Promise<Page<DebitNoteOut>> {
    return this.notes.list(query);
  }

  @Get('debit-notes/:id')
  @ApiOkResponse({ type: DebitNoteOut, headers: { ETag: { description: 'The version, for If-Match' } } })
  get(
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DebitNoteOut> {
    return this.etag(reply, this.notes.get(id));
  }

  @Patch('debit-notes/:id')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DebitNoteOut })
  @ApiConflictResponse({ description: 'DEBIT_NOTE_INVALID_STATE: only drafts are edited' })
  @ApiPreconditionFailedResponse({ description: 'If-Match is stale' })
  @ApiUnprocessableEntityResponse({
    description:
      'As on create: AMOUNT_OUT_OF_RANGE, FX_RATE_OUT_OF_RANGE, DATE_OUT_OF_RANGE (docs/billing.md)',
  })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateDebitNoteDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DebitNoteOut> {
    return this.etag(reply, this.notes.update(id, body, parseIfMatch(ifMatch)));
  }

  @Post('debit-notes/:id/issue')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DebitNoteOut, description: 'Issued: numbered, frozen' })
  @ApiConflictResponse({ description: 'DEBIT_NOTE_INVALID_STATE: not a draft' })
  @ApiUnprocessableEntityResponse({ description: 'REQUIREMENTS_UNMET: e.g. no rate into the base currency' })
  issue(
    @Param('id', ParseIdPipe) id: string,
    @Body() _body: EmptyActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DebitNoteOut> {
    return this.etag(reply, this.notes.issue(id, parseIfMatch(ifMatch)));
  }

  @Post('debit-notes/:id/void')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DebitNoteOut })
  @ApiConflictResponse({ description: 'DEBIT_NOTE_INVALID_STATE: paid in part or whole, or already void' })
  @ApiUnprocessableEntityResponse({
    description:
      'REQUIREMENTS_UNMET: a receivable note of a released shipment without a replacement note or an approved void_after_release approval',
  })
  void(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: VoidDebitNoteDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DebitNoteOut> {
    return this.etag(reply, this.notes.void(id, body, parseIfMatch(ifMatch)));
  }

  @Post('payments')
  @ApiCreatedResponse({ type: PaymentOut })
  @ApiUnprocessableEntityResponse({
    description:
      'Over-allocation, or a note that is not an issued receivable of this client in this currency; ' +
      'AMOUNT_OUT_OF_RANGE (past MONEY_MAX_AMOUNT), DATE_OUT_OF_RANGE (received before MONEY_EARLIEST_DATE)',
  })
  recordPayment(@Body() body: CreatePaymentDto): Promise<PaymentOut> {
    return this.payments.record(body);
  }

  @Get('payments/:id')
  @ApiOkResponse({ type: PaymentOut })
  getPayment(@Param('id', ParseIdPipe) id: string): Promise<PaymentOut> {
    return this.payments.get(id);
  }

  @Get('shipments/:id/profit')
  @ApiOkResponse({
    description: 'Receivable, payable and margin in the base currency, with each note in its own currency',
  })
  profit(@Param('id', ParseIdPipe) id: string): Promise<ShipmentProfit> {
    return this.reports.profit(id);
  }

  @Get('receivables/aging')
  @ApiQuery({ name: 'asOf', required: false, example: '2026-11-30' })
  @ApiOkResponse({
    description:
      'Per client: current, d1_30, d31_60, d61_90, d90_plus in the base currency; statementRequired',
  })
  aging(@Query('asOf') asOf?: string): Promise<AgingReport> {
    if (asOf !== undefined && !isCalendarDate(asOf))
      throw ValidationFailedError.field('asOf', 'asOf must be a date such as 2026-11-30');
    return this.reports.aging(asOf);
  }

  @Get('clients/:id/fx-terms')
  @ApiOkResponse({ type: FxTermsOut })
  getFxTerms(@Param('id', ParseIdPipe) id: string): Promise<FxTermsOut> {
    return this.fxTerms.get(id);
  }

  @Put('clients/:id/fx-terms')
  @ApiOkResponse({ type: FxTermsOut })
  @ApiUnprocessableEntityResponse({
    description:
      'FX_RATE_OUT_OF_RANGE: a fixed rate too far from the one it replaces or the last one used; ' +
      'DATE_OUT_OF_RANGE: its date outside the window (docs/billing.md)',
  })
  putFxTerms(@Param('id', ParseIdPipe) id: string, @Body() body: PutFxTermsDto): Promise<FxTermsOut> {
    return this.fxTerms.put(id, body.terms);
  }

  private async etag(reply: FastifyReply, result: Promise<DebitNoteOut>): Promise<DebitNoteOut> {
    const note = await result;
    setEtag(reply, note.version);
    return note;
  }
}
