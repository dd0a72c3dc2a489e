import type { MoneyJson } from '../../common/money';

/**
 * What the document renderers take: plain, frozen data (no entities), so that an issued document can be
 * rendered again later to the same text from what was stored when it was issued.
 *
 * Dates are `YYYY-MM-DD` strings (the document's calendar date, no time zone); amounts are Money JSON
 * (`{ amount: "1234.56", currency: "USD" }`) with exactly the currency's minor digits.
 */

/** Our company as it appears on every document: both names, address, and the account clients pay into. */
export interface CompanyInfo {
  /** English name, e.g. "Shenzhen Quayside Logistics Co., Ltd." */
  name: string;
  /** Chinese name, e.g. "深圳码头物流有限公司". */
  nameLocal: string;
  address: string;
  addressLocal?: string | null;
  phone?: string | null;
  email?: string | null;
  bank: BankAccount;
}

/** The designated account payments go into (docs/domain.md step 12): one per currency (BANK_ACCOUNTS). */
export interface BankAccount {
  /** The currency the account is in, when it is printed beside others (a statement in several currencies). */
  currency?: string | null;
  beneficiary: string;
  bankName: string;
  account: string;
  swift?: string | null;
  bankAddress?: string | null;
}

/** A client (or carrier) as named on a document. */
export interface DocumentParty {
  code?: string | null;
  name: string;
  nameLocal?: string | null;
  address?: string | null;
  /** Unified social credit code (统一社会信用代码), printed under the address when known. */
  taxId?: string | null;
}

/** A bilingual text from configuration (terms, tax wording). */
export interface DocumentText {
  zh: string;
  en: string;
}

/** Whom the client calls about a shipment: its operator. */
export interface DocumentContact {
  name: string;
  email: string;
  phone?: string | null;
}

/** Written confirmation of a booking, sent to the client to be stamped and signed (docs/domain.md step 1). */
export interface BookingConfirmationData {
  company: CompanyInfo;
  /** The booking (shipment) reference, e.g. "QS-2026-00042". */
  reference: string;
  /** The date of the confirmation, `YYYY-MM-DD`; also the PDF's creation date. */
  date: string;
  client: DocumentParty & { code: string };
  carrierName?: string | null;
  /** Port of loading, UN/LOCODE (CNYTN); printed with its names from the ports list when it is there. */
  pol: string;
  /** Port of discharge, UN/LOCODE (USLAX). */
  pod: string;
  /** Containers by ISO 6346 size-type code (or alias) and count. */
  containers: { type: string; count: number }[];
  commodity: string;
  vessel?: string | null;
  voyage?: string | null;
  /** Estimated time of departure: an ISO date or date-time, or null while unknown. */
  etd?: string | null;
  /** The agreed ocean freight per container, of each type booked (docs/domain.md, "Floor prices"). */
  agreedRate?: MoneyJson | null;
  freightTerm: 'prepaid' | 'collect';
  remarks?: string | null;
  /** The S/O number once the carrier released the space; null before. */
  soNumber?: string | null;
  /** The carrier's booking reference, once known. */
  carrierBookingReference?: string | null;
  /** The cut-offs once known, in local time `YYYY-MM-DD HH:mm` (timeZone). */
  cutoffs?: { cy: string | null; si: string | null; vgm: string | null; customs: string | null } | null;
  /** The IANA zone of the cut-offs, e.g. "Asia/Shanghai". */
  timeZone?: string | null;
  /** The operator running the shipment: the client's contact. */
  contact?: DocumentContact | null;
  /** The terms block from configuration (BOOKING_TERMS_ZH/EN). */
  terms?: DocumentText | null;
}

export type DebitNoteDocumentStatus = 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';

/** One charge as shown on a debit note: in its own currency, then converted into the note's currency. */
export interface DebitNoteDocumentLine {
  description: string;
  /** Unit amount in the line's currency. */
  amount: MoneyJson;
  /** A decimal string, e.g. "1" or "2.5". */
  quantity: string;
  /** amount × quantity in the line's currency. */
  lineTotal: MoneyJson;
  /** The rate into the note's currency; null when the line is already in it. */
  rate: string | null;
  /** lineTotal in the note's currency. */
  converted: MoneyJson;
}

