import type { MoneyJson } from '../../common/money';
import {
  CONTAINER_TYPES,
  containerTypeLabel,
  normalizeContainerType,
} from '../../containers/domain/container-type';
import { chineseCapitalAmount, englishAmountInWords } from '../domain/amount-in-words';
import type {
  AgingBucket,
  BookingConfirmationData,
  CompanyInfo,
  DebitNoteData,
  DocumentParty,
  StatementData,
} from '../domain/document-data';
import {
  documentTimestamp,
  fillLabel,
  formatAmount,
  formatDocumentDate,
  formatMoney,
  teuFromQuarterUnits,
} from '../domain/document-format';
import { type DocumentFonts, documentFonts } from './document-fonts';
import {
  type Bilingual,
  type ColumnLayout,
  type DocumentLabels,
  type DocumentLayout,
  loadDocumentTemplates,
} from './document-templates';
import { PdfWriter, type TableColumn, type TableRow, type TextStyle } from './pdf-writer';

export interface DocumentRendererOptions {
  /** The templates/ folder; found from this file or the working directory when not given. */
  templatesDir?: string;
  /** Parsed fonts; the process-wide ones when not given. */
  fonts?: DocumentFonts;
}

interface Field {
  label: Bilingual;
  value: string;
  /** Columns of the grid this field spans. */
  span?: number;
  bold?: boolean;
}

const AGING_BUCKETS: readonly AgingBucket[] = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'];

/** "账单号 Debit note No." */
function bi(label: Bilingual): string {
  return `${label.zh} ${label.en}`;
}

/**
 * Renders the documents clients receive (booking confirmation, debit note, statement of account) as A4 PDFs
 * with bilingual labels from templates/documents/, in Noto Sans SC embedded as a subset. Rendering is a pure
 * function of the data: the same data gives the same bytes (the PDF dates are the document's own date), so
 * an issued document can be stored or regenerated at will.
 */
export class DocumentRenderer {
  private readonly labels: DocumentLabels;
  private readonly layout: DocumentLayout;
  private readonly fonts: DocumentFonts;

  constructor(options: DocumentRendererOptions = {}) {
    const templates = loadDocumentTemplates(options.templatesDir);
    this.labels = templates.labels;
    this.layout = templates.layout;
    // Parsed here, once per process, so the first document is not the one that pays for it.
    this.fonts = options.fonts ?? documentFonts();
  }

  /** The written confirmation of a booking, with both parties' stamp and signature boxes (docs/domain.md step 1). */
  renderBookingConfirmation(data: BookingConfirmationData): Promise<Buffer> {
    const L = this.labels.bookingConfirmation;
    const C = this.labels.common;
    const w = this.writer(data.company, L.title, data.reference, {
      subject: `${L.title.zh} ${L.title.en} ${data.reference} - ${data.client.name}`,
      date: data.date,
    });

    this.partyAndReferences(w, L.client, data.client, [
      { label: L.reference, value: data.reference, bold: true },
      { label: C.date, value: data.date },
      { label: C.clientCode, value: data.client.code },
    ]);

    const tba = bi(C.tba);
    this.sectionTitle(w, L.details);
    this.fieldGrid(w, 2, [
      { label: L.carrier, value: data.carrierName || tba },
      { label: L.freightTerm, value: bi(data.freightTerm === 'collect' ? L.collect : L.prepaid) },
      { label: C.pol, value: data.pol },
      { label: C.pod, value: data.pod },
      { label: C.vesselVoyage, value: vesselVoyage(data.vessel, data.voyage) || tba },
      { label: C.etd, value: data.etd ? formatDocumentDate(data.etd) : tba },
      { label: L.commodity, value: data.commodity, span: 2 },
      {
        label: L.agreedRate,
        value: data.agreedRate ? formatMoney(data.agreedRate) : tba,
        span: 2,
        bold: true,
      },
    ]);

    this.sectionTitle(w, L.containers);
    let teuTimes4 = 0;
    let count = 0;
    const rows: TableRow[] = data.containers.map((line) => {
      const type = normalizeContainerType(line.type);
      const info = type.ok ? CONTAINER_TYPES[type.code] : undefined;
      teuTimes4 += (info?.teuTimes4 ?? 0) * line.count;
      count += line.count;
      return {
        cells: [
          containerTypeLabel(line.type),
          type.ok ? type.code : line.type,
          info?.description ?? '',
          String(line.count),
        ],
      };
    });
    rows.push({
      emphasis: true,
      cells: [
        { text: bi(L.totalContainers), span: 3, align: 'right' },
        `${count} (${teuFromQuarterUnits(teuTimes4)} TEU)`,
      ],
    });
    w.table(this.columns(this.layout.tables.containers, L), rows);
    w.y += this.layout.spacing.section;

    if (data.remarks) this.remarks(w, data.remarks);
    this.terms(w, L.terms);
    this.signatureBoxes(
      w,
      { title: L.clientSignature, party: data.client },
      { title: L.forwarderSignature, party: { name: data.company.name, nameLocal: data.company.nameLocal } },
    );
    return this.finish(w, `${bi(L.reference)}: ${data.reference}`);
  }

