import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { writeVersioned } from '../common/database/versioned-write';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  ValidationFailedError,
} from '../common/errors/app-error';
import { type CurrencyCode, Money, type MoneyJson } from '../common/money';
import { type MoneyDto, toMoney } from '../common/money/money.dto';
import { keyset, keysetPage, Page } from '../common/pagination';
import {
  CreateFloorPriceDto,
  FloorPriceDto,
  ListFloorPricesQueryDto,
  UpdateFloorPriceDto,
} from './dto/floor-price.dto';
import { FloorPrice } from './entities/floor-price.entity';

export const FLOOR_PRICE_ENTITY_TYPE = 'floor_price';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BIGINT = 2n ** 63n - 1n;
const LANE_INDEX = 'uq_floor_prices_lane';
const BY_LANE = keyset<FloorPrice>('ASC', [
  { column: 'f.pol', part: 'text', of: (f) => f.pol },
  { column: 'f.pod', part: 'text', of: (f) => f.pod },
  { column: 'f.containerType', part: 'text', of: (f) => f.containerType },
  { column: 'f.currency', part: 'text', of: (f) => f.currency },
]);

class FloorTakenError extends ConflictError {
  constructor() {
    super('this lane and container type already has a floor in this currency: edit that one', {
      fields: [{ field: 'containerType', message: 'already has a floor for this lane and currency' }],
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === LANE_INDEX;
}

/** A floor is a positive amount that fits the column. */
function parsePrice(input: MoneyDto): Money {
  const price = toMoney(input, 'price');
  if (price.isNegative() || price.isZero())
    throw ValidationFailedError.field('price.amount', 'a floor price is more than zero');
  if (price.minor > MAX_BIGINT) throw ValidationFailedError.field('price.amount', 'the amount is too large');
  return price;
}

const toDto = (f: FloorPrice): FloorPriceDto =>
  FloorPriceDto.from(f, Money.fromMinor(BigInt(f.priceMinor), f.currency as CurrencyCode).toJSON());

/**
 * Floor prices per lane and container type (docs/domain.md, "Floor prices"): managers and admins keep them;
 * a booking's agreed rate under one is held before confirmation until a manager approves it. Every change is
 * audited (`floor_price`).
 */
@Injectable()
export class FloorPricesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListFloorPricesQueryDto): Promise<Page<FloorPriceDto>> {
    const qb = this.dataSource.getRepository(FloorPrice).createQueryBuilder('f');
    if (query.pol) qb.andWhere('f.pol = :pol', { pol: query.pol });
    return keysetPage(qb, query, BY_LANE, (rows) => rows.map(toDto));
  }

  async get(id: string): Promise<FloorPriceDto> {
    const floor = UUID.test(id) ? await this.dataSource.manager.findOneBy(FloorPrice, { id }) : null;
    if (!floor) throw new NotFoundError('Floor price');
    return toDto(floor);
  }

  async create(dto: CreateFloorPriceDto): Promise<FloorPriceDto> {
    const price = parsePrice(dto.price);
    try {
      return await this.dataSource.transaction(async (em) => {
        if (
          await em.existsBy(FloorPrice, {
            pol: dto.pol,
            pod: dto.pod,
            containerType: dto.containerType,
            currency: price.currency,
          })
        )
          throw new FloorTakenError();
        const floor = await em.save(
          em.create(FloorPrice, {
            pol: dto.pol,
            pod: dto.pod,
            containerType: dto.containerType,
            priceMinor: price.minor.toString(),
            currency: price.currency,
          }),
        );
        const created = toDto(floor);
        await this.audit.record(em, {
          entityType: FLOOR_PRICE_ENTITY_TYPE,
          entityId: created.id,
          action: 'created',
          changes: {
            pol: created.pol,
            pod: created.pod,
            containerType: created.containerType,
            price: created.price,
          },
        });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new FloorTakenError();
      throw error;
    }
  }

  async update(id: string, dto: UpdateFloorPriceDto, expectedVersion?: number): Promise<FloorPriceDto> {
    return this.dataSource.transaction(async (em) => {
      const floor = await this.getForUpdate(em, id, expectedVersion);
      if (!dto.price) return toDto(floor);
      const price = parsePrice(dto.price);
      if (price.currency !== floor.currency) {
        throw ValidationFailedError.field(
          'price.currency',
          `the floor is in ${floor.currency}: a floor in another currency is another floor (add it)`,
        );
      }
      const before: MoneyJson = toDto(floor).price;
      if (price.minor.toString() === floor.priceMinor) return toDto(floor);
      await writeVersioned(em, FloorPrice, floor, { priceMinor: price.minor.toString() });
      await this.audit.record(em, {
        entityType: FLOOR_PRICE_ENTITY_TYPE,
        entityId: id,
        action: 'updated',
        changes: { price: { from: before, to: price.toJSON() } },
      });
      return toDto(await em.findOneByOrFail(FloorPrice, { id }));
    });
  }

  async remove(id: string, expectedVersion?: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const floor = await this.getForUpdate(em, id, expectedVersion);
      const gone = toDto(floor);
      await em.delete(FloorPrice, { id });
      await this.audit.record(em, {
        entityType: FLOOR_PRICE_ENTITY_TYPE,
        entityId: id,
        action: 'deleted',
        changes: { pol: gone.pol, pod: gone.pod, containerType: gone.containerType, price: gone.price },
      });
    });
  }

  private async getForUpdate(em: EntityManager, id: string, expectedVersion?: number): Promise<FloorPrice> {
    const floor = UUID.test(id)
      ? await em.findOne(FloorPrice, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!floor) throw new NotFoundError('Floor price');
    if (expectedVersion !== undefined && expectedVersion !== floor.version)
      throw new PreconditionFailedError(floor.version);
    return floor;
  }
}
