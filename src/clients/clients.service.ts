import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import { ScopeService } from '../auth/scope.service';
import {
  AppError,
  ConflictError,
  ErrorCode,
  NotFoundError,
  PreconditionFailedError,
  ValidationFailedError,
} from '../common/errors/app-error';
import { writeVersioned } from '../common/database/versioned-write';
import { Money, type MoneyJson } from '../common/money';
import { type MoneyDto, toMoney } from '../common/money/money.dto';
import { keyset, keysetPage, Page } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import type { Role } from '../common/roles';
import { UsersService } from '../users/users.service';
import {
  CREDIT_TERM_FIELDS,
  type CreditTermField,
  type CreditTerms,
  creditGranted,
  missingCreditTerms,
} from './domain/credit-terms';
import { ClientDto, CreateClientDto, ListClientsQueryDto, UpdateClientDto } from './dto/client.dto';
import { Client } from './entities/client.entity';

/** The fields of a client the audit log follows, as the API shows them. */
const AUDITED_FIELDS = [
  'code',
  'name',
  'nameLocal',
  'emails',
  'address',
  'taxId',
  'language',
  'paymentTerms',
  'creditLimit',
  'creditDays',
  'grade',
  'salesUserId',
] as const satisfies readonly (keyof ClientDto)[];
type ClientSnapshot = Pick<ClientDto, (typeof AUDITED_FIELDS)[number]>;

/** docs/domain.md, "Cash first" and "Authority": credit terms are set per client by a manager. */
const CREDIT_GRANTING_ROLES: readonly Role[] = ['admin', 'manager'];
/** Who may be a client's salesperson (docs/domain.md: sales owns clients; a manager may own them too). */
const SALES_OWNER_ROLES: readonly Role[] = ['sales', 'manager'];
const CREDIT_TERMS_FORBIDDEN =
  'Only a manager or admin may set credit terms (payment terms other than prepaid, credit limit, credit days): ' +
  'clients are cash first unless a manager grants credit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BIGINT = 2n ** 63n - 1n;
export const CLIENT_ENTITY_TYPE = 'client';
const CODE_INDEX = 'uq_clients_code';
const BY_CODE = keyset<Client>('ASC', [{ column: 'c.code', part: 'text', of: (c) => c.code }]);

/** The code is taken: the same answer whoever holds it, naming nothing of the client that does. */
class ClientCodeTakenError extends ConflictError {
  constructor() {
    super('code already in use: client codes are unique across the company; choose another', {
      fields: [{ field: 'code', message: 'already in use' }],
    });
  }
}

function isUniqueViolation(error: unknown, index: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === index;
}

