import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ParseIdPipe } from '../common/id.pipe';
import { Page } from '../common/pagination';
import { ApprovalsService } from './approvals.service';
import {
  ApprovalListQueryDto,
  ApprovalDto,
  ApprovalPageDto,
  DecideApprovalDto,
  PendingApprovalCountDto,
  RequestApprovalDto,
} from './dto/approval.dto';

@ApiTags('approvals')
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Post()
  @ApiCreatedResponse({ type: ApprovalDto, description: 'A pending approval' })
  request(@Body() body: RequestApprovalDto): Promise<ApprovalDto> {
    return this.approvals.request(body);
  }

  @Get()
  @ApiOkResponse({
    type: ApprovalPageDto,
    description:
      "Those about a client in the caller's scope; one about no client only to its requester, the manager " +
      'they report to, and admins (who alone see all)',
  })
  list(@Query() query: ApprovalListQueryDto): Promise<Page<ApprovalDto>> {
    return this.approvals.list(query);
  }

  @Get('pending-count')
  @ApiOkResponse({
    type: PendingApprovalCountDto,
    description:
      "Pending approvals in the caller's scope that they did not ask for: what awaits their decision",
  })
  async pendingCount(): Promise<PendingApprovalCountDto> {
    return { count: await this.approvals.pendingCount() };
  }

  @Get(':id')
  @ApiOkResponse({ type: ApprovalDto })
  get(@Param('id', ParseIdPipe) id: string): Promise<ApprovalDto> {
    return this.approvals.get(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalDto })
  @ApiForbiddenResponse({ description: 'Not a manager or admin, or the requester' })
  @ApiConflictResponse({ description: 'APPROVAL_ALREADY_DECIDED' })
  @ApiNotFoundResponse({ description: 'No such approval, or one outside the caller’s scope' })
  approve(@Param('id', ParseIdPipe) id: string, @Body() body: DecideApprovalDto): Promise<ApprovalDto> {
    return this.approvals.approve(id, body.note);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalDto })
  @ApiForbiddenResponse({ description: 'Not a manager or admin, or the requester' })
  @ApiConflictResponse({ description: 'APPROVAL_ALREADY_DECIDED' })
  @ApiNotFoundResponse({ description: 'No such approval, or one outside the caller’s scope' })
  reject(@Param('id', ParseIdPipe) id: string, @Body() body: DecideApprovalDto): Promise<ApprovalDto> {
    return this.approvals.reject(id, body.note);
  }
}
