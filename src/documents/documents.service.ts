import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { DebitNotesService } from '../billing/debit-notes.service';
import { DebitNoteLine } from '../billing/entities/debit-note-line.entity';
import { DebitNoteDto } from '../billing/dto/debit-note.dto';
import { takeDebitNoteSnapshot } from '../billing/debit-note-snapshot';
import { ReportsService } from '../billing/reports.service';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Client } from '../clients/entities/client.entity';
import { AppError, ErrorCode, NotFoundError, RequirementsUnmetError } from '../common/errors/app-error';
import { Money, type CurrencyCode } from '../common/money';
import { todayIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AttachmentRenderer } from '../notifications/attachment-renderer.port';
import type { DocumentRef } from '../notifications/attachment-renderer.port';
import { Container } from '../shipments/entities/container.entity';
import { ShipmentEvent } from '../shipments/entities/shipment-event.entity';
import { Shipment } from '../shipments/entities/shipment.entity';
import { User } from '../users/entities/user.entity';
import { bankFor } from '../common/company';
import type { BankAccount, CompanyInfo, StatementData, StatementPeriod } from './domain/document-data';
import { periodTotals, statementAging } from './domain/statement-totals';
import { DocumentRenderer } from './pdf/document-renderer';
import { DocumentStore } from './stored/document-store.service';
import { localTime, soNoticeData } from './stored/so-notice-facts';
import { blDraftData } from './bl-draft-source';

export interface RenderedDocument {
  filename: string;
  content: Buffer;
}

/**
 * Builds each document's data from what is stored (for an issued note: its frozen lines and rates) and
 * renders it; the same stored data always gives the same document, so nothing is kept but the data.
 */
@Injectable()
export class DocumentsService implements AttachmentRenderer {
  private readonly renderer = new DocumentRenderer();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly notes: DebitNotesService,
    private readonly scope: ScopeService,
    private readonly store: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For the outbox: the attachment an e-mail refers to. */
  async render(ref: DocumentRef): Promise<Buffer> {
    // The outbox renders as the system (no actor): every document is in scope.
    switch (ref.kind) {
      case 'document': {
        // The bytes as made when the e-mail was written (docs/documents.md).
        const stored = await this.store.bytes(ref.documentId);
        if (!stored) throw new Error(`stored document ${ref.documentId} is gone`);
        return stored.content;
      }
      case 'booking_confirmation':
        return (await this.bookingConfirmation(ref.id)).content;
      case 'debit_note':
        return (await this.debitNote(ref.id)).content;
      case 'statement':
        return (await this.statement(ref.id, ref.asOf)).content;
    }
  }

  /**
   * The booking confirmation, dated `date` (a version made and sent that day, docs/documents.md), or else the
   * day the booking was confirmed (docs/domain.md step 1).
   */
  async bookingConfirmation(
    shipmentId: string,
    em: EntityManager = this.dataSource.manager,
    date?: string,
  ): Promise<RenderedDocument> {
    const shipment = await em.findOneBy(Shipment, { id: shipmentId });
    if (!shipment || !(await this.scope.includes(shipment.clientId, em))) throw new NotFoundError('Shipment');
    // The client's contact: the shipment's operator, else whoever booked it (staff only).
    const operatorId = shipment.operatorId ?? shipment.createdById;
    // One query after another: when sent, this runs inside the sending transaction (one connection).
    const client = await em.findOneByOrFail(Client, { id: shipment.clientId });
    const containers = await em.find(Container, { where: { shipmentId }, order: { seq: 'ASC' } });
    const confirmed = await em.findOne(ShipmentEvent, {
      where: { shipmentId, type: 'booking_confirmed' },
      order: { seq: 'ASC' },
    });
    const carrier = shipment.carrierId ? await em.findOneBy(Carrier, { id: shipment.carrierId }) : null;
    const operator = operatorId ? await em.findOneBy(User, { id: operatorId }) : null;
    const tz = this.config.timezone;
    const counts = new Map<string, number>();
    for (const c of containers) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    const content = await this.renderer.renderBookingConfirmation({
      company: this.company(),
      reference: shipment.reference,
      date: date ?? todayIn(this.config.timezone, confirmed?.at ?? shipment.createdAt),
      client: { code: client.code, name: client.name, nameLocal: client.nameLocal, address: client.address },
      carrierName: carrier?.name ?? null,
      pol: shipment.pol,
      pod: shipment.pod,
      containers: [...counts].map(([type, count]) => ({ type, count })),
      commodity: shipment.commodity,
      vessel: shipment.vessel,
      voyage: shipment.voyage,
      etd: shipment.etd?.toISOString() ?? null,
      agreedRate:
        shipment.agreedRateMinor !== null && shipment.agreedRateCurrency !== null
          ? Money.fromMinor(
              BigInt(shipment.agreedRateMinor),
              shipment.agreedRateCurrency as CurrencyCode,
            ).toJSON()
          : null,
      freightTerm: shipment.freightTerm,
      soNumber: shipment.soNumber,
      carrierBookingReference: shipment.carrierBookingReference,
      cutoffs: {
        cy: localTime(shipment.cutoffCy, tz),
        si: localTime(shipment.cutoffSi, tz),
        vgm: localTime(shipment.cutoffVgm, tz),
        customs: localTime(shipment.cutoffCustoms, tz),
      },
      timeZone: tz,
      contact:
        operator && operator.role !== 'client'
          ? { name: operator.name, email: operator.email, phone: operator.phone }
          : null,
      terms: this.config.documents.bookingTerms,
    });
    return { filename: `booking-confirmation-${shipment.reference}.pdf`, content };
  }

