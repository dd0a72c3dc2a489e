import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Client } from '../clients/entities/client.entity';
import { Money } from '../common/money';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { containerTypeLabel } from '../containers/domain/container-type';
import { User } from '../users/entities/user.entity';
import { OutboxService, type OutgoingEmail } from './outbox.service';

const money = (m: { amount: string; currency: string } | null | undefined): string =>
  m ? `${m.amount} ${m.currency}` : '';
const day = (d: Date | string | null | undefined, timeZone: string): string =>
  d
    ? new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(d),
      )
    : '';

export interface ShipmentFacts {
  id: string;
  reference: string;
  clientId: string;
  pol: string;
  pod: string;
  commodity: string;
  vessel: string | null;
  voyage: string | null;
  etd: Date | null;
  agreedRate: { amount: string; currency: string } | null;
  containerTypes: string[];
  createdById: string | null;
}

/**
 * What the business tells people, as e-mails queued in the caller's transaction: clients get their
 * documents and notices in their language; staff get alerts. The words are in templates/emails/.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Booking confirmed (docs/domain.md step 1: confirmed in writing): the confirmation PDF to the client. */
  async bookingConfirmed(em: EntityManager, s: ShipmentFacts): Promise<void> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    const counts = new Map<string, number>();
    for (const t of s.containerTypes)
      counts.set(containerTypeLabel(t), (counts.get(containerTypeLabel(t)) ?? 0) + 1);
    await this.toClient(em, client, {
      template: 'booking_confirmed',
      shipmentId: s.id,
      view: {
        reference: s.reference,
        pol: s.pol,
        pod: s.pod,
        commodity: s.commodity,
        containers: [...counts].map(([t, n]) => `${n} × ${t}`).join(', '),
        vessel: s.vessel,
        voyage: s.voyage ?? '',
        etd: s.etd ? day(s.etd, this.config.timezone) : null,
        agreedRate: s.agreedRate ? money(s.agreedRate) : null,
      },
      attachments: [
        { kind: 'booking_confirmation', id: s.id, filename: `booking-confirmation-${s.reference}.pdf` },
      ],
    });
  }

  /** The cargo was rolled to another vessel: the client is told what changed and why. */
  async vesselRolled(
    em: EntityManager,
    s: ShipmentFacts,
    change: { from: { vessel: string | null; voyage: string | null; etd: string | null }; reason: string },
  ): Promise<void> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    await this.toClient(em, client, {
      template: 'vessel_rolled',
      shipmentId: s.id,
      view: {
        reference: s.reference,
        oldVessel: change.from.vessel ?? '',
        oldVoyage: change.from.voyage ?? '',
        oldEtd: day(change.from.etd, this.config.timezone),
        newVessel: s.vessel ?? '',
        newVoyage: s.voyage ?? '',
        newEtd: day(s.etd, this.config.timezone),
        reason: change.reason,
      },
    });
  }

  /** A receivable debit note issued: the note as a PDF to the client, with where to pay. */
  async debitNoteIssued(
    em: EntityManager,
    note: {
      id: string;
      number: string;
      clientId: string;
      shipmentId: string;
      reference: string;
      total: Money;
      dueDate: string;
      rates: string[];
    },
  ): Promise<void> {
    const client = await em.findOneByOrFail(Client, { id: note.clientId });
    await this.toClient(em, client, {
      template: 'debit_note_issued',
      shipmentId: note.shipmentId,
      view: {
        number: note.number,
        reference: note.reference,
        total: money(note.total.toJSON()),
        dueDate: note.dueDate,
        rates: note.rates.join('; ') || null,
      },
      attachments: [{ kind: 'debit_note', id: note.id, filename: `${note.number}.pdf` }],
      dedupeKey: `debit-note-issued:${note.id}`,
    });
  }

  /** A statement of account as of a date (docs/domain.md: required for receivables over three months). */
  async statement(
    em: EntityManager,
    client: Client,
    asOf: string,
    total: { amount: string; currency: string },
    noteCount: number,
    dedupeKey?: string,
  ): Promise<boolean> {
    return this.toClient(em, client, {
      template: 'statement',
      view: {
        asOf,
        total: money(total),
        noteCount,
      },
      attachments: [
        { kind: 'statement', id: client.id, asOf, filename: `statement-${client.code}-${asOf}.pdf` },
      ],
      dedupeKey,
    });
  }

  async paymentReminder(
    em: EntityManager,
    client: Client,
    note: {
      number: string;
      reference: string;
      balance: { amount: string; currency: string };
      dueDate: string;
      daysOverdue: number;
      shipmentId: string;
    },
    dedupeKey: string,
  ): Promise<boolean> {
    return this.toClient(em, client, {
      template: 'payment_reminder',
      shipmentId: note.shipmentId,
      view: {
        number: note.number,
        reference: note.reference,
        balance: money(note.balance),
        dueDate: note.dueDate,
        daysOverdue: note.daysOverdue,
      },
      dedupeKey,
    });
  }

  /** A staff alert (cut-off near, roll risk) to the shipment's operator and the client's salesperson. */
  async staffAlert(
    em: EntityManager,
    template: 'cutoff_alert' | 'roll_risk',
    s: ShipmentFacts,
    view: { cutoffName: { zh: string; en: string }; cutoffAt: Date; hoursLeft?: number; missing: string[] },
    dedupeKey: string,
  ): Promise<boolean> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    const ids = [s.createdById, client.salesUserId].filter((id): id is string => !!id);
    const users = ids.length
      ? await em.createQueryBuilder(User, 'u').where('u.id IN (:...ids) AND u.active', { ids }).getMany()
      : [];
    const recipients = users.filter((u) => u.role !== 'client').map((u) => u.email);
    if (!recipients.length) recipients.push(this.config.mail.from);
    return this.outbox.enqueue(em, {
      template,
      language: 'zh',
      to: recipients,
      shipmentId: s.id,
      clientId: client.id,
      view: {
        reference: s.reference,
        clientName: client.nameLocal ?? client.name,
        cutoffName: view.cutoffName.zh,
        cutoffAt: day(view.cutoffAt, this.config.timezone),
        hoursLeft: view.hoursLeft ?? 0,
        missing: view.missing.join('\n'),
        vessel: s.vessel ?? '',
        voyage: s.voyage ?? '',
      },
      dedupeKey,
    });
  }

  /**
   * Queues a notice to the client's addresses in the client's language; the view gets the company's
   * letterhead and bank details and the client's name as the client reads it.
   */
  private toClient(
    em: EntityManager,
    client: Client,
    notice: Omit<OutgoingEmail, 'language' | 'to' | 'clientId'>,
  ): Promise<boolean> {
    return this.outbox.enqueue(em, {
      ...notice,
      language: client.language,
      to: client.emails,
      clientId: client.id,
      view: {
        ...this.company(),
        clientName: client.language === 'zh' ? (client.nameLocal ?? client.name) : client.name,
        ...notice.view,
      },
    });
  }

  private company(): Record<string, string> {
    const c = this.config.company;
    return {
      companyName: c.name,
      companyNameLocal: c.nameLocal,
      beneficiary: c.bank.beneficiary,
      bankName: c.bank.bankName,
      account: c.bank.account,
    };
  }
}
