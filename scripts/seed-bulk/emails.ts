import type { Client } from 'pg';
import type { AppConfig } from '../../src/config/app-config';
import { CONTAINER_TYPES } from '../../src/containers/domain/container-type';
import { renderEmail, type EmailTemplate, type Language } from '../../src/notifications/email-templates';
import { insertStaged, lit, ts } from './sql';

/** The e-mails kept in the outbox: those written from `from` to `asOf`. */
export interface EmailWindow {
  from: Date;
  asOf: Date;
}

/**
 * A template rendered by the app's own renderEmail with a marker for each value the SQL fills in, then
 * turned into nested replace() calls: the subjects and bodies are the app's texts, word for word.
 * `fixed` values (the company block) are rendered as they are; a section whose value is null is left out,
 * as the app leaves it out.
 */
function rendered(
  template: EmailTemplate,
  language: Language,
  fixed: Record<string, unknown>,
  values: Record<string, string | null>,
): { subject: string; body: string } {
  const marker = (key: string): string => `⟦${key}⟧`;
  const view: Record<string, unknown> = { ...fixed };
  for (const [key, sql] of Object.entries(values)) view[key] = sql === null ? null : marker(key);
  const text = renderEmail(template, language, view);
  const fill = (out: string): string =>
    Object.entries(values).reduce(
      (sql, [key, value]) => (value === null ? sql : `replace(${sql}, ${lit(marker(key))}, ${value})`),
      lit(out),
    );
  return { subject: fill(text.subject), body: fill(text.body) };
}

/** Subject and body by the client's language (and a variant of the values, e.g. with or without a section). */
function byLanguage(
  template: EmailTemplate,
  company: Record<string, string>,
  values: Record<string, string | null>,
  variant?: { when: string; values: Record<string, string | null> },
): { subject: string; body: string } {
  const pick = (part: 'subject' | 'body'): string => {
    const arm = (language: Language, v: Record<string, string | null>): string =>
      rendered(template, language, company, v)[part];
    const plain = `CASE WHEN c.language = 'en' THEN ${arm('en', values)} ELSE ${arm('zh', values)} END`;
    if (!variant) return plain;
    const other = { ...values, ...variant.values };
    return `CASE WHEN ${variant.when}
                 THEN CASE WHEN c.language = 'en' THEN ${arm('en', other)} ELSE ${arm('zh', other)} END
                 ELSE ${plain} END`;
  };
  return { subject: pick('subject'), body: pick('body') };
}

function companyView(config: AppConfig): Record<string, string> {
  const c = config.company;
  return {
    companyName: c.name,
    companyNameLocal: c.nameLocal,
    beneficiary: c.bank.beneficiary,
    bankName: c.bank.bankName,
    account: c.bank.account,
  };
}

const CLIENT_NAME = `CASE WHEN c.language = 'zh' THEN coalesce(c.name_local, c.name) ELSE c.name END`;
const TYPE_LABEL = `CASE s.ctype ${Object.entries(CONTAINER_TYPES)
  .map(([code, info]) => `WHEN '${code}' THEN '${info.label}'`)
  .join(' ')} ELSE s.ctype END`;

/**
 * The outbox columns of a set of e-mails (`e`: kind, key, template, created_at, subject, body, attachments,
 * shipment_id, dedupe_key, and the client `c`): almost all sent within a minute, some on the second try; a
 * few failed after the last attempt (a mailbox that does not exist); the last half hour's still pending,
 * and a few of the last hours' waiting for a retry.
 */
