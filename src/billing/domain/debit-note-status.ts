/** What the API says a note is: its stored state, or for an issued note how much of it is paid. */
export const DEBIT_NOTE_STATUSES = ['draft', 'issued', 'partially_paid', 'paid', 'void'] as const;
export type DebitNoteStatus = (typeof DEBIT_NOTE_STATUSES)[number];

/** The API status of a note: its stored state, or for an issued one how much of it is paid. */
export function statusOf(note: {
  state: 'draft' | 'issued' | 'void';
  paidMinor: string;
  totalMinor: string;
}): DebitNoteStatus {
  if (note.state !== 'issued') return note.state;
  const paid = BigInt(note.paidMinor);
  if (paid === 0n) return 'issued';
  return paid >= BigInt(note.totalMinor) ? 'paid' : 'partially_paid';
}
