import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { Client } from '../clients/entities/client.entity';
import { bankFor } from '../common/company';
import { Money } from '../common/money';
import { formatMoney } from '../documents/domain/document-format';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { containerTypeLabel } from '../containers/domain/container-type';
import { User } from '../users/entities/user.entity';
import { DOCUMENT_ISSUER, type DocumentIssuer, type DocumentToIssue } from './document-issuer.port';
import { OutboxService, type OutgoingEmail } from './outbox.service';

/** "USD 1,850.00": the currency first, thousands grouped, as the papers write it. */
const money = (m: { amount: string; currency: string } | null | undefined): string =>
  m ? formatMoney(m as Parameters<typeof formatMoney>[0]) : '';
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
  /** Who runs the shipment: the client's contact for it (Reply-To, signature); the booker when unassigned. */
  operatorId: string | null;
}

/** The person an e-mail is sent on behalf of: answers go to them, and the signature names them. */
interface Contact {
  name: string;
  email: string;
  phone: string | null;
}

/**
 * What the business tells people, as e-mails queued in the caller's transaction: clients get their
 * documents and notices in their language; staff get alerts. The words are in templates/emails/.
 */
@Injectable()
export class NoticesService implements OnApplicationBootstrap {
  private issuer!: DocumentIssuer;

  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The documents module makes the documents notices send (it needs billing, which sends notices). */
  onApplicationBootstrap(): void {
    this.issuer = this.moduleRef.get<DocumentIssuer>(DOCUMENT_ISSUER, { strict: false });
  }

