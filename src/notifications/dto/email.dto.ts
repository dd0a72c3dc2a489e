import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsOptionalOneOf } from '../../common/validation/decorators';
import { PageQueryDto } from '../../common/pagination';
import { type Email, EMAIL_STATUSES, type EmailStatus } from '../entities/email.entity';

export class EmailListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() shipmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() clientId?: string;
  @IsOptionalOneOf(EMAIL_STATUSES) status?: EmailStatus;
}

export class EmailDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() messageId!: string;
  @ApiProperty({ type: [String] }) to!: string[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: "Where answers go: the shipment's operator or the client's salesperson",
  })
  replyTo!: string | null;
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

  /** `forClient`: why a send failed names our mail servers, so a client user is not told. */
  static from(e: Email, forClient: boolean): EmailDto {
    return {
      id: e.id,
      messageId: e.messageId,
      to: e.to,
      replyTo: e.replyTo,
      subject: e.subject,
      template: e.template,
      status: e.status === 'sending' ? 'pending' : e.status,
      attempts: e.attempts,
      attachments: e.attachments.map((a) => a.filename),
      sentAt: e.sentAt?.toISOString() ?? null,
      lastError: forClient ? null : e.lastError,
      shipmentId: e.shipmentId,
      createdAt: e.createdAt.toISOString(),
    };
  }
}

export class EmailPageDto {
  @ApiProperty({ type: [EmailDto] }) items!: EmailDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
