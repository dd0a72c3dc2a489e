import type { AgingBucket, StatementData } from '../domain/document-data';
import { formatAmount } from '../domain/document-format';
import { bi, type DocumentParts } from './document-parts';
import type { TableRow } from './pdf-writer';

const AGING_BUCKETS: readonly AgingBucket[] = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'];

/** A client's statement of account (对账单) as of a date: open notes, aging and the total due. */
export function renderStatement(parts: DocumentParts, data: StatementData): Promise<Buffer> {
  const L = parts.labels.statement;
  const C = parts.labels.common;
  const base = data.baseCurrency;
  const w = parts.writer(data.company, L.title, `${data.client.code} ${data.asOf}`, {
    subject: `${L.title.zh} ${L.title.en} ${data.client.name} ${data.asOf}`,
    date: data.asOf,
  });

  parts.partyAndReferences(w, L.client, data.client, [
    { label: L.asOf, value: data.asOf, bold: true },
    { label: L.baseCurrency, value: base },
    { label: C.clientCode, value: data.client.code },
  ]);

  parts.sectionTitle(w, L.openNotes);
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
        formatAmount(note.balanceBase.amount),
        L.bucketsShort[note.bucket].zh,
      ],
    }));
    rows.push({
      emphasis: true,
      cells: [
        { text: `${bi(C.total)} (${base})`, span: 8, align: 'right' },
        formatAmount(data.aging.total.amount),
        '',
      ],
    });
    w.table(parts.columns(parts.layout.tables.statement, L, { currency: base }), rows, { zebra: true });
    w.y += parts.layout.spacing.section;
  }

  parts.sectionTitle(w, { zh: `${L.aging.zh}（${base}）`, en: `${L.aging.en} (${base})` });
  const agingColumns = parts.layout.tables.aging.map((column) => ({
    ...column,
    header: column.key === 'total' ? C.total : L.buckets[column.key as AgingBucket],
  }));
  w.table(agingColumns, [
    {
      emphasis: false,
      cells: [...AGING_BUCKETS, 'total' as const].map((key) => formatAmount(data.aging[key].amount)),
    },
  ]);
  w.y += parts.layout.spacing.section;

  parts.amountInWords(w, data.aging.total, L.totalDue);
  parts.paymentAccount(w, data.company, null);
  parts.terms(w, L.confirm);
  parts.signatureBoxes(
    w,
    { title: L.clientConfirmation, party: data.client },
    { title: L.issuedBy, party: { name: data.company.name, nameLocal: data.company.nameLocal } },
  );
  return parts.finish(w, `${bi(L.footer)}: ${data.client.code} / ${data.asOf}`);
}
