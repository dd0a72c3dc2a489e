import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { GlyphSource } from './font-runs';

/** The part of a fontkit font pdfkit needs to take it as a font source (it checks for `layout`). */
export interface ParsedFont {
  readonly postscriptName: string;
  /** Font units above the baseline, and per em: where a face's baseline lies in a line (pdfkit's ascender). */
  readonly ascent: number;
  readonly unitsPerEm: number;
  layout(text: string): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export type FontWeight = 'regular' | 'bold';

/**
 * Regular and bold Noto Sans SC (Chinese, Latin, Cyrillic, Vietnamese and figures in one family) and, for
 * what it lacks, the fallback faces.
 */
export interface DocumentFonts {
  readonly regular: ParsedFont;
  readonly bold: ParsedFont;
  readonly fallbacks: FallbackFonts;
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

/**
 * What a client's name, an address or a remark may hold that Noto Sans SC cannot draw, in the order they are
 * tried: Latin Extended and Greek (Ł, ğ, έ), Arabic, Hebrew, Thai, symbols (✓ ★), emoji (monochrome: a
 * PDF font has one colour). Anything none of them has is printed as U+FFFD, never as an empty box.
 */
const FALLBACK_FILES: readonly { regular: string; bold: string }[] = [
  {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
  {
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
  {
    regular: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  },
  {
    regular: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
  },
  {
    regular: '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf',
  },
  {
    regular: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
    bold: '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf',
  },
];

/**
 * The faces of one weight, main font first, as a `GlyphSource`: which face draws a code point, remembered
 * per code point. The fallback fonts are read only when a document first needs a character the main font
 * lacks (most processes never do).
 */
export class FontFaces implements GlyphSource {
  private fallbacks: readonly ParsedFont[] | undefined;
  private readonly firstFace = new Map<number, number>();
  private placeholder: number | undefined;

  constructor(
    readonly main: ParsedFont,
    private readonly loadFallbacks: () => readonly ParsedFont[],
  ) {}

  /** The face at `index` (0: the main font); fallbacks are read on first use. */
  face(index: number): ParsedFont {
    if (index === 0) return this.main;
    const face = this.all()[index - 1];
    if (!face) throw new Error(`no font face ${index}`);
    return face;
  }

  faceOf(codePoint: number): number {
    let face = this.firstFace.get(codePoint);
    if (face === undefined) {
      face = this.main.hasGlyphForCodePoint(codePoint)
        ? 0
        : this.all().findIndex((font) => font.hasGlyphForCodePoint(codePoint)) + 1 || -1;
      this.firstFace.set(codePoint, face);
    }
    return face;
  }

  has(face: number, codePoint: number): boolean {
    return this.face(face).hasGlyphForCodePoint(codePoint);
  }

  /** The face that draws the placeholder (U+FFFD), -1 when none does. */
  placeholderFace(): number {
    this.placeholder ??= this.faceOf(0xfffd);
    return this.placeholder;
  }

  private all(): readonly ParsedFont[] {
    this.fallbacks ??= this.loadFallbacks();
    return this.fallbacks;
  }
}

/** The fallback faces of both weights, parsed once, together, on first need. */
export class FallbackFonts {
  private parsed: { regular: ParsedFont[]; bold: ParsedFont[] } | undefined;
  readonly regular: FontFaces;
  readonly bold: FontFaces;

  constructor(main: { regular: ParsedFont; bold: ParsedFont }, parse: (request: string) => ParsedFont) {
    const load = (): { regular: ParsedFont[]; bold: ParsedFont[] } => {
      if (!this.parsed) {
        const cache = new Map<string, ParsedFont>();
        const once = (request: string): ParsedFont => {
          let font = cache.get(request);
          if (!font) {
            font = parse(request);
            cache.set(request, font);
          }
          return font;
        };
        this.parsed = {
          regular: FALLBACK_FILES.map((files) => once(files.regular)),
          bold: FALLBACK_FILES.map((files) => once(files.bold)),
        };
      }
      return this.parsed;
    };
    this.regular = new FontFaces(main.regular, () => load().regular);
    this.bold = new FontFaces(main.bold, () => load().bold);
  }

  faces(weight: FontWeight): FontFaces {
    return weight === 'bold' ? this.bold : this.regular;
  }
}

let loaded: DocumentFonts | undefined;

/**
 * The document fonts, read and parsed once per process and shared by every document (measured: handing
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
  const main = { regular: parse(FONT_FILES.regular), bold: parse(FONT_FILES.bold) };
  return { ...main, fallbacks: new FallbackFonts(main, parse) };
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
