import type { EntityManager } from 'typeorm';
import { RequirementsUnmetError, ValidationFailedError } from '../common/errors/app-error';
import type { CurrencyCode } from '../common/money';
import { toMoney } from '../common/money/money.dto';
import type { AppConfig } from '../config/app-config';
import { findRate, FxRate, priceLines, rateProblem } from './domain/debit-note-math';
import type { DebitNoteLineInputDto, FxRateDto } from './dto/debit-note.dto';
import { ClientFxTerm } from './entities/client-fx-term.entity';
import type { DebitNoteLine } from './entities/debit-note-line.entity';
import type { DebitNote } from './entities/debit-note.entity';
import { checkAmount, checkDate, checkNoteRates, checkPricedLines } from './money-sanity';

/**
 * Prices the lines into the note's currency and sets the note's total and rates. Rates come from the
 * request, else from the client's agreed fixed rate (receivable notes); a pair with neither is refused.
 */
export async function priceNote(
  em: EntityManager,
  config: AppConfig,
  note: DebitNote,
  lines: readonly DebitNoteLineInputDto[],
  given: readonly FxRateDto[] | undefined,
): Promise<Omit<DebitNoteLine, 'id' | 'debitNoteId' | 'debitNote'>[]> {
  const rates: FxRate[] = (given ?? []).map((r) => ({
    from: r.from,
    to: r.to,
    rate: r.rate,
    source: r.source,
    date: r.date,
  }));
  rates.forEach((r, i) => {
    const problem = rateProblem(r);
    if (problem) throw ValidationFailedError.field(`fxRates[${i}].rate`, problem);
    if (rates.findIndex((o) => o.from === r.from && o.to === r.to) !== i) {
      throw ValidationFailedError.field(`fxRates[${i}]`, `two rates for ${r.from}→${r.to}`);
    }
  });
  const amounts = lines.map((l, i) => ({
    amount: toMoney(l.amount, `lines[${i}].amount`),
    quantity: l.quantity ?? '1',
  }));
  amounts.forEach((a, i) => {
    if (!a.amount.isPositive())
      throw ValidationFailedError.field(`lines[${i}].amount.amount`, 'a line amount must be positive');
  });
  // What the form allows but cannot be right (docs/billing.md, "Sanity limits").
  amounts.forEach((a, i) => checkAmount(config, a.amount, `lines[${i}].amount.amount`));
  // A due date years ahead can be a deliberate term; one before MONEY_EARLIEST_DATE cannot.
  if (note.dueDate) checkDate(config, note.dueDate, 'dueDate', { future: false });
  await checkNoteRates(em, config, rates, note.direction === 'receivable' ? note.clientId : null);
  const currency = note.currency as CurrencyCode;
  if (note.direction === 'receivable' && note.clientId) {
    await applyAgreedRates(em, note.clientId, rates, [
      ...new Set([
        ...amounts.map((a) => `${a.amount.currency}>${currency}`),
        `${currency}>${config.baseCurrency}`,
      ]),
    ]);
  }
  const priced = priceLines(amounts, currency, rates);
  if (!priced.ok) {
    throw new RequirementsUnmetError(
      priced.missing.map((pair) => `an FX rate ${pair} (give it in fxRates, or agree one with the client)`),
      'Missing exchange rates',
    );
  }
  checkPricedLines(config, amounts, priced.lines, priced.total);
  note.fxRates = rates;
  note.totalMinor = priced.total.minor.toString();
  return priced.lines.map((p, i) => ({
    seq: i + 1,
    description: lines[i]!.description,
    amountMinor: amounts[i]!.amount.minor.toString(),
    currency: amounts[i]!.amount.currency,
    quantity: amounts[i]!.quantity,
    lineTotalMinor: p.lineTotal.minor.toString(),
    rate: p.rate,
    convertedMinor: p.converted.minor.toString(),
  }));
}

/** Adds the client's agreed fixed rates for the pairs the request did not give (docs/domain.md: FX agreed in advance). */
async function applyAgreedRates(
  em: EntityManager,
  clientId: string,
  rates: FxRate[],
  pairs: string[],
): Promise<void> {
  const wanted = pairs
    .map((p) => p.split('>') as [string, string])
    .filter(([from, to]) => from !== to && !findRate(rates, from, to));
  if (!wanted.length) return;
  const terms = await em.findBy(ClientFxTerm, { clientId });
  for (const [from, to] of wanted) {
    const term = terms.find((t) => t.fromCurrency === from && t.toCurrency === to);
    if (term?.mode === 'fixed' && term.rate && term.source && term.rateDate) {
      rates.push({ from, to, rate: term.rate, source: term.source, date: term.rateDate });
    }
  }
}