function outboxRow(config: AppConfig, asOf: Date): string {
  const host = lit(config.mail.from.split('@')[1] ?? 'quayside.local');
  const r = (salt: number): string => `seed_bulk.rnd(hashtextextended(e.kind, e.key), ${salt})`;
  const age = `(${ts(asOf)} - e.created_at)`;
  const fresh = `${age} < interval '30 minutes'`;
  const retrying = `${age} < interval '6 hours' AND ${r(4)} < 0.05`;
  const failed = `${r(1)} < 0.004`;
  const retried = `${r(2)} < 0.03`;
  const tries = `(1 + floor(${r(5)} * 3))::int`;
  const status = `CASE WHEN ${fresh} OR ${retrying} THEN 'pending' WHEN ${failed} THEN 'failed' ELSE 'sent' END`;
  return `
    SELECT seed_bulk.uid('email:' || e.kind, e.key),
           '<' || seed_bulk.uid('message:' || e.kind, e.key) || '@' || ${host} || '>',
           e.template, c.language, c.emails, e.subject, e.body, e.attachments, e.shipment_id, c.id, e.dedupe_key,
           ${status},
           CASE WHEN ${fresh} THEN 0 WHEN ${retrying} THEN ${tries} WHEN ${failed} THEN ${config.mail.maxAttempts}
                WHEN ${retried} THEN 2 ELSE 1 END,
           CASE WHEN ${fresh} THEN e.created_at
                WHEN ${retrying} THEN e.created_at + interval '1 millisecond' * ${config.mail.retryBaseMs} * 2 ^ ${tries}
                WHEN ${failed} THEN e.created_at + interval '2 hours 7 minutes'
                ELSE e.created_at END,
           CASE WHEN ${fresh} THEN NULL
                WHEN ${retrying} OR (NOT ${failed} AND ${retried}) THEN '421 4.7.0 Try again later, closing connection'
                WHEN ${failed} THEN '550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table' END,
           CASE WHEN ${status} = 'sent'
                THEN e.created_at + interval '1 second' * (2 + 50 * ${r(3)})
                     + CASE WHEN ${retried} THEN interval '30 seconds' ELSE interval '0' END END,
           e.created_at`;
}

const INSERT = `INSERT INTO emails (id, message_id, template, language, "to", subject, body, attachments, shipment_id,
                                    client_id, dedupe_key, status, attempts, next_attempt_at, last_error, sent_at,
                                    created_at)`;

/**
 * The batch's e-mails to clients, as the notices service writes them (only to clients with addresses):
 * booking confirmations, vessel changes, debit notes issued, and payment reminders (the first reminder of
 * each overdue note, and the latest round of one still open).
 */
