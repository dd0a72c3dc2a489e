import PDFDocument from 'pdfkit';
import type { DocumentFonts, FontFaces } from './document-fonts';
import { type FontRun, fontRuns } from './font-runs';
import { MAX_SHARED_WIDTHS, shareLayoutCache, sharedRuns, sharedWidths } from './shared-caches';
import type { Bilingual, ColumnAlign, ColumnLayout, DocumentLayout } from './document-templates';

export type Weight = 'regular' | 'bold';

export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: string;
}

export interface PlacedTextStyle extends TextStyle {
  align?: ColumnAlign;
  /** The box the text is aligned in (needed for center/right). */
  width?: number;
}

/** A table cell: text, or text spanning several columns with its own alignment and weight. */
export type TableCell = string | { text: string; span?: number; align?: ColumnAlign; weight?: Weight };

export interface TableRow {
  cells: TableCell[];
  /** A row drawn on a tinted band in bold (totals). */
  emphasis?: boolean;
}

export interface TableColumn extends ColumnLayout {
  header: Bilingual;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  /** The document's own date: CreationDate and ModDate, so the same data gives the same bytes. */
  date: Date;
}

const FONT_NAMES: Record<Weight, string> = { regular: 'NotoSansSC', bold: 'NotoSansSC-Bold' };

// Closing punctuation stays on the line of the character before it (Chinese typesetting: no line starts
// with 、。，；：！？）」』 or the Latin equivalents).
const NO_LINE_START = '、。，；：！？）」』%,.;:!?)';
// One CJK character (with any closing punctuation), a Latin word with its trailing spaces, or spaces.
const TOKEN = new RegExp(
  `[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F][${NO_LINE_START}]*|[^\\s\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F]+\\s*|\\s+`,
  'g',
);

