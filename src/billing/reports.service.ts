import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { Client } from '../clients/entities/client.entity';
import { NotFoundError } from '../common/errors/app-error';
import { CURRENCIES, Money, minorDigits, type CurrencyCode } from '../common/money';
import type { MoneyJson } from '../common/money/money';
import { nextDay, startOfDayIn, todayIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Shipment } from '../shipments/entities/shipment.entity';
import {
  AGING_BUCKETS,
  agingBucket,
  threeMonthsBefore,
  toBase,
  type AgingBucket,
} from './domain/debit-note-math';
import type { AgingReportDto, AgingRowDto, ShipmentProfitDto } from './dto/report.dto';
import { DebitNote } from './entities/debit-note.entity';

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scope: ScopeService,
  ) {}

  /** Receivable minus payable of a shipment's issued notes, in the base currency at each note's frozen rate. */
  async profit(shipmentId: string): Promise<ShipmentProfitDto> {
    const shipment = await this.dataSource.getRepository(Shipment).findOneBy({ id: shipmentId });
    if (!shipment || !(await this.scope.includes(shipment.clientId))) throw new NotFoundError('Shipment');
    const base = this.config.baseCurrency;
    const notes = await this.dataSource.getRepository(DebitNote).find({
      where: { shipmentId, state: 'issued' },
      order: { issuedAt: 'ASC' },
    });
    let receivable = Money.zero(base);
    let payable = Money.zero(base);
    const out = notes.map((n) => {
      const total = Money.fromMinor(BigInt(n.totalMinor), n.currency as CurrencyCode);
      const totalBase = toBase(total, base, n.fxRates);
      if (!totalBase) throw new Error(`issued note ${n.id} has no rate into ${base}`);
      if (n.direction === 'receivable') receivable = receivable.add(totalBase);
      else payable = payable.add(totalBase);
      return {
        id: n.id,
        number: n.number,
        carrierNumber: n.carrierNumber,
        direction: n.direction,
        total: total.toJSON(),
        totalBase: totalBase.toJSON(),
      };
    });
    return {
      shipmentId,
      reference: shipment.reference,
      baseCurrency: base,
      receivable: receivable.toJSON(),
      payable: payable.toJSON(),
      margin: receivable.subtract(payable).toJSON(),
      notes: out,
    };
  }

  /**
   * Receivables aging per client as of a date: each issued receivable note's balance on that date (payments
   * received by then), by days past its due date, in the base currency at the note's frozen rate. Computed in
   * the database over the notes that can be open on the date (docs/performance.md): one row per client and
   * bucket comes back, whatever the number of notes.
   */
  async aging(asOf?: string, em: EntityManager = this.dataSource.manager): Promise<AgingReportDto> {
    const date = asOf ?? todayIn(this.config.timezone);
    const base = this.config.baseCurrency;
    const scope = await this.scope.clients(em);
    const rows: AgingSumRow[] = await em.query(
      `${OPEN_ON_DATE_SQL},
       rated AS (
         SELECT o.id, o.client_id, o.issue_date,
                CASE WHEN o.currency = $4 THEN o.open_minor::numeric
                     ELSE round(o.open_minor
                                * (SELECT (x.r ->> 'rate')::numeric
                                     FROM jsonb_array_elements(o.fx_rates) WITH ORDINALITY AS x(r, i)
                                    WHERE x.r ->> 'from' = o.currency AND x.r ->> 'to' = $4
                                    ORDER BY x.i LIMIT 1)
                                * power(10::numeric, ($5::jsonb ->> $4)::int - ($5::jsonb ->> o.currency)::int))
                END AS open_base,
                CASE WHEN $1::date - o.due_date <= 0 THEN 'current'
                     WHEN $1::date - o.due_date <= 30 THEN 'd1_30'
                     WHEN $1::date - o.due_date <= 60 THEN 'd31_60'
                     WHEN $1::date - o.due_date <= 90 THEN 'd61_90'
                     ELSE 'd90_plus' END AS bucket
           FROM open o
          WHERE o.open_minor > 0)
       SELECT client_id, bucket, sum(open_base)::text AS base_minor, min(issue_date)::text AS oldest,
              min(id::text) FILTER (WHERE open_base IS NULL) AS unrated
         FROM rated GROUP BY client_id, bucket`,
      [date, this.dayEnd(date), scope.all ? null : scope.clientIds, base, CURRENCY_DIGITS],
    );
    const unrated = rows.find((r) => r.unrated !== null);
    if (unrated) throw new Error(`issued note ${unrated.unrated} has no rate into ${base}`);
    const byClient = new Map<string, { buckets: Record<AgingBucket, Money>; oldest: string }>();
    for (const r of rows) {
      const entry = byClient.get(r.client_id) ?? {
        buckets: Object.fromEntries(AGING_BUCKETS.map((b) => [b, Money.zero(base)])) as Record<
          AgingBucket,
          Money
        >,
        oldest: r.oldest,
      };
      entry.buckets[r.bucket] = entry.buckets[r.bucket].add(Money.fromMinor(BigInt(r.base_minor), base));
      if (r.oldest < entry.oldest) entry.oldest = r.oldest;
      byClient.set(r.client_id, entry);
    }
    const threshold = threeMonthsBefore(date);
    const clients = byClient.size
      ? await em
          .getRepository(Client)
          .createQueryBuilder('c')
          .where('c.id IN (:...ids)', { ids: [...byClient.keys()] })
          .getMany()
      : [];
    const items = clients
      .map((c): AgingRowDto => {
        const { buckets, oldest } = byClient.get(c.id)!;
        const total = Money.sum(Object.values(buckets), base);
        return {
          clientId: c.id,
          clientCode: c.code,
          clientName: c.name,
          current: buckets.current.toJSON(),
          d1_30: buckets.d1_30.toJSON(),
          d31_60: buckets.d31_60.toJSON(),
          d61_90: buckets.d61_90.toJSON(),
          d90_plus: buckets.d90_plus.toJSON(),
          total: total.toJSON(),
          statementRequired: oldest < threshold,
          oldestIssueDate: oldest,
        };
      })
      .sort((a, b) => a.clientCode.localeCompare(b.clientCode));
    return { asOf: date, baseCurrency: base, items };
  }

  /** The instant a day ends in the business's time zone: money received before it was in by that day. */
  private dayEnd(date: string): Date {
    return startOfDayIn(nextDay(date), this.config.timezone);
  }

  /** A client's receivable notes open on `asOf` (payments received by then), oldest first, for a statement. */
  async openNotes(
    clientId: string,
    asOf: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<OpenNote[]> {
    const base = this.config.baseCurrency;
    const rows: OpenRow[] = await em.query(
      `${OPEN_ON_DATE_SQL}
       SELECT o.id, o.number, o.currency, (o.total_minor - o.open_minor)::text AS paid_minor,
              o.total_minor::text, o.issue_date::text, o.due_date::text, o.fx_rates, s.reference
         FROM open o JOIN shipments s ON s.id = o.shipment_id
        WHERE o.open_minor > 0`,
      [asOf, this.dayEnd(asOf), [clientId]],
    );
    return rows
      .map((r) => {
        const currency = r.currency as CurrencyCode;
        const total = Money.fromMinor(BigInt(r.total_minor), currency);
        const paid = Money.fromMinor(BigInt(r.paid_minor), currency);
        const balance = total.subtract(paid);
        return {
          id: r.id,
          number: r.number ?? r.id,
          issueDate: r.issue_date,
          dueDate: r.due_date,
          shipmentReference: r.reference,
          currency,
          total: total.toJSON(),
          paid: paid.toJSON(),
          balance: balance.toJSON(),
          balanceBase: (toBase(balance, base, r.fx_rates) ?? balance).toJSON(),
          bucket: agingBucket(r.due_date, asOf),
        };
      })
      .sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.number.localeCompare(b.number));
  }
}

