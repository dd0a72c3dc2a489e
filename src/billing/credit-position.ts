import type { EntityManager } from 'typeorm';
import { Client } from '../clients/entities/client.entity';
import { Money, type CurrencyCode } from '../common/money';
import { todayIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { toBase, type CreditPosition } from './domain/debit-note-math';
import { DebitNote } from './entities/debit-note.entity';

/**
 * A client's credit position as the release rule judges it (docs/domain.md step 13): its terms and the limit
 * and days a manager granted, and every open receivable (issued, unpaid part) in the base currency at the
 * note's frozen rate. One place, read by the release guard (billing-facts.provider.ts) and by the screens
 * that show why a release waits (release-position.service.ts), so both judge the same figures.
 */
export async function loadCreditPosition(
  em: EntityManager,
  clientId: string,
  config: Pick<AppConfig, 'baseCurrency' | 'timezone'>,
): Promise<CreditPosition> {
  const client = await em.findOneByOrFail(Client, { id: clientId });
  const today = todayIn(config.timezone);
  const open = await em
    .getRepository(DebitNote)
    .createQueryBuilder('n')
    .where(
      `n.clientId = :clientId AND n.direction = 'receivable' AND n.state = 'issued' AND n.paidMinor < n.totalMinor`,
      { clientId },
    )
    .getMany();
  const openNotes = open.map((n) => {
    const balance = Money.fromMinor(BigInt(n.totalMinor) - BigInt(n.paidMinor), n.currency as CurrencyCode);
    return {
      number: n.number ?? n.id,
      balance: toBase(balance, config.baseCurrency, n.fxRates) ?? balance,
      dueDate: n.dueDate ?? n.issueDate ?? today,
    };
  });
  const creditLimit =
    client.creditLimitMinor !== null && client.creditLimitCurrency !== null
      ? Money.fromMinor(BigInt(client.creditLimitMinor), client.creditLimitCurrency as CurrencyCode)
      : null;
  return { terms: client.paymentTerms, creditLimit, creditDays: client.creditDays, openNotes, today };
}
