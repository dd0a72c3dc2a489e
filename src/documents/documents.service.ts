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
import { AppError, ErrorCode, NotFoundError } from '../common/errors/app-error';
import { Money, type CurrencyCode } from '../common/money';
import { todayIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AttachmentRenderer } from '../notifications/attachment-renderer.port';
import type { AttachmentRef } from '../notifications/entities/email.entity';
import { Container } from '../shipments/entities/container.entity';
import { ShipmentEvent } from '../shipments/entities/shipment-event.entity';
import { Shipment } from '../shipments/entities/shipment.entity';
import type { AgingBucket, CompanyInfo, StatementData } from './domain/document-data';
import { DocumentRenderer } from './pdf/document-renderer';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For the outbox: the attachment an e-mail refers to. */
  async render(ref: AttachmentRef): Promise<Buffer> {
    // The outbox renders as the system (no actor): every document is in scope.
    switch (ref.kind) {
      case 'booking_confirmation':
        return (await this.bookingConfirmation(ref.id)).content;
      case 'debit_note':
        return (await this.debitNote(ref.id)).content;
      case 'statement':
        return (await this.statement(ref.id, ref.asOf)).content;
    }
  }

  /** The booking confirmation, dated the day the booking was confirmed (docs/domain.md step 1). */
  async bookingConfirmation(
    shipmentId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<RenderedDocument> {
    const shipment = await em.findOneBy(Shipment, { id: shipmentId });
    if (!shipment || !(await this.scope.includes(shipment.clientId, em))) throw new NotFoundError('Shipment');
    const [client, containers, confirmed, carrier] = await Promise.all([
      em.findOneByOrFail(Client, { id: shipment.clientId }),
      em.find(Container, { where: { shipmentId }, order: { seq: 'ASC' } }),
      em.findOne(ShipmentEvent, { where: { shipmentId, type: 'booking_confirmed' }, order: { seq: 'ASC' } }),
      shipment.carrierId ? em.findOneBy(Carrier, { id: shipment.carrierId }) : Promise.resolve(null),
    ]);
    const counts = new Map<string, number>();
    for (const c of containers) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    const content = await this.renderer.renderBookingConfirmation({
      company: this.company(),
      reference: shipment.reference,
      date: todayIn(this.config.timezone, confirmed?.at ?? shipment.createdAt),
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
    });
    return { filename: `booking-confirmation-${shipment.reference}.pdf`, content };
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
    const lines = await em.find(DebitNoteLine, { where: { debitNoteId: id }, order: { seq: 'ASC' } });
    const printed = note.snapshot ?? (await takeDebitNoteSnapshot(em, note, this.config.company));
    const s = printed.shipment;
    const out = DebitNoteDto.from(note, lines, s.reference, null);
    const content = await this.renderer.renderDebitNote({
      // Notes issued before snapshots were taken have none of the company: it prints as configured.
      company: this.company(printed.company ?? this.config.company),
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
    });
    return { filename: `${note.number ?? `draft-${note.id.slice(0, 8)}`}.pdf`, content };
  }

  /** A client's statement of account as of a date: open notes, aging, the total (docs/domain.md "Receivables"). */
  async statement(
    clientId: string,
    asOf?: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<RenderedDocument> {
    const client = await em.findOneBy(Client, { id: clientId });
    if (!client || !(await this.scope.includes(client.id, em))) throw new NotFoundError('Client');
    const date = asOf ?? todayIn(this.config.timezone);
    const base = this.config.baseCurrency;
    const notes = await this.reports.openNotes(clientId, date, em);
    const buckets: Record<AgingBucket, Money> = {
      current: Money.zero(base),
      d1_30: Money.zero(base),
      d31_60: Money.zero(base),
      d61_90: Money.zero(base),
      d90_plus: Money.zero(base),
    };
    for (const n of notes)
      buckets[n.bucket] = buckets[n.bucket].add(Money.strict(n.balanceBase.amount, base));
    const data: StatementData = {
      company: this.company(),
      client: { code: client.code, name: client.name, nameLocal: client.nameLocal, address: client.address },
      asOf: date,
      baseCurrency: base,
      notes: notes.map((n) => ({
        number: n.number,
        issueDate: n.issueDate,
        dueDate: n.dueDate,
        shipmentReference: n.shipmentReference,
        currency: n.currency,
        total: n.total,
        paid: n.paid,
        balance: n.balance,
        balanceBase: n.balanceBase,
        bucket: n.bucket,
      })),
      aging: {
        current: buckets.current.toJSON(),
        d1_30: buckets.d1_30.toJSON(),
        d31_60: buckets.d31_60.toJSON(),
        d61_90: buckets.d61_90.toJSON(),
        d90_plus: buckets.d90_plus.toJSON(),
        total: Money.sum(Object.values(buckets), base).toJSON(),
      },
    };
    return {
      filename: `statement-${client.code}-${date}.pdf`,
      content: await this.renderer.renderStatement(data),
    };
  }

  private company(c: AppConfig['company'] = this.config.company): CompanyInfo {
    return {
      name: c.name,
      nameLocal: c.nameLocal,
      address: c.address,
      phone: c.phone,
      email: c.email,
      bank: {
        beneficiary: c.bank.beneficiary,
        bankName: c.bank.bankName,
        account: c.bank.account,
        swift: c.bank.swift,
      },
    };
  }
}