export async function insertClientEmails(
  db: Client,
  lo: number,
  hi: number,
  config: AppConfig,
  window: EmailWindow,
): Promise<number> {
  const company = companyView(config);
  const from = ts(window.from);
  const asOf = ts(window.asOf);
  const booking = byLanguage(
    'booking_confirmed',
    company,
    {
      clientName: CLIENT_NAME,
      reference: 's.reference',
      pol: 's.pol',
      pod: 's.pod',
      commodity: 's.commodity',
      containers: `s.k || ' × ' || ${TYPE_LABEL}`,
      vessel: null,
      voyage: `''`,
      etd: null,
      agreedRate: null,
    },
    { when: 's.has_rate', values: { agreedRate: `seed_bulk.amount(s.freight_usd * 100) || ' USD'` } },
  );
  const rolled = byLanguage('vessel_rolled', company, {
    clientName: CLIENT_NAME,
    reference: 's.reference',
    oldVessel: 's.vessel0',
    oldVoyage: 's.voyage0',
    oldEtd: 'seed_bulk.local_minute(s.etd0)',
    newVessel: 's.vessel1',
    newVoyage: 's.voyage1',
    newEtd: 'seed_bulk.local_minute(s.etd)',
    reason: 's.roll_reason',
  });
  const issued = byLanguage('debit_note_issued', company, {
    clientName: CLIENT_NAME,
    number: 'nt.number',
    reference: 's.reference',
    total: `seed_bulk.amount(nt.total) || ' ' || nt.currency`,
    dueDate: 'nt.due_day::text',
    rates: `'USD/CNY ' || nt.usd_rate::text || ' (BOC, ' || nt.rate_day::text || ')'`,
  });
  const reminder = byLanguage('payment_reminder', company, {
    clientName: CLIENT_NAME,
    number: 'nt.number',
    reference: 's.reference',
    balance: `seed_bulk.amount(nt.total - CASE WHEN s.pay_first < rm.at THEN nt.first_amount ELSE 0 END) || ' ' || nt.currency`,
    dueDate: 'nt.due_day::text',
    daysOverdue: '(seed_bulk.local_day(rm.at) - nt.due_day)::text',
  });
  const shipmentEmails = (
    kind: string,
    template: EmailTemplate,
    at: string,
    text: typeof booking,
    attachments: string,
  ): string => `
    SELECT '${kind}' AS kind, s.n AS key, '${template}' AS template, ${at} AS created_at, ${text.subject} AS subject,
           ${text.body} AS body, ${attachments} AS attachments, s.id AS shipment_id, NULL AS dedupe_key, s.client_k
      FROM bulk_ship s JOIN bulk_clients c ON c.k = s.client_k
     WHERE s.i BETWEEN $1 AND $2 AND ${at} <= s.lim AND ${at} >= ${from} AND cardinality(c.emails) > 0`;
  const sources = [
    shipmentEmails(
      'booking',
      'booking_confirmed',
      `date_trunc('milliseconds', s.t_conf)`,
      booking,
      `jsonb_build_array(jsonb_build_object('kind', 'booking_confirmation', 'id', s.id,
                                            'filename', 'booking-confirmation-' || s.reference || '.pdf'))`,
    ),
    shipmentEmails('rolled', 'vessel_rolled', `date_trunc('milliseconds', s.t_roll)`, rolled, `'[]'::jsonb`),
    `SELECT 'issued', nt.key, 'debit_note_issued', date_trunc('milliseconds', nt.issued_at), ${issued.subject},
            ${issued.body},
            jsonb_build_array(jsonb_build_object('kind', 'debit_note', 'id', seed_bulk.uid('note', nt.key),
                                                 'filename', nt.number || '.pdf')),
            s.id, 'debit-note-issued:' || seed_bulk.uid('note', nt.key), s.client_k
       FROM bulk_note nt JOIN bulk_ship s ON s.i = nt.i JOIN bulk_clients c ON c.k = s.client_k
      WHERE nt.i BETWEEN $1 AND $2 AND NOT nt.payable AND nt.issued_at >= ${from} AND cardinality(c.emails) > 0`,
    // Reminders: the daily job at 09:00 finds the note overdue and unpaid; prepaid clients every 3 days,
    // credit clients weekly (src/scheduler/jobs.service.ts).
    `SELECT 'reminder', nt.key * 1000 + rm.round, 'payment_reminder', date_trunc('milliseconds', rm.at),
            ${reminder.subject}, ${reminder.body}, '[]'::jsonb, s.id,
            'payment-reminder:' || seed_bulk.uid('note', nt.key) || ':' || rm.round, s.client_k
       FROM bulk_note nt JOIN bulk_ship s ON s.i = nt.i JOIN bulk_clients c ON c.k = s.client_k
       CROSS JOIN LATERAL (SELECT CASE WHEN s.terms = 'prepaid' THEN 3 ELSE 7 END AS every,
                                  seed_bulk.local_day(least(coalesce(s.pay_full, 'infinity'), ${asOf})) - nt.due_day AS open_days) o
       CROSS JOIN LATERAL (SELECT DISTINCT ON (round) round,
                                  seed_bulk.at_local(nt.due_day + 1 + round * o.every, 9) AS at
                             FROM unnest(ARRAY[0, ((o.open_days - 1) / o.every)::int]) round) rm
      WHERE nt.i BETWEEN $1 AND $2 AND nt.live AND nt.issued_at IS NOT NULL AND o.open_days >= 1
        AND rm.at < least(coalesce(s.pay_full, 'infinity'), ${asOf}) AND rm.at >= ${from}
        AND cardinality(c.emails) > 0`,
  ];
  return insertStaged(
    db,
    `${INSERT}
     ${outboxRow(config, window.asOf)}
       FROM (${sources.join('\nUNION ALL\n')}) e
       JOIN bulk_clients c ON c.k = e.client_k`,
    [lo, hi],
  );
}

