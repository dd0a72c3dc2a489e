import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
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
import {
  ChecklistDto,
  CreatePaperRuleDto,
  PaperRuleDto,
  PaperRuleListDto,
  UpdatePaperRuleDto,
} from './dto/paper-rule.dto';
import { PapersService } from './papers.service';

@ApiTags('attachments')
@Controller()
export class PapersController {
  constructor(private readonly papers: PapersService) {}

  @Get('paper-rules')
  @ApiOkResponse({ type: PaperRuleListDto, description: 'Which papers each action needs (docs/papers.md)' })
  async rules(): Promise<PaperRuleListDto> {
    return { items: await this.papers.rules() };
  }

  @Post('paper-rules')
  @Versioned()
  @ApiCreatedResponse({ type: PaperRuleDto })
  @ApiBadRequestResponse({ description: 'Not an action that papers gate, or not a kind' })
  @ApiConflictResponse({ description: 'That action, kind, carrier and client have a rule already' })
  create(@Body() body: CreatePaperRuleDto): Promise<PaperRuleDto> {
    return this.papers.create(body);
  }

  @Put('paper-rules/:id')
  @Versioned()
  @ApiOkResponse({ type: PaperRuleDto })
  @ApiNotFoundResponse({ description: 'No such rule' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdatePaperRuleDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<PaperRuleDto> {
    return this.papers.update(id, body, ifMatch);
  }

  @Delete('paper-rules/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted (a default deleted is no longer asked for)' })
  @ApiNotFoundResponse({ description: 'No such rule' })
  async remove(@Param('id', ParseIdPipe) id: string, @IfMatch() ifMatch: number | undefined): Promise<void> {
    await this.papers.remove(id, ifMatch);
  }

  @Get('shipments/:id/papers')
  @ApiOkResponse({
    type: ChecklistDto,
    description: 'Each paper the rules ask of this shipment: uploaded, missing, or late against its cut-off',
  })
  @ApiNotFoundResponse({ description: 'No such shipment in your scope' })
  async checklist(@Param('id', ParseIdPipe) id: string): Promise<ChecklistDto> {
    return { items: await this.papers.checklist(id) };
  }
}