/**
 * A thin layer over pdfkit for laid-out documents: absolute positioning, our own line wrapping (so every
 * height is known before drawing), page breaks that redraw the page header and a table's header, and
 * page footers once the page count is known. All text is real text in the embedded font (extractable).
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly pageHeight: number;
  /** Where the next block starts on the current page. */
  y = 0;

  private pageStart: (writer: PdfWriter, pageIndex: number) => void = () => undefined;
  private pageCount = 0;
  private readonly lineHeightFactor: number;
  private readonly widths: Record<Weight, Map<string, number>>;
  // What pdfkit is set to, so that text in the same style costs no font lookup or colour operator. The
  // colour is forgotten wherever the PDF graphics state may differ (new page, switched page, restore).
  private current: { weight?: Weight; face?: number; size?: number; color?: string } = {};
  private readonly faces: Record<Weight, FontFaces>;
  // Fallback faces registered with this document so far (by pdfkit name): a face is embedded only if used.
  private readonly registered = new Set<string>();

  constructor(
    fonts: DocumentFonts,
    readonly layout: DocumentLayout,
    info: DocumentInfo,
  ) {
    this.doc = new PDFDocument({
      size: layout.page.size,
      margin: 0,
      autoFirstPage: false,
      bufferPages: true,
      pdfVersion: '1.7',
      lang: 'zh-CN',
      displayTitle: true,
      // No default font: pdfkit would otherwise load Helvetica's metrics for every document.
      font: null as unknown as string,
      info: {
        Title: info.title,
        Subject: info.subject,
        Author: info.author,
        Creator: info.author,
        Producer: 'Quayside',
        CreationDate: info.date,
        ModDate: info.date,
      },
    });
    // pdfkit takes a parsed fontkit font as a font source (it checks for `layout`); the types only list files.
    this.doc.registerFont(FONT_NAMES.regular, fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
    this.doc.registerFont(FONT_NAMES.bold, fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);
    for (const weight of ['bold', 'regular'] as const) {
      this.doc.font(FONT_NAMES[weight]);
      shareLayoutCache(this.doc, fonts[weight]);
    }
    this.current = { weight: 'regular', face: 0 };
    this.lineHeightFactor = this.doc.fontSize(1).currentLineHeight(false);
    this.widths = { regular: sharedWidths(fonts.regular), bold: sharedWidths(fonts.bold) };
    this.faces = { regular: fonts.fallbacks.regular, bold: fonts.fallbacks.bold };

    const { margin } = layout.page;
    const [pageWidth, pageHeight] = pageSize(layout.page.size);
    this.left = margin.left;
    this.right = pageWidth - margin.right;
    this.top = margin.top;
    this.bottom = pageHeight - margin.bottom;
    this.width = this.right - this.left;
    this.pageHeight = pageHeight;
  }

  /** What to draw at the top of every page (the header); it sets `y` to where content starts. */
  onPageStart(draw: (writer: PdfWriter, pageIndex: number) => void): void {
    this.pageStart = draw;
  }

  addPage(): void {
    this.doc.addPage({ size: this.layout.page.size, margin: 0 });
    this.current.color = undefined;
    this.y = this.top;
    this.pageStart(this, this.pageCount++);
  }

  /** Starts a new page when `height` does not fit below `y`; true when it did. */
  ensureSpace(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.addPage();
    return true;
  }

  /** The height of one line of text in `size` (the font's ascent + descent). */
  lineHeight(size: number): number {
    return size * this.lineHeightFactor;
  }

  /** The width of `text` set in `style`, exactly as pdfkit measures it. */
  measure(text: string, style: TextStyle): number {
    const weight = style.weight ?? 'regular';
    const cache = this.widths[weight];
    let units = cache.get(text);
    if (units === undefined) {
      // At 1000 pt pdfkit's width is the advance in font units (× 1000/1000): size-independent, reusable.
      const runs = this.runs(text, weight);
      if (runs) {
        units = 0;
        for (const run of runs) {
          this.setFont(weight, 1000, run.face);
          units += this.doc.widthOfString(run.text);
        }
      } else {
        this.setFont(weight, 1000);
        units = this.doc.widthOfString(text);
      }
      if (cache.size >= MAX_SHARED_WIDTHS) cache.clear();
      cache.set(text, units);
    }
    // The same arithmetic as pdfkit's widthOfString, so cached and fresh widths agree to the bit.
    return units * (style.size / 1000);
  }

  /** Draws `draw` in its own graphics state (rotation, opacity), then forgets the colour it leaves. */
  isolated(draw: (doc: PDFKit.PDFDocument) => void): void {
    this.doc.save();
    draw(this.doc);
    this.doc.restore();
    this.current.color = undefined;
  }

  /** Breaks `text` into lines no wider than `width`: at spaces, between CJK characters, or anywhere if it must. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const measure = (part: string): number => this.measure(part, style);
    if (!text.includes('\n') && measure(text) <= width) return [text];
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      // Widths of the tokens, summed: the token's trailing spaces count only when something follows.
      let lineWidth = 0;
      for (const token of paragraph.match(TOKEN) ?? ['']) {
        const bare = token.trimEnd();
        const bareWidth = bare ? measure(bare) : 0;
        const fullWidth = bare === token ? bareWidth : measure(token);
        if (line === '' || lineWidth + bareWidth <= width) {
          line += token;
          lineWidth += fullWidth;
          continue;
        }
        lines.push(line.trimEnd());
        line = token.trimStart();
        lineWidth = line === token ? fullWidth : measure(line);
      }
      lines.push(line.trimEnd());
    }
    // A single word wider than the box (a long reference) is cut by character rather than run over.
    return lines.flatMap((line) => (measure(line) <= width ? [line] : this.breakWord(line, width, style)));
  }

  /** Draws one line at (x, y): left, centred or right-aligned in `width`. */
  text(text: string, x: number, y: number, style: PlacedTextStyle): void {
    if (text === '') return;
    let at = x;
    if (style.align && style.align !== 'left' && style.width !== undefined) {
      const free = style.width - this.measure(text, style);
      at = style.align === 'right' ? x + free : x + free / 2;
    }
    const weight = style.weight ?? 'regular';
    const runs = this.runs(text, weight);
    this.setFont(weight, style.size);
    const color = style.color ?? this.layout.color.text;
    if (this.current.color !== color) {
      this.doc.fillColor(color);
      this.current.color = color;
    }
    if (!runs) {
      this.doc.text(text, at, y, { lineBreak: false });
      return;
    }
    // Faces differ in ascent: every run sits on the main font's baseline.
    const main = this.faces[weight].main;
    const baseline = y + (main.ascent / main.unitsPerEm) * style.size;
    for (const run of runs) {
      this.setFont(weight, style.size, run.face);
      this.doc.text(run.text, at, baseline, { lineBreak: false, baseline: 'alphabetic' });
      at += this.doc.widthOfString(run.text);
    }
  }

  /** The runs of faces `text` needs, or undefined when the main font draws it all (see font-runs.ts). */
  private runs(text: string, weight: Weight): readonly FontRun[] | undefined {
    const faces = this.faces[weight];
    let cache = sharedRuns.get(faces);
    if (!cache) {
      cache = new Map();
      sharedRuns.set(faces, cache);
    }
    let runs = cache.get(text);
    if (runs === undefined) {
      runs = fontRuns(text, faces, faces.placeholderFace()) ?? null;
      if (cache.size >= MAX_SHARED_WIDTHS) cache.clear();
      cache.set(text, runs);
    }
    return runs ?? undefined;
  }

  /** Draws pre-wrapped lines from (x, y); returns their height. */
  lines(lines: readonly string[], x: number, y: number, style: PlacedTextStyle, gap = 0): number {
    const step = this.lineHeight(style.size) + gap;
    lines.forEach((line, index) => this.text(line, x, y + index * step, style));
    return lines.length * step - (lines.length > 0 ? gap : 0);
  }

  /** Wraps and draws `text` in a box `width` wide; returns the height used. */
  paragraph(text: string, x: number, y: number, width: number, style: PlacedTextStyle, gap = 0): number {
    return this.lines(this.wrap(text, width, style), x, y, { ...style, width }, gap);
  }

  /** The height `paragraph` would use. */
  paragraphHeight(text: string, width: number, style: TextStyle, gap = 0): number {
    const count = this.wrap(text, width, style).length;
    return count * (this.lineHeight(style.size) + gap) - (count > 0 ? gap : 0);
  }

  hrule(y: number, options: { x1?: number; x2?: number; color?: string; lineWidth?: number } = {}): void {
    this.doc
      .save()
      .lineWidth(options.lineWidth ?? 0.5)
      .strokeColor(options.color ?? this.layout.color.rule)
      .moveTo(options.x1 ?? this.left, y)
      .lineTo(options.x2 ?? this.right, y)
      .stroke()
      .restore();
  }

  box(
    x: number,
    y: number,
    width: number,
    height: number,
    options: { fill?: string; stroke?: string },
  ): void {
    const doc = this.doc.save().rect(x, y, width, height);
    if (options.fill && options.stroke) {
      doc.lineWidth(0.5).fillAndStroke(options.fill, options.stroke);
    } else if (options.fill) {
      doc.fill(options.fill);
    } else {
      doc.lineWidth(0.5).stroke(options.stroke ?? this.layout.color.rule);
    }
    this.doc.restore();
  }

  /**
   * Draws a table from `y`, full width: a tinted header (Chinese over English), then the rows; a row that does
   * not fit starts a new page, where the header is drawn again. Figures align per column as laid out; column
   * widths are relative (scaled to the width between the margins).
   */
  table(laidOut: readonly TableColumn[], rows: readonly TableRow[], options: { zebra?: boolean } = {}): void {
    const scale = this.width / laidOut.reduce((sum, column) => sum + column.width, 0);
    const columns = laidOut.map((column) => ({ ...column, width: column.width * scale }));
    const { fontSize, color, spacing } = this.layout;
    const padX = spacing.cellPaddingX;
    const padY = spacing.cellPaddingY;
    const bodyStyle: TextStyle = { size: fontSize.table };
    const lineHeight = this.lineHeight(fontSize.table);
    const xs = columnStarts(this.left, columns);

    const headerLines = columns.map((column) => ({
      zh: this.wrap(column.header.zh, column.width - 2 * padX, {
        size: fontSize.tableHeader,
        weight: 'bold',
      }),
      en: this.wrap(column.header.en, column.width - 2 * padX, { size: fontSize.tableHeader }),
    }));
    const headerLineHeight = this.lineHeight(fontSize.tableHeader);
    const headerHeight =
      Math.max(...headerLines.map((h) => h.zh.length + h.en.length)) * headerLineHeight + 2 * padY;

    const drawHeader = (): void => {
      this.box(this.left, this.y, this.width, headerHeight, { fill: color.headerFill });
      columns.forEach((column, index) => {
        const header = headerLines[index] ?? { zh: [], en: [] };
        const x = (xs[index] ?? this.left) + padX;
        const style = { align: column.align, width: column.width - 2 * padX };
        const zhHeight = this.lines(header.zh, x, this.y + padY, {
          ...style,
          size: fontSize.tableHeader,
          weight: 'bold',
          color: color.text,
        });
        this.lines(header.en, x, this.y + padY + zhHeight, {
          ...style,
          size: fontSize.tableHeader,
          color: color.muted,
        });
      });
      this.y += headerHeight;
      this.hrule(this.y, { color: color.accent, lineWidth: 0.8 });
    };

    this.ensureSpace(headerHeight + lineHeight + 2 * padY);
    drawHeader();

    rows.forEach((row, rowIndex) => {
      const placed = placeCells(row.cells, columns, xs);
      const weight: Weight = row.emphasis ? 'bold' : 'regular';
      const wrapped = placed.map((cell) =>
        this.wrap(cell.text, cell.width - 2 * padX, { ...bodyStyle, weight: cell.weight ?? weight }),
      );
      const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * lineHeight + 2 * padY;
      if (this.ensureSpace(height)) drawHeader();
      if (row.emphasis) {
        this.box(this.left, this.y, this.width, height, { fill: color.totalFill });
      } else if (options.zebra && rowIndex % 2 === 1) {
        this.box(this.left, this.y, this.width, height, { fill: color.zebraFill });
      }
      placed.forEach((cell, index) => {
        this.lines(wrapped[index] ?? [], cell.x + padX, this.y + padY, {
          ...bodyStyle,
          weight: cell.weight ?? weight,
          color: color.text,
          align: cell.align,
          width: cell.width - 2 * padX,
        });
      });
      this.y += height;
      this.hrule(this.y, { lineWidth: row.emphasis ? 0.8 : 0.3 });
    });
  }

  /** Draws `footer` on every page (now that the count is known) and returns the finished PDF. */
  finish(footer: (writer: PdfWriter, page: number, pages: number) => void): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      this.current.color = undefined;
      footer(this, index - start + 1, count);
    }
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }

  private setFont(weight: Weight, size: number, face = 0): void {
    if (this.current.weight !== weight || this.current.face !== face) {
      this.doc.font(this.fontName(weight, face));
      this.current.weight = weight;
      this.current.face = face;
    }
    if (this.current.size !== size) {
      this.doc.fontSize(size);
      this.current.size = size;
    }
  }

  // pdfkit's name for a face; a fallback face is registered with this document the first time it is used.
  private fontName(weight: Weight, face: number): string {
    if (face === 0) return FONT_NAMES[weight];
    const name = `${FONT_NAMES[weight]}+${face}`;
    if (!this.registered.has(name)) {
      const font = this.faces[weight].face(face);
      this.doc.registerFont(name, font as unknown as PDFKit.Mixins.PDFFontSource);
      this.registered.add(name);
    }
    return name;
  }

  private breakWord(word: string, width: number, style: TextStyle): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const char of word) {
      if (piece !== '' && this.measure(piece + char, style) > width) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    pieces.push(piece);
    return pieces;
  }
}