/**
 * Statements of account on the 1st of each month (the receivables job): to monthly clients, and to anyone
 * with a note open for more than three months, with what was open at the previous month's end.
 */
export async function insertStatements(db: Client, config: AppConfig, window: EmailWindow): Promise<number> {
  const text = byLanguage('statement', companyView(config), {
    clientName: CLIENT_NAME,
    asOf: 'o.as_of::text',
    total: `seed_bulk.amount(o.total) || ' CNY'`,
    noteCount: 'o.notes::text',
  });
  return insertStaged(
    db,
    `${INSERT}
     ${outboxRow(config, window.asOf)}
       FROM (SELECT 'statement' AS kind, c.k * 100000 + (extract(year FROM o.as_of) * 12 + extract(month FROM o.as_of))::bigint AS key,
                    'statement' AS template, date_trunc('milliseconds', seed_bulk.at_local(o.as_of + 1, 9)) AS created_at,
                    ${text.subject} AS subject, ${text.body} AS body,
                    jsonb_build_array(jsonb_build_object('kind', 'statement', 'id', c.id, 'asOf', o.as_of::text,
                                      'filename', 'statement-' || c.code || '-' || o.as_of::text || '.pdf')) AS attachments,
                    NULL::uuid AS shipment_id, 'statement:' || c.id || ':' || o.as_of::text AS dedupe_key, c.k AS client_k
               FROM (SELECT s.client_k, m.as_of, count(*) AS notes, min(nt.issue_day) AS oldest,
                            sum(CASE WHEN nt.currency = 'CNY' THEN nt.balance
                                     ELSE floor(nt.balance * nt.usd_rate + 0.5)::bigint END)::bigint AS total
                       FROM (SELECT d::date - 1 AS as_of
                               FROM generate_series(date_trunc('month', seed_bulk.local_day(${ts(window.from)})::timestamp) + interval '1 month',
                                                    seed_bulk.local_day(${ts(window.asOf)})::timestamp, interval '1 month') d
                              WHERE seed_bulk.at_local(d::date, 9) <= ${ts(window.asOf)}) m
                       JOIN (SELECT nt.*, seed_bulk.local_day(pd.settled_at) AS settled_day,
                                    nt.total - CASE WHEN bs.pay_first IS NOT NULL THEN nt.first_amount ELSE 0 END AS after_first,
                                    seed_bulk.local_day(bs.pay_first) AS first_day,
                                    nt.total AS balance_full
                               FROM bulk_note nt JOIN bulk_ship bs ON bs.i = nt.i
                               LEFT JOIN bulk_paid pd ON pd.note_key = nt.key
                              WHERE nt.live AND nt.issued_at IS NOT NULL
                                AND (pd.settled_at IS NULL OR pd.settled_at >= ${ts(window.from)} - interval '4 months')) n0
                         ON true
                       CROSS JOIN LATERAL (SELECT n0.*, CASE WHEN n0.first_day <= m.as_of THEN n0.after_first
                                                             ELSE n0.balance_full END AS balance) nt
                       JOIN bulk_ship s ON s.i = nt.i
                      WHERE nt.issue_day <= m.as_of AND (nt.settled_day IS NULL OR nt.settled_day > m.as_of)
                      GROUP BY s.client_k, m.as_of) o
               JOIN bulk_clients c ON c.k = o.client_k
              WHERE cardinality(c.emails) > 0
                AND (c.terms = 'monthly' OR o.oldest < (o.as_of - interval '3 months')::date)) e
       JOIN bulk_clients c ON c.k = e.client_k
      -- once per client and month (--append: the first load's statement stands)
      WHERE NOT EXISTS (SELECT 1 FROM emails sent WHERE sent.dedupe_key = e.dedupe_key)`,
  );
}
