/**
 * Row heights that fit wrapped text, counted by hand from the model rowHeights.ts states: a CJK or
 * full-width character (from U+2E80) is 2.1 width units at 11 pt, a capital A–Z 1.2, any other 1.05; a
 * cell `w` units wide holds `w − 1` units a line (at least 1), a line breaks before the character that
 * would overflow it (never before the first), each \n starts a paragraph; a row is
 * ⌈lines × size × 1.36 + 5⌉ points tall.
 */
import { fitRowHeights, heightFor, textUnits, wrappedLines } from '../../../src/core/sheets/rowHeights';
import { SheetSpec } from '../../../src/core/sheets/sheetSpec';

describe('textUnits', () => {
  it('counts CJK from U+2E80 at 2.1, capitals at 1.2, the rest at 1.05, scaled by the font size', () => {
    expect(textUnits('')).toBe(0);
    expect(textUnits('\u2e80')).toBeCloseTo(2.1, 10);
    expect(textUnits('\u2e7f')).toBeCloseTo(1.05, 10);
    expect(textUnits('中')).toBeCloseTo(2.1, 10);
    expect(textUnits('AZ')).toBeCloseTo(2.4, 10);
    expect(textUnits('@[')).toBeCloseTo(2.1, 10);
    expect(textUnits('a1')).toBeCloseTo(2.1, 10);
    expect(textUnits('中A', 22)).toBeCloseTo(6.6, 10);
  });
});

describe('wrappedLines', () => {
  it('breaks before the character that would overflow the width less one unit', () => {
    // Room 4: 2.1 + 2.1 = 4.2 overflows; room 4.2 holds it.
    expect(wrappedLines('中中', 5)).toBe(2);
    expect(wrappedLines('中中', 5.2)).toBe(1);
    // Room 3: a, a (2.1) fit, the third (3.15) does not.
    expect(wrappedLines('aa', 4)).toBe(1);
    expect(wrappedLines('aaa', 4)).toBe(2);
    // Room 6: two a line, three lines for six.
    expect(wrappedLines('中中中中中中', 7)).toBe(3);
  });

  it('never breaks before the first character of a line, however narrow the cell', () => {
    expect(wrappedLines('中', 2)).toBe(1);
    expect(wrappedLines('中中', 0.5)).toBe(2);
    expect(wrappedLines('', 5)).toBe(1);
  });

  it('counts each paragraph on its own lines', () => {
    expect(wrappedLines('a\nb', 10)).toBe(2);
    expect(wrappedLines('中中\n中', 5)).toBe(3);
  });

  it('scales the characters by the font size', () => {
    // Room 5: two CJK characters at 11 pt take 4.2, at 22 pt 8.4.
    expect(wrappedLines('中中', 6)).toBe(1);
    expect(wrappedLines('中中', 6, 22)).toBe(2);
    expect(wrappedLines('中中中', 6, 5.5)).toBe(1);
  });
});

describe('heightFor', () => {
  it('is lines × size × 1.36 + 5 points, rounded up', () => {
    expect(heightFor(1)).toBe(20); // 19.96
    expect(heightFor(2, 12)).toBe(38); // 37.64
    expect(heightFor(3)).toBe(50); // 49.88
  });
});