function columnStarts(left: number, columns: readonly ColumnLayout[]): number[] {
  const xs: number[] = [];
  let x = left;
  for (const column of columns) {
    xs.push(x);
    x += column.width;
  }
  return xs;
}

interface PlacedCell {
  text: string;
  x: number;
  width: number;
  align: ColumnAlign;
  weight?: Weight;
}

// Cells in column order; a cell with `span` takes the width of that many columns.
function placeCells(
  cells: readonly TableCell[],
  columns: readonly ColumnLayout[],
  xs: number[],
): PlacedCell[] {
  const placed: PlacedCell[] = [];
  let column = 0;
  for (const cell of cells) {
    if (column >= columns.length) break;
    const spec = typeof cell === 'string' ? { text: cell } : cell;
    const span = Math.max(1, Math.min(spec.span ?? 1, columns.length - column));
    const spanned = columns.slice(column, column + span);
    placed.push({
      text: spec.text,
      x: xs[column] ?? 0,
      width: spanned.reduce((sum, c) => sum + c.width, 0),
      align: spec.align ?? spanned[0]?.align ?? 'left',
      weight: spec.weight,
    });
    column += span;
  }
  return placed;
}

const PAGE_SIZES: Record<string, [number, number]> = {
  A4: [595.28, 841.89],
  LETTER: [612, 792],
};

function pageSize(size: string): [number, number] {
  const found = PAGE_SIZES[size.toUpperCase()];
  if (!found) throw new Error(`layout.json: unsupported page size ${size}`);
  return found;
}
