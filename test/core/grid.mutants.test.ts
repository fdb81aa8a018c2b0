import { cellText, columnLetters, isBlank } from '../../src/core/grid';

/** Excel's column names in order, by counting: A…Z, then AA…AZ, BA…, ZZ, then AAA… (bijective base 26). */
function columnsInOrder(count: number): string[] {
  const names: string[] = [];
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  let width: string[] = letters;
  while (names.length < count) {
    names.push(...width);
    width = width.flatMap((prefix) => letters.map((letter) => prefix + letter));
  }
  return names.slice(0, count);
}

describe('columnLetters', () => {
  it('names every column of the first 1,000 as Excel does', () => {
    const expected = columnsInOrder(1000);
    expect(Array.from({ length: 1000 }, (_, index) => columnLetters(index + 1))).toEqual(expected);
  });

  it('names the first, the last of one and two letters, and Excel\'s last column', () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('isBlank', () => {
  it('takes nothing, an empty text and spaces of any kind as blank', () => {
    expect([null, undefined, '', ' ', '  \t', '\u3000'].map(isBlank)).toEqual([true, true, true, true, true, true]);
  });

  it('takes any typed value as filled, zero and false too', () => {
    expect(['0', 'a', ' x ', 0, false, true, new Date(0), { error: '#N/A' }].map(isBlank)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe('cellText', () => {
  it('gives the text a person sees', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('财务科')).toBe('财务科');
    expect(cellText(1985.03)).toBe('1985.03');
    expect(cellText(true)).toBe('true');
    expect(cellText({ error: '#REF!' })).toBe('#REF!');
  });

  it('gives a date as its day, and an invalid date as nothing', () => {
    expect(cellText(new Date(Date.UTC(1985, 2, 15)))).toBe('1985-03-15');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });
});
