import { type CurrencyCode, Money, type MoneyJson } from '../../common/money';
import type { AgingBucket, StatementData, StatementPeriod } from '../domain/document-data';
import { fillLabel, formatAmount } from '../domain/document-format';
import { bi, type DocumentParts, type Field } from './document-parts';
import type { PdfWriter, TableRow } from './pdf-writer';

const AGING_BUCKETS: readonly AgingBucket[] = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'];

/**
 * A client's statement of account (对账单), every figure per currency (a client pays a USD note in USD): the
 * open notes with a subtotal per currency, the aging per currency and the total due in each, in words, with
 * the account for each currency. A period statement first shows, per currency, the opening balance, the
 * notes issued and payments received in the period and the closing balance, so a client who paid everything
 * still has a statement to reconcile.
 */
export function renderStatement(parts: DocumentParts, data: StatementData): Promise<Buffer> {
  const L = parts.labels.statement;
  const C = parts.labels.common;
  const period = data.period ?? null;
  const reference = period
    ? `${data.client.code} ${period.from}~${period.to}`
    : `${data.client.code} ${data.asOf}`;
  const w = parts.writer(data.company, L.title, reference, {
    subject: `${L.title.zh} ${L.title.en} ${data.client.name} ${period ? `${period.from}~${period.to}` : data.asOf}`,
    date: data.asOf,
  });

  const references: Field[] = period
    ? [{ label: L.period, value: `${period.from} ~ ${period.to}`, bold: true }]
    : [{ label: L.asOf, value: data.asOf, bold: true }];
  references.push({ label: C.clientCode, value: data.client.code });
  parts.partyAndReferences(w, L.client, data.client, references);

  if (period) renderPeriod(parts, w, period);

  parts.sectionTitle(w, period ? L.openAt : L.openNotes);
  if (data.notes.length === 0) {
    const style = { size: parts.layout.fontSize.body, color: parts.layout.color.muted };
    w.text(bi(L.noNotes), w.left, w.y, style);
    w.y += w.lineHeight(style.size) + parts.layout.spacing.section;
  } else {
    const rows: TableRow[] = data.notes.map((note) => ({
      cells: [
        note.number,
        note.issueDate,
        note.dueDate ?? '-',
        note.shipmentReference,
        note.currency,
        formatAmount(note.total.amount),
        formatAmount(note.paid.amount),
        formatAmount(note.balance.amount),
        L.bucketsShort[note.bucket].zh,
      ],
    }));
    for (const aging of data.aging) {
      rows.push({
        emphasis: true,
        cells: [
          { text: `${bi(C.total)} (${aging.currency})`, span: 7, align: 'right' },
          formatAmount(aging.buckets.total.amount),
          '',
        ],
      });
    }
    w.table(parts.columns(parts.layout.tables.statement, L), rows, { zebra: true });
    w.y += parts.layout.spacing.section;

    parts.sectionTitle(w, L.agingByCurrency);
    const agingColumns = parts.layout.tables.aging.map((column) => ({
      ...column,
      header:
        column.key === 'total'
          ? C.total
          : column.key === 'currency'
            ? L.currency
            : L.buckets[column.key as AgingBucket],
    }));
    w.table(
      agingColumns,
      data.aging.map((aging) => ({
        emphasis: false,
        cells: [
          aging.currency,
          ...[...AGING_BUCKETS, 'total' as const].map((key) => formatAmount(aging.buckets[key].amount)),
        ],
      })),
    );
    w.y += parts.layout.spacing.section;
  }

  // The total due in each currency owed, in figures and words; nothing owed: zero in the first account's.
  const due: MoneyJson[] = data.aging.length
    ? data.aging.map((aging) => aging.buckets.total)
    : [Money.zero((data.accounts[0]?.currency ?? 'CNY') as CurrencyCode).toJSON()];
  for (const total of due) parts.amountInWords(w, total, L.totalDue);
  parts.paymentAccounts(w, data.accounts, null);
  parts.terms(w, L.confirm);
  parts.signatureBoxes(
    w,
    { title: L.clientConfirmation, party: data.client },
    { title: L.issuedBy, party: { name: data.company.name, nameLocal: data.company.nameLocal } },
  );
  return parts.finish(w, `${bi(L.footer)}: ${reference}`);
}

/** Opening, issued, received, closing per currency; then the notes and payments of the period. */
function renderPeriod(parts: DocumentParts, w: PdfWriter, period: StatementPeriod): void {
  const L = parts.labels.statement;
  const { fontSize: size, color, spacing } = parts.layout;
  const muted = { size: size.body, color: color.muted };

  parts.sectionTitle(w, L.periodSummary);
  const note = { date: period.openingDate };
  w.text(`${fillLabel(L.openingNote.zh, note)} ${fillLabel(L.openingNote.en, note)}`, w.left, w.y, {
    size: size.small + 0.5,
    color: color.muted,
  });
  w.y += w.lineHeight(size.small + 0.5) + 2;
  w.table(
    parts.columns(parts.layout.tables.periodTotals, L),
    period.totals.map((t) => ({
      emphasis: true,
      cells: [
        t.currency,
        formatAmount(t.opening.amount),
        formatAmount(t.issued.amount),
        formatAmount(t.received.amount),
        formatAmount(t.closing.amount),
      ],
    })),
  );
  w.y += spacing.section;

  parts.sectionTitle(w, L.notesIssued);
  if (period.notes.length === 0) {
    w.text(bi(L.noNotesIssued), w.left, w.y, muted);
    w.y += w.lineHeight(size.body) + spacing.section;
  } else {
    w.table(
      parts.columns(parts.layout.tables.periodNotes, L),
      period.notes.map((n) => ({
        cells: [
          n.number,
          n.issueDate,
          n.dueDate ?? '-',
          n.shipmentReference,
          n.total.currency,
          formatAmount(n.total.amount),
        ],
      })),
      { zebra: true },
    );
    w.y += spacing.section;
  }

  parts.sectionTitle(w, L.paymentsReceived);
  if (period.payments.length === 0) {
    w.text(bi(L.noPayments), w.left, w.y, muted);
    w.y += w.lineHeight(size.body) + spacing.section;
  } else {
    w.table(
      parts.columns(parts.layout.tables.periodPayments, L),
      period.payments.map((p) => ({
        cells: [p.date, p.reference, p.amount.currency, formatAmount(p.amount.amount)],
      })),
      { zebra: true },
    );
    w.y += spacing.section;
  }
}
