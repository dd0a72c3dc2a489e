import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { addDays, daysBetween } from '../billing/domain/debit-note-math';
import { ReportsService } from '../billing/reports.service';
import { Client } from '../clients/entities/client.entity';
import { Money, type CurrencyCode } from '../common/money';
import { todayIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NoticesService } from '../notifications/notices.service';
import { Container } from '../shipments/entities/container.entity';
import { Shipment } from '../shipments/entities/shipment.entity';
import { ShipmentsService } from '../shipments/shipments.service';
import { AWAITING_CUSTOMS_RELEASE, AWAITING_GATE_IN, AWAITING_SI } from '../shipments/domain/shipment-status';

/** Advisory-lock keys: one per job, so a job never runs twice at once across instances. */
export const JOB_LOCKS = {
  cutoffWatch: 7_113_017_101,
  rollRisk: 7_113_017_102,
  receivables: 7_113_017_103,
  housekeeping: 7_113_017_104,
} as const;
export type JobName = keyof typeof JOB_LOCKS;

const CUTOFF_NAMES = {
  cy: { zh: '截重柜时间（CY 截止）', en: 'CY cut-off' },
  si: { zh: '截补料时间（SI 截止）', en: 'SI cut-off' },
  customs: { zh: '截关时间', en: 'customs cut-off' },
} as const;

/**
 * The scheduled work (docs/domain.md step 7: warn before cut-off; "Receivables"). Each run takes its job's
 * advisory lock inside one transaction: with several instances on one PostgreSQL, one runs it and the
 * others skip; and every alert or reminder carries a dedupe key, so none is ever queued twice.
 */
