import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BoardDto, BoardQueryDto } from './board.dto';
import { BoardService } from './board.service';

@ApiTags('shipments')
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  /** The operations board: the active shipments by stage with counts and flags, and what needs someone now. */
  @Get()
  @ApiOkResponse({ type: BoardDto })
  get(@Query() query: BoardQueryDto): Promise<BoardDto> {
    return this.board.board(query);
  }
}
