import type { CompanyDetails } from '../../common/company';

/**
 * What an issued debit note prints beyond its own frozen columns and lines (number, dates, rates, totals,
 * remarks): the parties, the shipment as it stood, our company. Taken in the issuing transaction and never
 * changed, so the note's PDF is the same document, byte for byte, whatever is edited later (a client renamed,
 * a vessel rolled, a B/L number corrected). Plain data: no entities.
 */
export interface DebitNoteSnapshot {
  /** When it was taken (ISO 8601): the issue, or the upgrade for notes issued before snapshots existed. */
  takenAt: string;
  /** Our company as configured at issue; null on notes issued before snapshots existed (then: as configured). */
  company: CompanyDetails | null;
  /** The client billed (receivable) or the carrier billing (payable). */
  party: { code: string; name: string; nameLocal: string | null; address: string | null };
  shipment: {
    reference: string;
    blNumber: string | null;
    vessel: string | null;
    voyage: string | null;
    pol: string;
    pod: string;
    /** ISO 8601, or null while unknown. */
    etd: string | null;
    /** The containers that had a number at issue, in booking order. */
    containers: { number: string; sealNumber: string | null; type: string }[];
  };
}
