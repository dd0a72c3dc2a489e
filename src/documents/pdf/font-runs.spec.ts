import { type GlyphSource, PLACEHOLDER, fontRuns } from './font-runs';

/**
 * Faces for the tests: 0 draws ASCII, 1 draws Arabic and Hebrew (and the joiner), 2 draws emoji and
 * U+FFFD; nothing draws Korean.
 */
const source: GlyphSource = {
  faceOf(codePoint) {
    if (codePoint < 0x80) return 0;
    if ((codePoint >= 0x590 && codePoint <= 0x6ff) || codePoint === 0x200d) return 1;
    if (codePoint >= 0x1f300 || codePoint === 0xfffd) return 2;
    return -1;
  },
  has(face, codePoint) {
    if (face === 2 && codePoint === 0x200d) return true;
    return this.faceOf(codePoint) === face;
  },
};

describe('fontRuns', () => {
  it('leaves a line the main face draws whole alone', () => {
    expect(fontRuns('CSNU6184726 / 042E (LAX)', source, 2)).toBeUndefined();
  });

  it('splits a left-to-right line into runs of one face each, in order', () => {
    expect(fontRuns('Box 📦 ok', source, 2)).toEqual([
      { text: 'Box ', face: 0 },
      { text: '📦', face: 2 },
      { text: ' ok', face: 0 },
    ]);
  });

  it('keeps an emoji sequence joined by ZWJ in the emoji face', () => {
    expect(fontRuns('👨‍👩‍👧', source, 2)).toEqual([{ text: '👨‍👩‍👧', face: 2 }]);
  });

  it('replaces what no face has by the placeholder, in the face that has it', () => {
    expect(fontRuns('Kim 한', source, 2)).toEqual([
      { text: 'Kim ', face: 0 },
      { text: PLACEHOLDER, face: 2 },
    ]);
    expect(fontRuns('한', source, -1)).toEqual([{ text: '?', face: 0 }]);
  });

  it('orders a right-to-left phrase word by word from the right, each word in reading order', () => {
    // "Al Noor" then two Arabic words: on the page the second Arabic word stands left of the first.
    const runs = fontRuns('Al Noor شركة النور', source, 2) ?? [];
    expect(runs.map((run) => run.text)).toEqual(['Al Noor ', 'النور', ' ', 'شركة']);
    expect(runs.map((run) => run.face)).toEqual([0, 1, 0, 1]);
  });

  it('mirrors brackets that stand in a right-to-left line', () => {
    const runs = fontRuns('שלום (א)', source, 2) ?? [];
    expect(runs.map((run) => run.text).join('|')).toBe('(|א|)| |שלום');
  });
});
