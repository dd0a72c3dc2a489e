import { moneyJson } from '../common/money/money.dto';
import type { ShipmentFacts } from '../notifications/notices.service';
import type { ShipmentSnapshot } from './recent-shipments';

/** What a notice needs to know of a shipment. */
export function shipmentFacts({ shipment: s, containers }: ShipmentSnapshot): ShipmentFacts {
  return {
    id: s.id,
    reference: s.reference,
    clientId: s.clientId,
    pol: s.pol,
    pod: s.pod,
    commodity: s.commodity,
    vessel: s.vessel,
    voyage: s.voyage,
    etd: s.etd,
    agreedRate: moneyJson(s.agreedRateMinor, s.agreedRateCurrency),
    containerTypes: containers.map((c) => c.type),
    createdById: s.createdById,
    operatorId: s.operatorId,
  };
}
