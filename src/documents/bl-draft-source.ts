import type { EntityManager } from 'typeorm';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Container } from '../shipments/entities/container.entity';
import type { Shipment } from '../shipments/entities/shipment.entity';
import type { BlDraftData } from './domain/bl-draft-data';
import type { CompanyInfo } from './domain/document-data';

/**
 * The B/L draft's data: the shipment's current SI revision (null before the first), its sailing and its
 * containers as they are now, which is what the carrier will print. Read one query after another: this runs
 * inside the sending transaction.
 */
export async function blDraftData(
  em: EntityManager,
  shipment: Shipment,
  made: { company: CompanyInfo; date: string },
): Promise<BlDraftData | null> {
  const si = shipment.shippingInstructions;
  if (!si || shipment.siRevision === 0) return null;
  const carrier = shipment.carrierId ? await em.findOneBy(Carrier, { id: shipment.carrierId }) : null;
  const containers = await em.find(Container, { where: { shipmentId: shipment.id }, order: { seq: 'ASC' } });
  return {
    company: made.company,
    reference: shipment.reference,
    revision: shipment.siRevision,
    date: made.date,
    blNumber: shipment.blNumber,
    shipper: si.shipper,
    consignee: si.consignee,
    notifyParty: si.notifyParty ?? null,
    carrierName: carrier?.name ?? null,
    vessel: shipment.vessel,
    voyage: shipment.voyage,
    pol: shipment.pol,
    pod: shipment.pod,
    placeOfReceipt: si.placeOfReceipt ?? null,
    placeOfDelivery: si.placeOfDelivery ?? null,
    marks: si.marks,
    description: si.description,
    packages: si.packages,
    grossWeightKg: si.grossWeightKg,
    measurementCbm: si.measurementCbm,
    containers: containers.map((c) => ({
      number: c.containerNumber ?? '-',
      seal: c.sealNumber,
      type: c.type,
      packages: c.packages,
      grossWeightKg: c.grossWeightKg,
    })),
    freightTerm: shipment.freightTerm,
    blType: si.blType,
    originals: si.blType === 'original' ? 3 : 0,
  };
}
