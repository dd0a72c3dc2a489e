import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The part of a fontkit font pdfkit needs to take it as a font source (it checks for `layout`). */
export interface ParsedFont {
  readonly postscriptName: string;
  layout(text: string): unknown;
}

/** Regular and bold Noto Sans SC: Chinese, Latin and figures in one family, so no glyph is missing. */
export interface DocumentFonts {
  readonly regular: ParsedFont;
  readonly bold: ParsedFont;
}

interface Fontkit {
  create(buffer: Buffer): ParsedFont;
}

/** fontkit internals the outline cache relies on (checked before use). */
interface FontkitGlyph {
  _decode?: () => unknown;
}
interface FontkitFontInternals {
  directory?: { tables?: Record<string, unknown> };
  getGlyph?: (id: number, codePoints?: number[]) => FontkitGlyph | null;
}

export interface FontOptions {
  /** Keep decoded glyph outlines between documents (see `cacheGlyphOutlines`); on unless testing. */
  cacheOutlines?: boolean;
}

const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let loaded: DocumentFonts | undefined;

/**
 * The document fonts, read and parsed once per process and shared by every document (FACTS.md "PDF": handing
 * pdfkit the file's bytes instead re-parses the 10 MiB font per document, 2.2× slower). pdfkit embeds only
 * the glyphs a document uses, as a TrueType subset.
 */
export function documentFonts(): DocumentFonts {
  loaded ??= parseDocumentFonts();
  return loaded;
}

/** Reads and parses the fonts anew (tests; everything else shares `documentFonts()`). */
export function parseDocumentFonts(options: FontOptions = {}): DocumentFonts {
  const parse = (request: string): ParsedFont => {
    const font = fontkit().create(readFileSync(require.resolve(request)));
    if (options.cacheOutlines !== false) cacheGlyphOutlines(font);
    return font;
  };
  return { regular: parse(FONT_FILES.regular), bold: parse(FONT_FILES.bold) };
}

// Enough for the characters of every document a forwarder writes; past it, new glyphs are decoded each time.
const MAX_CACHED_OUTLINES = 6000;

/**
 * To embed a subset, fontkit decodes every glyph's outline again for each document (only to find compound
 * glyphs), about a third of the time a debit note takes with CJK glyphs. The glyph objects are already
 * kept by the font; this keeps their decoded outline too. Safe for a static font: the decoded outline is
 * only ever changed by a variable font's variation processor, so fonts with `fvar` are left alone, as is
 * a fontkit without these internals.
 */
function cacheGlyphOutlines(font: ParsedFont): void {
  const internals = font as unknown as FontkitFontInternals;
  const getGlyph = internals.getGlyph;
  if (typeof getGlyph !== 'function' || internals.directory?.tables?.fvar) return;
  const cached = new WeakSet<FontkitGlyph>();
  let count = 0;
  internals.getGlyph = function (this: unknown, id: number, codePoints?: number[]) {
    const glyph = getGlyph.call(font, id, codePoints);
    const decode = glyph?._decode;
    if (glyph && typeof decode === 'function' && !cached.has(glyph) && count < MAX_CACHED_OUTLINES) {
      cached.add(glyph);
      count++;
      let outline: unknown;
      let decoded = false;
      glyph._decode = () => {
        if (!decoded) {
          outline = decode.call(glyph);
          decoded = true;
        }
        return outline;
      };
    }
    return glyph;
  };
}

// fontkit is pdfkit's own dependency: resolve it from pdfkit so both use the same copy.
function fontkit(): Fontkit {
  return createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;
}
