import type { MoneyJson } from '../../common/money';
import {
  CONTAINER_TYPES,
  containerTypeLabel,
  normalizeContainerType,
} from '../../containers/domain/container-type';
import { portOf } from '../../common/ports/ports';
import { chineseCapitalAmount, sayAmountInWords } from '../domain/amount-in-words';
import type { BankAccount, CompanyInfo, DocumentParty, DocumentText } from '../domain/document-data';
import { documentTimestamp, fillLabel, formatMoney, teuFromQuarterUnits } from '../domain/document-format';
import type { DocumentFonts } from './document-fonts';
import type { Bilingual, ColumnLayout, DocumentLabels, DocumentLayout } from './document-templates';
import { PdfWriter, type TableColumn, type TableRow, type TextStyle } from './pdf-writer';

export interface Field {
  label: Bilingual;
  value: string;
  /** Columns of the grid this field spans. */
  span?: number;
  bold?: boolean;
}

/** "账单号 Debit note No." */
export function bi(label: Bilingual): string {
  return `${label.zh} ${label.en}`;
}

/** A port as the documents print it: the UN/LOCODE with its Chinese and English names when listed. */
export function portLabel(code: string): string {
  const port = portOf(code);
  return port ? `${code} ${port.zh} ${port.en}` : code;
}

export function vesselVoyage(vessel?: string | null, voyage?: string | null): string {
  return [vessel, voyage].filter((part): part is string => Boolean(part)).join(' / ');
}

/** The pages and blocks every document is drawn from, in the labels and layout of templates/documents/. */
export class DocumentParts {
  constructor(
    readonly labels: DocumentLabels,
    readonly layout: DocumentLayout,
    private readonly fonts: DocumentFonts,
  ) {}

  // --- pages ---------------------------------------------------------------------------------------------

