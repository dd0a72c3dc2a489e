import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { Approval, type BelowFloorContext } from '../approvals/entities/approval.entity';
import { type CurrencyCode, Money } from '../common/money';
import { containerTypeLabel } from '../containers/domain/container-type';
import { formatMoney } from '../documents/domain/document-format';
import { Container } from '../shipments/entities/container.entity';
import { Shipment } from '../shipments/entities/shipment.entity';
import { ANY_POD, FloorPrice } from './entities/floor-price.entity';

const money = (minor: string, currency: string) => Money.fromMinor(BigInt(minor), currency as CurrencyCode);

/**
 * The floors a shipment's agreed rate is under (docs/domain.md, "Floor prices"): for each container type it
 * books, the floor of its lane (the POD's own, else the POL's `*` floor) in the rate's currency. A rate in
 * another currency than every floor meets none; no rate, none. Highest floor first. (A plain query, so that
 * the shipment machine's guards can ask it while writing, without a service cycle.)
 */
export async function floorBreaches(em: EntityManager, shipmentId: string): Promise<BelowFloorContext[]> {
  const shipment = await em.findOne(Shipment, {
    where: { id: shipmentId },
    select: { id: true, pol: true, pod: true, agreedRateMinor: true, agreedRateCurrency: true },
  });
  if (!shipment?.agreedRateMinor || !shipment.agreedRateCurrency) return [];
  const containers = await em.find(Container, {
    where: { shipmentId, active: true },
    select: { id: true, type: true },
  });
  const types = [...new Set(containers.map((c) => c.type))];
  if (types.length === 0) return [];
  const floors = await em.find(FloorPrice, {
    where: {
      pol: shipment.pol,
      pod: In([shipment.pod, ANY_POD]),
      containerType: In(types),
      currency: shipment.agreedRateCurrency,
    },
  });
  const rate = money(shipment.agreedRateMinor, shipment.agreedRateCurrency);
  const breaches: BelowFloorContext[] = [];
  for (const type of types) {
    const floor =
      floors.find((f) => f.containerType === type && f.pod === shipment.pod) ??
      floors.find((f) => f.containerType === type && f.pod === ANY_POD);
    if (!floor || BigInt(floor.priceMinor) <= rate.minor) continue;
    breaches.push({
      rate: rate.toJSON(),
      floor: {
        id: floor.id,
        pol: floor.pol,
        pod: floor.pod,
        containerType: floor.containerType,
        price: money(floor.priceMinor, floor.currency).toJSON(),
      },
    });
  }
  const minor = (b: BelowFloorContext) => Money.strict(b.floor.price.amount, b.floor.price.currency).minor;
  return breaches.sort((a, b) => (minor(b) > minor(a) ? 1 : minor(b) < minor(a) ? -1 : 0));
}

/** "the agreed rate USD 1,500.00 is below the floor USD 1,800.00 for CNYTN → USLAX 40HC" */
export function describeBreach(b: BelowFloorContext): string {
  const pod = b.floor.pod === ANY_POD ? 'any POD' : b.floor.pod;
  return (
    `the agreed rate ${formatMoney(b.rate)} is below the floor ${formatMoney(b.floor.price)} ` +
    `for ${b.floor.pol} → ${pod} ${containerTypeLabel(b.floor.containerType)}`
  );
}

/**
 * Why confirming the booking is held for the floor ([] when it is not): each floor the rate is under, unless
 * a manager approved selling below the floor at this rate or a lower one (same currency). A rate lowered
 * after the approval needs a new one.
 */
export async function belowFloorBlockers(em: EntityManager, shipmentId: string): Promise<string[]> {
  const breaches = await floorBreaches(em, shipmentId);
  if (breaches.length === 0) return [];
  const rate = breaches[0]!.rate;
  const approved = await em.find(Approval, {
    where: { shipmentId, type: 'below_floor_price', state: 'approved' },
  });
  const covered = approved.some((a) => {
    const asked = a.details && 'belowFloor' in a.details ? a.details.belowFloor.rate : null;
    return (
      asked !== null &&
      asked.currency === rate.currency &&
      Money.strict(asked.amount, asked.currency).minor <= Money.strict(rate.amount, rate.currency).minor
    );
  });
  if (covered) return [];
  return breaches.map(
    (b) => `a manager's below_floor_price approval: ${describeBreach(b)} (request one with a reason)`,
  );
}
