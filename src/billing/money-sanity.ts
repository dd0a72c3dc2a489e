import type { EntityManager } from 'typeorm';
import { ErrorCode } from '../common/errors/app-error';
import { Money } from '../common/money';
import { todayIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { OutOfRangeError } from './billing.errors';
import type { FxRate, LineInput, PricedLine } from './domain/debit-note-math';
import { beyondMaximum, dateWindow, maxAmountIn, rateTooFarFrom } from './domain/money-limits';
import { ClientFxTerm } from './entities/client-fx-term.entity';

/**
 * The sanity limits (docs/billing.md, "Sanity limits") applied where money comes in: debit-note lines and
 * rates, the client's agreed rates, payments. Each refusal is a 422 naming the field and the limit.
 */

/** Refuses an amount beyond MONEY_MAX_AMOUNT (AMOUNT_OUT_OF_RANGE with the maximum in that currency). */
export function checkAmount(config: AppConfig, money: Money, field: string, what = 'the amount'): void {
  if (!beyondMaximum(money, config.moneyLimits)) return;
  const max = maxAmountIn(money, config.moneyLimits);
  throw new OutOfRangeError(
    ErrorCode.AMOUNT_OUT_OF_RANGE,
    field,
    `${what} ${money.currency} ${money.amount} is more than the maximum of ${max.currency} ${max.amount}`,
    { max: max.toJSON() },
  );
}

/**
 * A note's lines once priced: none may come to zero (in its own currency or converted: a line of nothing
 * is a typo in the amount or the quantity), and no amount, line total, converted line or note total may pass
 * the maximum.
 */
export function checkPricedLines(
  config: AppConfig,
  lines: readonly LineInput[],
  priced: readonly PricedLine[],
  total: Money,
): void {
  priced.forEach((line, i) => {
    const input = lines[i];
    if (!input) return;
    const zero = (money: Money, field: string, how: string): void => {
      if (!money.isZero()) return;
      const min = Money.fromMinor(1n, money.currency);
      throw new OutOfRangeError(
        ErrorCode.AMOUNT_OUT_OF_RANGE,
        field,
        `${how} comes to ${money.currency} ${money.amount}; a line must come to at least ${min.currency} ${min.amount}`,
        { min: min.toJSON() },
      );
    };
    const unit = `${input.amount.currency} ${input.amount.amount}`;
    zero(line.lineTotal, `lines[${i}].quantity`, `${unit} × ${input.quantity}`);
    checkAmount(config, line.lineTotal, `lines[${i}].quantity`, `${unit} × ${input.quantity} =`);
    zero(line.converted, `lines[${i}].amount.amount`, `${unit} × ${input.quantity} at ${line.rate ?? '1'}`);
    checkAmount(config, line.converted, `lines[${i}].amount.amount`, 'the line converted,');
  });
  checkAmount(config, total, 'lines', 'the total');
}

/**
 * A date a document or a rate carries (`YYYY-MM-DD`): not before MONEY_EARLIEST_DATE, and unless it is of
 * something that happened, not more than MONEY_MAX_DAYS_AHEAD after today.
 */
export function checkDate(
  config: AppConfig,
  date: string,
  field: string,
  options: { future: boolean } = { future: true },
): void {
  const { earliest, latest } = dateWindow(todayIn(config.timezone), config.moneyLimits);
  const limit = options.future ? { earliest, latest } : { earliest };
  if (date < earliest) {
    throw new OutOfRangeError(
      ErrorCode.DATE_OUT_OF_RANGE,
      field,
      `${date} is before the earliest date allowed, ${earliest}`,
      limit,
    );
  }
  if (options.future && date > latest) {
    throw new OutOfRangeError(
      ErrorCode.DATE_OUT_OF_RANGE,
      field,
      `${date} is after the latest date allowed, ${latest} (${config.moneyLimits.maxDaysAhead} days from today)`,
      limit,
    );
  }
}

/** The rate of the most recently issued note that used `from → to`, or null when none has. */
export async function lastRateUsed(
  em: EntityManager,
  from: string,
  to: string,
): Promise<{ rate: string; number: string | null } | null> {
  const rows = await em.query<{ rate: string; number: string | null }[]>(
    `SELECT r->>'rate' AS "rate", n.number AS "number"
       FROM debit_notes n CROSS JOIN LATERAL jsonb_array_elements(n.fx_rates) AS r
      WHERE n.state = 'issued' AND r->>'from' = $1 AND r->>'to' = $2
      ORDER BY n.issued_at DESC
      LIMIT 1`,
    [from, to],
  );
  return rows[0] ?? null;
}

/**
 * One rate given by a person (on a note, or agreed with a client): its date within the window, and not more
 * than FX_RATE_MAX_FACTOR times away from the client's agreed rate for the pair (when given) nor from the
 * last rate an issued note used for it. A rate off by a power of ten is a slipped decimal point.
 */
export async function checkRate(
  em: EntityManager,
  config: AppConfig,
  rate: FxRate,
  field: string,
  agreed: string | null,
): Promise<void> {
  checkDate(config, rate.date, `${field}.date`);
  const factor = config.moneyLimits.fxRateMaxFactor;
  const refuse = (reference: string, what: string): never => {
    throw new OutOfRangeError(
      ErrorCode.FX_RATE_OUT_OF_RANGE,
      `${field}.rate`,
      `${rate.from}→${rate.to} ${rate.rate} is more than ${factor} times away from ${what} (${reference})`,
      { reference, factor },
    );
  };
  if (agreed !== null && rateTooFarFrom(rate.rate, agreed, factor)) {
    refuse(agreed, "the client's agreed rate");
  }
  const last = await lastRateUsed(em, rate.from, rate.to);
  if (last && rateTooFarFrom(rate.rate, last.rate, factor)) {
    refuse(last.rate, `the rate last used${last.number ? ` (${last.number})` : ''}`);
  }
}

/** Every rate given on a note, against the note's client's agreed fixed rates (receivable notes). */
export async function checkNoteRates(
  em: EntityManager,
  config: AppConfig,
  rates: readonly FxRate[],
  clientId: string | null,
): Promise<void> {
  if (!rates.length) return;
  const terms = clientId ? await em.findBy(ClientFxTerm, { clientId }) : [];
  for (const [i, rate] of rates.entries()) {
    const term = terms.find(
      (t) => t.mode === 'fixed' && t.fromCurrency === rate.from && t.toCurrency === rate.to,
    );
    await checkRate(em, config, rate, `fxRates[${i}]`, term?.rate ?? null);
  }
}

/** A payment's time: on or after MONEY_EARLIEST_DATE (in the business's calendar). */
export function checkReceivedAt(config: AppConfig, receivedAt: Date, field: string): void {
  checkDate(config, todayIn(config.timezone, receivedAt), field, { future: false });
}