describe('fitRowHeights', () => {
  const five = '中中中中中'; // 10.5 units
  // Column A is 10 units (room 9), B 5 (room 4); C on has Excel's default 8.43 (room 7.43).
  const spec = (): SheetSpec => ({
    name: 's',
    columnWidths: [10, 5],
    rows: [
      [five], // 0: wraps in A: 2 lines
      [five], // 1: merged over A:B (room 14): 1 line
      [five], // 2: not wrapped
      ['中中中'], // 3: 22 pt: 12.6 of 9, 2 lines
      [five], // 4: set taller by hand
      [five], // 5: wrap set, then unset
      [null, null, '中中中中'], // 6: column C, 8.4 of 7.43: 2 lines
      [five], // 7: a merge over two rows does not widen the cell
      ['', 12345], // 8: the number as its text, 5.25 of 4: 2 lines; the empty cell nothing
      ['中', '中中'], // 9: the taller cell wins: 1 and 2 lines
      [five], // 10: one block over two rows
      [five], // 11
      [five], // 12: a style with neither wrap nor size changes nothing
      [five], // 13: set shorter by hand
      [''], // 14: an empty wrapped cell needs no height
    ],
    merges: [{ row: 1, column: 0, columns: 2 }, { row: 7, column: 0, rows: 2, columns: 2 }],
    styles: [
      { row: 0, column: 0, rows: 10, columns: 3, style: { wrap: true } },
      { row: 2, column: 0, style: { wrap: false } },
      { row: 3, column: 0, style: { fontSize: 22 } },
      { row: 3, column: 0, style: { wrap: true } }, // keeps the size set before it
      { row: 5, column: 0, style: { wrap: false, bold: true } },
      { row: 10, column: 0, rows: 2, style: { wrap: true } },
      { row: 12, column: 0, style: { bold: true } },
      { row: 13, column: 0, rows: 2, style: { wrap: true } },
    ],
    rowHeights: { 4: 100, 13: 10 },
  });

  it('makes each row with wrapped text as tall as its tallest cell needs, counting merged widths, and keeps taller heights', () => {
    const two = heightFor(2);
    const one = heightFor(1);
    expect(fitRowHeights(spec()).rowHeights).toEqual({ 0: two, 1: one, 3: heightFor(2, 22), 4: 100, 6: two, 7: two, 8: two, 9: two, 10: two, 11: two, 13: two });
    expect([one, two, heightFor(2, 22)]).toEqual([20, 35, 65]);
  });

  it('changes nothing it is given, and adds no height where nothing wraps', () => {
    const given = spec();
    const before = JSON.stringify(given);
    const fitted = fitRowHeights(given);
    expect(JSON.stringify(given)).toBe(before);
    expect({ ...fitted, rowHeights: given.rowHeights }).toEqual(given);
    expect(fitRowHeights({ name: 's', rows: [[five]] }).rowHeights).toEqual({});
  });

  it('measures only the columns a wrapping block covers, and keeps the wrap when a later block sets only the size', () => {
    // A is 10 units (room 9), B 5 (room 4): '中' in A is one line; five in B would be three, were B wrapped.
    expect(fitRowHeights({ name: 's', columnWidths: [10, 5], rows: [['中', five]], styles: [{ row: 0, column: 0, style: { wrap: true } }] }).rowHeights).toEqual({ 0: heightFor(1) });
    // Wrap first, then 22 pt: 中中中 is 12.6 units of 9 at that size, two lines.
    const later = fitRowHeights({ name: 's', columnWidths: [10], rows: [['中中中']], styles: [{ row: 0, column: 0, style: { wrap: true } }, { row: 0, column: 0, style: { fontSize: 22 } }] });
    expect(later.rowHeights).toEqual({ 0: heightFor(2, 22) });
  });

  it('counts a cell past the widths given and past the first row\'s length at Excel\'s default width', () => {
    // Column F (index 5) of a one-column sheet: 8.43 wide, room 7.43; 8.4 units wrap, 6.3 do not.
    const far = (text: string) => fitRowHeights({ name: 's', columnWidths: [10], rows: [[], [null, null, null, null, null, text]], styles: [{ row: 1, column: 5, style: { wrap: true } }] }).rowHeights;
    expect(far('中中中中')).toEqual({ 1: heightFor(2) });
    expect(far('中中中')).toEqual({ 1: heightFor(1) });
    // Column BS (index 70) of a sheet with 80 widths of 5 (room 4) and a first row of one cell: each character is 2.1 units, one to a line of room 4, so three lines.
    const wide = { name: 's', columnWidths: new Array(80).fill(5), rows: [['中'], [...new Array(70).fill(null), '中中中']], styles: [{ row: 1, column: 70, style: { wrap: true } }] };
    expect(fitRowHeights(wide).rowHeights).toEqual({ 1: heightFor(3) });
  });
});
