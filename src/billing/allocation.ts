import { EntityManager, In } from 'typeorm';
import { ValidationFailedError } from '../common/errors/app-error';
import { Money } from '../common/money';
import { toMoney, type MoneyDto } from '../common/money/money.dto';
import type { AppConfig } from '../config/app-config';
import { AllocationRefusedError } from './billing.errors';
import { statusOf } from './domain/debit-note-status';
import { DebitNote, type DebitNoteDirection } from './entities/debit-note.entity';
import { checkAmount } from './money-sanity';

/**
 * The rules money allocated to notes follows, one for money in (receipts, `payments`) and money out (carrier
 * payments): the same checks, the same locks, the same refusals (docs/billing.md, "Payments").
 */
export interface Allocation {
  debitNoteId: string;
  money: Money;
  index: number;
}

/** The allocations as money, each within the sanity limits, no note twice (422 before any lock is taken). */
export function readAllocations(
  config: AppConfig,
  input: readonly { debitNoteId: string; amount: MoneyDto }[],
): Allocation[] {
  const allocations = input.map((a, i) => ({
    debitNoteId: a.debitNoteId,
    money: toMoney(a.amount, `allocations[${i}].amount`),
    index: i,
  }));
  for (const a of allocations) checkAmount(config, a.money, `allocations[${a.index}].amount.amount`);
  const ids = allocations.map((a) => a.debitNoteId);
  if (new Set(ids).size !== ids.length)
    throw ValidationFailedError.field('allocations', 'a note may appear only once');
  return allocations;
}

/**
 * The notes allocated to, locked FOR UPDATE in id order: two payments touching the same notes take them in
 * the same order and never deadlock; what they hold is what the database holds until the commit.
 */
export function lockNotes(em: EntityManager, allocations: readonly Allocation[]): Promise<DebitNote[]> {
  return em.find(DebitNote, {
    where: { id: In(allocations.map((a) => a.debitNoteId).sort()) },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Whose notes a payment may pay, and the words its refusals use. */
export interface AllocationParty {
  direction: DebitNoteDirection;
  partyId: string;
  /** e.g. "a receivable note of this client" */
  noteOf: string;
  /** e.g. "issued" (what a note must be to be paid) */
  open: string;
}

/**
 * Refuses (422 REQUIREMENTS_UNMET with every field at fault) a note that is not an open note of the party in
 * the payment's currency, a non-positive allocation, more than a note's balance, or more than the payment.
 */
export function checkAllocations(
  notes: readonly DebitNote[],
  allocations: readonly Allocation[],
  party: AllocationParty,
  amount: Money,
): void {
  const problems: { field: string; message: string }[] = [];
  let allocated = Money.zero(amount.currency);
  for (const a of allocations) {
    const field = `allocations[${a.index}]`;
    const note = notes.find((n) => n.id === a.debitNoteId);
    const partyId = party.direction === 'receivable' ? note?.clientId : note?.carrierId;
    if (!note || partyId !== party.partyId || note.direction !== party.direction) {
      problems.push({
        field: `${field}.debitNoteId`,
        message: `${a.debitNoteId} is not ${party.noteOf}`,
      });
      continue;
    }
    const label = note.number ?? note.carrierNumber ?? note.id;
    const status = statusOf(note);
    if (status === 'draft' || status === 'void') {
      problems.push({ field: `${field}.debitNoteId`, message: `${label} is ${status}, not ${party.open}` });
      continue;
    }
    if (note.currency !== amount.currency || a.money.currency !== amount.currency) {
      problems.push({
        field: `${field}.amount.currency`,
        message: `${label} is in ${note.currency}; the payment is in ${amount.currency}`,
      });
      continue;
    }
    if (!a.money.isPositive()) {
      problems.push({ field: `${field}.amount.amount`, message: 'an allocation must be positive' });
      continue;
    }
    const balance = Money.fromMinor(BigInt(note.totalMinor) - BigInt(note.paidMinor), note.currency);
    if (a.money.compare(balance) > 0) {
      problems.push({
        field: `${field}.amount.amount`,
        message: `${label} has ${balance.amount} ${balance.currency} open, less than ${a.money.amount}`,
      });
      continue;
    }
    allocated = allocated.add(a.money);
  }
  if (!problems.length && allocated.compare(amount) > 0) {
    problems.push({
      field: 'allocations',
      message: `allocations total ${allocated.amount}, more than the payment ${amount.amount}`,
    });
  }
  if (problems.length) throw new AllocationRefusedError(problems);
}

/** The notes these allocations pay in full (the notes locked, their allocations not yet added). */
export function paidInFull(notes: readonly DebitNote[], allocations: readonly Allocation[]): string[] {
  return allocations.flatMap((a) => {
    const note = notes.find((n) => n.id === a.debitNoteId)!;
    return BigInt(note.paidMinor) + a.money.minor >= BigInt(note.totalMinor) ? [note.id] : [];
  });
}
