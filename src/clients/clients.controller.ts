import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { parseIfMatch, setEtag } from '../common/http';
import { ParseIdPipe } from '../common/id.pipe';
import { Page } from '../common/pagination';
import { ClientsService } from './clients.service';
import {
  ClientDto,
  ClientPageDto,
  CreateClientDto,
  ListClientsQueryDto,
  UpdateClientDto,
} from './dto/client.dto';

const ETAG_HEADER = { ETag: { description: 'The version: "<version>"', schema: { type: 'string' } } };

const SALES_USER_FORBIDDEN =
  'FORBIDDEN, naming salesUserId: a salesperson names only themselves; a manager themselves, their team or ' +
  'no one; credit terms set by anyone but a manager or admin';

@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Post()
  @ApiCreatedResponse({ type: ClientDto, headers: ETAG_HEADER })
  @ApiBadRequestResponse({
    description: 'A field is not valid; a collect or monthly client lacks credit terms',
  })
  @ApiConflictResponse({
    description: 'CONFLICT: the code is already in use (by any client; the answer names nothing of it)',
  })
  @ApiForbiddenResponse({ description: SALES_USER_FORBIDDEN })
  @ApiUnprocessableEntityResponse({ description: 'salesUserId names no active sales user or manager' })
  async create(
    @Body() body: CreateClientDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClientDto> {
    const client = await this.clients.create(body);
    setEtag(reply, client.version);
    return client;
  }

  @Get()
  @ApiOkResponse({ type: ClientPageDto })
  list(@Query() query: ListClientsQueryDto): Promise<Page<ClientDto>> {
    return this.clients.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ClientDto, headers: ETAG_HEADER })
  @ApiNotFoundResponse()
  async get(
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClientDto> {
    const client = await this.clients.get(id);
    setEtag(reply, client.version);
    return client;
  }

  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read: "<version>"' })
  @ApiOkResponse({ type: ClientDto, headers: ETAG_HEADER })
  @ApiBadRequestResponse({ description: 'A field is not valid, or the code was sent (it cannot change)' })
  @ApiNotFoundResponse()
  @ApiPreconditionFailedResponse({ description: 'If-Match is stale: the client changed since it was read' })
  @ApiForbiddenResponse({ description: SALES_USER_FORBIDDEN })
  @ApiUnprocessableEntityResponse({ description: 'salesUserId names no active sales user or manager' })
  async update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateClientDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClientDto> {
    const client = await this.clients.update(id, body, parseIfMatch(ifMatch));
    setEtag(reply, client.version);
    return client;
  }
}
