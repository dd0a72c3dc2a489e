import { Money } from '../../common/money';
import type { DebitNoteData } from '../domain/document-data';
import { formatAmount, formatDocumentDate } from '../domain/document-format';
import { bi, type DocumentParts, type Field, portLabel, vesselVoyage } from './document-parts';
import type { PdfWriter, TableRow } from './pdf-writer';

/**
 * A debit note with every line in its own currency and converted, a subtotal per original currency when there
 * are several, the rates used (source and date), the total in figures and words (English always, Chinese
 * capitals (人民币大写) for CNY), the account in the note's currency, the tax wording, and the finance stamp
 * area with prepared-by and checked-by lines (docs/domain.md step 11).
 */
export function renderDebitNote(parts: DocumentParts, data: DebitNoteData): Promise<Buffer> {
  const L = parts.labels.debitNote;
  const C = parts.labels.common;
  const currency = data.total.currency;
  // Our notes get a number on issue; a carrier's (payable) note is known by the carrier's number.
  const draft = data.status === 'draft' || (data.number === null && data.direction === 'receivable');
  const byCarrierNumber = data.number === null && !draft && Boolean(data.carrierNumber);
  const number = data.number ?? (draft ? C.draft.en : (data.carrierNumber ?? '-'));
  const numberLabel = byCarrierNumber ? L.carrierNumber : L.number;
  const watermark = data.status === 'void' ? C.void : draft ? C.draft : null;
  const w = parts.writer(data.company, L.title, number, {
    subject: `${L.title.zh} ${L.title.en} ${number} - ${data.party.name} - ${data.shipment.reference}`,
    date: data.issueDate,
  });

  const references: Field[] = [
    { label: numberLabel, value: data.number ?? (draft ? bi(C.draft) : number), bold: true },
    { label: L.issueDate, value: data.issueDate ?? '-' },
    { label: L.dueDate, value: data.dueDate ?? '-' },
  ];
  if (data.carrierNumber && !byCarrierNumber) {
    references.push({ label: L.carrierNumber, value: data.carrierNumber });
  }
  parts.partyAndReferences(w, data.direction === 'payable' ? L.billFrom : L.billTo, data.party, references);

  const s = data.shipment;
  parts.sectionTitle(w, L.shipment);
  parts.fieldGrid(w, 3, [
    { label: C.shipmentRef, value: s.reference, bold: true },
    { label: C.blNumber, value: s.blNumber || '-' },
    { label: C.vesselVoyage, value: vesselVoyage(s.vessel, s.voyage) || '-' },
    { label: C.pol, value: portLabel(s.pol) },
    { label: C.pod, value: portLabel(s.pod) },
    { label: C.etd, value: s.etd ? formatDocumentDate(s.etd) : '-' },
    { label: C.containerNumbers, value: s.containerNumbers.join(', ') || '-', span: 3 },
  ]);

  const rows: TableRow[] = data.lines.map((line, index) => ({
    cells: [
      String(index + 1),
      line.description,
      line.amount.currency,
      formatAmount(line.amount.amount),
      line.quantity,
      formatAmount(line.lineTotal.amount),
      line.rate ?? '-',
      formatAmount(line.converted.amount),
    ],
  }));
  for (const subtotal of subtotals(data)) {
    rows.push({
      emphasis: false,
      cells: [
        { text: `${bi(C.subtotal)} (${subtotal.currency})`, span: 5, align: 'right' },
        formatAmount(subtotal.lineTotal),
        '',
        formatAmount(subtotal.converted),
      ],
    });
  }
  rows.push({
    emphasis: true,
    cells: [
      { text: `${bi(C.total)} (${currency})`, span: 7, align: 'right' },
      formatAmount(data.total.amount),
    ],
  });
  w.table(parts.columns(parts.layout.tables.debitNote, L, { currency }), rows, { zebra: true });
  w.y += parts.layout.spacing.section;

  parts.amountInWords(w, data.total);
  fxRates(parts, w, data);
  if (data.direction === 'receivable') parts.paymentAccount(w, data.company, L.paymentNote);
  if (data.remarks) parts.remarks(w, data.remarks);
  if (data.direction === 'receivable') {
    if (data.taxNote) parts.textBlock(w, L.tax, data.taxNote);
    parts.stampArea(w, L);
  }
  return parts.finish(w, `${bi(numberLabel)}: ${number}`, watermark);
}

/**
 * The lines summed per original currency, in it and converted, when they are in more than one currency: what
 * the client checks against each of its own bills. Nothing when every line is in one currency.
 */
function subtotals(data: DebitNoteData): { currency: string; lineTotal: string; converted: string }[] {
  const currencies = [...new Set(data.lines.map((line) => line.lineTotal.currency))];
  if (currencies.length < 2) return [];
  const target = data.total.currency;
  return currencies.map((currency) => {
    const lines = data.lines.filter((line) => line.lineTotal.currency === currency);
    return {
      currency,
      lineTotal: Money.sum(
        lines.map((line) => Money.strict(line.lineTotal.amount, currency)),
        currency,
      ).toJSON().amount,
      converted: Money.sum(
        lines.map((line) => Money.strict(line.converted.amount, target)),
        target,
      ).toJSON().amount,
    };
  });
}

function fxRates(parts: DocumentParts, w: PdfWriter, data: DebitNoteData): void {
  const L = parts.labels.debitNote;
  const { fontSize: size, color, spacing } = parts.layout;
  parts.sectionTitle(w, L.fxRates);
  if (data.fxRates.length === 0) {
    const style = { size: size.table, color: color.muted };
    w.text(bi(L.noFxRates), w.left, w.y, style);
    w.y += w.lineHeight(style.size) + spacing.section;
    return;
  }
  w.table(
    parts.columns(parts.layout.tables.fxRates, L),
    data.fxRates.map((rate) => ({
      cells: [
        `${rate.from} → ${rate.to}`,
        `1 ${rate.from} = ${rate.rate} ${rate.to}`,
        rate.source,
        rate.date,
      ],
    })),
  );
  w.y += spacing.section;
}
