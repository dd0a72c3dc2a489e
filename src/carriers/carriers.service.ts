import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import { writeVersioned } from '../common/database/versioned-write';
import { NotFoundError, PreconditionFailedError } from '../common/errors/app-error';
import { keyset, keysetPage, Page } from '../common/pagination';
import { CarrierDto, CreateCarrierDto, ListCarriersQueryDto, UpdateCarrierDto } from './dto/carrier.dto';
import { Carrier } from './entities/carrier.entity';

/** The fields of a carrier the audit log follows, as the API shows them. */
const AUDITED_FIELDS = [
  'code',
  'name',
  'requiresDocPrint',
  'emails',
] as const satisfies readonly (keyof CarrierDto)[];
type CarrierSnapshot = Pick<CarrierDto, (typeof AUDITED_FIELDS)[number]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const CARRIER_ENTITY_TYPE = 'carrier';
const BY_CODE = keyset<Carrier>('ASC', [{ column: 'c.code', part: 'text', of: (c) => c.code }]);

@Injectable()
export class CarriersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Creates a carrier, audited as `created`. Its rules are data (docs/domain.md step 4: MSC prints no documents). */
  async create(dto: CreateCarrierDto): Promise<CarrierDto> {
    return this.dataSource.transaction(async (em) => {
      const carrier = await em.save(
        em.create(Carrier, {
          code: dto.code,
          name: dto.name,
          requiresDocPrint: dto.requiresDocPrint,
          emails: dto.emails ?? [],
        }),
      );
      const created = CarrierDto.from(carrier);
      await this.audit.record(em, {
        entityType: CARRIER_ENTITY_TYPE,
        entityId: created.id,
        action: 'created',
        changes: snapshot(created),
      });
      return created;
    });
  }

  /** Carriers ordered by code; `q` is a code prefix or part of the name (any case). */
  async list(query: ListCarriersQueryDto): Promise<Page<CarrierDto>> {
    const qb = this.dataSource.getRepository(Carrier).createQueryBuilder('c');
    if (query.q) {
      qb.andWhere('(c.code LIKE :codePrefix OR c.name ILIKE :part)', {
        codePrefix: `${escapeLike(query.q.toUpperCase())}%`,
        part: `%${escapeLike(query.q)}%`,
      });
    }
    return keysetPage(qb, query, BY_CODE, (rows) => rows.map((c) => CarrierDto.from(c)));
  }

  async get(id: string): Promise<CarrierDto> {
    const carrier = await this.findById(id);
    if (!carrier) throw new NotFoundError('Carrier');
    return CarrierDto.from(carrier);
  }

  /**
   * Edits a carrier under optimistic concurrency: the row is locked, a stale `expectedVersion` (If-Match)
   * is refused with 412, and the write is a conditional update that bumps the version. Audited as
   * `updated` with the fields that changed; an edit that changes nothing writes nothing.
   */
  async update(id: string, dto: UpdateCarrierDto, expectedVersion?: number): Promise<CarrierDto> {
    return this.dataSource.transaction(async (em) => {
      const carrier = await this.getForUpdate(em, id);
      if (expectedVersion !== undefined && expectedVersion !== carrier.version) {
        throw new PreconditionFailedError(carrier.version);
      }
      const before = snapshot(CarrierDto.from(carrier));
      const after: CarrierSnapshot = {
        ...before,
        ...(dto.name !== undefined && { name: dto.name }),
        ...(dto.requiresDocPrint !== undefined && { requiresDocPrint: dto.requiresDocPrint }),
        ...(dto.emails !== undefined && { emails: dto.emails }),
      };
      const changes = this.audit.diff(before, after, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return CarrierDto.from(carrier);

      const columns: QueryDeepPartialEntity<Carrier> = {};
      for (const field of AUDITED_FIELDS)
        if (field in changes) Object.assign(columns, { [field]: after[field] });
      // The row is locked, so this holds; checked anyway, since a lost update is silent otherwise.
      await writeVersioned(em, Carrier, carrier, columns);

      await this.audit.record(em, {
        entityType: CARRIER_ENTITY_TYPE,
        entityId: id,
        action: 'updated',
        changes,
      });
      return CarrierDto.from(await em.findOneByOrFail(Carrier, { id }));
    });
  }

  /** The carrier, or null; with `em`, read in that transaction (never the global pool inside one). */
  findById(id: string, em?: EntityManager): Promise<Carrier | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return (em ?? this.dataSource.manager).findOneBy(Carrier, { id });
  }

  /** The carrier, locked (`FOR UPDATE`) until the caller's transaction ends; 404 when there is none. */
  async getForUpdate(em: EntityManager, id: string): Promise<Carrier> {
    const carrier = UUID.test(id)
      ? await em.findOne(Carrier, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!carrier) throw new NotFoundError('Carrier');
    return carrier;
  }
}

function snapshot(carrier: CarrierDto): CarrierSnapshot {
  return Object.fromEntries(AUDITED_FIELDS.map((field) => [field, carrier[field]])) as CarrierSnapshot;
}

/** `LIKE` treats `%`, `_` and `\` specially: a search for them means the characters themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
