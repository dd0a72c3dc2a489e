import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ValidationFailedError } from '../common/errors/app-error';
import { ParseIdPipe } from '../common/id.pipe';
import { isCalendarDate } from '../common/time';
import { DocumentsService, RenderedDocument } from './documents.service';
import { ClientDocumentsQueryDto, StoredDocumentListDto, StoredDocumentPageDto } from './stored/document.dto';
import { DocumentStore } from './stored/document-store.service';

/** A filename safe in a header: ASCII as is, anything else as `_` (plus the exact name, RFC 6266 filename*). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\w.-]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

@ApiTags('documents and e-mail')
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly store: DocumentStore,
  ) {}

  @Get('shipments/:id/documents')
  @ApiOkResponse({
    type: StoredDocumentListDto,
    description: 'Every document sent about the shipment, as sent, newest first (docs/documents.md)',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such shipment, or outside the caller’s scope' })
  async shipmentDocuments(@Param('id', ParseIdPipe) id: string): Promise<StoredDocumentListDto> {
    return { items: await this.store.forShipment(id) };
  }

  @Get('clients/:id/documents')
  @ApiOkResponse({
    type: StoredDocumentPageDto,
    description: 'Every document sent to the client (statements included), newest first',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such client, or outside the caller’s scope' })
  clientDocuments(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ClientDocumentsQueryDto,
  ): Promise<StoredDocumentPageDto> {
    return this.store.forClient(id, query);
  }

  @Get('documents/:id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The stored document: the exact bytes that were sent' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such document, or outside the caller’s scope' })
  async storedDocument(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, this.store.download(id));
  }

  @Get('shipments/:id/booking-confirmation/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The booking confirmation (bilingual PDF)' })
  async bookingConfirmation(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, this.documents.bookingConfirmation(id));
  }

  @Get('shipments/:id/bl-draft/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'The B/L draft of the current SI revision as it would be sent now (marked DRAFT); the copies sent are ' +
      'in GET /shipments/:id/documents (kind bl_draft)',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such shipment, or outside the caller’s scope' })
  async blDraft(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, this.documents.blDraft(id));
  }

  @Get('debit-notes/:id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The debit note (bilingual PDF; a draft is marked DRAFT)' })
  @ApiConflictResponse({
    description:
      "DEBIT_NOTE_INVALID_STATE (action print): a payable note is the carrier's bill, no PDF of ours",
  })
  async debitNote(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, this.documents.debitNote(id));
  }

  @Get('clients/:id/statement/pdf')
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'asOf', required: false, example: '2026-11-30' })
  @ApiQuery({
    name: 'from',
    required: false,
    example: '2026-11-01',
    description:
      'A period statement from this day (opening balance at the end of the day before); not with asOf',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    example: '2026-11-30',
    description: 'The period’s last day (default today)',
  })
  @ApiOkResponse({
    description:
      'The statement of account as of a date (default today), per currency; with `from`, a period statement: opening balance, notes issued, payments received, closing balance per currency',
  })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED: a date malformed, from after to, to without from, asOf with from',
  })
  async statement(
    @Param('id', ParseIdPipe) id: string,
    @Query('asOf') asOf: string | undefined,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    for (const [field, value] of [
      ['asOf', asOf],
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== undefined && !isCalendarDate(value))
        throw ValidationFailedError.field(field, `${field} must be a date such as 2026-11-30`);
    }
    if (from === undefined) {
      if (to !== undefined) throw ValidationFailedError.field('to', 'to needs from (a period statement)');
      await this.send(reply, this.documents.statement(id, asOf));
      return;
    }
    if (asOf !== undefined)
      throw ValidationFailedError.field(
        'asOf',
        'a statement is either as of a date or for a period (from, to)',
      );
    const last = to ?? this.documents.today();
    if (from > last) throw ValidationFailedError.field('from', `from must be on or before to (${last})`);
    await this.send(reply, this.documents.periodStatement(id, from, last));
  }

  private async send(reply: FastifyReply, document: Promise<RenderedDocument>): Promise<void> {
    const { filename, content } = await document;
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', contentDisposition(filename))
      .header('cache-control', 'private, no-store')
      .send(content);
  }
}
