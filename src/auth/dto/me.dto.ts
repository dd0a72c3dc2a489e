import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../clients/entities/client.entity';
import { IsOptionalOneOf } from '../../common/validation/decorators';
import { ROLES, type Role } from '../../common/roles';
import type { User } from '../../users/entities/user.entity';
import { permissionsOf } from '../permissions';

/** Who the caller is, and what the permission matrix lets them do (GET /auth/me). */
export class MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'A client user’s company' })
  clientId!: string | null;
  @ApiProperty({ enum: LANGUAGES, description: 'The language the console shows this user' })
  language!: Language;
  @ApiProperty({
    type: [String],
    example: ['GET /api/v1/shipments', 'POST /api/v1/shipments/:id/actions/roll'],
    description:
      'Every route the permission matrix allows this role, as `METHOD /api/v1/path` with `:name` for path ' +
      'parameters, exactly as docs/security.md lists them (public routes left out). Which records within a ' +
      'route is the scope’s matter, and the server decides every request anew',
  })
  permissions!: string[];

  static from(user: User): MeDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      clientId: user.clientId,
      language: user.language,
      permissions: permissionsOf(user.role),
    };
  }
}

/** What a user may change about themselves (PATCH /auth/me). */
export class UpdateMeDto {
  @IsOptionalOneOf(LANGUAGES)
  language?: Language;
}
