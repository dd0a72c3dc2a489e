import type { FontFaces, ParsedFont } from './document-fonts';
import type { FontRun } from './font-runs';

// pdfkit caches the layout of each word per document; the layouts depend only on the font and the text, so
// one cache per font, shared by every document, saves shaping the same words again (most of the time spent
// on a document). Entries are never changed once written (we never justify text). Started afresh when large.
const MAX_SHARED_LAYOUTS = 20_000;
const sharedLayouts = new WeakMap<ParsedFont, { entries: Record<string, unknown>; documents: number }>();

// The face runs of strings that need more than the main font (null: the main font draws it), per weight.
export const sharedRuns = new WeakMap<FontFaces, Map<string, readonly FontRun[] | null>>();

// Widths of strings in font units, per font, shared by every document.
export const MAX_SHARED_WIDTHS = 50_000;
const widthCaches = new WeakMap<ParsedFont, Map<string, number>>();

export function sharedWidths(font: ParsedFont): Map<string, number> {
  let cache = widthCaches.get(font);
  if (!cache) {
    cache = new Map();
    widthCaches.set(font, cache);
  }
  return cache;
}

export function shareLayoutCache(doc: PDFKit.PDFDocument, font: ParsedFont): void {
  const current = (doc as unknown as { _font?: { layoutCache?: unknown } })._font;
  // A pdfkit without the cache (or with it switched off) just lays words out per document.
  if (!current || typeof current.layoutCache !== 'object' || current.layoutCache === null) return;
  let shared = sharedLayouts.get(font);
  if (!shared) {
    shared = { entries: Object.create(null) as Record<string, unknown>, documents: 0 };
    sharedLayouts.set(font, shared);
  }
  if (++shared.documents % 64 === 0 && Object.keys(shared.entries).length > MAX_SHARED_LAYOUTS) {
    shared.entries = Object.create(null) as Record<string, unknown>;
  }
  current.layoutCache = shared.entries;
}
