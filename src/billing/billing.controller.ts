import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ValidationFailedError } from '../common/errors/app-error';
import { Versioned } from '../common/http/etag';
import { IfMatch } from '../common/http/if-match';
import { ParseIdPipe } from '../common/id.pipe';
import { Page } from '../common/pagination';
import { isCalendarDate } from '../common/time';
import { EmptyActionDto } from '../shipments/dto/action.dto';
import { DebitNotesService } from './debit-notes.service';
import {
  CreateDebitNoteDto,
  DebitNoteListQueryDto,
  DebitNoteDto,
  DebitNotePageDto,
  DebitNotePreviewDto,
  PreviewDebitNoteDto,
  UpdateDebitNoteDto,
  VoidDebitNoteDto,
} from './dto/debit-note.dto';
import { FxTermsDto, PutFxTermsDto } from './dto/fx-terms.dto';
import { CreatePaymentDto, PaymentDto, PaymentListQueryDto, PaymentPageDto } from './dto/payment.dto';
import { WritesNothing } from '../common/http/writes-nothing';
import { FxTermsService } from './fx-terms.service';
import { PaymentsService } from './payments.service';
import { AgingReportDto, PayablesAgingReportDto, ShipmentProfitDto } from './dto/report.dto';
import { CarrierPaymentsService } from './carrier-payments.service';
import {
  CarrierPaymentDto,
  CarrierPaymentListQueryDto,
  CarrierPaymentPageDto,
  CreateCarrierPaymentDto,
} from './dto/carrier-payment.dto';
import { ReportsService } from './reports.service';

@ApiTags('billing')
@Controller()
export class BillingController {
  constructor(
    private readonly notes: DebitNotesService,
    private readonly payments: PaymentsService,
    private readonly reports: ReportsService,
    private readonly fxTerms: FxTermsService,
    private readonly carrierPayments: CarrierPaymentsService,
  ) {}

  @Post('shipments/:id/debit-notes')
  @Versioned()
  @ApiCreatedResponse({ type: DebitNoteDto, description: 'A draft' })
  @ApiUnprocessableEntityResponse({
    description:
      'A line in another currency without a rate; a party that does not fit; AMOUNT_OUT_OF_RANGE (an amount past ' +
      'MONEY_MAX_AMOUNT, a line that comes to zero), FX_RATE_OUT_OF_RANGE (a rate too far from the agreed or last ' +
      'one), DATE_OUT_OF_RANGE (a rate or due date outside the window): docs/billing.md',
  })
  create(@Param('id', ParseIdPipe) id: string, @Body() body: CreateDebitNoteDto): Promise<DebitNoteDto> {
    return this.notes.create(id, body);
  }

  @Get('shipments/:id/debit-notes')
  @ApiOkResponse({ type: DebitNotePageDto })
  listForShipment(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DebitNoteListQueryDto,
  ): Promise<Page<DebitNoteDto>> {
    return this.notes.list({ ...query, shipmentId: id });
  }

  @Post('debit-notes/preview')
  @HttpCode(200)
  @WritesNothing()
  @ApiOkResponse({
    type: DebitNotePreviewDto,
    description:
      'The draft priced as create would price it (lines in the note currency, the total); nothing is saved',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'As on create: a missing rate (REQUIREMENTS_UNMET), INVALID_REFERENCE, AMOUNT_OUT_OF_RANGE, ...',
  })
  preview(@Body() body: PreviewDebitNoteDto): Promise<DebitNotePreviewDto> {
    return this.notes.preview(body);
  }

  @Get('debit-notes')
  @ApiOkResponse({ type: DebitNotePageDto })
  list(@Query() query: DebitNoteListQueryDto): Promise<Page<DebitNoteDto>> {
    return this.notes.list(query);
  }

  @Get('debit-notes/:id')
  @Versioned()
  @ApiOkResponse({ type: DebitNoteDto })
  get(@Param('id', ParseIdPipe) id: string): Promise<DebitNoteDto> {
    return this.notes.get(id);
  }

  @Patch('debit-notes/:id')
  @Versioned()
  @ApiOkResponse({ type: DebitNoteDto })
  @ApiConflictResponse({ description: 'DEBIT_NOTE_INVALID_STATE: only drafts are edited' })
  @ApiUnprocessableEntityResponse({
    description:
      'As on create: AMOUNT_OUT_OF_RANGE, FX_RATE_OUT_OF_RANGE, DATE_OUT_OF_RANGE (docs/billing.md)',
  })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateDebitNoteDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<DebitNoteDto> {
    return this.notes.update(id, body, ifMatch);
  }

