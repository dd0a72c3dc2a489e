import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { LANGUAGES, type Language } from '../../clients/entities/client.entity';
import { ROLES, type Role } from '../../common/roles';
import { EMAIL_RULE, IsPlainEmail } from '../../common/validation/email';
import { IsPassword, PASSWORD_POLICY } from '../../common/validation/password';
import { trim } from '../../common/validation/transforms';
import type { User } from '../entities/user.entity';
import { IsOptionalOneOf, IsText } from '../../common/validation/decorators';

/** A phone number as people write it: digits, spaces, brackets and dashes, a leading +, an extension. */
const PHONE = /^\+?[0-9][0-9 ()-]{3,28}[0-9]( ?(ext\.?|x|转) ?[0-9]{1,6})?$/;
const PHONE_RULE = 'a phone number such as +86 755 8888 1234 or 138 0013 8000 (ext. 12 allowed)';

/** The password policy as the API describes it (checked on the NFKC form, src/common/validation/password.ts). */
const PASSWORD_MESSAGE = `password must be ${PASSWORD_POLICY}`;

export class CreateUserDto {
  @ApiProperty({ example: 'li.wei@forwarder.example', description: EMAIL_RULE, maxLength: 254 })
  @Transform(trim)
  @IsPlainEmail()
  email!: string;

  @ApiProperty({ example: 'Li Wei' })
  @IsText(200)
  name!: string;

  @ApiPropertyOptional({ example: '+86 755 8888 1234', description: PHONE_RULE, maxLength: 40 })
  @IsOptional()
  @Transform(trim)
  @Matches(PHONE, { message: `phone must be ${PHONE_RULE}` })
  phone?: string;

  @ApiProperty({ description: PASSWORD_MESSAGE })
  @IsPassword()
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for, and only for, role client' })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The manager whose team this user is in' })
  @IsOptional()
  @IsUUID()
  teamLeadId?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'zh', description: 'The language the console shows them' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ description: `${PHONE_RULE}; null removes it`, nullable: true, type: String })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @Transform(trim)
  @Matches(PHONE, { message: `phone must be ${PHONE_RULE}` })
  phone?: string | null;

  @IsOptionalOneOf(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null: in no team' })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  teamLeadId?: string | null;

  @ApiPropertyOptional({
    description:
      'false deactivates the user: their tokens end at once, and stay ended if they are made active again',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    description: `${PASSWORD_MESSAGE}. A reset by the admin: every token the user holds ends`,
  })
  @IsOptional()
  @IsPassword()
  password?: string;

  @IsOptionalOneOf(LANGUAGES)
  language?: Language;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) clientId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamLeadId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty() createdAt!: string;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      phone: user.phone,
      role: user.role,
      clientId: user.clientId,
      teamLeadId: user.teamLeadId,
      active: user.active,
      language: user.language,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
