import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '../common/errors/app-error';
import { Actor } from '../common/roles';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { TokenDto } from './dto/login.dto';
import { DUMMY_HASH, verifyPassword } from './password';

interface TokenPayload {
  sub: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Exchanges e-mail and password for a signed, expiring bearer token. One answer for every failure. */
  async login(email: string, password: string): Promise<TokenDto> {
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok || !user.active) {
      throw new AppError(
        401,
        'UNAUTHENTICATED',
        'E-mail or password is wrong, or the account is deactivated',
      );
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id } satisfies TokenPayload, {
      expiresIn: this.config.jwt.expiresInSeconds,
    });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.jwt.expiresInSeconds };
  }

  /** The actor behind a token, or null when the token is bad, expired or its user is inactive. */
  async authenticate(token: string): Promise<Actor | null> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      return null;
    }
    if (
      typeof payload.sub !== 'string' ||
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(payload.sub)
    ) {
      return null;
    }
    const user = await this.users.findActiveById(payload.sub);
    if (!user) return null;
    return {
      id: user.id,
      name: user.name,
      role: user.role,
      clientId: user.clientId,
      teamLeadId: user.teamLeadId,
    };
  }
}
