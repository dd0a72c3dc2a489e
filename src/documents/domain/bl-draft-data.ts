import type { CompanyInfo } from './document-data';

/** A party as the B/L prints it: the name and the address lines the shipping instructions gave. */
export interface BlParty {
  name: string;
  address: string;
}

/**
 * The B/L draft (提单确认件) of one SI revision: what the carrier will print on the bill of lading, for the
 * client and the carrier to check before either approves (docs/documents.md). Printed from the shipping
 * instructions and the shipment as they were at that revision.
 */
export interface BlDraftData {
  company: CompanyInfo;
  /** The shipment reference. */
  reference: string;
  /** The SI revision this draft prints (1, 2, ...). */
  revision: number;
  /** The day the draft was made, `YYYY-MM-DD`; also the PDF's creation date. */
  date: string;
  /** The B/L number once the carrier gave it. */
  blNumber: string | null;
  shipper: BlParty;
  consignee: BlParty;
  notifyParty: BlParty | null;
  carrierName: string | null;
  vessel: string | null;
  voyage: string | null;
  /** Port of loading and discharge, UN/LOCODE. */
  pol: string;
  pod: string;
  placeOfReceipt: string | null;
  placeOfDelivery: string | null;
  marks: string;
  description: string;
  packages: number;
  grossWeightKg: string;
  measurementCbm: string;
  containers: {
    number: string;
    seal: string | null;
    type: string;
    packages: number | null;
    grossWeightKg: string | null;
  }[];
  freightTerm: 'prepaid' | 'collect';
  blType: 'original' | 'telex' | 'seaway';
  /** 3 for an original B/L, 0 for a telex release or a sea waybill. */
  originals: number;
}
