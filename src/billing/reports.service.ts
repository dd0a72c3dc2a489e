import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { Client } from '../clients/entities/client.entity';
import { NotFoundError } from '../common/errors/app-error';
import { Money, type CurrencyCode } from '../common/money';
import type { MoneyJson } from '../common/money/money';
import { todayIn } from '../common/time';
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
   * received by then), by days past its due date, in the base currency at the note's frozen rate.
   */
  async aging(asOf?: string, em: EntityManager = this.dataSource.manager): Promise<AgingReportDto> {
    const date = asOf ?? todayIn(this.config.timezone);
    const base = this.config.baseCurrency;
    const rows = await this.openAsOf(em, date);
    const threshold = threeMonthsBefore(date);
    const scope = await this.scope.clients(em);
    const byClient = new Map<string, { buckets: Record<AgingBucket, Money>; oldest: string | null }>();
    for (const r of rows) {
      if (!scope.all && !scope.clientIds.includes(r.client_id)) continue;
      const open = Money.fromMinor(BigInt(r.total_minor) - BigInt(r.paid_minor), r.currency as CurrencyCode);
      if (!open.isPositive()) continue;
      const inBase = toBase(open, base, r.fx_rates);
      if (!inBase) throw new Error(`issued note ${r.id} has no rate into ${base}`);
      const entry = byClient.get(r.client_id) ?? {
        buckets: Object.fromEntries(AGING_BUCKETS.map((b) => [b, Money.zero(base)])) as Record<
          AgingBucket,
          Money
        >,
        oldest: null,
      };
      const bucket = agingBucket(r.due_date, date);
      entry.buckets[bucket] = entry.buckets[bucket].add(inBase);
      if (!entry.oldest || r.issue_date < entry.oldest) entry.oldest = r.issue_date;
      byClient.set(r.client_id, entry);
    }
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
          statementRequired: oldest !== null && oldest < threshold,
          oldestIssueDate: oldest,
        };
      })
      .sort((a, b) => a.clientCode.localeCompare(b.clientCode));
    return { asOf: date, baseCurrency: base, items };
  }

  /** A client's receivable notes open on `asOf` (payments received by then), oldest first, for a statement. */
  async openNotes(
    clientId: string,
    asOf: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<OpenNote[]> {
    const base = this.config.baseCurrency;
    const rows = await this.openAsOf(em, asOf, clientId);
    return rows
      .filter((r) => BigInt(r.total_minor) > BigInt(r.paid_minor))
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

  private openAsOf(em: EntityManager, date: string, clientId?: string): Promise<OpenRow[]> {
    return em.query(
      `SELECT n.id, n.number, n.client_id, n.currency, n.total_minor, n.issue_date::text, n.due_date::text, n.fx_rates,
              s.reference,
              coalesce((SELECT sum(a.amount_minor) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
                         WHERE a.debit_note_id = n.id AND (p.received_at AT TIME ZONE $2)::date <= $1::date), 0)::text AS paid_minor
         FROM debit_notes n JOIN shipments s ON s.id = n.shipment_id
        WHERE n.direction = 'receivable' AND n.state = 'issued' AND n.issue_date <= $1::date
          AND ($3::uuid IS NULL OR n.client_id = $3::uuid)`,
      [date, this.config.timezone, clientId ?? null],
    );
  }
}

interface OpenRow {
  id: string;
  number: string | null;
  client_id: string;
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