  /**
   * The B/L draft (提单确认件) of the shipment's current SI revision, dated the day it is made (today unless
   * given): what the client and the carrier check before approving (docs/documents.md). 422 before any SI.
   */
  async blDraft(
    shipmentId: string,
    em: EntityManager = this.dataSource.manager,
    date?: string,
  ): Promise<RenderedDocument> {
    const shipment = await em.findOneBy(Shipment, { id: shipmentId });
    if (!shipment || !(await this.scope.includes(shipment.clientId, em))) throw new NotFoundError('Shipment');
    const data = await blDraftData(em, shipment, {
      company: this.company(),
      date: date ?? todayIn(this.config.timezone),
    });
    if (!data)
      throw new RequirementsUnmetError(['shipping instructions submitted (submit-si)'], 'No B/L draft yet');
    return {
      filename: `bl-draft-${shipment.reference}-R${data.revision}.pdf`,
      content: await this.renderer.renderBlDraft(data),
    };
  }

  /**
   * The S/O notice (放舱通知 / 进仓通知) of a shipment whose S/O is released, dated the day it is made, with
   * its version (docs/documents.md).
   */
  async soNotice(
    shipmentId: string,
    em: EntityManager,
    made: { date: string; version: number },
  ): Promise<RenderedDocument> {
    const shipment = await em.findOneBy(Shipment, { id: shipmentId });
    if (!shipment || !(await this.scope.includes(shipment.clientId, em))) throw new NotFoundError('Shipment');
    const data = await soNoticeData(em, shipment, {
      ...made,
      company: this.company(),
      timeZone: this.config.timezone,
    });
    return {
      filename: `so-notice-${shipment.reference}.pdf`,
      content: await this.renderer.renderSoNotice(data),
    };
  }

  /**
   * A debit note. An issued (or void) one prints only what was frozen when it was issued: its own columns and
   * lines, and the snapshot of the parties, the shipment and our company taken in the issuing transaction, so
   * every copy (the e-mailed one, any later download) is the same bytes. A draft prints things as they are now.
   */
  async debitNote(id: string, em: EntityManager = this.dataSource.manager): Promise<RenderedDocument> {
    const note = await this.notes.visible(id, em);
    // A payable note is the carrier's bill: the carrier printed it, we print no document of ours for it.
    if (note.direction === 'payable') {
      throw new AppError(
        409,
        ErrorCode.DEBIT_NOTE_INVALID_STATE,
        "A payable note is the carrier's bill: there is no PDF of ours for it",
        { direction: 'payable', action: 'print' },
      );
    }
    // The bytes the client was sent, when they were kept (notes issued since documents are stored).
    if (note.state === 'issued') {
      const stored = await this.store.debitNoteBytes(note.id, em);
      if (stored) return stored;
    }
    const lines = await em.find(DebitNoteLine, { where: { debitNoteId: id }, order: { seq: 'ASC' } });
    const printed =
      note.snapshot ??
      (await takeDebitNoteSnapshot(em, note, this.config.company, this.config.documents.taxNote));
    const s = printed.shipment;
    const out = DebitNoteDto.from(note, lines, s.reference, null);
    const content = await this.renderer.renderDebitNote({
      // Notes issued before snapshots were taken have none of the company: it prints as configured, with the
      // account in the note's currency. A snapshot's bank is the account it printed.
      company: printed.company
        ? this.company(printed.company)
        : this.company(this.config.company, note.currency),
      number: note.number,
      status: out.status,
      issueDate: note.issueDate,
      dueDate: note.dueDate,
      direction: note.direction,
      party: printed.party,
      shipment: {
        reference: s.reference,
        blNumber: s.blNumber,
        containerNumbers: s.containers.map((c) => c.number),
        vessel: s.vessel,
        voyage: s.voyage,
        pol: s.pol,
        pod: s.pod,
        etd: s.etd,
      },
      lines: out.lines.map((l) => ({
        description: l.description,
        amount: l.amount,
        quantity: l.quantity,
        lineTotal: l.lineTotal,
        rate: l.rate,
        converted: l.converted,
      })),
      fxRates: note.fxRates,
      total: out.total,
      carrierNumber: note.carrierNumber,
      remarks: note.remarks,
      taxNote: printed.taxNote ?? null,
    });
    return { filename: `${note.number ?? `draft-${note.id.slice(0, 8)}`}.pdf`, content };
  }

