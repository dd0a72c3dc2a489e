import { checkDigit } from '../../src/containers/domain/container-number';

let seq = 0;
/** Six digits no other call in this process has returned: for SO, seal and declaration numbers. */
export const unique = (): string => `${process.pid % 1000}${++seq}`.slice(-6).padStart(6, '0');

/** A valid ISO 6346 number: the owner code, a serial, and its check digit. */
export function containerNumber(owner = 'MSKU', serial?: number): string {
  const digits = String(serial ?? Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
  return `${owner}${digits}${checkDigit(`${owner}${digits}`)}`;
}

export interface ShipmentBody {
  clientId: string;
  carrierId?: string;
  [key: string]: unknown;
}

export function shipmentBody(base: ShipmentBody): Record<string, unknown> {
  return {
    pol: 'CNYTN',
    pod: 'USLAX',
    commodity: 'Wooden furniture',
    containers: [{ type: '40HC', quantity: 2 }],
    freightTerm: 'prepaid',
    agreedRate: { amount: '1850.00', currency: 'USD' },
    ...base,
  };
}

const inDays = (days: number, hour = 17): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

export const releaseSoBody = (): Record<string, unknown> => ({
  soNumber: `SO${unique()}`,
  carrierBookingReference: `BK${unique()}`,
  vessel: 'MSC OSCAR',
  voyage: 'FE546W',
  etd: inDays(10),
  cutoffs: { cy: inDays(8), si: inDays(7, 12) },
});

export const siBody = (): Record<string, unknown> => ({
  shipper: { name: 'Shenzhen Oak Furniture Co., Ltd.', address: 'Bao’an, Shenzhen, China' },
  consignee: { name: 'West Coast Home Inc.', address: 'Long Beach, CA, USA' },
  marks: 'N/M',
  description: '1,200 CARTONS OF WOODEN FURNITURE',
  packages: 1200,
  grossWeightKg: '18250.500',
  measurementCbm: '67.800',
  blType: 'telex',
});

/** The events of a shipment's first four steps, booking to the S/O's release, in the order they are written. */
export const EVENTS_TO_SO_RELEASED: readonly string[] = [
  'booking_created',
  'booking_confirmed',
  'space_requested',
  'so_released',
];
