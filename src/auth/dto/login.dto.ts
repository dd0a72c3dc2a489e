import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_RULE, IsPlainEmail } from '../../common/validation/email';
import { IsPassword, PASSWORD_POLICY } from '../../common/validation/password';

/** Where a login's token goes: the answer's body, or the console's session cookie. */
export const SESSIONS = ['bearer', 'cookie'] as const;
export type Session = (typeof SESSIONS)[number];

export class LoginDto {
  @ApiProperty({ example: 'admin@quayside.local', description: EMAIL_RULE, maxLength: 254 })
  @IsPlainEmail()
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;

  @ApiPropertyOptional({
    enum: SESSIONS,
    default: 'bearer',
    description:
      '`cookie`: the token is set in an HttpOnly session cookie instead of the body (the console); ' +
      '`bearer` (the default): it is in the body, for an Authorization header',
  })
  @IsOptional()
  @IsIn(SESSIONS)
  session?: Session;
}

export class TokenDto {
  @ApiProperty()
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires' })
  expiresIn!: number;
}

/** The answer to a login that asked for `session: "cookie"`: the token is in the cookie, never here. */
export class CookieSessionDto {
  @ApiProperty({ enum: ['cookie'] })
  session!: 'cookie';

  @ApiProperty({ description: 'Seconds until the session (its token, and the cookie) expires' })
  expiresIn!: number;
}

export class ChangePasswordDto {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'The password the caller has now' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ description: `The new password: ${PASSWORD_POLICY}` })
  @IsPassword()
  newPassword!: string;
}
