import type { EntityManager } from 'typeorm';
import { bankFor } from '../common/company';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Client } from '../clients/entities/client.entity';
import type { AppConfig } from '../config/app-config';
import { Container } from '../shipments/entities/container.entity';
import { Shipment } from '../shipments/entities/shipment.entity';
import type { DebitNoteSnapshot } from './domain/debit-note-snapshot';
import type { DebitNote } from './entities/debit-note.entity';

/**
 * What the note prints besides its own columns, read now in `em`: in the issuing transaction it becomes the
 * note's snapshot (the shipment is locked there, so what is read is what the issue decided on); for a draft
 * it is simply the current state.
 */
export async function takeDebitNoteSnapshot(
  em: EntityManager,
  note: Pick<DebitNote, 'shipmentId' | 'clientId' | 'carrierId' | 'currency'>,
  company: AppConfig['company'],
  taxNote: AppConfig['documents']['taxNote'] | null = null,
): Promise<DebitNoteSnapshot> {
  const [shipment, containers] = await Promise.all([
    em.findOneByOrFail(Shipment, { id: note.shipmentId }),
    em.find(Container, { where: { shipmentId: note.shipmentId }, order: { seq: 'ASC' } }),
  ]);
  const party = note.clientId
    ? await em.findOneByOrFail(Client, { id: note.clientId })
    : await em.findOneByOrFail(Carrier, { id: note.carrierId! });
  return {
    takenAt: new Date().toISOString(),
    company: {
      name: company.name,
      nameLocal: company.nameLocal,
      address: company.address,
      phone: company.phone,
      email: company.email,
      // The account the note is paid into, frozen: a USD note keeps the USD account it printed.
      bank: { ...bankFor(company, note.currency) },
    },
    taxNote: taxNote ? { ...taxNote } : null,
    party: {
      code: party.code,
      name: party.name,
      nameLocal: party instanceof Client ? party.nameLocal : null,
      address: party instanceof Client ? party.address : null,
      taxId: party instanceof Client ? party.taxId : null,
    },
    shipment: {
      reference: shipment.reference,
      blNumber: shipment.blNumber,
      vessel: shipment.vessel,
      voyage: shipment.voyage,
      pol: shipment.pol,
      pod: shipment.pod,
      etd: shipment.etd?.toISOString() ?? null,
      containers: containers.flatMap((c) =>
        c.containerNumber ? [{ number: c.containerNumber, sealNumber: c.sealNumber, type: c.type }] : [],
      ),
    },
  };
}
