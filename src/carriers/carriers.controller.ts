import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Versioned } from '../common/http/etag';
import { IfMatch } from '../common/http/if-match';
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

@ApiTags('carriers')
@Controller('carriers')
export class CarriersController {
  constructor(private readonly carriers: CarriersService) {}

  @Post()
  @Versioned()
  @ApiCreatedResponse({ type: CarrierDto })
  @ApiBadRequestResponse({ description: 'A field is not valid' })
  @ApiConflictResponse({ description: 'The code is already in use' })
  create(@Body() body: CreateCarrierDto): Promise<CarrierDto> {
    return this.carriers.create(body);
  }

  @Get()
  @ApiOkResponse({ type: CarrierPageDto })
  list(@Query() query: ListCarriersQueryDto): Promise<Page<CarrierDto>> {
    return this.carriers.list(query);
  }

  @Get(':id')
  @Versioned()
  @ApiOkResponse({ type: CarrierDto })
  get(@Param('id', ParseIdPipe) id: string): Promise<CarrierDto> {
    return this.carriers.get(id);
  }

  @Patch(':id')
  @Versioned()
  @ApiOkResponse({ type: CarrierDto })
  @ApiBadRequestResponse({ description: 'A field is not valid, or the code was sent (it cannot change)' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateCarrierDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<CarrierDto> {
    return this.carriers.update(id, body, ifMatch);
  }
}
