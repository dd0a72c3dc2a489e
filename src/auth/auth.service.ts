import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { LRUCache } from 'lru-cache';
import { AppError } from '../common/errors/app-error';
import { Actor } from '../common/roles';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ActiveUsers } from '../users/active-users';
import { UsersService } from '../users/users.service';
import { TokenDto } from './dto/login.dto';
import { DUMMY_HASH, verifyPassword } from './password';

interface TokenPayload {
  sub: string;
  /** Expiry, seconds since the epoch (every token is signed with one). */
  exp?: number;
}

/** Verified tokens kept at most; a token is a few hundred bytes. */
const VERIFIED_TOKENS = 10_000;

@Injectable()
export class AuthService {
  /**
   * Tokens already verified, until they expire: the signature check is most of the CPU time an action costs
   * the server otherwise (jsonwebtoken builds a key object per call). Only genuine tokens get in, keyed by
   * their whole text, so nothing can be forged through it; the user behind one is checked on every request
   * (ActiveUsers).
   */
  private readonly verified = new LRUCache<string, TokenPayload>({ max: VERIFIED_TOKENS });

  constructor(
    private readonly users: UsersService,
    private readonly activeUsers: ActiveUsers,
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
    const payload = await this.verify(token);
    if (
      !payload ||
      typeof payload.sub !== 'string' ||
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(payload.sub)
    ) {
      return null;
    }
    return this.activeUsers.find(payload.sub);
  }

  /** The payload of a genuine, unexpired token; null otherwise. */
  private async verify(token: string): Promise<TokenPayload | null> {
    const known = this.verified.get(token);
    if (known) return known.exp !== undefined && known.exp * 1000 > Date.now() ? known : null;
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      return null;
    }
    const ttl = payload.exp !== undefined ? payload.exp * 1000 - Date.now() : 0;
    if (ttl > 0) this.verified.set(token, payload, { ttl });
    return payload;
  }
}