  @Post('debit-notes/:id/issue')
  @HttpCode(200)
  @Versioned()
  @ApiOkResponse({
    type: DebitNoteDto,
    description:
      "Issued: frozen; a receivable is numbered and sent to the client. A payable is recorded (the carrier's bill " +
      'booked as owed: no number of ours, nothing sent; its status reads `issued`)',
  })
  @ApiConflictResponse({ description: 'DEBIT_NOTE_INVALID_STATE: not a draft' })
  @ApiUnprocessableEntityResponse({ description: 'REQUIREMENTS_UNMET: e.g. no rate into the base currency' })
  issue(
    @Param('id', ParseIdPipe) id: string,
    @Body() _body: EmptyActionDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<DebitNoteDto> {
    return this.notes.issue(id, ifMatch);
  }

  @Post('debit-notes/:id/void')
  @HttpCode(200)
  @Versioned()
  @ApiOkResponse({ type: DebitNoteDto })
  @ApiConflictResponse({ description: 'DEBIT_NOTE_INVALID_STATE: paid in part or whole, or already void' })
  @ApiUnprocessableEntityResponse({
    description:
      'REQUIREMENTS_UNMET: a receivable note of a released shipment without a replacement note or an approved void_after_release approval',
  })
  void(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: VoidDebitNoteDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<DebitNoteDto> {
    return this.notes.void(id, body, ifMatch);
  }

  @Post('payments')
  @ApiCreatedResponse({ type: PaymentDto })
  @ApiUnprocessableEntityResponse({
    description:
      'Over-allocation, or a note that is not an issued receivable of this client in this currency; ' +
      'AMOUNT_OUT_OF_RANGE (past MONEY_MAX_AMOUNT), DATE_OUT_OF_RANGE (received before MONEY_EARLIEST_DATE)',
  })
  recordPayment(@Body() body: CreatePaymentDto): Promise<PaymentDto> {
    return this.payments.record(body);
  }

  @Get('payments')
  @ApiOkResponse({ type: PaymentPageDto, description: 'Latest received first' })
  listPayments(@Query() query: PaymentListQueryDto): Promise<Page<PaymentDto>> {
    return this.payments.list(query);
  }

  @Get('payments/:id')
  @ApiOkResponse({ type: PaymentDto })
  getPayment(@Param('id', ParseIdPipe) id: string): Promise<PaymentDto> {
    return this.payments.get(id);
  }

  @Post('carrier-payments')
  @ApiCreatedResponse({
    type: CarrierPaymentDto,
    description: 'Money paid to a carrier, allocated to its bills',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'REQUIREMENTS_UNMET: over-allocation, or a note that is not a recorded payable of this carrier in this ' +
      'currency (fields name each allocation at fault); INVALID_REFERENCE: no such carrier; AMOUNT_OUT_OF_RANGE, ' +
      'DATE_OUT_OF_RANGE (docs/billing.md)',
  })
  recordCarrierPayment(@Body() body: CreateCarrierPaymentDto): Promise<CarrierPaymentDto> {
    return this.carrierPayments.record(body);
  }

  @Get('carrier-payments')
  @ApiOkResponse({ type: CarrierPaymentPageDto, description: 'Latest paid first' })
  listCarrierPayments(@Query() query: CarrierPaymentListQueryDto): Promise<Page<CarrierPaymentDto>> {
    return this.carrierPayments.list(query);
  }

  @Get('payables/aging')
  @ApiQuery({ name: 'asOf', required: false, example: '2026-11-30' })
  @ApiOkResponse({
    type: PayablesAgingReportDto,
    description:
      "Per carrier: its recorded bills' open amounts by days past the carrier's due date (current, d1_30, " +
      'd31_60, d61_90, d90_plus) in the base currency',
  })
  payablesAging(@Query('asOf') asOf?: string): Promise<PayablesAgingReportDto> {
    if (asOf !== undefined && !isCalendarDate(asOf))
      throw ValidationFailedError.field('asOf', 'asOf must be a date such as 2026-11-30');
    return this.reports.payablesAging(asOf);
  }

  @Get('shipments/:id/profit')
  @ApiOkResponse({
    type: ShipmentProfitDto,
    description: 'Receivable, payable and margin in the base currency, with each note in its own currency',
  })
  profit(@Param('id', ParseIdPipe) id: string): Promise<ShipmentProfitDto> {
    return this.reports.profit(id);
  }

  @Get('receivables/aging')
  @ApiQuery({ name: 'asOf', required: false, example: '2026-11-30' })
  @ApiOkResponse({
    type: AgingReportDto,
    description:
      'Per client: current, d1_30, d31_60, d61_90, d90_plus in the base currency; statementRequired',
  })
  aging(@Query('asOf') asOf?: string): Promise<AgingReportDto> {
    if (asOf !== undefined && !isCalendarDate(asOf))
      throw ValidationFailedError.field('asOf', 'asOf must be a date such as 2026-11-30');
    return this.reports.aging(asOf);
  }

  @Get('clients/:id/fx-terms')
  @ApiOkResponse({ type: FxTermsDto })
  getFxTerms(@Param('id', ParseIdPipe) id: string): Promise<FxTermsDto> {
    return this.fxTerms.get(id);
  }

  @Put('clients/:id/fx-terms')
  @ApiOkResponse({ type: FxTermsDto })
  @ApiUnprocessableEntityResponse({
    description:
      'FX_RATE_OUT_OF_RANGE: a fixed rate too far from the one it replaces or the last one used; ' +
      'DATE_OUT_OF_RANGE: its date outside the window (docs/billing.md)',
  })
  putFxTerms(@Param('id', ParseIdPipe) id: string, @Body() body: PutFxTermsDto): Promise<FxTermsDto> {
    return this.fxTerms.put(id, body.terms);
  }
}
