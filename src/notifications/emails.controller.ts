import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { cursorTime, decodeCursor, DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { CLIENT_EMAIL_TEMPLATES } from './email-templates';
import { Email, EMAIL_STATUSES, type EmailStatus } from './entities/email.entity';

class EmailListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() shipmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() clientId?: string;
  @ApiPropertyOptional({ enum: EMAIL_STATUSES }) @IsOptional() @IsIn(EMAIL_STATUSES) status?: EmailStatus;
  @ApiPropertyOptional({ minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

export class EmailOut {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() messageId!: string;
  @ApiProperty({ type: [String] }) to!: string[];
  @ApiProperty() subject!: string;
  @ApiProperty() template!: string;
  @ApiProperty({
    enum: ['pending', 'sent', 'failed'],
    description: 'pending includes one being sent right now',
  })
  status!: 'pending' | 'sent' | 'failed';
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: [String] }) attachments!: string[];
  @ApiProperty({ nullable: true, type: String }) sentAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) shipmentId!: string | null;
  @ApiProperty() createdAt!: string;
}

class EmailPageDto {
  @ApiProperty({ type: [EmailOut] }) items!: EmailOut[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

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
  async list(@Query() query: EmailListQueryDto): Promise<Page<EmailOut>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
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
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['time', 'uuid']);
      qb.andWhere('(e.createdAt, e.id) < (:at, :id)', { at: cursorTime(at), id });
    }
    const rows = await qb
      .orderBy('e.createdAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return toPage(
      rows,
      limit,
      (e) => [e.createdAt.toISOString(), e.id],
      (e) => ({
        id: e.id,
        messageId: e.messageId,
        to: e.to,
        subject: e.subject,
        template: e.template,
        status: e.status === 'sending' ? 'pending' : e.status,
        attempts: e.attempts,
        attachments: e.attachments.map((a) => a.filename),
        sentAt: e.sentAt?.toISOString() ?? null,
        // Why a send failed names our mail servers: staff only.
        lastError: this.scope.isClientUser ? null : e.lastError,
        shipmentId: e.shipmentId,
        createdAt: e.createdAt.toISOString(),
      }),
    );
  }
}