/** ISO 4217 minor digits of every currency, for converting in SQL exactly as `Money.convert` does. */
const CURRENCY_DIGITS = JSON.stringify(Object.fromEntries(CURRENCIES.map((c) => [c, minorDigits(c)])));

const OPEN_COLUMNS = `n.id, n.number, n.client_id, n.shipment_id, n.currency, n.total_minor, n.paid_minor,
  n.issue_date, n.due_date, n.fx_rates`;

/**
 * A settled receivable as a point: (days from 2000-01-01 to its issue date, when it was settled in seconds),
 * as migration ReportIndexes indexes it (GiST). The notes issued by day $1 and settled after its end $2 are
 * the points in the box below: found directly, where an index on either date would read every note settled
 * since, or issued before. Seconds are exact enough: a double orders every microsecond of these centuries as
 * the timestamps do, and the exact conditions are checked as well.
 */
const SETTLED_SPAN = `point(n.issue_date - DATE '2000-01-01', extract(epoch FROM n.settled_at AT TIME ZONE 'UTC'))`;
const OPEN_AT_BOX = `box(point(-1e6, extract(epoch FROM $2::timestamptz AT TIME ZONE 'UTC')),
                         point($1::date - DATE '2000-01-01', 1e11))`;

/**
 * The issued receivable notes open at the end of day $1, the day ending at $2 (of the clients $3, or every
 * client when null), with what was open on them then. Only the notes that can be open are read, each kind
 * from its own index: those not paid in full (the partial index on `settled_at`), and those issued by the day
 * and paid in full after it (SETTLED_SPAN). What they had been paid by then is what they hold less what the
 * payments received after the day allocated to them, looked up note by note (ix_payment_allocations_note),
 * and only when any payment at all was received after the day (the latest, from ix_payments_received, once):
 * for today, never. Materialized, so that each note's lookup runs once, not in every expression using it.
 */
