import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Carrier } from '../carriers/entities/carrier.entity';
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
import type {
  AgingReportDto,
  AgingRowDto,
  PayablesAgingReportDto,
  PayablesAgingRowDto,
  ShipmentProfitDto,
} from './dto/report.dto';
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
   * the database over the notes that can be open on the date (docs/performance.md): one row per client comes
   * back, its buckets summed, whatever the number of notes.
   */
  async aging(asOf?: string, em: EntityManager = this.dataSource.manager): Promise<AgingReportDto> {
    const date = asOf ?? todayIn(this.config.timezone);
    const base = this.config.baseCurrency;
    const scope = await this.scope.clients(em);
    const rows: AgingSumRow[] = await em.query(
      `${openOnDateSql(AGING_COLUMNS)},
       ${bucketsSql('client_id', base)}`,
      [date, this.dayEnd(date), scope.all ? null : scope.clientIds, base],
    );
    const unrated = rows.find((r) => r.unrated !== null);
    if (unrated) throw new Error(`issued note ${unrated.unrated} has no rate into ${base}`);
    const byClient = new Map(rows.map((r) => [r.client_id, r]));
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
        const row = byClient.get(c.id)!;
        const buckets = AGING_BUCKETS.map((b) => Money.fromMinor(BigInt(row[b]), base));
        const [current, d1_30, d31_60, d61_90, d90_plus] = buckets.map((m) => m.toJSON());
        return {
          clientId: c.id,
          clientCode: c.code,
          clientName: c.name,
          current: current!,
          d1_30: d1_30!,
          d31_60: d31_60!,
          d61_90: d61_90!,
          d90_plus: d90_plus!,
          total: Money.sum(buckets, base).toJSON(),
          statementRequired: row.oldest < threshold,
          oldestIssueDate: row.oldest,
        };
      })
      .sort((a, b) => a.clientCode.localeCompare(b.clientCode));
    return { asOf: date, baseCurrency: base, items };
  }

  /**
   * Payables aging per carrier as of a date: each recorded payable note (the carrier's bill) with what was
   * still unpaid on it at the end of the day (carrier payments made by then), by days past the carrier's due
   * date, in the base currency at the note's frozen rate: receivables aging's buckets and arithmetic
   * (bucketsSql), over the open payables.
   */
  async payablesAging(
    asOf?: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<PayablesAgingReportDto> {
    const date = asOf ?? todayIn(this.config.timezone);
    const base = this.config.baseCurrency;
    const rows: (AgingSumRow & { carrier_id: string })[] = await em.query(
      `WITH open AS (
         SELECT n.id, n.carrier_id, n.currency, n.issue_date, n.due_date, n.base_currency, n.base_rate,
                n.total_minor - n.paid_minor
                  + coalesce((SELECT sum(a.amount_minor)
                                FROM carrier_payment_allocations a
                                JOIN carrier_payments p ON p.id = a.payment_id
                               WHERE a.debit_note_id = n.id AND p.paid_at >= $2::timestamptz), 0) AS open_minor
           FROM debit_notes n
          WHERE n.direction = 'payable' AND n.state = 'issued' AND n.issue_date <= $1::date
            AND (n.settled_at IS NULL OR n.settled_at >= $2::timestamptz)
            AND ($3::uuid[] IS NULL OR n.carrier_id = ANY($3::uuid[]))),
       ${bucketsSql('carrier_id', base)}`,
      [date, this.dayEnd(date), null, base],
    );
    const unrated = rows.find((r) => r.unrated !== null);
    if (unrated) throw new Error(`recorded payable ${unrated.unrated} has no rate into ${base}`);
    const byCarrier = new Map(rows.map((r) => [r.carrier_id, r]));
    const carriers = byCarrier.size
      ? await em.getRepository(Carrier).findBy({ id: In([...byCarrier.keys()]) })
      : [];
    const items = carriers
      .map((c): PayablesAgingRowDto => {
        const row = byCarrier.get(c.id)!;
        const buckets = AGING_BUCKETS.map((b) => Money.fromMinor(BigInt(row[b]), base));
        const [current, d1_30, d31_60, d61_90, d90_plus] = buckets.map((m) => m.toJSON());
        return {
          carrierId: c.id,
          carrierCode: c.code,
          carrierName: c.name,
          current: current!,
          d1_30: d1_30!,
          d31_60: d31_60!,
          d61_90: d61_90!,
          d90_plus: d90_plus!,
          total: Money.sum(buckets, base).toJSON(),
          oldestIssueDate: row.oldest,
        };
      })
      .sort((a, b) => a.carrierCode.localeCompare(b.carrierCode));
    return { asOf: date, baseCurrency: base, items };
  }

  /** The instant a day ends in the business's time zone: money received before it was in by that day. */
  private dayEnd(date: string): Date {
    return startOfDayIn(nextDay(date), this.config.timezone);
  }

  /**
   * A client's account over a period, per currency, for a period statement: what was owed at the end of the
   * day before `from` (issued receivable notes less payments received), the notes issued and the payments
   * received from `from` to `to` (days in the business's time zone). Void notes count nowhere (a note is
   * voided only while nothing is paid on it); a payment counts in full when received, allocated or not.
   */
  async accountActivity(
    clientId: string,
    from: string,
    to: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<AccountActivity> {
    const start = startOfDayIn(from, this.config.timezone);
    const end = this.dayEnd(to);
    // One after the other: `em` may be a transaction's, one connection that runs one query at a time.
    const openingNotes = await em.query<{ currency: string; minor: string }[]>(
      `SELECT currency, sum(total_minor)::text AS minor FROM debit_notes
          WHERE client_id = $1 AND direction = 'receivable' AND state = 'issued' AND issue_date < $2::date
          GROUP BY currency`,
      [clientId, from],
    );
    const openingPayments = await em.query<{ currency: string; minor: string }[]>(
      `SELECT currency, sum(amount_minor)::text AS minor FROM payments
          WHERE client_id = $1 AND received_at < $2::timestamptz GROUP BY currency`,
      [clientId, start],
    );
    const notes = await em.query<
      {
        number: string | null;
        id: string;
        issue_date: string;
        due_date: string | null;
        currency: string;
        total_minor: string;
        reference: string;
      }[]
    >(
      `SELECT n.id, n.number, n.issue_date::text, n.due_date::text, n.currency, n.total_minor::text, s.reference
           FROM debit_notes n JOIN shipments s ON s.id = n.shipment_id
          WHERE n.client_id = $1 AND n.direction = 'receivable' AND n.state = 'issued'
            AND n.issue_date BETWEEN $2::date AND $3::date
          ORDER BY n.issue_date, n.number`,
      [clientId, from, to],
    );
    const payments = await em.query<
      { received_at: Date; reference: string; currency: string; amount_minor: string }[]
    >(
      `SELECT received_at, reference, currency, amount_minor::text FROM payments
          WHERE client_id = $1 AND received_at >= $2::timestamptz AND received_at < $3::timestamptz
          ORDER BY received_at, id`,
      [clientId, start, end],
    );
    const money = (minor: string, currency: string) =>
      Money.fromMinor(BigInt(minor), currency as CurrencyCode);
    const opening = new Map<string, Money>();
    for (const r of openingNotes) opening.set(r.currency, money(r.minor, r.currency));
    for (const r of openingPayments)
      opening.set(
        r.currency,
        (opening.get(r.currency) ?? Money.zero(r.currency as CurrencyCode)).subtract(
          money(r.minor, r.currency),
        ),
      );
    return {
      opening: [...opening.values()].map((m) => m.toJSON()),
      notes: notes.map((n) => ({
        number: n.number ?? n.id,
        issueDate: n.issue_date,
        dueDate: n.due_date,
        shipmentReference: n.reference,
        total: money(n.total_minor, n.currency).toJSON(),
      })),
      payments: payments.map((p) => ({
        date: todayIn(this.config.timezone, new Date(p.received_at)),
        reference: p.reference,
        amount: money(p.amount_minor, p.currency).toJSON(),
      })),
    };
  }

  /** A client's receivable notes open on `asOf` (payments received by then), oldest first, for a statement. */
  async openNotes(
    clientId: string,
    asOf: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<OpenNote[]> {
    const base = this.config.baseCurrency;
    const rows: OpenRow[] = await em.query(
      `${openOnDateSql(STATEMENT_COLUMNS)}
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

/**
 * What turns a note's minor units, times its rate, into the base currency's minor units: 10 to the power of
 * (the base's minor digits − the note currency's), per ISO 4217 (src/common/money/currency.ts), as SQL on
 * `o.currency` with the powers written out: `Money.convert`'s arithmetic, exactly.
 */
function minorScaleSql(base: CurrencyCode): string {
  const power = (k: number) => (k >= 0 ? `1${'0'.repeat(k)}` : `0.${'0'.repeat(-k - 1)}1`);
  const usual = power(minorDigits(base) - 2);
  const others = CURRENCIES.filter((c) => minorDigits(c) !== 2)
    .map((c) => `WHEN '${c}' THEN ${power(minorDigits(base) - minorDigits(c))}`)
    .join(' ');
  return `CASE o.currency ${others} ELSE ${usual} END::numeric`;
}

/**
 * The open notes of CTE `open` (what was open on each, `open_minor`, on date $1) rated into the base currency
 * ($4) at their frozen rates and summed by days past due per party (`party`: client_id or carrier_id): the
 * aging buckets, one row per party. Receivables and payables aging both end with it.
 */
function bucketsSql(party: 'client_id' | 'carrier_id', base: CurrencyCode): string {
  return `rated AS (
         SELECT o.${party}, o.issue_date, o.id, $1::date - o.due_date AS late,
                CASE WHEN o.currency = $4 THEN o.open_minor::numeric
                     ELSE round(o.open_minor
                                * CASE WHEN o.base_currency = $4 THEN o.base_rate
                                       -- Frozen before the service's base currency changed: its own list.
                                       ELSE (SELECT (x.r ->> 'rate')::numeric
                                               FROM debit_notes f,
                                                    jsonb_array_elements(f.fx_rates) WITH ORDINALITY AS x(r, i)
                                              WHERE f.id = o.id AND x.r ->> 'from' = o.currency
                                                AND x.r ->> 'to' = $4
                                              ORDER BY x.i LIMIT 1) END
                                * ${minorScaleSql(base)})
                END AS open_base
           FROM open o
          WHERE o.open_minor > 0)
       SELECT ${party},
              coalesce(sum(open_base) FILTER (WHERE late <= 0), 0)::text AS current,
              coalesce(sum(open_base) FILTER (WHERE late BETWEEN 1 AND 30), 0)::text AS d1_30,
              coalesce(sum(open_base) FILTER (WHERE late BETWEEN 31 AND 60), 0)::text AS d31_60,
              coalesce(sum(open_base) FILTER (WHERE late BETWEEN 61 AND 90), 0)::text AS d61_90,
              coalesce(sum(open_base) FILTER (WHERE late > 90), 0)::text AS d90_plus,
              min(issue_date)::text AS oldest,
              min(id::text) FILTER (WHERE open_base IS NULL) AS unrated
         FROM rated GROUP BY ${party}`;
}

/** What aging reads of each note: all of it in ix_debit_notes_open_receivable, so no row is fetched. */
const AGING_COLUMNS = [
  'id',
  'client_id',
  'currency',
  'total_minor',
  'paid_minor',
  'issue_date',
  'due_date',
  'base_currency',
  'base_rate',
];
/** What a statement prints of each note. */
const STATEMENT_COLUMNS = [
  'id',
  'number',
  'client_id',
  'shipment_id',
  'currency',
  'total_minor',
  'paid_minor',
  'issue_date',
  'due_date',
  'fx_rates',
];

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
 * client when null): the `columns` asked for (`paid_minor` among them) and `open_minor`, what was open on them
 * then. Only the notes that can be open are read, each kind from its own index: those not paid in full
 * (ix_debit_notes_open_receivable, which holds every column aging asks for), and those issued by the day
 * and paid in full after it (SETTLED_SPAN). What they had been paid by then is what they hold less what the
 * payments received after the day allocated to them, looked up note by note (ix_payment_allocations_note),
 * and only when any payment at all was received after the day (the latest, from ix_payments_received, once):
 * for today, never.
 */
function openOnDateSql(columns: readonly string[]): string {
  const read = columns.map((c) => `n.${c}`).join(', ');
  const kept = columns
    .filter((c) => c !== 'paid_minor')
    .map((c) => `c.${c}`)
    .join(', ');
  return `
  WITH candidates AS (
         SELECT ${read} FROM debit_notes n
          WHERE n.direction = 'receivable' AND n.state = 'issued' AND n.settled_at IS NULL
            AND n.issue_date <= $1::date AND ($3::uuid[] IS NULL OR n.client_id = ANY($3::uuid[]))
         UNION ALL
         SELECT ${read} FROM debit_notes n
          WHERE n.direction = 'receivable' AND n.state = 'issued' AND n.settled_at IS NOT NULL
            AND ${SETTLED_SPAN} <@ ${OPEN_AT_BOX}
            AND n.settled_at >= $2::timestamptz AND n.issue_date <= $1::date
            AND ($3::uuid[] IS NULL OR n.client_id = ANY($3::uuid[]))),
       open AS (
         SELECT ${kept}, later.open_minor
           FROM candidates c
           -- Once per note (OFFSET 0 keeps the planner from copying it into each expression that uses it).
           CROSS JOIN LATERAL (
             SELECT c.total_minor - c.paid_minor
                      + CASE WHEN (SELECT max(p.received_at) FROM payments p) >= $2::timestamptz
                             THEN coalesce((SELECT sum(a.amount_minor)
                                              FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
                                             WHERE a.debit_note_id = c.id AND p.received_at >= $2::timestamptz), 0)
                             ELSE 0 END AS open_minor
             OFFSET 0) later)`;
}

type AgingSumRow = Record<AgingBucket, string> & {
  client_id: string;
  oldest: string;
  unrated: string | null;
};

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

/** A client's account over a period (accountActivity): opening balances per currency, notes and payments. */
export interface AccountActivity {
  /** Per currency owed or in credit at the end of the day before the period; currencies with nothing left out. */
  opening: MoneyJson[];
  notes: {
    number: string;
    issueDate: string;
    dueDate: string | null;
    shipmentReference: string;
    total: MoneyJson;
  }[];
  payments: { date: string; reference: string; amount: MoneyJson }[];
}