/** An exchange rate the note uses, with where it came from and its date (agreed with the client beforehand). */
export interface DocumentFxRate {
  from: string;
  to: string;
  rate: string;
  source: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** A debit note: the forwarder's bill to a client (receivable) or a carrier's to the forwarder (payable). */
export interface DebitNoteData {
  company: CompanyInfo;
  /** DN-<year>-<6 digits>; null for a draft, which is then marked DRAFT. */
  number: string | null;
  status: DebitNoteDocumentStatus;
  /** `YYYY-MM-DD`; null for a draft. Also the PDF's creation date. */
  issueDate: string | null;
  dueDate: string | null;
  direction: 'receivable' | 'payable';
  /** The client billed (receivable) or the carrier billing (payable). */
  party: DocumentParty;
  shipment: {
    reference: string;
    blNumber?: string | null;
    containerNumbers: string[];
    vessel?: string | null;
    voyage?: string | null;
    pol: string;
    pod: string;
    etd?: string | null;
  };
  lines: DebitNoteDocumentLine[];
  fxRates: DocumentFxRate[];
  /** The sum of the converted lines, in the note's currency. */
  total: MoneyJson;
  /** The carrier's own number on a payable note. */
  carrierNumber?: string | null;
  remarks?: string | null;
  /** Whether a VAT invoice follows (configuration, frozen at issue); null on notes issued before it printed. */
  taxNote?: DocumentText | null;
}

export type AgingBucket = 'current' | 'd1_30' | 'd31_60' | 'd61_90' | 'd90_plus';

/** An open (not fully paid) debit note on a statement. */
export interface StatementNote {
  number: string;
  issueDate: string;
  dueDate: string | null;
  shipmentReference: string;
  currency: string;
  total: MoneyJson;
  paid: MoneyJson;
  balance: MoneyJson;
  bucket: AgingBucket;
}

/** What a client owes in one currency, by age past the due date: a client pays each currency as billed. */
export interface StatementCurrencyAging {
  currency: string;
  buckets: Record<AgingBucket | 'total', MoneyJson>;
}

/** A note issued in a statement's period. */
export interface StatementIssuedNote {
  number: string;
  issueDate: string;
  dueDate: string | null;
  shipmentReference: string;
  total: MoneyJson;
}

/** A payment received in a statement's period. */
export interface StatementPayment {
  /** `YYYY-MM-DD`, the day it was received in the business's time zone. */
  date: string;
  reference: string;
  amount: MoneyJson;
}

/** One currency's movement over a period: opening + issued − received = closing. */
export interface StatementPeriodTotals {
  currency: string;
  opening: MoneyJson;
  issued: MoneyJson;
  received: MoneyJson;
  closing: MoneyJson;
}

/** A period statement: opening balance (end of the day before `from`), what happened in it, closing balance. */
export interface StatementPeriod {
  from: string;
  to: string;
  /** The day the opening balance is taken at: the day before `from`. */
  openingDate: string;
  notes: StatementIssuedNote[];
  payments: StatementPayment[];
  totals: StatementPeriodTotals[];
}

/**
 * A statement of account (对账单) for one client as of a date: open notes, aging and the total due, each per
 * currency (a USD balance is paid in USD); with `period`, also the period's opening balance, notes issued,
 * payments received and closing balance.
 */
export interface StatementData {
  company: CompanyInfo;
  client: DocumentParty & { code: string };
  /** `YYYY-MM-DD` (the period's end for a period statement); also the PDF's creation date. */
  asOf: string;
  notes: StatementNote[];
  /** The open balances by currency, by age past the due date. */
  aging: StatementCurrencyAging[];
  /** The accounts to pay into, one per currency owed (or the base-currency one when nothing is). */
  accounts: BankAccount[];
  period?: StatementPeriod | null;
}
