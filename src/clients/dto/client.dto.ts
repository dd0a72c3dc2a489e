import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Equals,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  type ValidationArguments,
  Validate,
} from 'class-validator';
import { type MoneyJson } from '../../common/money';
import { moneyJson, MoneyDto } from '../../common/money/money.dto';
import { PageQueryDto } from '../../common/pagination';
import {
  IfSent,
  IsEmailList,
  IsNested,
  IsOptionalId,
  IsPartyCode,
  IsText,
  PARTY_CODE_MESSAGE,
  IsOptionalOneOf,
} from '../../common/validation/decorators';
import {
  CLIENT_GRADES,
  type Client,
  type ClientGrade,
  LANGUAGES,
  type Language,
  PAYMENT_TERMS,
  type PaymentTerms,
} from '../entities/client.entity';
import { normalizeTaxId } from '../domain/tax-id';

const MAX_EMAILS = 10;

const taxId = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const result = normalizeTaxId(value);
  return result.ok ? result.value : value;
};

/** A unified social credit code whose check character is right; the refusal says what is wrong with it. */
@ValidatorConstraint({ name: 'taxId' })
class TaxIdValue implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && normalizeTaxId(value).ok;
  }

  defaultMessage(args: ValidationArguments): string {
    const value: unknown = args.value;
    const result = typeof value === 'string' ? normalizeTaxId(value) : null;
    return `taxId ${result && !result.ok ? result.reason : 'must be a string'}`;
  }
}

const TAX_ID_DOC = {
  example: '9144030071526726XG',
  description:
    'Unified social credit code (统一社会信用代码): 18 characters, its check character verified (GB 32100-2015); spaces and full-width characters are folded',
};

export class CreateClientDto {
  @ApiProperty({ example: 'BRIGHT-SZ', description: `${PARTY_CODE_MESSAGE}; stored upper-case; unique` })
  @IsPartyCode()
  code!: string;

  @ApiProperty({ example: 'Shenzhen Bright Lamps Co., Ltd.', minLength: 1, maxLength: 200 })
  @IsText(200)
  name!: string;

  @ApiPropertyOptional({
    example: '深圳明亮灯饰有限公司',
    description: 'The name in the client’s own script',
  })
  @IsOptional()
  @IsText(200)
  nameLocal?: string;

  @ApiProperty({
    type: [String],
    example: ['shipping@bright-lamps.example'],
    description: `1-${MAX_EMAILS} addresses; lower-cased, duplicates dropped`,
  })
  @IsEmailList({ min: 1, max: MAX_EMAILS })
  emails!: string[];

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsText(500)
  address?: string;

  @ApiPropertyOptional(TAX_ID_DOC)
  @IsOptional()
  @Transform(taxId)
  @Validate(TaxIdValue)
  taxId?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'zh', description: 'E-mails to the client are in it' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiProperty({
    enum: PAYMENT_TERMS,
    description: 'Only a manager or admin may set anything but prepaid: cash first',
  })
  @IsIn(PAYMENT_TERMS)
  paymentTerms!: PaymentTerms;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Required for collect and monthly; manager or admin' })
  @IsOptional()
  @IsNested(MoneyDto)
  creditLimit?: MoneyDto;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 365,
    description: 'Required for collect and monthly; manager or admin',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  creditDays?: number;

  @ApiProperty({
    enum: CLIENT_GRADES,
    description: 'Follow-up grade: A-clients get a dedicated team',
  })
  @IsIn(CLIENT_GRADES)
  grade!: ClientGrade;

  @ApiPropertyOptional({ format: 'uuid', description: 'An active user whose role is sales or manager' })
  @IsOptional()
  @IsUUID()
  salesUserId?: string;
}

/** Every field optional; `null` clears the optional ones. The code never changes. */
export class UpdateClientDto {
  @ApiHideProperty()
  @IfSent()
  @Equals(undefined, { message: 'code cannot change once the client exists' })
  code?: never;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IfSent()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ nullable: true, type: String, minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsText(200)
  nameLocal?: string | null;

  @ApiPropertyOptional({ type: [String], description: `1-${MAX_EMAILS} addresses; replaces the list` })
  @IfSent()
  @IsEmailList({ min: 1, max: MAX_EMAILS })
  emails?: string[];

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 500 })
  @IsOptional()
  @IsText(500)
  address?: string | null;

  @ApiPropertyOptional({ ...TAX_ID_DOC, nullable: true, type: String })
  @IsOptional()
  @Transform(taxId)
  @Validate(TaxIdValue)
  taxId?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IfSent()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ enum: PAYMENT_TERMS, description: 'Manager or admin only' })
  @IfSent()
  @IsIn(PAYMENT_TERMS)
  paymentTerms?: PaymentTerms;

  @ApiPropertyOptional({ type: MoneyDto, nullable: true, description: 'Manager or admin only' })
  @IsOptional()
  @IsNested(MoneyDto)
  creditLimit?: MoneyDto | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 0,
    maximum: 365,
    description: 'Manager or admin only',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  creditDays?: number | null;

  @ApiPropertyOptional({ enum: CLIENT_GRADES })
  @IfSent()
  @IsIn(CLIENT_GRADES)
  grade?: ClientGrade;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  salesUserId?: string | null;
}

export class ListClientsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'A prefix of the code, or part of the name or local name (any case); empty: no filter',
    maxLength: 200,
  })
  @IsOptional()
  @IsText(200, { allowEmpty: true })
  q?: string;

  @IsOptionalId()
  salesUserId?: string;

  @IsOptionalOneOf(CLIENT_GRADES)
  grade?: ClientGrade;

  @IsOptionalOneOf(PAYMENT_TERMS)
  paymentTerms?: PaymentTerms;
}

export class ClientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'BRIGHT-SZ' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) nameLocal!: string | null;
  @ApiProperty({ type: [String] }) emails!: string[];
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Unified social credit code (统一社会信用代码)' })
  taxId!: string | null;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ enum: PAYMENT_TERMS }) paymentTerms!: PaymentTerms;
  @ApiProperty({ type: MoneyDto, nullable: true }) creditLimit!: MoneyJson | null;
  @ApiProperty({ nullable: true, type: Number }) creditDays!: number | null;
  @ApiProperty({ enum: CLIENT_GRADES }) grade!: ClientGrade;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) salesUserId!: string | null;
  @ApiProperty({ description: 'Also sent as the ETag header; send it back in If-Match' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(client: Client): ClientDto {
    return {
      id: client.id,
      code: client.code,
      name: client.name,
      nameLocal: client.nameLocal,
      emails: client.emails,
      address: client.address,
      taxId: client.taxId,
      language: client.language,
      paymentTerms: client.paymentTerms,
      creditLimit: moneyJson(client.creditLimitMinor, client.creditLimitCurrency),
      creditDays: client.creditDays,
      grade: client.grade,
      salesUserId: client.salesUserId,
      version: client.version,
      createdAt: client.createdAt.toISOString(),
      updatedAt: client.updatedAt.toISOString(),
    };
  }
}

export class ClientPageDto {
  @ApiProperty({ type: [ClientDto] }) items!: ClientDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
