import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A label in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The wording of the documents, from templates/documents/labels.json. */
export type DocumentLabels = typeof import('../../../templates/documents/labels.json');

export type ColumnAlign = 'left' | 'center' | 'right';

/** One table column as laid out in templates/documents/layout.json. */
export interface ColumnLayout {
  key: string;
  width: number;
  align: ColumnAlign;
}

type LayoutJson = typeof import('../../../templates/documents/layout.json');

/** Page, type sizes, colours and table columns, from templates/documents/layout.json (points, 1/72 in). */
export type DocumentLayout = Omit<LayoutJson, 'tables'> & {
  tables: Record<keyof LayoutJson['tables'], ColumnLayout[]>;
};

export interface DocumentTemplates {
  labels: DocumentLabels;
  layout: DocumentLayout;
}

const MARKER = join('documents', 'labels.json');

/**
 * The templates/ folder: the first one found walking up from this file (src/documents/pdf when run through
 * swc, dist/src/documents/pdf after a build, with templates/ copied next to dist/), else the one in the
 * working directory.
 */
export function findTemplatesDir(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, MARKER))) return candidate;
    if (dirname(dir) === dir) break;
  }
  const fromCwd = join(process.cwd(), 'templates');
  if (existsSync(join(fromCwd, MARKER))) return fromCwd;
  throw new Error(`No templates/${MARKER} above ${start} or in ${process.cwd()}`);
}

/** Reads and checks the document templates; throws at startup on a missing file or a malformed label. */
export function loadDocumentTemplates(templatesDir: string = findTemplatesDir()): DocumentTemplates {
  const labels = readJson(join(templatesDir, 'documents', 'labels.json'));
  const layout = readJson(join(templatesDir, 'documents', 'layout.json'));
  for (const section of ['common', 'bookingConfirmation', 'debitNote', 'statement']) {
    if (!isRecord(labels[section])) throw new Error(`labels.json: missing section "${section}"`);
  }
  checkLabels(labels, 'labels.json');
  checkLayout(layout);
  return {
    labels: labels as unknown as DocumentLabels,
    layout: layout as unknown as DocumentLayout,
  };
}

function readJson(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRecord(parsed)) throw new Error(`${file}: expected a JSON object`);
  return parsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Every leaf is { zh, en }, both non-empty strings; groups nest (statement.buckets).
function checkLabels(node: Record<string, unknown>, path: string): void {
  for (const [key, value] of Object.entries(node)) {
    const where = `${path}: ${key}`;
    if (!isRecord(value)) throw new Error(`${where} is not a label`);
    if ('zh' in value || 'en' in value) {
      if (typeof value.zh !== 'string' || typeof value.en !== 'string' || !value.zh || !value.en) {
        throw new Error(`${where} needs non-empty "zh" and "en"`);
      }
    } else {
      checkLabels(value, where);
    }
  }
}

function checkLayout(layout: Record<string, unknown>): void {
  const page = layout.page;
  const tables = layout.tables;
  if (!isRecord(page) || !isRecord(page.margin)) throw new Error('layout.json: missing page.margin');
  for (const section of ['fontSize', 'color', 'spacing', 'blocks']) {
    if (!isRecord(layout[section])) throw new Error(`layout.json: missing ${section}`);
  }
  if (!isRecord(tables)) throw new Error('layout.json: missing tables');
  for (const [name, columns] of Object.entries(tables)) {
    if (!Array.isArray(columns) || columns.length === 0)
      throw new Error(`layout.json: tables.${name} is empty`);
    for (const column of columns as unknown[]) {
      if (
        !isRecord(column) ||
        typeof column.key !== 'string' ||
        typeof column.width !== 'number' ||
        !(column.width > 0) ||
        !['left', 'center', 'right'].includes(column.align as string)
      ) {
        throw new Error(`layout.json: tables.${name} has a malformed column`);
      }
    }
  }
}
