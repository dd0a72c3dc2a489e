import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_RULE, IsPlainEmail } from '../../common/validation/email';
import { IsPassword, PASSWORD_POLICY } from '../../common/validation/password';

export class LoginDto {
  @ApiProperty({ example: 'admin@quayside.local', description: EMAIL_RULE, maxLength: 254 })
  @IsPlainEmail()
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

export class TokenDto {
  @ApiProperty()
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires' })
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
