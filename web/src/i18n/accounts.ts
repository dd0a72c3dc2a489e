/** The accounts screens' words: debit notes, payments, release, receivables, profit. Every key in both languages (the type refuses a missing one). */
export const accountsZh = {
  'nav.debitNotes': '账单',
  'nav.payments': '收款',
  'nav.receivables': '应收账龄',
} satisfies Record<string, string>;

export const accountsEn: Record<keyof typeof accountsZh, string> = {
  'nav.debitNotes': 'Debit notes',
  'nav.payments': 'Payments',
  'nav.receivables': 'Receivables',
};
