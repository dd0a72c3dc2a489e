import { LRUCache } from 'lru-cache';
import { Container } from './entities/container.entity';
import { Shipment } from './entities/shipment.entity';

/** How many shipments an instance remembers (a few KB each): well above a desk's live shipments. */
const REMEMBERED = 5_000;

/** A shipment with its containers, as some version of it was written. */
export interface ShipmentSnapshot {
  shipment: Shipment;
  containers: Container[];
}

/**
 * The shipments this instance has just written, at the version it wrote, so that the next action on one
 * can be decided without reading it first: an operator takes a shipment through several steps in a row.
 *
 * Only a guess, never an answer. A change decided on a remembered shipment is written only if the shipment
 * is still at that version (ShipmentRows.write), so a stale one (changed since by another instance, or by a
 * billing or approval event) writes nothing and the change is decided again on the shipment as read. A refusal decided on a
 * remembered shipment is never answered either: it is decided again on a fresh read first. Reads (GET) never
 * look here.
 *
 * The snapshots are frozen, and each use gets its own copies: a change in progress edits its shipment and
 * containers in place, and one that fails must leave nothing behind.
 */
export class RecentShipments {
  private readonly cache = new LRUCache<string, ShipmentSnapshot>({ max: REMEMBERED });

  /** Copies of the shipment and its containers as last written here, or undefined. */
  take(id: string): ShipmentSnapshot | undefined {
    const known = this.cache.get(id);
    if (!known) return undefined;
    return {
      shipment: Object.assign(new Shipment(), known.shipment),
      containers: known.containers.map((c) => Object.assign(new Container(), c)),
    };
  }

  /** Remembers the shipment as just written (the caller hands them over and must not change them). */
  remember(snapshot: ShipmentSnapshot): void {
    Object.freeze(snapshot.shipment);
    snapshot.containers.forEach((c) => Object.freeze(c));
    this.cache.set(snapshot.shipment.id, { shipment: snapshot.shipment, containers: snapshot.containers });
  }

  forget(id: string): void {
    this.cache.delete(id);
  }
}
