import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ValidationFailedError } from '../common/errors/app-error';
import { ParseIdPipe } from '../common/id.pipe';
import { isCalendarDate } from '../common/time';
import { DocumentsService, RenderedDocument } from './documents.service';

@ApiTags('documents and e-mail')
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('shipments/:id/booking-confirmation/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The booking confirmation (bilingual PDF)' })
  async bookingConfirmation(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, this.documents.bookingConfirmation(id));
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
  @ApiOkResponse({ description: 'The statement of account as of a date (default today)' })
  async statement(
    @Param('id', ParseIdPipe) id: string,
    @Query('asOf') asOf: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (asOf !== undefined && !isCalendarDate(asOf))
      throw ValidationFailedError.field('asOf', 'asOf must be a date such as 2026-11-30');
    await this.send(reply, this.documents.statement(id, asOf));
  }

  private async send(reply: FastifyReply, document: Promise<RenderedDocument>): Promise<void> {
    const { filename, content } = await document;
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${filename}"`)
      .header('cache-control', 'private, no-store')
      .send(content);
  }
}
