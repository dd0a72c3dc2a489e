import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Language } from '../clients/entities/client.entity';
import { AppError, ErrorCode, NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import { keyset, keysetPage, Page, PageQueryDto } from '../common/pagination';
import type { Role } from '../common/roles';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { hashPassword } from '../auth/password';
import { CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { ActiveUsers } from './active-users';
import { User } from './entities/user.entity';
import { LastActiveAdminError } from './users.errors';

/** Taken by every change that may leave fewer active admins, and by the start that creates or recovers one. */
const ADMINS_LOCK = 7_113_017_002;
const BY_EMAIL = keyset<User>('ASC', [
  { column: 'u.email', part: 'text', of: (u) => u.email },
  { column: 'u.id', part: 'uuid', of: (u) => u.id },
]);
/**
 * Ended tokens kept per user before a sign-out ends all of their tokens instead: far more sessions than a
 * person signs out of within one token's life (JWT_EXPIRES_IN_SECONDS), and a bound on the row.
 */
export const MAX_ENDED_TOKENS = 100;

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);
  /** The admin this start created with a generated password: main.ts prints it once, in the start banner. */
  generatedAdmin?: { email: string; password: string };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly activeUsers: ActiveUsers,
    private readonly audit: AuditService,
  ) {}

  /** First start: with no users yet, create the admin from ADMIN_EMAIL/ADMIN_PASSWORD, or generate one. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      // Instances starting together on one PostgreSQL: only one of them creates the first admin.
      await em.query('SELECT pg_advisory_xact_lock($1)', [ADMINS_LOCK]);
      if ((await em.count(User)) > 0) {
        await this.recoverAdmin(em);
        return;
      }
      const email = this.config.admin.email ?? 'admin@quayside.local';
      const generated = this.config.admin.password === undefined;
      const password = this.config.admin.password ?? randomBytes(12).toString('base64url') + '7a';
      await em.insert(User, {
        email,
        name: 'Administrator',
        passwordHash: await hashPassword(password),
        role: 'admin',
        clientId: null,
        teamLeadId: null,
      });
      if (generated) {
        // Printed once, in the start banner once the service listens, not also in this JSON line.
        this.generatedAdmin = { email, password };
        this.logger.warn(
          `First start: created the admin ${email} with a generated password, shown once in the start ` +
            `banner (set ADMIN_EMAIL and ADMIN_PASSWORD to choose them, and change it after logging in).`,
        );
      } else {
        this.logger.log(`First start: created the admin ${email} from ADMIN_EMAIL.`);
      }
    });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
  }

  findActiveById(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id, active: true });
  }

  /** Creates a user (admin only). The e-mail is unique without regard to case. */
  async create(dto: CreateUserDto): Promise<UserDto> {
    return this.dataSource.transaction(async (em) => {
      this.checkClientRole(dto.role, dto.clientId ?? null);
      if (dto.teamLeadId) await this.requireTeamLead(em, dto.teamLeadId);
      const user = await em.save(
        em.create(User, {
          email: dto.email.toLowerCase(),
          name: dto.name,
          phone: dto.phone ?? null,
          passwordHash: await hashPassword(dto.password),
          role: dto.role,
          clientId: dto.clientId ?? null,
          teamLeadId: dto.teamLeadId ?? null,
          language: dto.language ?? 'zh',
        }),
      );
      return UserDto.from(user);
    });
  }

  async list(query: PageQueryDto): Promise<Page<UserDto>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    return keysetPage(qb, query, BY_EMAIL, (rows) => rows.map((u) => UserDto.from(u)));
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new NotFoundError('User');
    return UserDto.from(user);
  }

  /**
   * Edits a user; `active: false` locks them out at once: every instance forgets the user as the change
   * commits (ActiveUsers), so their next request reads the user anew.
   */
  async update(id: string, dto: UpdateUserDto): Promise<UserDto> {
    const demotes = dto.active === false || (dto.role !== undefined && dto.role !== 'admin');
    const updated = await this.dataSource.transaction(async (em) => {
      // Changes that may take an admin away take turns, each counting the admins left after the one before
      // it committed: two admins demoting each other at once cannot leave none. Taken before the user's row,
      // so that every such change locks in the same order.
      if (demotes) await em.query('SELECT pg_advisory_xact_lock($1)', [ADMINS_LOCK]);
      const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('User');
      if (demotes && user.role === 'admin' && user.active) {
        const others = await em.count(User, { where: { role: 'admin', active: true, id: Not(id) } });
        if (others === 0) throw new LastActiveAdminError();
      }
      if (dto.teamLeadId) {
        if (dto.teamLeadId === id)
          throw ValidationFailedError.field('teamLeadId', 'a user cannot lead themselves');
        await this.requireTeamLead(em, dto.teamLeadId);
      }
      const role = dto.role ?? user.role;
      this.checkClientRole(role, user.clientId);
      if (dto.language !== undefined) await this.changeLanguage(em, user, dto.language);
      if (dto.name !== undefined) user.name = dto.name;
      if (dto.phone !== undefined) user.phone = dto.phone;
      if (dto.role !== undefined) user.role = dto.role;
      if (dto.teamLeadId !== undefined) user.teamLeadId = dto.teamLeadId;
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.password !== undefined) user.passwordHash = await hashPassword(dto.password);
      // A password set by an admin, or a deactivation, ends every token issued so far: none comes back with
      // a later reactivation, and none survives a reset (docs/security.md, "Issue 11: authentication").
      if (dto.password !== undefined || dto.active === false) {
        user.tokenGeneration += 1;
        user.keptTokenId = null;
      }
      await this.activeUsers.announce(em, id);
      return UserDto.from(await em.save(user));
    });
    this.activeUsers.forget(id);
    return updated;
  }

  /**
   * A user's own new password (POST /auth/password), written only if the password is still the one the
   * caller proved it knows (`expectedHash`): every token of the user ends except `keepTokenId` (the caller's
   * bearer token; null ends them all). The user's token generation from now on (a token issued in it holds),
   * or null when the password changed meanwhile. Hashes are made by the caller, outside the transaction.
   */
  async replaceOwnPassword(
    id: string,
    expectedHash: string,
    newHash: string,
    keepTokenId: string | null,
  ): Promise<number | null> {
    const generation = await this.dataSource.transaction(async (em) => {
      const rows: { generation: number }[] = await em.query(
        `WITH changed AS (
           UPDATE users SET password_hash = $3, token_generation = token_generation + 1, kept_token_id = $4,
                  updated_at = now()
            WHERE id = $1 AND password_hash = $2 AND active
            RETURNING token_generation)
         SELECT token_generation AS generation FROM changed`,
        [id, expectedHash, newHash, keepTokenId],
      );
      const row = rows[0];
      if (!row) return null;
      await this.activeUsers.announce(em, id);
      return row.generation;
    });
    if (generation !== null) this.activeUsers.forget(id);
    return generation;
  }

  /**
   * Ends one token before it expires (POST /auth/logout): refused from the next request on, on every
   * instance (ActiveUsers). Ended tokens already expired are dropped as this writes. A token without an id
   * (issued before tokens had one), or one more than MAX_ENDED_TOKENS still-valid ended tokens, ends every
   * token of the user instead: the generation moves on.
   */
  async endToken(id: string, tokenId: string | null, expiresAt: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const rows: { endedTokens: Record<string, number> }[] = await em.query(
        'SELECT ended_tokens AS "endedTokens" FROM users WHERE id = $1 FOR UPDATE',
        [id],
      );
      const row = rows[0];
      if (!row) return;
      const now = Math.floor(Date.now() / 1000);
      const ended = Object.fromEntries(Object.entries(row.endedTokens).filter(([, until]) => until > now));
      if (tokenId === null || Object.keys(ended).length >= MAX_ENDED_TOKENS) {
        await em.query(
          `UPDATE users SET token_generation = token_generation + 1, kept_token_id = NULL,
                  ended_tokens = '{}', updated_at = now()
            WHERE id = $1`,
          [id],
        );
      } else {
        ended[tokenId] = expiresAt;
        await em.query('UPDATE users SET ended_tokens = $2, updated_at = now() WHERE id = $1', [
          id,
          JSON.stringify(ended),
        ]);
      }
      await this.activeUsers.announce(em, id);
    });
    this.activeUsers.forget(id);
  }

  /** The user's own choice of language (PATCH /auth/me), audited like the admin's; the user as it now is. */
  async setOwnLanguage(id: string, language: Language): Promise<User> {
    return this.dataSource.transaction(async (em) => {
      const user = await em.findOne(User, {
        where: { id, active: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new NotFoundError('User');
      await this.changeLanguage(em, user, language);
      return em.save(user);
    });
  }

  /**
   * Stores the normalised hash of a password that matched only as typed (a hash made before passwords were
   * normalised), unless the password changed meanwhile. Tokens are untouched: the password is the same.
   */
  async upgradePasswordHash(id: string, oldHash: string, newHash: string): Promise<void> {
    await this.dataSource.query('UPDATE users SET password_hash = $3 WHERE id = $1 AND password_hash = $2', [
      id,
      oldHash,
      newHash,
    ]);
  }

  /**
   * Sets the user's language (saved by the caller) with an audit record `language_changed` when it differs.
   * Read by admins only: the audit log has no scope for users (src/audit/audit.service.ts, AUDIT_SCOPES).
   */
  private async changeLanguage(em: EntityManager, user: User, language: Language): Promise<void> {
    if (user.language === language) return;
    await this.audit.record(em, {
      entityType: 'user',
      entityId: user.id,
      action: 'language_changed',
      changes: { language: { from: user.language, to: language } },
    });
    user.language = language;
  }

  private checkClientRole(role: Role, clientId: string | null): void {
    if (role === 'client' && !clientId) {
      throw ValidationFailedError.field('clientId', 'a client user needs the clientId of their company');
    }
    if (role !== 'client' && clientId) {
      throw ValidationFailedError.field('clientId', 'only a client user belongs to a client company');
    }
  }

  /** A team is led by a manager: `teamLeadId` names an active user whose role is manager. */
  private async requireTeamLead(em: EntityManager, id: string): Promise<void> {
    if (!(await em.existsBy(User, { id, role: 'manager', active: true }))) {
      throw new AppError(422, ErrorCode.INVALID_REFERENCE, 'teamLeadId must name an active manager', {
        fields: [{ field: 'teamLeadId', message: 'no active manager with this id' }],
      });
    }
  }

  /**
   * The way back in when no admin is active (docs/operations.md, "Locked out"): with ADMIN_EMAIL and
   * ADMIN_PASSWORD set, that account is made an active admin with that password (created if there is no
   * such user), and its earlier tokens end. While any admin is active this does nothing, so the variables
   * left in place never reset a working admin's password.
   */
  private async recoverAdmin(em: EntityManager): Promise<void> {
    if (await em.existsBy(User, { role: 'admin', active: true })) return;
    const { email, password } = this.config.admin;
    if (email === undefined || password === undefined) {
      this.logger.error(
        'No admin is active, so nobody can manage users. Set ADMIN_EMAIL and ADMIN_PASSWORD and restart: ' +
          'that account will be made an active admin (docs/operations.md, "Locked out").',
      );
      return;
    }
    const passwordHash = await hashPassword(password);
    const existing = await em.findOne(User, { where: { email }, lock: { mode: 'pessimistic_write' } });
    if (!existing) {
      await em.insert(User, {
        email,
        name: 'Administrator',
        passwordHash,
        role: 'admin',
        clientId: null,
        teamLeadId: null,
      });
      this.logger.warn(
        `No admin was active: created the admin ${email} from ADMIN_EMAIL and ADMIN_PASSWORD.`,
      );
      return;
    }
    Object.assign(existing, { role: 'admin', active: true, clientId: null, teamLeadId: null, passwordHash });
    existing.tokenGeneration += 1;
    existing.keptTokenId = null;
    await em.save(existing);
    // Other instances already running forget what they knew of the account as this commits.
    await this.activeUsers.announce(em, existing.id);
    this.logger.warn(
      `No admin was active: ${email} (ADMIN_EMAIL) is an active admin again, with the password ADMIN_PASSWORD.`,
    );
  }
}
