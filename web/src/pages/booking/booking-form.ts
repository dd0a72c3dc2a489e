import type { Dayjs } from 'dayjs';
import { containerTypeOf } from './container-types';
import { etdToRequest } from './etd';
import { checkAmount, DEFAULT_CURRENCY, isCurrency, type CurrencyCode } from '../../money/money';
import type { CreateShipment, Shipment } from './queries';

export interface ContainerRow {
  /** ISO 6346 size-type code (45G1). */
  type?: string;
  quantity?: number | null;
}

/** What the form holds: names and nesting as the request's, so the service's `details.fields` land on them. */
export interface BookingValues {
  clientId?: string;
  carrierId?: string;
  operatorId?: string;
  pol?: string;
  pod?: string;
  commodity?: string;
  containers: ContainerRow[];
  vessel?: string;
  voyage?: string;
  etd?: Dayjs | null;
  freightTerm: 'prepaid' | 'collect';
  agreedRate: { amount?: string; currency: CurrencyCode };
}

export const EMPTY_BOOKING: BookingValues = {
  containers: [{ type: undefined, quantity: 1 }],
  freightTerm: 'prepaid',
  agreedRate: { amount: undefined, currency: DEFAULT_CURRENCY },
};

/** Text as sent: trimmed, and left out when nothing is left. */
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The request for POST /api/v1/shipments, from values the form has validated. */
export function toRequest(values: BookingValues): CreateShipment {
  const amount = text(values.agreedRate.amount);
  const rate = amount === undefined ? undefined : checkAmount(amount, values.agreedRate.currency);
  return {
    clientId: values.clientId!,
    carrierId: values.carrierId || undefined,
    operatorId: values.operatorId || undefined,
    pol: values.pol!,
    pod: values.pod!,
    commodity: text(values.commodity)!,
    containers: values.containers.map((row) => ({ type: row.type!, quantity: row.quantity! })),
    vessel: text(values.vessel),
    voyage: text(values.voyage),
    etd: values.etd ? etdToRequest(values.etd) : undefined,
    // The form checked the amount against its currency; a string, never a number, all the way.
    agreedRate: rate?.ok ? { amount: rate.amount, currency: values.agreedRate.currency } : undefined,
    freightTerm: values.freightTerm,
  };
}

/** What a repeat lane fills in. */
export type Lane = Required<
  Pick<BookingValues, 'pol' | 'pod' | 'commodity' | 'containers' | 'freightTerm' | 'agreedRate'>
> &
  Pick<BookingValues, 'carrierId'>;

/**
 * The repeat lane of an earlier booking: ports, commodity, containers (one row per type, in the order they
 * were booked), carrier, freight term and rate. Not the sailing: vessel, voyage and ETD are this week's.
 */
export function laneOf(shipment: Shipment): Lane {
  const rows = new Map<string, number>();
  for (const container of [...shipment.containers].sort((a, b) => a.seq - b.seq)) {
    const type = containerTypeOf(container.type)?.code ?? container.type;
    rows.set(type, (rows.get(type) ?? 0) + 1);
  }
  const rate = shipment.agreedRate;
  return {
    pol: shipment.pol,
    pod: shipment.pod,
    commodity: shipment.commodity,
    containers: [...rows].map(([type, quantity]) => ({ type, quantity })),
    carrierId: shipment.carrierId ?? undefined,
    freightTerm: shipment.freightTerm,
    agreedRate:
      rate && isCurrency(rate.currency)
        ? { amount: rate.amount, currency: rate.currency }
        : { amount: undefined, currency: DEFAULT_CURRENCY },
  };
}

/** "2×40HC, 1×20GP": a shipment's containers, the way operators say them. */
export function containerSummary(containers: readonly { type: string; typeLabel?: string }[]): string {
  const counts = new Map<string, number>();
  for (const container of containers) {
    const label = container.typeLabel ?? containerTypeOf(container.type)?.label ?? container.type;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${count}×${label}`).join(', ');
}

type Simple = Exclude<keyof BookingValues, 'containers' | 'agreedRate'>;

/** A place on the form an error can be shown. */
export type FieldPath =
  | [Simple]
  | ['containers']
  | ['containers', number, 'type' | 'quantity']
  | ['agreedRate', 'amount' | 'currency'];

const SIMPLE = new Set<string>([
  'clientId',
  'carrierId',
  'operatorId',
  'pol',
  'pod',
  'commodity',
  'vessel',
  'voyage',
  'etd',
  'freightTerm',
] satisfies Simple[]);

function isSimple(name: string): name is Simple {
  return SIMPLE.has(name);
}

/**
 * Where a field the service names (`details.fields[].field`: `pod`, `containers[1].type`,
 * `agreedRate.amount`) is on this form, or null when it is none of the form's (`body`, a header): those are
 * shown above the button instead.
 */
export function formPathOf(field: string, rows: number): FieldPath | null {
  const parts = field.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '');
  const [head, ...rest] = parts;
  if (head === undefined) return null;
  if (isSimple(head)) return [head];
  if (head === 'agreedRate') return ['agreedRate', rest[0] === 'currency' ? 'currency' : 'amount'];
  if (head !== 'containers') return null;
  const index = Number(rest[0]);
  const leaf = rest[1];
  if (Number.isInteger(index) && index >= 0 && index < rows && (leaf === 'type' || leaf === 'quantity')) {
    return ['containers', index, leaf];
  }
  return ['containers'];
}
