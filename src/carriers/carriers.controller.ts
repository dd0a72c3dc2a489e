import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { parseIfMatch, setEtag } from '../common/http';
import { ParseIdPipe } from '../common/id.pipe';
import { Page } from '../common/pagination';
import { CarriersService } from './carriers.service';
import {
  CarrierDto,
  CarrierPageDto,
  CreateCarrierDto,
  ListCarriersQueryDto,
  UpdateCarrierDto,
} from './dto/carrier.dto';

const ETAG_HEADER = { ETag: { description: 'The version: "<version>"', schema: { type: 'string' } } };

@ApiTags('carriers')
@Controller('carriers')
export class CarriersController {
  constructor(private readonly carriers: CarriersService) {}

  @Post()
  @ApiCreatedResponse({ type: CarrierDto, headers: ETAG_HEADER })
  @ApiBadRequestResponse({ description: 'A field is not valid' })
  @ApiConflictResponse({ description: 'The code is already in use' })
  async create(
    @Body() body: CreateCarrierDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CarrierDto> {
    const carrier = await this.carriers.create(body);
    setEtag(reply, carrier.version);
    return carrier;
  }

  @Get()
  @ApiOkResponse({ type: CarrierPageDto })
  list(@Query() query: ListCarriersQueryDto): Promise<Page<CarrierDto>> {
    return this.carriers.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CarrierDto, headers: ETAG_HEADER })
  @ApiNotFoundResponse()
  async get(
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CarrierDto> {
    const carrier = await this.carriers.get(id);
    setEtag(reply, carrier.version);
    return carrier;
  }

  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read: "<version>"' })
  @ApiOkResponse({ type: CarrierDto, headers: ETAG_HEADER })
  @ApiBadRequestResponse({ description: 'A field is not valid, or the code was sent (it cannot change)' })
  @ApiNotFoundResponse()
  @ApiPreconditionFailedResponse({ description: 'If-Match is stale: the carrier changed since it was read' })
  async update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateCarrierDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CarrierDto> {
    const carrier = await this.carriers.update(id, body, parseIfMatch(ifMatch));
    setEtag(reply, carrier.version);
    return carrier;
  }
}