  /**
   * A client's statement of account as of a date: open notes, aging and the total due, per currency
   * (docs/domain.md "Receivables"; docs/billing.md "Statements").
   */
  async statement(
    clientId: string,
    asOf?: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<RenderedDocument> {
    const client = await this.statementClient(clientId, em);
    const date = asOf ?? todayIn(this.config.timezone);
    return {
      filename: `statement-${client.code}-${date}.pdf`,
      content: await this.renderer.renderStatement(await this.statementData(client, date, null, em)),
    };
  }

  /**
   * A period statement: per currency, the balance at the end of the day before `from`, the notes issued and
   * payments received from `from` to `to`, the closing balance; then what is open at `to`, as a statement as
   * of `to` shows it (docs/billing.md "Statements").
   */
  async periodStatement(
    clientId: string,
    from: string,
    to: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<RenderedDocument> {
    const client = await this.statementClient(clientId, em);
    const activity = await this.reports.accountActivity(clientId, from, to, em);
    const period: StatementPeriod = {
      from,
      to,
      openingDate: previousDay(from),
      notes: activity.notes,
      payments: activity.payments,
      totals: periodTotals(activity.opening, activity.notes, activity.payments, this.config.baseCurrency),
    };
    return {
      filename: `statement-${client.code}-${from}-${to}.pdf`,
      content: await this.renderer.renderStatement(await this.statementData(client, to, period, em)),
    };
  }

  /** Today in the business's calendar: a period statement's end by default. */
  today(): string {
    return todayIn(this.config.timezone);
  }

  private async statementClient(clientId: string, em: EntityManager): Promise<Client> {
    const client = await em.findOneBy(Client, { id: clientId });
    if (!client || !(await this.scope.includes(client.id, em))) throw new NotFoundError('Client');
    return client;
  }

  private async statementData(
    client: Client,
    date: string,
    period: StatementPeriod | null,
    em: EntityManager,
  ): Promise<StatementData> {
    const base = this.config.baseCurrency;
    const notes = (await this.reports.openNotes(client.id, date, em)).map((n) => ({
      number: n.number,
      issueDate: n.issueDate,
      dueDate: n.dueDate,
      shipmentReference: n.shipmentReference,
      currency: n.currency,
      total: n.total,
      paid: n.paid,
      balance: n.balance,
      bucket: n.bucket,
    }));
    const aging = statementAging(notes, base);
    // An account for each currency owed (or moved in the period); the base-currency one when there is none.
    const currencies = new Set<string>([
      ...aging.map((a) => a.currency),
      ...(period?.totals.map((t) => t.currency) ?? []),
    ]);
    if (currencies.size === 0) currencies.add(base);
    const accounts: BankAccount[] = [...currencies]
      .sort((a, b) => (a === base ? -1 : b === base ? 1 : a.localeCompare(b)))
      .map((currency) => ({ ...this.bank(bankFor(this.config.company, currency)), currency }));
    return {
      company: this.company(),
      client: {
        code: client.code,
        name: client.name,
        nameLocal: client.nameLocal,
        address: client.address,
        taxId: client.taxId,
      },
      asOf: date,
      notes,
      aging,
      accounts,
      period,
    };
  }

  /** Our company as printed; the account is the one in `currency` (BANK_ACCOUNTS), else the base one. */
  private company(c: AppConfig['company'] = this.config.company, currency?: string): CompanyInfo {
    return {
      name: c.name,
      nameLocal: c.nameLocal,
      address: c.address,
      phone: c.phone,
      email: c.email,
      bank: this.bank(currency ? bankFor(c, currency) : c.bank),
    };
  }

  private bank(b: AppConfig['company']['bank']): BankAccount {
    return {
      beneficiary: b.beneficiary,
      bankName: b.bankName,
      account: b.account,
      swift: b.swift,
      bankAddress: b.bankAddress ?? null,
    };
  }
}

/** The calendar day before `YYYY-MM-DD`. */
function previousDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
