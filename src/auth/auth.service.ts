import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { LRUCache } from 'lru-cache';
import { randomUUID } from 'node:crypto';
import {
  AppError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationFailedError,
} from '../common/errors/app-error';
import { Actor } from '../common/roles';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ActiveUsers } from '../users/active-users';
import type { Language } from '../clients/entities/client.entity';
import { UsersService } from '../users/users.service';
import { TokenDto } from './dto/login.dto';
import { MeDto } from './dto/me.dto';
import { LoginAttempt, LoginLimiter } from './login-limiter';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';

interface TokenPayload {
  sub: string;
  /** The user's token generation when it was issued (absent on tokens issued before there were any: 0). */
  gen?: number;
  /** The token's own id: the one token kept when its owner changes their password with it. */
  jti?: string;
  /** Expiry, seconds since the epoch (every token is signed with one). */
  exp?: number;
}

/** The actor behind a request and the token it came with. */
export interface Authenticated {
  actor: Actor;
  tokenId: string | null;
  /** When the token expires, seconds since the epoch. */
  expiresAt: number;
}

/** Verified tokens kept at most; a token is a few hundred bytes. */
const VERIFIED_TOKENS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The key the login limits count an account by: the e-mail as it is looked up. */
const accountKey = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class AuthService {
  /**
   * Tokens already verified, until they expire: the signature check is most of the CPU time an action costs
   * the server otherwise (jsonwebtoken builds a key object per call). Only genuine tokens get in, keyed by
   * their whole text, so nothing can be forged through it. It holds signatures only: whether the user is
   * active and the token's generation still in force is checked on every request (ActiveUsers), so a token
   * ended by a new password or a deactivation is refused even though it is remembered here.
   */
  private readonly verified = new LRUCache<string, TokenPayload>({ max: VERIFIED_TOKENS });
  private readonly limiter: LoginLimiter;

  constructor(
    private readonly users: UsersService,
    private readonly activeUsers: ActiveUsers,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.limiter = new LoginLimiter({
      limit: config.loginRate.limit,
      windowMs: config.loginRate.windowSeconds * 1000,
    });
  }

  /**
   * Exchanges e-mail and password for a signed, expiring bearer token. One answer for every failure; 429
   * when the login limits refuse the attempt before its password is looked at (src/auth/login-limiter.ts).
   */
  async login(email: string, password: string, address: string): Promise<TokenDto> {
    const attempt = this.admit(address, email);
    let user: Awaited<ReturnType<UsersService['findByEmail']>>;
    let match: Awaited<ReturnType<typeof verifyPassword>>;
    try {
      user = await this.users.findByEmail(email);
      // A correct password costs the same verification as a wrong one, and an unknown e-mail as a known one.
      match = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    } catch (error) {
      attempt.failed();
      throw error;
    }
    if (!user || !match || !user.active) {
      attempt.failed();
      throw new AppError(
        401,
        'UNAUTHENTICATED',
        'E-mail or password is wrong, or the account is deactivated',
      );
    }
    attempt.succeeded();
    if (match === 'raw') {
      await this.users.upgradePasswordHash(user.id, user.passwordHash, await hashPassword(password));
    }
    return this.issue(user.id, user.tokenGeneration);
  }

  /**
   * The caller's own new password (POST /auth/password): the current one must be given, and a wrong one
   * counts as a failed login for the limits. Every other token of the user ends. A bearer caller's token
   * goes on (`renew` false: nothing is answered); a cookie session's ends too, and is replaced by the fresh
   * token answered here (`renew` true), so a session taken before the change cannot outlive it.
   */
  async changePassword(
    caller: Pick<Authenticated, 'actor' | 'tokenId'>,
    currentPassword: string,
    newPassword: string,
    address: string,
    renew = false,
  ): Promise<TokenDto | null> {
    const user = await this.users.findActiveById(caller.actor.id);
    if (!user) throw new UnauthenticatedError('The token is invalid or expired, or the user is deactivated');
    const attempt = this.admit(address, user.email);
    let match: Awaited<ReturnType<typeof verifyPassword>>;
    try {
      match = await verifyPassword(user.passwordHash, currentPassword);
    } catch (error) {
      attempt.failed();
      throw error;
    }
    if (!match) {
      attempt.failed();
      throw ValidationFailedError.field('currentPassword', 'currentPassword is not your current password');
    }
    attempt.succeeded();
    const generation = await this.users.replaceOwnPassword(
      user.id,
      user.passwordHash,
      await hashPassword(newPassword),
      renew ? null : caller.tokenId,
    );
    if (generation === null) {
      // Another change won (an admin's reset, a second tab): the current password given is no longer it.
      throw ValidationFailedError.field('currentPassword', 'currentPassword is not your current password');
    }
    // Issued in the generation this very change started, so a later change or deactivation ends it too.
    return renew ? this.issue(user.id, generation) : null;
  }

  /**
   * Ends one session (POST /auth/logout): the token is refused from the next request on, on every
   * instance, until it would have expired anyway; the user's other tokens go on.
   */
  async endSession(session: Authenticated): Promise<void> {
    await this.users.endToken(session.actor.id, session.tokenId, session.expiresAt);
  }

  /** Who the signed-in user is and what the matrix lets them do (GET /auth/me). */
  async me(actor: Actor): Promise<MeDto> {
    const user = await this.users.findActiveById(actor.id);
    if (!user) throw new UnauthenticatedError('The token is invalid or expired, or the user is deactivated');
    return MeDto.from(user);
  }

  /** The signed-in user's own choice of language (PATCH /auth/me), audited. */
  async setLanguage(actor: Actor, language: Language | undefined): Promise<MeDto> {
    if (language === undefined) return this.me(actor);
    return MeDto.from(await this.users.setOwnLanguage(actor.id, language));
  }

  /**
   * The actor behind a token, or null when the token is bad, expired, of an earlier generation than the
   * user's (a password changed since, a deactivation), ended by a sign-out, or its user is inactive.
   */
  async authenticate(token: string): Promise<Authenticated | null> {
    const payload = await this.verify(token);
    if (!payload || typeof payload.sub !== 'string' || !UUID.test(payload.sub)) return null;
    if (payload.exp === undefined) return null;
    const user = await this.activeUsers.find(payload.sub);
    if (!user) return null;
    const tokenId = typeof payload.jti === 'string' ? payload.jti : null;
    const current = (payload.gen ?? 0) === user.tokenGeneration;
    const kept = tokenId !== null && tokenId === user.keptTokenId;
    const ended = tokenId !== null && Object.hasOwn(user.endedTokens, tokenId);
    return (current || kept) && !ended ? { actor: user.actor, tokenId, expiresAt: payload.exp } : null;
  }

  /** A new signed token for the user, in the given token generation, with an id of its own. */
  private async issue(userId: string, generation: number): Promise<TokenDto> {
    const payload: TokenPayload = { sub: userId, gen: generation, jti: randomUUID() };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.jwt.expiresInSeconds });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.jwt.expiresInSeconds };
  }

  /** Lets an attempt on `email` from `address` through to its password, or answers 429. */
  private admit(address: string, email: string): LoginAttempt {
    const verdict = this.limiter.begin(address, accountKey(email));
    if (verdict.refused) throw new RateLimitedError(Math.ceil(verdict.retryAfterMs / 1000));
    return verdict;
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