@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scope: ScopeService,
  ) {}

  /**
   * Creates a client, audited as `created`. A salesperson may create only a cash-first client (prepaid, no
   * credit limit, no credit days); credit is granted by a manager or admin (docs/domain.md, "Cash first").
   */
  async create(dto: CreateClientDto): Promise<ClientDto> {
    const creditLimit = dto.creditLimit ? parseCreditLimit(dto.creditLimit) : null;
    const terms: CreditTerms = {
      paymentTerms: dto.paymentTerms,
      creditLimit,
      creditDays: dto.creditDays ?? null,
    };
    this.checkCreditTerms(terms, creditGranted(terms));
    if (dto.salesUserId) this.checkOwnerWithinReach(await this.requireSalesOwner(dto.salesUserId));
    try {
      return await this.insert(dto, creditLimit);
    } catch (error) {
      // Two creating the same code at once: the loser meets the unique index, and is told the same.
      if (isUniqueViolation(error, CODE_INDEX)) throw new ClientCodeTakenError();
      throw error;
    }
  }

  private insert(dto: CreateClientDto, creditLimit: MoneyJson | null): Promise<ClientDto> {
    return this.dataSource.transaction(async (em) => {
      // Codes are unique company-wide, so a code taken by a client outside the caller's scope must be
      // refused too; the refusal says only that (docs/security.md, "Issue 11: team scopes").
      if (await em.existsBy(Client, { code: dto.code })) throw new ClientCodeTakenError();
      const client = await em.save(
        em.create(Client, {
          code: dto.code,
          name: dto.name,
          nameLocal: dto.nameLocal ?? null,
          emails: dto.emails,
          address: dto.address ?? null,
          taxId: dto.taxId ?? null,
          language: dto.language ?? 'zh',
          paymentTerms: dto.paymentTerms,
          ...creditLimitColumns(creditLimit),
          creditDays: dto.creditDays ?? null,
          grade: dto.grade,
          // A salesperson's new client is theirs unless they name another owner.
          salesUserId:
            dto.salesUserId ?? (this.context.actorOrNull?.role === 'sales' ? this.context.actor.id : null),
        }),
      );
      const created = ClientDto.from(client);
      await this.audit.record(em, {
        entityType: CLIENT_ENTITY_TYPE,
        entityId: created.id,
        action: 'created',
        changes: snapshot(created),
      });
      return created;
    });
  }

  /** Clients ordered by code; `q` is a code prefix or part of the name (either script, any case). */
  async list(query: ListClientsQueryDto): Promise<Page<ClientDto>> {
    const qb = this.dataSource.getRepository(Client).createQueryBuilder('c');
    if (query.q) {
      qb.andWhere(`(c.code LIKE :codePrefix OR c.name ILIKE :part OR c.nameLocal ILIKE :part)`, {
        codePrefix: `${escapeLike(query.q.toUpperCase())}%`,
        part: `%${escapeLike(query.q)}%`,
      });
    }
    if (query.salesUserId) qb.andWhere('c.salesUserId = :salesUserId', { salesUserId: query.salesUserId });
    if (query.grade) qb.andWhere('c.grade = :grade', { grade: query.grade });
    if (query.paymentTerms) {
      qb.andWhere('c.paymentTerms = :paymentTerms', { paymentTerms: query.paymentTerms });
    }
    const scope = await this.scope.clients();
    if (!scope.all) qb.andWhere('c.id = ANY(:scope)', { scope: scope.clientIds });
    return keysetPage(qb, query, BY_CODE, (rows) => rows.map((c) => ClientDto.from(c)));
  }

  async get(id: string): Promise<ClientDto> {
    const client = await this.findById(id);
    if (!client || !(await this.scope.includes(client.id))) throw new NotFoundError('Client');
    return ClientDto.from(client);
  }

  /**
   * Edits a client under optimistic concurrency: the row is locked, a stale `expectedVersion` (If-Match)
   * is refused with 412, and the write is a conditional update that bumps the version. Audited as
   * `updated`, or `credit_terms_changed` when the payment terms, credit limit or credit days change (one
   * record per edit, with every field that changed). An edit that changes nothing writes nothing.
   */
  async update(id: string, dto: UpdateClientDto, expectedVersion?: number): Promise<ClientDto> {
    const creditLimit = dto.creditLimit ? parseCreditLimit(dto.creditLimit) : dto.creditLimit;
    const owner = dto.salesUserId ? await this.requireSalesOwner(dto.salesUserId) : null;
    return this.dataSource.transaction(async (em) => {
      const client = await this.getForUpdate(em, id);
      await this.scope.require(client.id, 'Client', em);
      if (dto.salesUserId !== undefined && dto.salesUserId !== client.salesUserId)
        this.checkOwnerWithinReach(owner);
      if (expectedVersion !== undefined && expectedVersion !== client.version) {
        throw new PreconditionFailedError(client.version);
      }
      const before = snapshot(ClientDto.from(client));
      const after: ClientSnapshot = {
        ...before,
        ...definedOnly({
          name: dto.name,
          nameLocal: dto.nameLocal,
          emails: dto.emails,
          address: dto.address,
          taxId: dto.taxId,
          language: dto.language,
          paymentTerms: dto.paymentTerms,
          creditLimit,
          creditDays: dto.creditDays,
          grade: dto.grade,
          salesUserId: dto.salesUserId,
        }),
      };
      const changes = this.audit.diff(before, after, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return ClientDto.from(client);

      const creditTermsChanged = CREDIT_TERM_FIELDS.filter((field) => field in changes);
      this.checkCreditTerms(after, creditTermsChanged);

      // The row is locked, so this holds; checked anyway, since a lost update is silent otherwise.
      await writeVersioned(em, Client, client, toColumns(after, changes));

      await this.audit.record(em, {
        entityType: CLIENT_ENTITY_TYPE,
        entityId: id,
        action: creditTermsChanged.length > 0 ? 'credit_terms_changed' : 'updated',
        changes,
      });
      return ClientDto.from(await em.findOneByOrFail(Client, { id }));
    });
  }

  /** The client, or null; with `em`, read in that transaction (never the global pool inside one). */
  findById(id: string, em?: EntityManager): Promise<Client | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return (em ?? this.dataSource.manager).findOneBy(Client, { id });
  }

  /** The client, locked (`FOR UPDATE`) until the caller's transaction ends; 404 when there is none. */
  async getForUpdate(em: EntityManager, id: string): Promise<Client> {
    const client = UUID.test(id)
      ? await em.findOne(Client, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!client) throw new NotFoundError('Client');
    return client;
  }

  /**
   * Cash first (docs/domain.md): only a manager or admin grants or changes credit; and a `collect` or `monthly`
   * client needs a credit limit and credit days, within which its B/L may be released before payment.
   * `touched`: the credit-term fields the request sets (on create, those that grant credit); a refusal names
   * them in `details.fields`, so that a form marks them.
   */
  private checkCreditTerms(terms: CreditTerms, touched: readonly CreditTermField[]): void {
    if (touched.length > 0 && !CREDIT_GRANTING_ROLES.includes(this.context.actor.role)) {
      throw new AppError(403, ErrorCode.FORBIDDEN, CREDIT_TERMS_FORBIDDEN, {
        fields: touched.map((field) => ({ field, message: 'only a manager or admin sets credit terms' })),
      });
    }
    this.checkTermsValid(terms);
  }

  /**
   * Terms a client may have, whoever asks: a credit limit in the base currency, and a limit and days for a
   * `collect` or `monthly` client. `prefix`: where the terms sit in the request (`creditTerms.`).
   */
  private checkTermsValid(terms: CreditTerms, prefix = ''): void {
    // Credit is reckoned against open receivables in the base currency (at each note's frozen rate): a
    // limit in another currency could never be compared without a rate nobody agreed.
    if (terms.creditLimit && terms.creditLimit.currency !== this.config.baseCurrency) {
      throw ValidationFailedError.field(
        `${prefix}creditLimit.currency`,
        `the credit limit must be in ${this.config.baseCurrency}, the base currency receivables are reckoned in`,
      );
    }
    const missing = missingCreditTerms(terms);
    if (missing.length > 0) {
      throw new ValidationFailedError(
        missing.map((field) => ({
          field: `${prefix}${field}`,
          message: `${field} is required for ${terms.paymentTerms} clients`,
        })),
        `A ${terms.paymentTerms} client needs a credit limit and credit days`,
      );
    }
  }

  /**
   * The credit terms a `credit_terms` approval asks for, parsed and checked as the client's own fields
   * (errors name `creditTerms.<field>`). Anyone in the client's scope may ask; only a manager decides.
   */
  requestedCreditTerms(input: {
    paymentTerms: CreditTerms['paymentTerms'];
    creditLimit?: MoneyDto | null;
    creditDays?: number | null;
  }): CreditTerms {
    const terms: CreditTerms = {
      paymentTerms: input.paymentTerms,
      creditLimit: input.creditLimit ? parseCreditLimit(input.creditLimit, 'creditTerms.creditLimit') : null,
      creditDays: input.creditDays ?? null,
    };
    this.checkTermsValid(terms, 'creditTerms.');
    return terms;
  }

  /**
   * Applies the terms of an approved `credit_terms` approval, in the decision's transaction: the client is
   * locked, the terms rechecked, the version bumped, and the change audited as `credit_terms_changed` with the
   * approval's id and who asked (the record's actor is the manager who approved). Terms already in force
   * write nothing.
   */
  async applyApprovedCreditTerms(
    em: EntityManager,
    clientId: string,
    terms: CreditTerms,
    approval: { id: string; requestedBy: { id: string; name: string } },
  ): Promise<void> {
    const client = await this.getForUpdate(em, clientId);
    this.checkTermsValid(terms, 'creditTerms.');
    const before = snapshot(ClientDto.from(client));
    const after: ClientSnapshot = { ...before, ...terms };
    const changes = this.audit.diff(before, after, AUDITED_FIELDS);
    if (Object.keys(changes).length === 0) return;
    await writeVersioned(em, Client, client, toColumns(after, changes));
    await this.audit.record(em, {
      entityType: CLIENT_ENTITY_TYPE,
      entityId: clientId,
      action: 'credit_terms_changed',
      changes: { ...changes, approvalId: approval.id, requestedBy: approval.requestedBy },
    });
  }

  /** A client's salesperson is an active user whose role is sales or manager. */
  private async requireSalesOwner(userId: string): Promise<{ id: string; teamLeadId: string | null }> {
    const user = await this.users.findActiveById(userId);
    if (!user || !SALES_OWNER_ROLES.includes(user.role)) {
      throw new AppError(
        422,
        ErrorCode.INVALID_REFERENCE,
        'salesUserId must name an active user whose role is sales or manager',
        { fields: [{ field: 'salesUserId', message: 'no active sales user or manager with this id' }] },
      );
    }
    return user;
  }

  /**
   * Client records are the team's (docs/domain.md, "Client records are company property"): whoever names a
   * client's owner keeps it within their reach. A salesperson's clients are their own (handing one on is a
   * manager's decision); a manager names themselves or someone in their team, or no one; an admin anyone.
   * `owner` null: the client is to have no owner.
   */
  private checkOwnerWithinReach(owner: { id: string; teamLeadId: string | null } | null): void {
    const actor = this.context.actor;
    const allowed =
      actor.role === 'admin' ||
      (actor.role === 'manager' &&
        (owner === null || owner.id === actor.id || owner.teamLeadId === actor.id)) ||
      (actor.role === 'sales' && owner?.id === actor.id);
    if (allowed) return;
    const message =
      actor.role === 'manager'
        ? 'a manager hands a client only to themselves or to someone in their team'
        : 'a salesperson keeps the clients they own: only their manager or an admin hands one to someone else';
    throw new AppError(403, ErrorCode.FORBIDDEN, `salesUserId: ${message}`, {
      fields: [{ field: 'salesUserId', message }],
    });
  }
}