@Injectable()
export class JobsService {
  private readonly logger = new Logger(JobsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly notices: NoticesService,
    private readonly reports: ReportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs a job under its lock; null when another instance holds it. Returns how many things it did. */
  async run(name: JobName, now = new Date()): Promise<number | null> {
    return this.dataSource.transaction(async (em) => {
      const [{ locked }] = await em.query<[{ locked: boolean }]>(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [JOB_LOCKS[name]],
      );
      if (!locked) return null;
      const done = await this.jobs[name](em, now);
      if (done) this.logger.log(`${name}: ${done}`);
      return done;
    });
  }

  private readonly jobs: Record<JobName, (em: EntityManager, now: Date) => Promise<number>> = {
    cutoffWatch: (em, now) => this.cutoffWatch(em, now),
    rollRisk: (em, now) => this.rollRisk(em, now),
    receivables: (em, now) => this.receivables(em, now),
    housekeeping: (em) => this.housekeeping(em),
  };

  /**
   * Containers not gated in N hours before the CY cut-off, and SI not submitted N hours before the SI
   * cut-off: an event on the shipment and an e-mail to its operator and salesperson, once per cut-off.
   */
  private async cutoffWatch(em: EntityManager, now: Date): Promise<number> {
    const until = new Date(now.getTime() + this.config.scheduler.cutoffWarningHours * 3600_000);
    let alerts = 0;
    const cy = await em
      .createQueryBuilder(Shipment, 's')
      .where('s.status IN (:...statuses) AND s.cutoffCy > :now AND s.cutoffCy <= :until', {
        statuses: AWAITING_GATE_IN,
        now,
        until,
      })
      .getMany();
    for (const s of cy) {
      const missing = await this.containersNotGatedIn(em, s.id);
      if (await this.alert(em, 'cutoff_alert', s, 'cy', s.cutoffCy!, now, missing)) alerts++;
    }
    const si = await em
      .createQueryBuilder(Shipment, 's')
      .where('s.status IN (:...statuses) AND s.cutoffSi > :now AND s.cutoffSi <= :until', {
        statuses: AWAITING_SI,
        now,
        until,
      })
      .getMany();
    for (const s of si) {
      if (
        await this.alert(em, 'cutoff_alert', s, 'si', s.cutoffSi!, now, [
          'shipping instructions not submitted',
        ])
      )
        alerts++;
    }
    return alerts;
  }

  /** A cut-off passed with containers not gated in, or customs not released: the cargo may be rolled. */
  private async rollRisk(em: EntityManager, now: Date): Promise<number> {
    let alerts = 0;
    const notGatedIn = await em
      .createQueryBuilder(Shipment, 's')
      .where('s.status IN (:...statuses) AND s.cutoffCy <= :now', { statuses: AWAITING_GATE_IN, now })
      .getMany();
    for (const s of notGatedIn) {
      const missing = await this.containersNotGatedIn(em, s.id);
      if (await this.alert(em, 'roll_risk', s, 'cy', s.cutoffCy!, now, missing)) alerts++;
    }
    const notReleased = await em
      .createQueryBuilder(Shipment, 's')
      .where('s.status IN (:...statuses) AND coalesce(s.cutoffCustoms, s.cutoffCy) <= :now', {
        statuses: AWAITING_CUSTOMS_RELEASE,
        now,
      })
      .getMany();
    for (const s of notReleased) {
      const at = s.cutoffCustoms ?? s.cutoffCy!;
      const missing = [s.inspection === 'pending' ? 'customs inspection pending' : 'customs not released'];
      if (await this.alert(em, 'roll_risk', s, s.cutoffCustoms ? 'customs' : 'cy', at, now, missing))
        alerts++;
    }
    return alerts;
  }

  /**
   * Receivables: overdue notes remind the client (prepaid clients every 3 days, credit clients weekly, from
   * the first day overdue); on the 1st, monthly clients and anyone with receivables over three months get
   * their statement as of the month's end.
   */
  private async receivables(em: EntityManager, now: Date): Promise<number> {
    const today = todayIn(this.config.timezone, now);
    let sent = 0;
    const overdue: {
      id: string;
      number: string;
      client_id: string;
      shipment_id: string;
      reference: string;
      currency: string;
      open_minor: string;
      due_date: string;
    }[] = await em.query(
      `SELECT n.id, n.number, n.client_id, n.shipment_id, s.reference, n.currency,
              (n.total_minor - n.paid_minor)::text AS open_minor, n.due_date::text
         FROM debit_notes n JOIN shipments s ON s.id = n.shipment_id
        WHERE n.direction = 'receivable' AND n.state = 'issued' AND n.paid_minor < n.total_minor AND n.due_date < $1::date`,
      [today],
    );
    const clients = new Map<string, Client>();
    const clientOf = async (id: string): Promise<Client> => {
      let client = clients.get(id);
      if (!client) clients.set(id, (client = await em.findOneByOrFail(Client, { id })));
      return client;
    };
    for (const n of overdue) {
      const client = await clientOf(n.client_id);
      const daysOverdue = daysBetween(n.due_date, today);
      const every = client.paymentTerms === 'prepaid' ? 3 : 7;
      const round = Math.floor((daysOverdue - 1) / every);
      const balance = Money.fromMinor(BigInt(n.open_minor), n.currency as CurrencyCode).toJSON();
      const queued = await this.notices.paymentReminder(
        em,
        client,
        {
          number: n.number,
          reference: n.reference,
          balance,
          dueDate: n.due_date,
          daysOverdue,
          shipmentId: n.shipment_id,
        },
        `payment-reminder:${n.id}:${round}`,
      );
      if (queued) sent++;
    }
    if (today.endsWith('-01')) sent += await this.statements(em, addDays(today, -1));
    return sent;
  }

  /**
   * The month's statements of account as of `asOf` (the month's last day): every monthly client, and anyone
   * with receivables over three months, gets one. Aging and each statement's notes are computed in the
   * database over the notes that can be open (ReportsService), so the job's memory does not grow with the
   * years of notes behind it. Returns how many were queued (a statement queued before is not queued again).
   */
  async statements(em: EntityManager, asOf: string): Promise<number> {
    let sent = 0;
    const aging = await this.reports.aging(asOf, em);
    const ids = aging.items.map((r) => r.clientId);
    const clients = new Map(
      (ids.length ? await em.findBy(Client, { id: In(ids) }) : []).map((c) => [c.id, c]),
    );
    for (const row of aging.items) {
      const client = clients.get(row.clientId)!;
      if (client.paymentTerms !== 'monthly' && !row.statementRequired) continue;
      const notes = await this.reports.openNotes(client.id, asOf, em);
      // What is owed in each currency, as the statement totals it: a USD note is paid in USD.
      const owed = new Map<string, Money>();
      for (const n of notes) {
        const balance = Money.strict(n.balance.amount, n.balance.currency);
        owed.set(balance.currency, (owed.get(balance.currency) ?? Money.zero(balance.currency)).add(balance));
      }
      const totals = [...owed.values()].map((m) => m.toJSON());
      const queued = await this.notices.statement(
        em,
        client,
        asOf,
        totals.length ? totals : [row.total],
        notes.length,
        `statement:${client.id}:${asOf}`,
      );
      if (queued) sent++;
    }
    return sent;
  }

  /** Idempotency keys are kept 48 hours (docs/api.md: at least 24). */
  private async housekeeping(em: EntityManager): Promise<number> {
    const [, removed] = await em.query<[unknown, number]>(
      `DELETE FROM idempotency_keys WHERE created_at < now() - interval '48 hours'`,
    );
    return removed;
  }

  private async containersNotGatedIn(em: EntityManager, shipmentId: string): Promise<string[]> {
    const containers = await em.find(Container, { where: { shipmentId }, order: { seq: 'ASC' } });
    return containers
      .filter((c) => c.status !== 'gated_in')
      .map((c) => `${c.containerNumber ?? `container ${c.seq}`} not gated in (${c.status})`);
  }

  /** One alert: the e-mail queued once (dedupe key) and, only then, the event on the shipment. */
  private async alert(
    em: EntityManager,
    template: 'cutoff_alert' | 'roll_risk',
    s: Shipment,
    cutoff: keyof typeof CUTOFF_NAMES,
    at: Date,
    now: Date,
    missing: string[],
  ): Promise<boolean> {
    const containers = await em.find(Container, { where: { shipmentId: s.id } });
    const hoursLeft = Math.max(0, Math.round((at.getTime() - now.getTime()) / 3600_000));
    const queued = await this.notices.staffAlert(
      em,
      template,
      this.shipments.facts({ shipment: s, containers }),
      { cutoffName: CUTOFF_NAMES[cutoff], cutoffAt: at, hoursLeft, missing },
      `${template}:${cutoff}:${s.id}:${at.toISOString()}`,
    );
    if (!queued) return false;
    await this.shipments.recordEvent(em, s.id, {
      type: template,
      data: { cutoff, at: at.toISOString(), hoursLeft, missing },
    });
    return true;
  }
}