  /**
   * A debit note with every line in its own currency and converted, the rates used (source and date), and the
   * total in figures and words: English always, Chinese capitals (人民币大写) for CNY (docs/domain.md step 11).
   */
  renderDebitNote(data: DebitNoteData): Promise<Buffer> {
    const L = this.labels.debitNote;
    const C = this.labels.common;
    const currency = data.total.currency;
    // Our notes get a number on issue; a carrier's (payable) note is known by the carrier's number.
    const draft = data.status === 'draft' || (data.number === null && data.direction === 'receivable');
    const byCarrierNumber = data.number === null && !draft && Boolean(data.carrierNumber);
    const number = data.number ?? (draft ? C.draft.en : (data.carrierNumber ?? '-'));
    const numberLabel = byCarrierNumber ? L.carrierNumber : L.number;
    const watermark = data.status === 'void' ? C.void : draft ? C.draft : null;
    const w = this.writer(data.company, L.title, number, {
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
    this.partyAndReferences(w, data.direction === 'payable' ? L.billFrom : L.billTo, data.party, references);

    const s = data.shipment;
    this.sectionTitle(w, L.shipment);
    this.fieldGrid(w, 3, [
      { label: C.shipmentRef, value: s.reference, bold: true },
      { label: C.blNumber, value: s.blNumber || '-' },
      { label: C.vesselVoyage, value: vesselVoyage(s.vessel, s.voyage) || '-' },
      { label: C.pol, value: s.pol },
      { label: C.pod, value: s.pod },
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
    rows.push({
      emphasis: true,
      cells: [
        { text: `${bi(C.total)} (${currency})`, span: 7, align: 'right' },
        formatAmount(data.total.amount),
      ],
    });
    w.table(this.columns(this.layout.tables.debitNote, L, { currency }), rows, { zebra: true });
    w.y += this.layout.spacing.section;

    this.amountInWords(w, data.total);
    this.fxRates(w, data);
    if (data.direction === 'receivable') this.paymentAccount(w, data.company, L.paymentNote);
    if (data.remarks) this.remarks(w, data.remarks);
    return this.finish(w, `${bi(numberLabel)}: ${number}`, watermark);
  }

  /** A client's statement of account (对账单) as of a date: open notes, aging and the total due. */
  renderStatement(data: StatementData): Promise<Buffer> {
    const L = this.labels.statement;
    const C = this.labels.common;
    const base = data.baseCurrency;
    const w = this.writer(data.company, L.title, `${data.client.code} ${data.asOf}`, {
      subject: `${L.title.zh} ${L.title.en} ${data.client.name} ${data.asOf}`,
      date: data.asOf,
    });

    this.partyAndReferences(w, L.client, data.client, [
      { label: L.asOf, value: data.asOf, bold: true },
      { label: L.baseCurrency, value: base },
      { label: C.clientCode, value: data.client.code },
    ]);

    this.sectionTitle(w, L.openNotes);
    if (data.notes.length === 0) {
      const style = { size: this.layout.fontSize.body, color: this.layout.color.muted };
      w.text(bi(L.noNotes), w.left, w.y, style);
      w.y += w.lineHeight(style.size) + this.layout.spacing.section;
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
      w.table(this.columns(this.layout.tables.statement, L, { currency: base }), rows, { zebra: true });
      w.y += this.layout.spacing.section;
    }

    this.sectionTitle(w, { zh: `${L.aging.zh}（${base}）`, en: `${L.aging.en} (${base})` });
    const agingColumns = this.layout.tables.aging.map((column) => ({
      ...column,
      header: column.key === 'total' ? C.total : L.buckets[column.key as AgingBucket],
    }));
    w.table(agingColumns, [
      {
        emphasis: false,
        cells: [...AGING_BUCKETS, 'total' as const].map((key) => formatAmount(data.aging[key].amount)),
      },
    ]);
    w.y += this.layout.spacing.section;

    this.amountInWords(w, data.aging.total, L.totalDue);
    this.paymentAccount(w, data.company, null);
    this.terms(w, L.confirm);
    this.signatureBoxes(
      w,
      { title: L.clientConfirmation, party: data.client },
      { title: L.issuedBy, party: { name: data.company.name, nameLocal: data.company.nameLocal } },
    );
    return this.finish(w, `${bi(L.footer)}: ${data.client.code} / ${data.asOf}`);
  }

  // --- pages ---------------------------------------------------------------------------------------------

  private writer(
    company: CompanyInfo,
    title: Bilingual,
    reference: string,
    options: { subject: string; date: string | null },
  ): PdfWriter {
    const w = new PdfWriter(this.fonts, this.layout, {
      title: `${title.en} ${reference}`,
      subject: options.subject,
      author: company.name,
      date: documentTimestamp(options.date),
    });
    w.onPageStart((writer, pageIndex) => {
      if (pageIndex === 0) this.fullHeader(writer, company, title);
      else this.continuationHeader(writer, company, title, reference);
    });
    w.addPage();
    return w;
  }

  private fullHeader(w: PdfWriter, company: CompanyInfo, title: Bilingual): void {
    const { fontSize: size, color } = this.layout;
    const leftWidth = w.width * 0.62;
    let y = w.top;
    w.text(company.nameLocal, w.left, y, { size: size.companyLocal, weight: 'bold', color: color.accent });
    y += w.lineHeight(size.companyLocal);
    w.text(company.name, w.left, y, { size: size.company, weight: 'bold' });
    y += w.lineHeight(size.company) + 1;
    const detail: TextStyle = { size: size.companyDetail, color: color.muted };
    for (const line of [company.addressLocal, company.address]) {
      if (line) y += w.paragraph(line, w.left, y, leftWidth, detail);
    }
    const contact = [
      company.phone ? `${bi(this.labels.common.tel)}: ${company.phone}` : '',
      company.email ? `${bi(this.labels.common.email)}: ${company.email}` : '',
    ]
      .filter(Boolean)
      .join('    ');
    if (contact) {
      w.text(contact, w.left, y, detail);
      y += w.lineHeight(size.companyDetail);
    }

    const right = { align: 'right' as const, width: w.width };
    let titleY = w.top;
    w.text(title.zh, w.left, titleY, {
      ...right,
      size: size.titleLocal,
      weight: 'bold',
      color: color.accent,
    });
    titleY += w.lineHeight(size.titleLocal);
    w.text(title.en, w.left, titleY, { ...right, size: size.title, weight: 'bold', color: color.text });
    titleY += w.lineHeight(size.title);

    w.y = Math.max(y, titleY) + 5;
    w.hrule(w.y, { color: color.accent, lineWidth: 1.5 });
    w.y += this.layout.spacing.section;
  }

  private continuationHeader(w: PdfWriter, company: CompanyInfo, title: Bilingual, reference: string): void {
    const { fontSize: size, color } = this.layout;
    const style: TextStyle = { size: size.body, weight: 'bold', color: color.accent };
    const continued = `${title.zh} ${title.en}  ${reference}  (${bi(this.labels.common.continued)})`;
    const rightStyle: TextStyle = { size: size.body, weight: 'bold' };
    const free = w.width - w.measure(continued, rightStyle) - 12;
    w.text(continued, w.left, w.top, { ...rightStyle, align: 'right', width: w.width });
    w.text(company.nameLocal, w.left, w.top, style);
    // The English name too when it fits beside the title.
    const nameX = w.left + w.measure(company.nameLocal, style) + 6;
    const nameStyle: TextStyle = { size: size.body, color: color.muted };
    if (nameX - w.left + w.measure(company.name, nameStyle) <= free)
      w.text(company.name, nameX, w.top, nameStyle);
    w.y = w.top + w.lineHeight(size.body) + 3;
    w.hrule(w.y, { color: color.accent, lineWidth: 1 });
    w.y += 8;
  }

  private watermark(w: PdfWriter, label: Bilingual): void {
    const { fontSize: size, color } = this.layout;
    const text = `${label.zh} ${label.en}`;
    const style: TextStyle = { size: size.watermark, weight: 'bold', color: color.watermark };
    const width = w.measure(text, style);
    const cx = (w.left + w.right) / 2;
    const cy = w.pageHeight / 2;
    w.isolated((doc) => {
      doc.rotate(-35, { origin: [cx, cy] }).fillOpacity(this.layout.watermarkOpacity);
      w.text(text, cx - width / 2, cy - w.lineHeight(size.watermark) / 2, style);
    });
  }

  /** Footers (reference, page x of y) and the watermark, drawn over each page once all are laid out. */
  private finish(w: PdfWriter, reference: string, watermark: Bilingual | null = null): Promise<Buffer> {
    const { fontSize: size, color } = this.layout;
    const C = this.labels.common;
    return w.finish((writer, page, pages) => {
      const y = writer.bottom + 10;
      writer.hrule(y - 4, { lineWidth: 0.4 });
      const style = { size: size.small, color: color.muted };
      writer.text(reference, writer.left, y, style);
      writer.text(bi(C.generated), writer.left, y, { ...style, align: 'center', width: writer.width });
      const pageLabel = `${fillLabel(C.page.zh, { page, pages })}  ${fillLabel(C.page.en, { page, pages })}`;
      writer.text(pageLabel, writer.left, y, { ...style, align: 'right', width: writer.width });
      // On top of the content, translucent: table fills would hide a watermark drawn underneath.
      if (watermark) this.watermark(writer, watermark);
    });
  }

  // --- blocks --------------------------------------------------------------------------------------------

  /** The other party on the left (both names, address, code); the document's references on the right. */
  private partyAndReferences(
    w: PdfWriter,
    title: Bilingual,
    party: DocumentParty,
    references: Field[],
  ): void {
    const { fontSize: size, color, spacing } = this.layout;
    const gutter = 18;
    const refWidth = this.layout.blocks.referencesWidth;
    const partyWidth = w.width - refWidth - gutter;
    const top = w.y;

    let y = top;
    w.text(bi(title), w.left, y, { size: size.label, color: color.muted });
    y += w.lineHeight(size.label) + 1;
    const primary = party.nameLocal || party.name;
    y += w.paragraph(primary, w.left, y, partyWidth, { size: size.partyName, weight: 'bold' });
    if (party.nameLocal && party.name)
      y += w.paragraph(party.name, w.left, y, partyWidth, { size: size.body });
    if (party.address) {
      y += 1;
      y += w.paragraph(party.address, w.left, y, partyWidth, { size: size.small + 0.5, color: color.muted });
    }

    const refX = w.right - refWidth;
    let refY = top;
    const labelStyle: TextStyle = { size: size.label, color: color.muted };
    const rowHeight = w.lineHeight(size.body) + 2;
    for (const field of references) {
      // Labels sit on the value's baseline: offset the smaller type by the difference in ascent.
      const labelOffset = (w.lineHeight(size.body) - w.lineHeight(size.label)) * 0.8;
      w.text(bi(field.label), refX, refY + labelOffset, labelStyle);
      w.text(field.value, refX, refY, {
        size: size.body,
        weight: field.bold ? 'bold' : 'regular',
        align: 'right',
        width: refWidth,
      });
      refY += rowHeight;
      w.hrule(refY - 1, { x1: refX, x2: w.right, lineWidth: 0.3 });
    }

    w.y = Math.max(y, refY) + spacing.section;
  }

  private sectionTitle(w: PdfWriter, label: Bilingual): void {
    const { fontSize: size, color } = this.layout;
    const height = w.lineHeight(size.sectionTitle) + 3;
    // Keep a title with at least a couple of lines of what follows.
    w.ensureSpace(height + 4 * w.lineHeight(size.table));
    const zhStyle: TextStyle = { size: size.sectionTitle, weight: 'bold', color: color.accent };
    w.text(label.zh, w.left, w.y, zhStyle);
    if (label.zh && label.en) {
      const x = w.left + w.measure(label.zh, zhStyle) + 5;
      w.text(label.en, x, w.y, { size: size.sectionTitle, color: color.muted });
    }
    w.y += height;
  }

  /** Labelled fields in a ruled grid of `columns`, label above value; a row never splits across pages. */
  private fieldGrid(w: PdfWriter, columns: number, fields: Field[]): void {
    const { fontSize: size, color, spacing } = this.layout;
    const pad = spacing.cellPaddingX + 1;
    const cellWidth = w.width / columns;
    const labelHeight = w.lineHeight(size.label);
    const valueLine = w.lineHeight(size.body);

    const rows: Field[][] = [];
    let row: Field[] = [];
    let used = 0;
    for (const field of fields) {
      const span = Math.min(field.span ?? 1, columns);
      if (used + span > columns) {
        rows.push(row);
        row = [];
        used = 0;
      }
      row.push(field);
      used += span;
    }
    if (row.length) rows.push(row);

    for (const cells of rows) {
      const wrapped = cells.map((field) =>
        w.wrap(field.value, cellWidth * Math.min(field.span ?? 1, columns) - 2 * pad, {
          size: size.body,
          weight: field.bold ? 'bold' : 'regular',
        }),
      );
      const height =
        labelHeight +
        Math.max(...wrapped.map((lines) => lines.length)) * valueLine +
        2 * spacing.cellPaddingY +
        1;
      w.ensureSpace(height);
      let x = w.left;
      cells.forEach((field, index) => {
        const width = cellWidth * Math.min(field.span ?? 1, columns);
        w.box(x, w.y, width, height, { stroke: color.rule });
        w.text(bi(field.label), x + pad, w.y + spacing.cellPaddingY, {
          size: size.label,
          color: color.muted,
        });
        w.lines(wrapped[index] ?? [], x + pad, w.y + spacing.cellPaddingY + labelHeight, {
          size: size.body,
          weight: field.bold ? 'bold' : 'regular',
        });
        x += width;
      });
      w.y += height;
    }
    w.y += spacing.section;
  }

  private columns(
    layout: readonly ColumnLayout[],
    labels: Record<string, unknown>,
    values: Record<string, string> = {},
  ): TableColumn[] {
    return layout.map((column) => {
      const label = labels[column.key] as Bilingual | undefined;
      if (!label) throw new Error(`labels.json has no label for column "${column.key}"`);
      return { ...column, header: { zh: fillLabel(label.zh, values), en: fillLabel(label.en, values) } };
    });
  }

  /** The total in words: English always; Chinese capital numerals (人民币大写) for CNY (docs/domain.md). */
  private amountInWords(w: PdfWriter, total: MoneyJson, title?: Bilingual): void {
    const C = this.labels.common;
    const { spacing } = this.layout;
    const negative = total.amount.startsWith('-');
    const magnitude = negative ? total.amount.slice(1) : total.amount;
    const rows: { label: Bilingual; value: string; bold: boolean }[] = [];
    if (title) rows.push({ label: title, value: formatMoney(total), bold: true });
    rows.push({
      label: C.amountInWordsEn,
      value: `${negative ? 'MINUS ' : ''}${englishAmountInWords(magnitude, total.currency)}`,
      bold: false,
    });
    if (total.currency === 'CNY') {
      rows.push({
        label: C.amountInWordsCny,
        value: `${negative ? '负' : ''}${chineseCapitalAmount(magnitude)}`,
        bold: true,
      });
    }
    this.labelledRows(w, rows, { boxed: true });
    w.y += spacing.section;
  }

  private fxRates(w: PdfWriter, data: DebitNoteData): void {
    const L = this.labels.debitNote;
    const { fontSize: size, color, spacing } = this.layout;
    this.sectionTitle(w, L.fxRates);
    if (data.fxRates.length === 0) {
      const style = { size: size.table, color: color.muted };
      w.text(bi(L.noFxRates), w.left, w.y, style);
      w.y += w.lineHeight(style.size) + spacing.section;
      return;
    }
    w.table(
      this.columns(this.layout.tables.fxRates, L),
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

  private paymentAccount(w: PdfWriter, company: CompanyInfo, note: Bilingual | null): void {
    const C = this.labels.common;
    const { fontSize: size, color, spacing } = this.layout;
    const bank = company.bank;
    const rows = [
      { label: C.beneficiary, value: bank.beneficiary, bold: true },
      { label: C.bankName, value: bank.bankName, bold: false },
      { label: C.account, value: bank.account, bold: true },
    ];
    if (bank.swift) rows.push({ label: C.swift, value: bank.swift, bold: false });
    if (bank.bankAddress) rows.push({ label: C.bankAddress, value: bank.bankAddress, bold: false });
    const noteHeight = note ? w.paragraphHeight(bi(note), w.width, { size: size.small + 0.5 }) + 3 : 0;
    w.ensureSpace(w.lineHeight(size.sectionTitle) + noteHeight + rows.length * w.lineHeight(size.body) + 12);
    this.sectionTitle(w, C.payment);
    if (note) {
      w.paragraph(note.zh + ' ' + note.en, w.left, w.y, w.width, {
        size: size.small + 0.5,
        color: color.muted,
      });
      w.y += noteHeight;
    }
    this.labelledRows(w, rows, { boxed: false });
    w.y += spacing.section;
  }

  /** Rows of "label | value" with the label column fixed, values wrapped; optionally in a ruled box. */
  private labelledRows(
    w: PdfWriter,
    rows: { label: Bilingual; value: string; bold: boolean }[],
    options: { boxed: boolean },
  ): void {
    const { fontSize: size, color, spacing } = this.layout;
    const labelWidth = this.layout.blocks.labelColumnWidth;
    const pad = spacing.cellPaddingX + 1;
    const valueWidth = w.width - labelWidth - 2 * pad;
    const line = w.lineHeight(size.words);
    const prepared = rows.map((row) => ({
      ...row,
      lines: w.wrap(row.value, valueWidth, { size: size.words, weight: row.bold ? 'bold' : 'regular' }),
    }));
    const heights = prepared.map((row) => row.lines.length * line + 2 * spacing.cellPaddingY);
    w.ensureSpace(heights.reduce((a, b) => a + b, 0));
    const top = w.y;
    prepared.forEach((row, index) => {
      const height = heights[index] ?? 0;
      const labelOffset = (line - w.lineHeight(size.label)) * 0.8;
      w.text(bi(row.label), w.left + pad, w.y + spacing.cellPaddingY + labelOffset, {
        size: size.label,
        color: color.muted,
      });
      w.lines(row.lines, w.left + labelWidth + pad, w.y + spacing.cellPaddingY, {
        size: size.words,
        weight: row.bold ? 'bold' : 'regular',
      });
      w.y += height;
      if (options.boxed && index < prepared.length - 1) w.hrule(w.y, { lineWidth: 0.3 });
    });
    if (options.boxed) w.box(w.left, top, w.width, w.y - top, { stroke: color.rule });
  }

  private remarks(w: PdfWriter, remarks: string): void {
    const { fontSize: size, spacing } = this.layout;
    const height = w.paragraphHeight(remarks, w.width, { size: size.body });
    w.ensureSpace(height + 20);
    this.sectionTitle(w, this.labels.common.remarks);
    w.y += w.paragraph(remarks, w.left, w.y, w.width, { size: size.body });
    w.y += spacing.section;
  }

  private terms(w: PdfWriter, terms: Bilingual): void {
    const { fontSize: size, color, spacing } = this.layout;
    const style: TextStyle = { size: size.small + 0.5, color: color.text };
    const zhHeight = w.paragraphHeight(terms.zh, w.width, style);
    const enHeight = w.paragraphHeight(terms.en, w.width, style);
    w.ensureSpace(zhHeight + enHeight + 2);
    w.y += w.paragraph(terms.zh, w.left, w.y, w.width, style) + 2;
    w.y += w.paragraph(terms.en, w.left, w.y, w.width, { ...style, color: color.muted });
    w.y += spacing.section;
  }

  /**
   * Stamp and signature boxes for both parties, each with a date line: a contract or document is valid only
   * with a number, both parties' stamps and signatures and a date (docs/domain.md, "Rules the desk works by").
   */
  private signatureBoxes(
    w: PdfWriter,
    left: { title: Bilingual; party: DocumentParty },
    right: { title: Bilingual; party: DocumentParty },
  ): void {
    const C = this.labels.common;
    const { fontSize: size, color } = this.layout;
    const gap = 16;
    const boxWidth = (w.width - gap) / 2;
    // Room for a round company stamp (about 42 mm) above the signature line.
    const height = this.layout.blocks.signatureBoxHeight;
    w.ensureSpace(height);
    const top = w.y;
    [left, right].forEach((side, index) => {
      const x = w.left + index * (boxWidth + gap);
      const pad = 7;
      w.box(x, top, boxWidth, height, { stroke: color.rule });
      let y = top + pad;
      w.text(bi(side.title), x + pad, y, { size: size.label, color: color.muted });
      y += w.lineHeight(size.label) + 1;
      const names = w.wrap(side.party.nameLocal || side.party.name, boxWidth - 2 * pad, {
        size: size.body,
        weight: 'bold',
      });
      y += w.lines(names, x + pad, y, { size: size.body, weight: 'bold' });
      if (side.party.nameLocal && side.party.name) {
        w.lines(w.wrap(side.party.name, boxWidth - 2 * pad, { size: size.small }), x + pad, y, {
          size: size.small,
          color: color.muted,
        });
      }
      const dateY = top + height - pad - w.lineHeight(size.body);
      const signY = dateY - 22;
      const labelStyle: TextStyle = { size: size.label, color: color.muted };
      const stampLabel = `${bi(C.stamp)}:`;
      const dateLabel = `${bi(C.date)}:`;
      const lineX =
        x + pad + Math.max(w.measure(stampLabel, labelStyle), w.measure(dateLabel, labelStyle)) + 6;
      w.text(stampLabel, x + pad, signY, labelStyle);
      w.hrule(signY + w.lineHeight(size.label), { x1: lineX, x2: x + boxWidth - pad, lineWidth: 0.4 });
      w.text(dateLabel, x + pad, dateY + 2, labelStyle);
      w.hrule(dateY + 2 + w.lineHeight(size.label), { x1: lineX, x2: x + boxWidth - pad, lineWidth: 0.4 });
    });
    w.y = top + height + this.layout.spacing.section;
  }
}

function vesselVoyage(vessel?: string | null, voyage?: string | null): string {
  return [vessel, voyage].filter((part): part is string => Boolean(part)).join(' / ');
}