/** The API's Money, exactly as docs/api.md writes it; a credit limit is never negative. */
function parseCreditLimit(input: MoneyDto, field = 'creditLimit'): MoneyJson {
  const money = toMoney(input, field);
  if (money.isNegative()) {
    throw ValidationFailedError.field(`${field}.amount`, 'a credit limit cannot be negative');
  }
  if (money.minor > MAX_BIGINT) {
    throw ValidationFailedError.field(`${field}.amount`, 'the amount is too large');
  }
  return money.toJSON();
}

function creditLimitColumns(
  limit: MoneyJson | null,
): Pick<Client, 'creditLimitMinor' | 'creditLimitCurrency'> {
  return limit
    ? {
        creditLimitMinor: Money.strict(limit.amount, limit.currency).minor.toString(),
        creditLimitCurrency: limit.currency,
      }
    : { creditLimitMinor: null, creditLimitCurrency: null };
}

function snapshot(client: ClientDto): ClientSnapshot {
  return Object.fromEntries(AUDITED_FIELDS.map((field) => [field, client[field]])) as ClientSnapshot;
}

/** The columns to write for the fields that changed. */
function toColumns(after: ClientSnapshot, changes: Record<string, unknown>): QueryDeepPartialEntity<Client> {
  const columns: QueryDeepPartialEntity<Client> = {};
  for (const field of AUDITED_FIELDS) {
    if (!(field in changes)) continue;
    if (field === 'creditLimit') Object.assign(columns, creditLimitColumns(after.creditLimit));
    else Object.assign(columns, { [field]: after[field] });
  }
  return columns;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** `LIKE` treats `%`, `_` and `\` specially: a search for them means the characters themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
