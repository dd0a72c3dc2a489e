import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiUnprocessableEntityResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Versioned } from '../common/http/etag';
import { IfMatch } from '../common/http/if-match';
import { ParseIdPipe } from '../common/id.pipe';
import { AttachmentsService } from './attachments.service';
import { contentDispositionFor } from './domain/file-name';
import {
  AttachmentDto,
  AttachmentKindListDto,
  AttachmentListDto,
  ContentQueryDto,
  ListAttachmentsQueryDto,
  PapersSentDto,
  RemoveAttachmentDto,
  SendAttachmentsDto,
  UpdateAttachmentDto,
  UploadAttachmentDto,
} from './dto/attachment.dto';

/** The upload route, the one route that takes multipart/form-data (app.setup.ts refuses it everywhere else). */
export const UPLOAD_ROUTE = '/api/v1/shipments/:id/attachments';

/**
 * What a stored file is served with besides its type: never sniffed into something else, never cached, and
 * nothing in it may run or load anything (a PDF viewer is a plugin: `object-src 'self'`), framed only by the
 * console.
 */
const CONTENT_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get('attachment-kinds')
  @ApiOkResponse({ type: AttachmentKindListDto, description: 'The kinds of paper, in the console’s order' })
  async kinds(): Promise<AttachmentKindListDto> {
    return { items: await this.attachments.kinds() };
  }

  @Post('shipments/:id/attachments')
  @Versioned()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentDto, description: 'The fields, then the file (docs/papers.md)' })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiBadRequestResponse({
    description: 'No file, an empty one, or a field not valid (kind, containerId, ...)',
  })
  @ApiNotFoundResponse({ description: 'No such shipment in your scope' })
  @ApiPayloadTooLargeResponse({ description: 'PAYLOAD_TOO_LARGE: larger than ATTACHMENT_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({
    description:
      'UNSUPPORTED_MEDIA_TYPE: the content is none of PDF, JPEG, PNG, WebP, GIF, TIFF, XLSX, DOCX, XLS, DOC',
  })
  upload(@Param('id', ParseIdPipe) id: string, @Req() request: FastifyRequest): Promise<AttachmentDto> {
    return this.attachments.upload(id, request);
  }

  @Post('shipments/:id/attachments/send')
  @ApiCreatedResponse({
    type: PapersSentDto,
    description: 'An e-mail to the client carrying the files is queued; a papers_sent event on the shipment',
  })
  @ApiBadRequestResponse({
    description: 'An attachment not on this shipment, removed, or not client-visible (details.attachmentIds)',
  })
  @ApiNotFoundResponse({ description: 'No such shipment in your scope' })
  @ApiUnprocessableEntityResponse({
    description:
      'EMAIL_TOO_LARGE: the files come to more than ATTACHMENT_MAX_BYTES; REQUIREMENTS_UNMET: the client has no e-mail address',
  })
  send(@Param('id', ParseIdPipe) id: string, @Body() body: SendAttachmentsDto): Promise<PapersSentDto> {
    return this.attachments.send(id, body);
  }

  @Get('shipments/:id/attachments')
  @ApiOkResponse({
    type: AttachmentListDto,
    description:
      'Staff: every paper (removed ones with includeRemoved); a client user: the client-visible ones',
  })
  @ApiNotFoundResponse({ description: 'No such shipment in your scope' })
  async list(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ListAttachmentsQueryDto,
  ): Promise<AttachmentListDto> {
    return { items: await this.attachments.list(id, query.includeRemoved === 'true') };
  }

  @Get('attachments/:id')
  @Versioned()
  @ApiOkResponse({ type: AttachmentDto })
  @ApiNotFoundResponse({ description: 'No such attachment in your scope' })
  get(@Param('id', ParseIdPipe) id: string): Promise<AttachmentDto> {
    return this.attachments.get(id);
  }

  @Get('attachments/:id/content')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file as uploaded, with its Content-Type (inline for PDF and images)' })
  @ApiNotFoundResponse({ description: 'No such attachment in your scope' })
  async content(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ContentQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.attachments.content(id);
    const disposition = file.inline && query.download !== 'true' ? 'inline' : 'attachment';
    await reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.size))
      .header('content-disposition', contentDispositionFor(file.filename, disposition))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', CONTENT_POLICY)
      .send(file.stream);
  }

  @Patch('attachments/:id')
  @Versioned()
  @ApiOkResponse({ type: AttachmentDto })
  @ApiBadRequestResponse({ description: 'Not a kind, or the attachment is removed' })
  @ApiNotFoundResponse({ description: 'No such attachment in your scope' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateAttachmentDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<AttachmentDto> {
    return this.attachments.update(id, body, ifMatch);
  }

  @Post('attachments/:id/remove')
  @HttpCode(200)
  @Versioned()
  @ApiOkResponse({ type: AttachmentDto, description: 'Marked removed; the file is kept' })
  @ApiBadRequestResponse({ description: 'No reason, or already removed' })
  @ApiNotFoundResponse({ description: 'No such attachment in your scope' })
  remove(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RemoveAttachmentDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<AttachmentDto> {
    return this.attachments.remove(id, body.reason, ifMatch);
  }
}