const OPEN_ON_DATE_SQL = `
  WITH candidates AS (
         SELECT ${OPEN_COLUMNS} FROM debit_notes n
          WHERE n.direction = 'receivable' AND n.state = 'issued' AND n.settled_at IS NULL
            AND n.issue_date <= $1::date AND ($3::uuid[] IS NULL OR n.client_id = ANY($3::uuid[]))
         UNION ALL
         SELECT ${OPEN_COLUMNS} FROM debit_notes n
          WHERE n.direction = 'receivable' AND n.state = 'issued' AND n.settled_at IS NOT NULL
            AND ${SETTLED_SPAN} <@ ${OPEN_AT_BOX}
            AND n.settled_at >= $2::timestamptz AND n.issue_date <= $1::date
            AND ($3::uuid[] IS NULL OR n.client_id = ANY($3::uuid[]))),
       open AS MATERIALIZED (
         SELECT c.id, c.number, c.client_id, c.shipment_id, c.currency, c.total_minor, c.issue_date, c.due_date,
                c.fx_rates,
                c.total_minor - c.paid_minor
                  + CASE WHEN (SELECT max(p.received_at) FROM payments p) >= $2::timestamptz
                         THEN coalesce((SELECT sum(a.amount_minor)
                                          FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
                                         WHERE a.debit_note_id = c.id AND p.received_at >= $2::timestamptz), 0)
                         ELSE 0 END AS open_minor
           FROM candidates c)`;

interface AgingSumRow {
  client_id: string;
  bucket: AgingBucket;
  base_minor: string;
  oldest: string;
  unrated: string | null;
}

interface OpenRow {
  id: string;
  number: string | null;
  currency: string;
  total_minor: string;
  paid_minor: string;
  due_date: string;
  issue_date: string;
  reference: string;
  fx_rates: DebitNote['fxRates'];
}

export interface OpenNote {
  id: string;
  number: string;
  issueDate: string;
  dueDate: string;
  shipmentReference: string;
  currency: CurrencyCode;
  total: MoneyJson;
  paid: MoneyJson;
  balance: MoneyJson;
  balanceBase: MoneyJson;
  bucket: AgingBucket;
}
