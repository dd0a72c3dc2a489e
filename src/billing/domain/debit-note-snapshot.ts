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
  /**
   * Our company as configured at issue; null on notes issued before snapshots existed (then: as configured).
   * `bank` is the account the note printed, the one in the note's currency (issue 17); on older snapshots the
   * base-currency account, which is what they printed.
   */
  company: CompanyDetails | null;
  /** The tax wording printed (whether a VAT invoice follows); absent on notes issued before it was printed. */
  taxNote?: { zh: string; en: string } | null;
  /**
   * The client billed (receivable) or the carrier billing (payable); `taxId` (统一社会信用代码) is absent on
   * notes issued before it was printed.
   */
  party: {
    code: string;
    name: string;
    nameLocal: string | null;
    address: string | null;
    taxId?: string | null;
  };
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
