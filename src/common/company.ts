/** An account clients pay into, as printed on documents. */
export interface BankDetails {
  beneficiary: string;
  bankName: string;
  account: string;
  /** Empty when the account has none (a domestic RMB account). */
  swift: string;
  bankAddress?: string | null;
}

/** Our company as it prints on documents and e-mails: the letterhead and where to pay. */
export interface CompanyDetails {
  name: string;
  nameLocal: string;
  address: string;
  phone: string;
  email: string;
  /** The account in the base currency (BANK_* keys); on a snapshot, the account that note printed. */
  bank: BankDetails;
  /**
   * Accounts in other currencies, by ISO 4217 code (BANK_ACCOUNTS): a USD note is paid into the USD account.
   * Absent on snapshots, which keep only the account they printed.
   */
  banks?: Record<string, BankDetails>;
}

/** The account a bill in `currency` is paid into: the one in that currency, else the base-currency account. */
export function bankFor(company: CompanyDetails, currency: string): BankDetails {
  return company.banks?.[currency] ?? company.bank;
}
