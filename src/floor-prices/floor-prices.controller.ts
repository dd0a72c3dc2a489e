import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Versioned } from '../common/http/etag';
import { IfMatch } from '../common/http/if-match';
import { ParseIdPipe } from '../common/id.pipe';
import { Page } from '../common/pagination';
import {
  CreateFloorPriceDto,
  FloorPriceDto,
  FloorPricePageDto,
  ListFloorPricesQueryDto,
  UpdateFloorPriceDto,
} from './dto/floor-price.dto';
import { FloorPricesService } from './floor-prices.service';

@ApiTags('floor-prices')
@Controller('floor-prices')
export class FloorPricesController {
  constructor(private readonly floors: FloorPricesService) {}

  @Post()
  @Versioned()
  @ApiCreatedResponse({ type: FloorPriceDto })
  @ApiBadRequestResponse({ description: 'A field is not valid' })
  @ApiConflictResponse({ description: 'The lane and container type already have a floor in this currency' })
  create(@Body() body: CreateFloorPriceDto): Promise<FloorPriceDto> {
    return this.floors.create(body);
  }

  @Get()
  @ApiOkResponse({ type: FloorPricePageDto, description: 'By POL, POD, container type and currency' })
  list(@Query() query: ListFloorPricesQueryDto): Promise<Page<FloorPriceDto>> {
    return this.floors.list(query);
  }

  @Get(':id')
  @Versioned()
  @ApiOkResponse({ type: FloorPriceDto })
  @ApiNotFoundResponse({ description: 'No such floor price' })
  get(@Param('id', ParseIdPipe) id: string): Promise<FloorPriceDto> {
    return this.floors.get(id);
  }

  @Patch(':id')
  @Versioned()
  @ApiOkResponse({ type: FloorPriceDto })
  @ApiBadRequestResponse({ description: 'Not a valid price, or in another currency than the floor' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateFloorPriceDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<FloorPriceDto> {
    return this.floors.update(id, body, ifMatch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted: the lane and type have no floor in that currency any more' })
  @ApiNotFoundResponse({ description: 'No such floor price' })
  async remove(@Param('id', ParseIdPipe) id: string, @IfMatch() ifMatch: number | undefined): Promise<void> {
    await this.floors.remove(id, ifMatch);
  }
}
