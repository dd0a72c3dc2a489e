import { checkAmount, isCurrency, type CurrencyCode } from '../../money/money';
import type { DebitNote, FxRate, NoteBody } from './queries';

/** What the draft editor holds: names and nesting as the request's, so the service's fields land on them. */
export interface NoteValues {
  currency: CurrencyCode;
  dueDate?: string;
  remarks?: string;
  lines: { description?: string; quantity?: string; amount: { amount?: string; currency: CurrencyCode } }[];
  fxRates: { from?: string; to?: string; rate?: string; source?: string; date?: string }[];
}

export function valuesOf(note: DebitNote): NoteValues {
  return {
    currency: note.currency,
    dueDate: note.dueDate ?? undefined,
    remarks: note.remarks ?? undefined,
    lines: note.lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      amount: { amount: l.amount.amount, currency: l.amount.currency },
    })),
    fxRates: note.fxRates.map((r) => ({ ...r })),
  };
}

/**
 * The request body of what the form holds, or null while it is not yet a note the service could price (an
 * empty description, an amount that is not one): the preview waits for it, the save button shows the field.
 */
export function bodyOf(
  values: Partial<NoteValues> | undefined,
): Omit<NoteBody, 'direction' | 'partyId'> | null {
  if (!values?.currency || !isCurrency(values.currency) || !values.lines?.length) return null;
  const lines: NoteBody['lines'] = [];
  for (const line of values.lines) {
    const currency = line?.amount?.currency;
    if (!line?.description?.trim() || !currency || !isCurrency(currency)) return null;
    const checked = checkAmount(line.amount.amount ?? '', currency);
    if (!checked.ok) return null;
    lines.push({
      description: line.description.trim(),
      amount: { amount: checked.amount, currency },
      ...(line.quantity?.trim() ? { quantity: line.quantity.trim() } : {}),
    });
  }
  const fxRates = (values.fxRates ?? [])
    .filter((r) => r && (r.from || r.to || r.rate))
    .map((r) => ({
      from: r.from ?? '',
      to: r.to ?? '',
      rate: (r.rate ?? '').trim(),
      source: (r.source ?? '').trim(),
      date: r.date ?? '',
    })) as FxRate[];
  return {
    currency: values.currency,
    lines,
    fxRates,
    ...(values.dueDate ? { dueDate: values.dueDate } : {}),
    ...(values.remarks?.trim() ? { remarks: values.remarks } : {}),
  };
}

export type FieldPath = (string | number)[];

/** Where a field the service names (`lines[1].amount.amount`, `fxRates[0].rate`, `dueDate`) is on the form. */
export function formPathOf(field: string): FieldPath | null {
  const parts = field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  const [head, ...rest] = parts;
  if (head === 'currency' || head === 'dueDate' || head === 'remarks') return [head];
  const index = Number(rest[0]);
  if (!Number.isInteger(index)) return null;
  if (head === 'lines') {
    if (rest[1] === 'description' || rest[1] === 'quantity') return ['lines', index, rest[1]];
    if (rest[1] === 'amount')
      return ['lines', index, 'amount', rest[2] === 'currency' ? 'currency' : 'amount'];
    return ['lines', index, 'amount', 'amount'];
  }
  if (head === 'fxRates') {
    const leaf = rest[1];
    if (leaf === 'from' || leaf === 'to' || leaf === 'source' || leaf === 'date')
      return ['fxRates', index, leaf];
    return ['fxRates', index, 'rate'];
  }
  return null;
}
