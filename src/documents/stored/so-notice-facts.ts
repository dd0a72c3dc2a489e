import type { EntityManager } from 'typeorm';
import { Carrier } from '../../carriers/entities/carrier.entity';
import { Client } from '../../clients/entities/client.entity';
import { Container } from '../../shipments/entities/container.entity';
import type { Shipment } from '../../shipments/entities/shipment.entity';
import { User } from '../../users/entities/user.entity';
import type { CompanyInfo } from '../domain/document-data';
import type { SoNoticeData } from '../domain/so-notice-data';

/** `2026-12-01 17:00` in the zone: how the desk and the trucker read a cut-off. */
export function localTime(at: Date | null, timeZone: string): string | null {
  if (!at) return null;
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/**
 * What the S/O notice prints of a shipment, read in the caller's transaction. The operator is the shipment's
 * (its booker while none is assigned): the client's contact for it, with their phone when they have one.
 */
export async function soNoticeData(
  em: EntityManager,
  shipment: Shipment,
  made: { date: string; version: number; company: CompanyInfo; timeZone: string },
): Promise<SoNoticeData> {
  const operatorId = shipment.operatorId ?? shipment.createdById;
  // One query after another: this runs inside the sending transaction (one connection).
  const client = await em.findOneByOrFail(Client, { id: shipment.clientId });
  const containers = await em.find(Container, { where: { shipmentId: shipment.id }, order: { seq: 'ASC' } });
  const carrier = shipment.carrierId ? await em.findOneBy(Carrier, { id: shipment.carrierId }) : null;
  const operator = operatorId ? await em.findOneBy(User, { id: operatorId }) : null;
  const counts = new Map<string, number>();
  for (const c of containers) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
  const terminals = [...new Set(containers.map((c) => c.terminal).filter((t): t is string => !!t))];
  const at = (d: Date | null): string | null => localTime(d, made.timeZone);
  return {
    company: made.company,
    reference: shipment.reference,
    date: made.date,
    version: made.version,
    client: { code: client.code, name: client.name, nameLocal: client.nameLocal, address: client.address },
    soNumber: shipment.soNumber ?? '',
    carrierBookingReference: shipment.carrierBookingReference,
    carrierName: carrier?.name ?? null,
    vessel: shipment.vessel,
    voyage: shipment.voyage,
    etd: at(shipment.etd),
    cutoffs: {
      cy: at(shipment.cutoffCy),
      si: at(shipment.cutoffSi),
      vgm: at(shipment.cutoffVgm),
      customs: at(shipment.cutoffCustoms),
    },
    timeZone: made.timeZone,
    pol: shipment.pol,
    pod: shipment.pod,
    containers: [...counts].map(([type, count]) => ({ type, count })),
    terminals,
    depotDocPrint: carrier?.requiresDocPrint ?? true,
    operator:
      operator && operator.role !== 'client'
        ? { name: operator.name, phone: operator.phone, email: operator.email }
        : null,
  };
}
