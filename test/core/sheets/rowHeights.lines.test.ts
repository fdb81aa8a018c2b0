/**
 * How many lines a cell's text wraps to: by hand on short cases, and against the plain definition (fill
 * each line character by character until the next would pass the room) on random text, so that the
 * shortcut for text that surely fits on one line never gives another count.
 */
import fc from 'fast-check';
import { runs } from '../runs';
import { wrappedLines } from '../../../src/core/sheets/rowHeights';

/** Units of one character at 11 pt, as the module's comment states them: CJK 2.1, A–Z 1.2, others 1.05. */
const unitsOf = (code: number): number => (code >= 0x2e80 ? 2.1 : code >= 0x41 && code <= 0x5a ? 1.2 : 1.05);

function greedyLines(text: string, width: number, fontSize: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (let i = 0; i < paragraph.length; i += 1) {
      const units = (unitsOf(paragraph.charCodeAt(i)) * fontSize) / 11;
      if (used > 0 && used + units > room) {
        count += 1;
        used = 0;
      }
      used += units;
    }
    lines += count;
  }
  return lines;
}

describe('wrappedLines', () => {
  it('fits four CJK characters in a column 10 units wide (room 9: 8.4 fits, 10.5 does not)', () => {
    expect(wrappedLines('甲乙丙丁', 10)).toBe(1);
    expect(wrappedLines('甲乙丙丁戊', 10)).toBe(2);
    expect(wrappedLines('甲乙丙丁戊己庚辛壬', 10)).toBe(3);
  });

  it('fits eight digits but not nine in a column 10 units wide (8 × 1.05 = 8.4, 9 × 1.05 = 9.45)', () => {
    expect(wrappedLines('12345678', 10)).toBe(1);
    expect(wrappedLines('123456789', 10)).toBe(2);
  });

  it('counts each line break, and an empty text as one line', () => {
    expect(wrappedLines('甲\n乙', 10)).toBe(2);
    expect(wrappedLines('甲\n\n乙', 10)).toBe(3);
    expect(wrappedLines('', 10)).toBe(1);
  });

  it('at 22 pt a CJK character takes 4.2 units: two fit in room 9, three do not', () => {
    expect(wrappedLines('甲乙', 10, 22)).toBe(1);
    expect(wrappedLines('甲乙丙', 10, 22)).toBe(2);
  });

  it('gives the count of filling each line character by character, for any text, width and size', () => {
    const char = fc.constantFrom('甲', '岗', '(', 'A', 'Z', 'a', '1', ' ', '\n', '、');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }).map((chars) => chars.join('')), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 8, max: 24 }), (text, width, fontSize) => {
        expect(wrappedLines(text, width, fontSize)).toBe(greedyLines(text, width, fontSize));
      }),
      { numRuns: runs(500), seed: 20261202 },
    );
  });

  it('agrees with the definition at the edge of one line, where the shortcut decides', () => {
    // Texts whose every-CJK bound lies just either side of the room: the shortcut must only ever say 1 when it is 1.
    for (let width = 2; width <= 40; width += 1) {
      for (let length = 1; length <= 40; length += 1) {
        for (const fill of ['甲', 'A', '1']) {
          const text = fill.repeat(length);
          expect(wrappedLines(text, width)).toBe(greedyLines(text, width, 11));
        }
      }
    }
  });
});
