import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { keyset, keysetPage, Page } from '../common/pagination';
import { CLIENT_EMAIL_TEMPLATES } from './email-templates';
import { EmailDto, EmailListQueryDto, EmailPageDto } from './dto/email.dto';
import { Email } from './entities/email.entity';

const NEWEST_FIRST = keyset<Email>('DESC', [
  { column: 'e.createdAt', part: 'time', of: (e) => e.createdAt },
  { column: 'e.id', part: 'uuid', of: (e) => e.id },
]);

@ApiTags('documents and e-mail')
@Controller('emails')
export class EmailsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  /** The outbox: what was (or will be) sent to whom, and how it went. */
  @Get()
  @ApiOkResponse({ type: EmailPageDto })
  async list(@Query() query: EmailListQueryDto): Promise<Page<EmailDto>> {
    const qb = this.dataSource.getRepository(Email).createQueryBuilder('e');
    if (query.shipmentId) qb.andWhere('e.shipmentId = :shipmentId', { shipmentId: query.shipmentId });
    if (query.clientId) qb.andWhere('e.clientId = :clientId', { clientId: query.clientId });
    if (query.status === 'pending') qb.andWhere(`e.status IN ('pending', 'sending')`);
    else if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    const scope = await this.scope.clients();
    if (!scope.all) qb.andWhere('e.clientId = ANY(:scope)', { scope: scope.clientIds });
    // A client sees what was written for it, never the staff's internal alerts.
    if (this.scope.isClientUser) {
      qb.andWhere('e.template IN (:...clientTemplates)', { clientTemplates: CLIENT_EMAIL_TEMPLATES });
    }
    return keysetPage(qb, query, NEWEST_FIRST, (rows) =>
      rows.map((e) => EmailDto.from(e, this.scope.isClientUser)),
    );
  }
}
