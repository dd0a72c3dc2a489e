import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Versioned } from '../common/http/etag';
import { IfMatch } from '../common/http/if-match';
import { ParseIdPipe } from '../common/id.pipe';
import { Page } from '../common/pagination';
import {
  CreateFeeRuleDto,
  FeeRuleDto,
  FeeRulePageDto,
  ListFeeRulesQueryDto,
  UpdateFeeRuleDto,
} from './dto/fee-rule.dto';
import { FeeRulesService } from './fee-rules.service';

@ApiTags('fee-rules')
@Controller('fee-rules')
export class FeeRulesController {
  constructor(private readonly rules: FeeRulesService) {}

  @Post()
  @Versioned()
  @ApiCreatedResponse({ type: FeeRuleDto })
  @ApiBadRequestResponse({ description: 'A field is not valid' })
  @ApiUnprocessableEntityResponse({ description: 'No such carrier (INVALID_REFERENCE)' })
  @ApiConflictResponse({ description: 'The kind, carrier, terminal and container type already have a rule' })
  create(@Body() body: CreateFeeRuleDto): Promise<FeeRuleDto> {
    return this.rules.create(body);
  }

  @Get()
  @ApiOkResponse({ type: FeeRulePageDto, description: 'By kind' })
  list(@Query() query: ListFeeRulesQueryDto): Promise<Page<FeeRuleDto>> {
    return this.rules.list(query);
  }

  @Get(':id')
  @Versioned()
  @ApiOkResponse({ type: FeeRuleDto })
  @ApiNotFoundResponse({ description: 'No such fee rule' })
  get(@Param('id', ParseIdPipe) id: string): Promise<FeeRuleDto> {
    return this.rules.get(id);
  }

  @Patch(':id')
  @Versioned()
  @ApiOkResponse({ type: FeeRuleDto })
  @ApiBadRequestResponse({ description: 'Not a valid amount' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateFeeRuleDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<FeeRuleDto> {
    return this.rules.update(id, body, ifMatch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted: a less specific rule (or none) applies from now on' })
  @ApiNotFoundResponse({ description: 'No such fee rule' })
  async remove(@Param('id', ParseIdPipe) id: string, @IfMatch() ifMatch: number | undefined): Promise<void> {
    await this.rules.remove(id, ifMatch);
  }
}
