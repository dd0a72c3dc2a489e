import bidiFactory from 'bidi-js';

/**
 * A piece of a line drawn in one face: `text` in logical order (what the font shapes: Arabic letters join
 * by their neighbours in reading order, and fontkit turns a right-to-left word round itself), pieces in the
 * order they stand on the page from left to right.
 */
export interface FontRun {
  readonly text: string;
  /** Index into the faces: 0 is the main font. */
  readonly face: number;
}

/** What a document may not print silently: a code point no face has is drawn as this instead of a box. */
export const PLACEHOLDER = '\uFFFD';

/** Which faces draw which code points, for one weight: the main font first, then the fallbacks in order. */
export interface GlyphSource {
  /** The first face that has the code point's glyph, or -1 when none has it. */
  faceOf(codePoint: number): number;
  /** Whether this face has the code point's glyph. */
  has(face: number, codePoint: number): boolean;
}

const bidi = bidiFactory();

// Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation forms): only lines
// with one of these need the bidirectional algorithm; every other line keeps its order.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;
// Characters that belong to the character before them (joiners, variation selectors, emoji modifiers and
// combining marks): they stay in its face, or, invisible ones, are left out when that face lacks them.
const MARK = /^\p{M}$/u;
function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0x200c || // zero width non-joiner
    codePoint === 0x200d || // zero width joiner
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || // variation selectors
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef) // variation selectors supplement
  );
}
function isAttached(char: string, codePoint: number): boolean {
  return (
    isInvisible(codePoint) ||
    codePoint === 0x20e3 || // combining enclosing keycap
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || // emoji skin tones
    MARK.test(char)
  );
}

/**
 * Splits one line into runs of one face each, in visual order. Returns `undefined` when the main face draws
 * the whole line as it is (nearly always: Noto Sans SC has Chinese, Latin, Cyrillic and Vietnamese), so
 * that the common case costs one lookup per character. A code point no face has becomes `PLACEHOLDER` in
 * the first face that has that (never an empty box); `placeholderFace` is -1 when none does, then `?`.
 */
export function fontRuns(line: string, source: GlyphSource, placeholderFace: number): FontRun[] | undefined {
  const chars = characters(line, source, placeholderFace);
  if (chars.every((c) => c.face === 0 && c.text === c.original)) return undefined;
  return RIGHT_TO_LEFT.test(line) ? visualRuns(line, chars) : logicalRuns(chars);
}

interface Char {
  /** Code unit offset in the line. */
  index: number;
  original: string;
  /** What is drawn: the character, the placeholder, or '' for an invisible one no face has. */
  text: string;
  face: number;
}

function characters(line: string, source: GlyphSource, placeholderFace: number): Char[] {
  const chars: Char[] = [];
  let index = 0;
  for (const original of line) {
    const codePoint = original.codePointAt(0) ?? 0;
    const previous = chars.at(-1);
    let face = source.faceOf(codePoint);
    let text = original;
    if (previous && isAttached(original, codePoint)) {
      if (face === previous.face || source.has(previous.face, codePoint)) face = previous.face;
      else if (isInvisible(codePoint)) {
        face = previous.face;
        text = '';
      }
    }
    if (face < 0 && text !== '') {
      face = Math.max(placeholderFace, 0);
      text = placeholderFace < 0 ? '?' : PLACEHOLDER;
    }
    chars.push({ index, original, text, face: Math.max(face, 0) });
    index += original.length;
  }
  return chars;
}

function logicalRuns(chars: Char[]): FontRun[] {
  const runs: { text: string; face: number }[] = [];
  for (const char of chars) {
    const last = runs.at(-1);
    if (last && last.face === char.face) last.text += char.text;
    else runs.push({ text: char.text, face: char.face });
  }
  return runs.filter((run) => run.text !== '');
}

/**
 * Lines with right-to-left text: the Unicode bidirectional algorithm (bidi-js) gives each character's level
 * and the order the line is seen in. Consecutive characters of one face and one direction form a run; a
 * right-to-left run is cut at spaces into words handed to the font in reading order, because pdfkit lays
 * out word by word (left to right) and fontkit reverses only within what it is given.
 */
function visualRuns(line: string, chars: Char[]): FontRun[] {
  const levels = bidi.getEmbeddingLevels(line);
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const byIndex = new Map(chars.map((char) => [char.index, char]));
  const order = bidi.getReorderedIndices(line, levels).filter((index) => byIndex.has(index));

  const runs: FontRun[] = [];
  let group: Char[] = [];
  let groupRtl = false;
  const flush = (): void => {
    if (group.length === 0) return;
    // A right-to-left group was collected in visual order. Holding right-to-left letters, it goes to the font
    // in reading order (fontkit shapes and turns it round); holding only neutrals (brackets, figures' signs,
    // dashes), it is drawn as seen, brackets mirrored.
    const letters = groupRtl && RIGHT_TO_LEFT.test(group.map((char) => char.original).join(''));
    const text = letters
      ? [...group]
          .reverse()
          .map((char) => char.text)
          .join('')
      : group.map((char) => (groupRtl ? (mirrored.get(char.index) ?? char.text) : char.text)).join('');
    if (text !== '') runs.push({ text, face: group[0]?.face ?? 0 });
    group = [];
  };
  for (const index of order) {
    const char = byIndex.get(index);
    if (!char) continue;
    const rtl = (levels.levels[index] ?? 0) % 2 === 1;
    const last = group.at(-1);
    const isSpace = /\s/.test(char.original);
    const wasSpace = last ? /\s/.test(last.original) : false;
    const breaks = !last || last.face !== char.face || rtl !== groupRtl || (rtl && isSpace !== wasSpace);
    if (breaks) {
      flush();
      groupRtl = rtl;
    }
    group.push(char);
  }
  flush();
  return runs;
}
