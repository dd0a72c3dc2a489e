import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Versioned } from '../common/http/etag';
import { IfMatch } from '../common/http/if-match';
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

const SALES_USER_FORBIDDEN =
  'FORBIDDEN, naming salesUserId: a salesperson names only themselves; a manager themselves, their team or ' +
  'no one; credit terms set by anyone but a manager or admin (details.fields names paymentTerms, creditLimit, ' +
  'creditDays: those the request would change)';

@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Post()
  @Versioned()
  @ApiCreatedResponse({ type: ClientDto })
  @ApiBadRequestResponse({
    description: 'A field is not valid; a collect or monthly client lacks credit terms',
  })
  @ApiConflictResponse({
    description: 'CONFLICT: the code is already in use (by any client; the answer names nothing of it)',
  })
  @ApiForbiddenResponse({ description: SALES_USER_FORBIDDEN })
  @ApiUnprocessableEntityResponse({ description: 'salesUserId names no active sales user or manager' })
  create(@Body() body: CreateClientDto): Promise<ClientDto> {
    return this.clients.create(body);
  }

  @Get()
  @ApiOkResponse({ type: ClientPageDto })
  list(@Query() query: ListClientsQueryDto): Promise<Page<ClientDto>> {
    return this.clients.list(query);
  }

  @Get(':id')
  @Versioned()
  @ApiOkResponse({ type: ClientDto })
  get(@Param('id', ParseIdPipe) id: string): Promise<ClientDto> {
    return this.clients.get(id);
  }

  @Patch(':id')
  @Versioned()
  @ApiOkResponse({ type: ClientDto })
  @ApiBadRequestResponse({ description: 'A field is not valid, or the code was sent (it cannot change)' })
  @ApiForbiddenResponse({ description: SALES_USER_FORBIDDEN })
  @ApiUnprocessableEntityResponse({ description: 'salesUserId names no active sales user or manager' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateClientDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<ClientDto> {
    return this.clients.update(id, body, ifMatch);
  }
}
