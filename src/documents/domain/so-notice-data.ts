import type { CompanyInfo, DocumentParty } from './document-data';

/**
 * The S/O notice (放舱通知 / 进仓通知): what the client and its trucker need once the carrier released the
 * space (docs/documents.md). Times are already in local time (`YYYY-MM-DD HH:mm`), with the zone they are in.
 */
export interface SoNoticeData {
  company: CompanyInfo;
  /** The shipment reference, e.g. "QS-2026-00042". */
  reference: string;
  /** The day the notice was made, `YYYY-MM-DD`; also the PDF's creation date. */
  date: string;
  /** 1 for the first notice; 2, 3, ... for a notice re-sent after a roll. */
  version: number;
  client: DocumentParty & { code: string };
  soNumber: string;
  carrierBookingReference: string | null;
  carrierName: string | null;
  vessel: string | null;
  voyage: string | null;
  /** Local date-time, `YYYY-MM-DD HH:mm`. */
  etd: string | null;
  /** Each cut-off in local time, `YYYY-MM-DD HH:mm`, or null when the carrier gave none. */
  cutoffs: { cy: string | null; si: string | null; vgm: string | null; customs: string | null };
  /** The IANA zone the times are in, e.g. "Asia/Shanghai". */
  timeZone: string;
  /** Port of loading and discharge, UN/LOCODE. */
  pol: string;
  pod: string;
  containers: { type: string; count: number }[];
  /** Terminals the containers were gated in at, once known. */
  terminals: string[];
  /** Whether the trucker must have documents printed at the depot (打单) to pick up the empties. */
  depotDocPrint: boolean;
  /** The operator who runs the shipment: the client's contact for it. */
  operator: { name: string; phone: string | null; email: string } | null;
}