  writer(
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
  finish(w: PdfWriter, reference: string, watermark: Bilingual | null = null): Promise<Buffer> {
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
  partyAndReferences(w: PdfWriter, title: Bilingual, party: DocumentParty, references: Field[]): void {
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
    if (party.taxId) {
      y += 1;
      y += w.paragraph(`${bi(this.labels.common.taxId)}: ${party.taxId}`, w.left, y, partyWidth, {
        size: size.small + 0.5,
      });
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

  sectionTitle(w: PdfWriter, label: Bilingual): void {
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
  fieldGrid(w: PdfWriter, columns: number, fields: Field[]): void {
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

  columns(
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

  /** The total in words: English ("SAY … ONLY") always; Chinese capital numerals (人民币大写) for CNY (docs/domain.md). */
  amountInWords(w: PdfWriter, total: MoneyJson, title?: Bilingual): void {
    const C = this.labels.common;
    const { spacing } = this.layout;
    const negative = total.amount.startsWith('-');
    const magnitude = negative ? total.amount.slice(1) : total.amount;
    const rows: { label: Bilingual; value: string; bold: boolean }[] = [];
    if (title) rows.push({ label: title, value: formatMoney(total), bold: true });
    rows.push({
      label: C.amountInWordsEn,
      value: negative
        ? `SAY MINUS ${sayAmountInWords(magnitude, total.currency).slice(4)}`
        : sayAmountInWords(magnitude, total.currency),
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

  paymentAccount(w: PdfWriter, company: CompanyInfo, note: Bilingual | null): void {
    this.paymentAccounts(w, [company.bank], note);
  }

  /**
   * Where to pay: each account with its beneficiary, bank, number and SWIFT code; several (one per currency
   * owed, on a statement) each under its currency.
   */
  paymentAccounts(w: PdfWriter, accounts: BankAccount[], note: Bilingual | null): void {
    const C = this.labels.common;
    const { fontSize: size, color, spacing } = this.layout;
    const rowsOf = (bank: BankAccount) => {
      const rows = [
        { label: C.beneficiary, value: bank.beneficiary, bold: true },
        { label: C.bankName, value: bank.bankName, bold: false },
        { label: C.account, value: bank.account, bold: true },
      ];
      if (bank.swift) rows.push({ label: C.swift, value: bank.swift, bold: false });
      if (bank.bankAddress) rows.push({ label: C.bankAddress, value: bank.bankAddress, bold: false });
      return rows;
    };
    const first = accounts[0] ? rowsOf(accounts[0]).length : 0;
    const noteHeight = note ? w.paragraphHeight(bi(note), w.width, { size: size.small + 0.5 }) + 3 : 0;
    w.ensureSpace(w.lineHeight(size.sectionTitle) + noteHeight + (first + 1) * w.lineHeight(size.body) + 12);
    this.sectionTitle(w, C.payment);
    if (note) {
      w.paragraph(note.zh + ' ' + note.en, w.left, w.y, w.width, {
        size: size.small + 0.5,
        color: color.muted,
      });
      w.y += noteHeight;
    }
    const headed = accounts.length > 1;
    for (const bank of accounts) {
      const rows = rowsOf(bank);
      if (headed && bank.currency) {
        const style: TextStyle = { size: size.body, weight: 'bold', color: color.accent };
        w.ensureSpace(w.lineHeight(size.body) + rows.length * w.lineHeight(size.words) + 8);
        const values = { currency: bank.currency };
        w.text(
          `${fillLabel(C.currencyAccount.zh, values)} ${fillLabel(C.currencyAccount.en, values)}`,
          w.left,
          w.y,
          style,
        );
        w.y += w.lineHeight(size.body) + 1;
      }
      this.labelledRows(w, rows, { boxed: false });
      w.y += headed ? 4 : 0;
    }
    w.y += spacing.section;
  }

  /** A titled paragraph from configuration, in Chinese then English (terms, tax wording). */
  textBlock(w: PdfWriter, title: Bilingual, text: DocumentText): void {
    const { fontSize: size } = this.layout;
    const style: TextStyle = { size: size.small + 0.5 };
    const height =
      w.paragraphHeight(text.zh, w.width, style) + w.paragraphHeight(text.en, w.width, style) + 2;
    w.ensureSpace(w.lineHeight(size.sectionTitle) + 3 + height);
    this.sectionTitle(w, title);
    this.terms(w, text);
  }

  /**
   * The finance department's stamp area (财务专用章) beside the prepared-by and checked-by lines: a debit note is
   * valid with the finance stamp and the two people who made and checked it (docs/domain.md, "Rules the desk
   * works by").
   */
  stampArea(
    w: PdfWriter,
    labels: { preparedBy: Bilingual; checkedBy: Bilingual; financeStamp: Bilingual },
  ): void {
    const C = this.labels.common;
    const { fontSize: size, color, spacing } = this.layout;
    const height = 104;
    w.ensureSpace(height + spacing.section);
    const top = w.y;
    const gap = 16;
    const half = (w.width - gap) / 2;
    const pad = 7;
    const labelStyle: TextStyle = { size: size.label, color: color.muted };
    const lines = [labels.preparedBy, labels.checkedBy, C.date];
    const labelWidth = Math.max(...lines.map((label) => w.measure(`${bi(label)}:`, labelStyle))) + 6;
    w.box(w.left, top, half, height, { stroke: color.rule });
    lines.forEach((label, index) => {
      const y = top + pad + 12 + index * 28;
      w.text(`${bi(label)}:`, w.left + pad, y, labelStyle);
      w.hrule(y + w.lineHeight(size.label), {
        x1: w.left + pad + labelWidth,
        x2: w.left + half - pad,
        lineWidth: 0.4,
      });
    });
    const x = w.left + half + gap;
    w.box(x, top, half, height, { stroke: color.rule });
    w.text(bi(labels.financeStamp), x + pad, top + pad, labelStyle);
    // Where the round finance stamp (about 38 mm) goes: a faint circle, so the stamp is not set on text.
    w.isolated((doc) => {
      const r = Math.min(half, height) / 2 - 12;
      doc
        .circle(x + half / 2, top + height / 2 + 6, r)
        .dash(2, { space: 3 })
        .lineWidth(0.5)
        .strokeColor(color.rule)
        .stroke();
    });
    w.y = top + height + spacing.section;
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

  /**
   * The containers booked, by type: label, ISO code, description, count, and the total in boxes and TEU
   * (the booking confirmation's and the S/O notice's table).
   */
  containerCounts(
    w: PdfWriter,
    title: Bilingual,
    containers: readonly { type: string; count: number }[],
  ): void {
    const L = this.labels.bookingConfirmation;
    this.sectionTitle(w, title);
    let teuTimes4 = 0;
    let count = 0;
    const rows: TableRow[] = containers.map((line) => {
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
  }

  remarks(w: PdfWriter, remarks: string): void {
    const { fontSize: size, spacing } = this.layout;
    const height = w.paragraphHeight(remarks, w.width, { size: size.body });
    w.ensureSpace(height + 20);
    this.sectionTitle(w, this.labels.common.remarks);
    w.y += w.paragraph(remarks, w.left, w.y, w.width, { size: size.body });
    w.y += spacing.section;
  }

  terms(w: PdfWriter, terms: Bilingual): void {
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
  signatureBoxes(
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
