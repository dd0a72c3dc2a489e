/** Our company as it prints on documents and e-mails: the letterhead and where to pay. */
export interface CompanyDetails {
  name: string;
  nameLocal: string;
  address: string;
  phone: string;
  email: string;
  bank: { beneficiary: string; bankName: string; account: string; swift: string };
}
