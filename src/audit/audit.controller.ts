import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '../common/pagination';
import { AuditService } from './audit.service';
import { AuditQueryDto, AuditRecordDto, AuditRecordPageDto } from './dto/audit-record.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({
    type: AuditRecordPageDto,
    description:
      "Newest first. A manager reads only the records about their team's clients (and the approvals they may " +
      'see) and about carriers; an admin reads all.',
  })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditRecordDto>> {
    return this.audit.list(query);
  }
}
