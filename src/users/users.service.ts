import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode, NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import { decodeCursor, Page, PageQueryDto, DEFAULT_PAGE_SIZE, toPage } from '../common/pagination';
import type { Role } from '../common/roles';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { hashPassword } from '../auth/password';
import { CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { ActiveUsers } from './active-users';
import { User } from './entities/user.entity';

const FIRST_ADMIN_LOCK = 7_113_017_002;

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly activeUsers: ActiveUsers,
  ) {}

  /** First start: with no users yet, create the admin from ADMIN_EMAIL/ADMIN_PASSWORD, or generate one. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      // Instances starting together on one PostgreSQL: only one of them creates the first admin.
      await em.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
      if ((await em.count(User)) > 0) return;
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
        this.logger.warn(
          `First start: created the admin ${email} with the password ${password} (shown once; set ` +
            `ADMIN_EMAIL and ADMIN_PASSWORD to choose them, and change it after logging in).`,
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
      if (dto.teamLeadId) await this.requireUser(em, dto.teamLeadId, 'teamLeadId');
      const user = await em.save(
        em.create(User, {
          email: dto.email.toLowerCase(),
          name: dto.name,
          passwordHash: await hashPassword(dto.password),
          role: dto.role,
          clientId: dto.clientId ?? null,
          teamLeadId: dto.teamLeadId ?? null,
        }),
      );
      return UserDto.from(user);
    });
  }

  async list(query: PageQueryDto): Promise<Page<UserDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .orderBy('u.email', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(limit + 1);
    if (query.cursor) {
      const [email, id] = decodeCursor(query.cursor, 2);
      qb.where('(u.email, u.id) > (:email, :id)', { email, id });
    }
    const rows = await qb.getMany();
    return toPage(
      rows,
      limit,
      (u) => [u.email, u.id],
      (u) => UserDto.from(u),
    );
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
    const updated = await this.dataSource.transaction(async (em) => {
      const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('User');
      if (dto.teamLeadId) {
        if (dto.teamLeadId === id)
          throw ValidationFailedError.field('teamLeadId', 'a user cannot lead themselves');
        await this.requireUser(em, dto.teamLeadId, 'teamLeadId');
      }
      const role = dto.role ?? user.role;
      this.checkClientRole(role, user.clientId);
      if (dto.name !== undefined) user.name = dto.name;
      if (dto.role !== undefined) user.role = dto.role;
      if (dto.teamLeadId !== undefined) user.teamLeadId = dto.teamLeadId;
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.password !== undefined) user.passwordHash = await hashPassword(dto.password);
      await this.activeUsers.announce(em, id);
      return UserDto.from(await em.save(user));
    });
    this.activeUsers.forget(id);
    return updated;
  }

  private checkClientRole(role: Role, clientId: string | null): void {
    if (role === 'client' && !clientId) {
      throw ValidationFailedError.field('clientId', 'a client user needs the clientId of their company');
    }
    if (role !== 'client' && clientId) {
      throw ValidationFailedError.field('clientId', 'only a client user belongs to a client company');
    }
  }

  private async requireUser(em: EntityManager, id: string, field: string): Promise<void> {
    if (!(await em.existsBy(User, { id }))) {
      throw new AppError(422, ErrorCode.INVALID_REFERENCE, `${field} names no user`, {
        fields: [{ field, message: 'no such user' }],
      });
    }
  }
}