  /** Booking confirmed (docs/domain.md step 1: confirmed in writing): the confirmation PDF to the client. */
  async bookingConfirmed(em: EntityManager, s: ShipmentFacts): Promise<void> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    const counts = new Map<string, number>();
    for (const t of s.containerTypes)
      counts.set(containerTypeLabel(t), (counts.get(containerTypeLabel(t)) ?? 0) + 1);
    const contact = await this.shipmentContact(em, s, client);
    await this.toClient(
      em,
      client,
      {
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
          rateUnit: s.agreedRate ? [...new Set(s.containerTypes.map(containerTypeLabel))].join('/') : null,
        },
        document: { kind: 'booking_confirmation', shipmentId: s.id },
      },
      contact,
    );
  }

  /**
   * The S/O notice (放舱通知 / 进仓通知) to the client with the notice as a PDF: on release-so, and again as a
   * new version when a roll changes the sailing or the cut-offs after it (docs/documents.md).
   */
  async soNotice(em: EntityManager, s: ShipmentFacts): Promise<void> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    const contact = await this.shipmentContact(em, s, client);
    const [so] = await em.query<
      {
        so_number: string | null;
        carrier_booking_reference: string | null;
        cutoff_cy: Date | null;
        cutoff_si: Date | null;
        cutoff_vgm: Date | null;
        cutoff_customs: Date | null;
        sent: number;
      }[]
    >(
      `SELECT so_number, carrier_booking_reference, cutoff_cy, cutoff_si, cutoff_vgm, cutoff_customs,
              (SELECT count(*)::int FROM documents d WHERE d.series = 'so_notice:' || s.id::text) AS sent
         FROM shipments s WHERE s.id = $1`,
      [s.id],
    );
    const counts = new Map<string, number>();
    for (const t of s.containerTypes)
      counts.set(containerTypeLabel(t), (counts.get(containerTypeLabel(t)) ?? 0) + 1);
    const tz = this.config.timezone;
    await this.toClient(
      em,
      client,
      {
        template: 'so_notice',
        shipmentId: s.id,
        view: {
          reference: s.reference,
          soNumber: so?.so_number ?? '',
          carrierBookingReference: so?.carrier_booking_reference ?? '',
          vessel: s.vessel ?? '',
          voyage: s.voyage ?? '',
          etd: day(s.etd, tz),
          cutoffCy: day(so?.cutoff_cy, tz) || null,
          cutoffSi: day(so?.cutoff_si, tz) || null,
          cutoffVgm: day(so?.cutoff_vgm, tz) || null,
          cutoffCustoms: day(so?.cutoff_customs, tz) || null,
          timeZone: tz,
          pol: s.pol,
          pod: s.pod,
          containers: [...counts].map(([t, n]) => `${n} × ${t}`).join(', '),
          revised: (so?.sent ?? 0) > 0,
          version: (so?.sent ?? 0) + 1,
        },
        document: { kind: 'so_notice', shipmentId: s.id },
      },
      contact,
    );
  }

  /**
   * The B/L draft (提单确认件) of the current SI revision to the client, to check and approve: made, stored and
   * attached as a document, on each new revision and when a roll changes the vessel on it (docs/documents.md).
   */
  async blDraft(
    em: EntityManager,
    s: ShipmentFacts,
    draft: { revision: number; reason: 'si' | 'roll' },
  ): Promise<void> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    const contact = await this.shipmentContact(em, s, client);
    await this.toClient(
      em,
      client,
      {
        template: 'bl_draft',
        shipmentId: s.id,
        view: {
          reference: s.reference,
          revision: draft.revision,
          rolled: draft.reason === 'roll',
          vessel: s.vessel ?? '',
          voyage: s.voyage ?? '',
          pod: s.pod,
        },
        document: { kind: 'bl_draft', shipmentId: s.id },
      },
      contact,
    );
  }

  /**
   * Papers of the shipment sent to the client at a staff user's request (docs/papers.md, "Sending papers"):
   * the files attached as they are stored, on behalf of the sender (answers go to them). False when the
   * client has no address (nothing queued).
   */
  async papersSent(
    em: EntityManager,
    s: { id: string; reference: string; clientId: string; pol: string; pod: string },
    papers: {
      files: {
        attachmentId: string;
        filename: string;
        contentType: string;
        kind: { zh: string; en: string };
      }[];
      note: string | null;
      senderId: string | null;
    },
  ): Promise<boolean> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    const people = await this.shipmentPeople(em, s.id);
    const contact = await this.firstStaff(em, [
      papers.senderId,
      people.operatorId,
      people.createdById,
      client.salesUserId,
    ]);
    const language = client.language;
    return this.toClient(
      em,
      client,
      {
        template: 'papers_sent',
        shipmentId: s.id,
        view: {
          reference: s.reference,
          pol: s.pol,
          pod: s.pod,
          count: papers.files.length,
          files: papers.files.map((f) => ({ name: `${f.kind[language]}: ${f.filename}` })),
          note: papers.note,
        },
        attachments: papers.files.map((f) => ({
          kind: 'attachment' as const,
          attachmentId: f.attachmentId,
          filename: f.filename,
          contentType: f.contentType,
        })),
      },
      contact,
    );
  }

  /** The cargo was rolled to another vessel: the client is told what changed and why. */
  async vesselRolled(
    em: EntityManager,
    s: ShipmentFacts,
    change: { from: { vessel: string | null; voyage: string | null; etd: string | null }; reason: string },
  ): Promise<void> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    const contact = await this.shipmentContact(em, s, client);
    await this.toClient(
      em,
      client,
      {
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
      },
      contact,
    );
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
    const contact = await this.shipmentContact(em, await this.shipmentPeople(em, note.shipmentId), client);
    await this.toClient(
      em,
      client,
      {
        template: 'debit_note_issued',
        shipmentId: note.shipmentId,
        view: {
          number: note.number,
          reference: note.reference,
          total: money(note.total.toJSON()),
          dueDate: note.dueDate,
          rates: note.rates.join('; ') || null,
          // The account in the note's currency, as the note prints it (a USD note: the USD account).
          ...this.bankView(note.total.currency),
          // Only a cash-first client waits for its payment before the B/L; credit clients pay by the due date.
          cashFirst: client.paymentTerms === 'prepaid',
        },
        document: { kind: 'debit_note', debitNoteId: note.id },
        dedupeKey: `debit-note-issued:${note.id}`,
      },
      contact,
    );
  }

  /** A statement of account as of a date (docs/domain.md: required for receivables over three months). */
  async statement(
    em: EntityManager,
    client: Client,
    asOf: string,
    totals: { amount: string; currency: string }[],
    noteCount: number,
    dedupeKey?: string,
  ): Promise<boolean> {
    const contact = await this.clientContact(em, client);
    return this.toClient(
      em,
      client,
      {
        template: 'statement',
        view: {
          asOf,
          // Per currency, nothing converted: "USD 1,200.00; CNY 3,500.00".
          total: totals.map(money).join('; '),
          noteCount,
        },
        document: { kind: 'statement', clientId: client.id, asOf },
        dedupeKey,
      },
      contact,
    );
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
    const contact = await this.clientContact(em, client);
    return this.toClient(
      em,
      client,
      {
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
      },
      contact,
    );
  }

  /** The B/L released (original), telex released (电放) or the sea waybill issued: the client is told. */
  async blReleased(
    em: EntityManager,
    s: ShipmentFacts,
    release: { mode: 'original' | 'telex' | 'seaway'; blNumber: string | null },
  ): Promise<void> {
    const client = await em.findOneByOrFail(Client, { id: s.clientId });
    const contact = await this.shipmentContact(em, s, client);
    await this.toClient(
      em,
      client,
      {
        template: 'bl_released',
        shipmentId: s.id,
        view: {
          reference: s.reference,
          original: release.mode === 'original',
          telex: release.mode === 'telex',
          seaway: release.mode === 'seaway',
          blNumber: release.blNumber,
          vessel: s.vessel,
          voyage: s.voyage ?? '',
          pod: s.pod,
        },
        dedupeKey: `bl-released:${s.id}`,
      },
      contact,
    );
  }

  /** Money received from the client: what it was and which notes it settled, with what is left on each. */
  async paymentReceived(
    em: EntityManager,
    client: Client,
    payment: {
      id: string;
      amount: { amount: string; currency: string };
      reference: string;
      receivedAt: Date;
      allocations: {
        number: string;
        applied: { amount: string; currency: string };
        balance: { amount: string; currency: string };
      }[];
    },
  ): Promise<void> {
    const contact = await this.clientContact(em, client);
    const zh = client.language === 'zh';
    await this.toClient(
      em,
      client,
      {
        template: 'payment_received',
        view: {
          amount: money(payment.amount),
          reference: payment.reference,
          receivedAt: day(payment.receivedAt, this.config.timezone).slice(0, 10),
          allocations: payment.allocations
            .map((a) =>
              zh
                ? `${a.number}：核销 ${money(a.applied)}，余额 ${money(a.balance)}`
                : `${a.number}: ${money(a.applied)} applied, ${money(a.balance)} left`,
            )
            .join('\n'),
        },
        dedupeKey: `payment-received:${payment.id}`,
      },
      contact,
    );
  }

  /**
   * An approval waits: the managers who can decide it are told (those whose team holds the client, or the
   * requester's team lead; the admins when no manager can), each in their own language.
   */
  async approvalWaiting(
    em: EntityManager,
    approval: {
      id: string;
      type: string;
      reason: string;
      clientId: string | null;
      shipmentId: string | null;
      requestedById: string;
      requestedByName: string;
      details: string | null;
    },
    names: { zh: string; en: string; subject: string | null },
  ): Promise<void> {
    const managers = await em.query<{ email: string; language: 'zh' | 'en' }[]>(
      `SELECT m.email, m.language FROM users m
        WHERE m.active AND m.role = 'manager' AND m.id <> $1
          AND CASE WHEN $2::uuid IS NOT NULL
                   THEN EXISTS (SELECT 1 FROM clients c LEFT JOIN users s ON s.id = c.sales_user_id
                                 WHERE c.id = $2 AND (c.sales_user_id = m.id OR s.team_lead_id = m.id))
                   ELSE EXISTS (SELECT 1 FROM users r WHERE r.id = $1 AND r.team_lead_id = m.id) END`,
      [approval.requestedById, approval.clientId],
    );
    const deciders = managers.length
      ? managers
      : await em.query<{ email: string; language: 'zh' | 'en' }[]>(
          "SELECT email, language FROM users WHERE active AND role = 'admin' AND id <> $1",
          [approval.requestedById],
        );
    for (const language of ['zh', 'en'] as const) {
      const to = deciders.filter((d) => d.language === language).map((d) => d.email);
      if (!to.length) continue;
      await this.outbox.enqueue(em, {
        template: 'approval_waiting',
        language,
        to,
        shipmentId: approval.shipmentId,
        clientId: approval.clientId,
        view: {
          typeName: names[language],
          subject: names.subject,
          requestedBy: approval.requestedByName,
          reason: approval.reason,
          details: approval.details,
        },
        dedupeKey: `approval-waiting:${approval.id}:${language}`,
      });
    }
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
    const ids = [s.operatorId ?? s.createdById, client.salesUserId].filter((id): id is string => !!id);
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
   * letterhead and bank details, the client's name as the client reads it, and the signature of the person
   * it is sent on behalf of (`contact`), to whom the client's answer goes (Reply-To).
   */
  private async toClient(
    em: EntityManager,
    client: Client,
    {
      document,
      ...notice
    }: Omit<OutgoingEmail, 'language' | 'to' | 'clientId'> & {
      /** The document it carries: made now, stored, and attached as stored (docs/documents.md). */
      document?: DocumentToIssue;
    },
    contact: Contact | null,
  ): Promise<boolean> {
    const issued = document ? await this.issuer.issue(em, document, client.emails) : null;
    const emailId = await this.outbox.queue(em, {
      ...notice,
      attachments: issued
        ? [
            { kind: 'document', documentId: issued.id, filename: issued.filename },
            ...(notice.attachments ?? []),
          ]
        : notice.attachments,
      language: client.language,
      to: client.emails,
      clientId: client.id,
      replyTo: contact?.email ?? null,
      view: {
        ...this.company(),
        clientName: client.language === 'zh' ? (client.nameLocal ?? client.name) : client.name,
        signature: this.signature(client.language, contact),
        ...notice.view,
      },
    });
    if (issued && emailId) await this.issuer.sent(em, issued.id, emailId);
    // Queued before under the same key (a statement the job made already): this copy was never sent.
    else if (issued && notice.dedupeKey) await this.issuer.discard(em, issued.id);
    return emailId !== null;
  }

  /** The closing lines: the person's name, phone and e-mail, then the company (both names in Chinese). */
  private signature(language: 'zh' | 'en', contact: Contact | null): string {
    const c = this.config.company;
    const person = contact
      ? language === 'zh'
        ? [contact.name, contact.phone ? `电话：${contact.phone}` : null, `邮箱：${contact.email}`]
        : [contact.name, contact.phone ? `Tel: ${contact.phone}` : null, `E-mail: ${contact.email}`]
      : [];
    const company = language === 'zh' ? [c.nameLocal, c.name] : [c.name];
    return [...person, ...company].filter((line): line is string => !!line).join('\n');
  }

  /**
   * Who writes to the client about a shipment: its operator, else whoever booked it, else the client's
   * salesperson; only an active staff user.
   */
  private async shipmentContact(
    em: EntityManager,
    s: { operatorId: string | null; createdById: string | null },
    client: Client,
  ): Promise<Contact | null> {
    return this.firstStaff(em, [s.operatorId, s.createdById, client.salesUserId]);
  }

  /** Who writes to the client about its account (statements, reminders, payments): its salesperson. */
  private clientContact(em: EntityManager, client: Client): Promise<Contact | null> {
    return this.firstStaff(em, [client.salesUserId]);
  }

  private async shipmentPeople(
    em: EntityManager,
    shipmentId: string,
  ): Promise<{ operatorId: string | null; createdById: string | null }> {
    const [row] = await em.query<{ operator_id: string | null; created_by_id: string | null }[]>(
      'SELECT operator_id, created_by_id FROM shipments WHERE id = $1',
      [shipmentId],
    );
    return { operatorId: row?.operator_id ?? null, createdById: row?.created_by_id ?? null };
  }

  private async firstStaff(em: EntityManager, ids: (string | null)[]): Promise<Contact | null> {
    const wanted = ids.filter((id): id is string => !!id);
    if (!wanted.length) return null;
    const users = await em
      .createQueryBuilder(User, 'u')
      .where("u.id IN (:...ids) AND u.active AND u.role <> 'client'", { ids: wanted })
      .getMany();
    const user = wanted.map((id) => users.find((u) => u.id === id)).find((u) => u !== undefined);
    return user ? { name: user.name, email: user.email, phone: user.phone } : null;
  }

  private bankView(currency: string): Record<string, string> {
    const bank = bankFor(this.config.company, currency);
    return { beneficiary: bank.beneficiary, bankName: bank.bankName, account: bank.account };
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
