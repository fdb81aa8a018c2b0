// The record of what highlighting replaced, which 清除标记 reads back in a later session: rows into runs
// and back, a stored record read in either version, and fills as Office.js reports them. Each expected
// record is written out by hand; a run joined or split wrongly puts back another row's colour.
import { MarkRun, RowMark, compactRuns, expandRuns, parseMarks } from '../../src/workbook/office/marks';
import { fillOf, runsOf } from '../../src/workbook/office/fillMemory';
import { ApiSupport } from '../../src/workbook/office/apiSupport';

describe('runs of rows', () => {
  it('join consecutive rows with the same fill written and the same fills before, in row order', () => {
    const rows: RowMark[] = [
      { row: 7, wrote: 'FFC7CE', before: null },
      { row: 5, wrote: 'FFC7CE', before: null },
      { row: 6, wrote: 'FFC7CE', before: null },
      { row: 8, wrote: 'FFEB9C', before: null },
      { row: 9, wrote: 'FFEB9C', before: 'FFFF00' },
      { row: 10, wrote: 'FFEB9C', before: 'FFFF00' },
      { row: 12, wrote: 'FFEB9C', before: 'FFFF00' },
      { row: 13, wrote: 'FFEB9C', before: [[1, 2, null], [3, 3, 'FF0000']] },
      { row: 14, wrote: 'FFEB9C', before: [[1, 2, null], [3, 3, 'FF0000']] },
      { row: 15, wrote: 'FFEB9C', before: [[1, 1, null], [2, 3, 'FF0000']] },
    ];
    const runs: MarkRun[] = [
      [5, 3, 'FFC7CE', null],
      [8, 1, 'FFEB9C', null],
      [9, 2, 'FFEB9C', 'FFFF00'],
      [12, 1, 'FFEB9C', 'FFFF00'],
      [13, 2, 'FFEB9C', [[1, 2, null], [3, 3, 'FF0000']]],
      [15, 1, 'FFEB9C', [[1, 1, null], [2, 3, 'FF0000']]],
    ];
    expect(compactRuns(rows)).toEqual(runs);
    expect(expandRuns(runs)).toEqual([...rows].sort((a, b) => a.row - b.row));
    // The rows given are left as they were.
    expect(rows[0].row).toBe(7);
  });

  it('start again after a row with other fills, even when the row after matches the first', () => {
    const rows: RowMark[] = [
      { row: 1, wrote: 'A', before: null },
      { row: 2, wrote: 'B', before: null },
      { row: 3, wrote: 'A', before: null },
    ];
    expect(compactRuns(rows)).toEqual([[1, 1, 'A', null], [2, 1, 'B', null], [3, 1, 'A', null]]);
    expect(compactRuns([])).toEqual([]);
    expect(expandRuns([])).toEqual([]);
    expect(expandRuns([[4, 0, 'A', null]])).toEqual([]);
  });
});

describe('a stored record', () => {
  const record = { v: 2, sheets: [{ sheet: '花名册', firstColumn: 1, lastColumn: 8, runs: [[5, 3, 'FFC7CE', null]] }] };

  it('is read as an object or as its text', () => {
    expect(parseMarks(record)).toEqual(record);
    expect(parseMarks(JSON.stringify(record))).toEqual(record);
  });

  it('is not one of ours when it is anything else', () => {
    for (const value of [undefined, null, '', 'not json', '{', 42, true, '"text"', [], {}, { v: 1, sheets: [] }, { v: 2 }, { v: 2, sheets: {} }, { sheet: '花名册', rows: [] }, { sheet: 3, rows: [], cells: [] }, { sheet: '花名册', rows: [], cells: {} }]) {
      expect(parseMarks(value)).toBeUndefined();
    }
  });

  it('is read in its first version: rows and cells, what was written unknown', () => {
    const first = {
      sheet: '花名册',
      firstColumn: 1,
      lastColumn: 3,
      rows: [[6, null], [5, null], [9, 'FFFF00']],
      cells: [['C7', 'FF0000'], ['A7', null], ['b8', 'FF0000'], ['AA10', '00FF00'], ['C', null], ['7C7', 'FF0000'], ['C7C', 'FF0000']],
    };
    expect(parseMarks(JSON.stringify(first))).toEqual({
      v: 2,
      sheets: [{
        sheet: '花名册',
        firstColumn: 1,
        lastColumn: 3,
        runs: [
          [5, 2, '', null],
          [7, 1, '', [[1, 1, null], [3, 3, 'FF0000']]],
          [9, 1, '', 'FFFF00'],
          [10, 1, '', [[27, 27, '00FF00']]],
        ],
      }],
    });
  });
});

describe('fills as Office.js reports them', () => {
  const withPattern = { rangeAreas: true } as ApiSupport;
  const withoutPattern = { rangeAreas: false } as ApiSupport;

  it('tell no fill from white where the pattern is known, and take white for none where it is not', () => {
    expect(fillOf('#FFFFFF', 'Solid', withPattern)).toBe('FFFFFF');
    expect(fillOf('#FFFFFF', 'None', withPattern)).toBeNull();
    expect(fillOf('#ffc7ce', 'Solid', withPattern)).toBe('FFC7CE');
    expect(fillOf('#FFFFFF', undefined, withoutPattern)).toBeNull();
    expect(fillOf('#ffffff', undefined, withoutPattern)).toBeNull();
    expect(fillOf('#ffc7ce', 'None', withoutPattern)).toBe('FFC7CE');
  });

  it('are unknown where the cells differ', () => {
    expect(fillOf(null, 'Solid', withPattern)).toBeUndefined();
    expect(fillOf(undefined, null, withoutPattern)).toBeUndefined();
  });

  it('become runs of columns, one fill where the whole row has one', () => {
    expect(runsOf([null, null, 'FF0000'], 1)).toEqual([[1, 2, null], [3, 3, 'FF0000']]);
    expect(runsOf(['FF0000', null, 'FF0000'], 4)).toEqual([[4, 4, 'FF0000'], [5, 5, null], [6, 6, 'FF0000']]);
    expect(runsOf(['FF0000', 'FF0000'], 2)).toBe('FF0000');
    expect(runsOf([null], 2)).toBeNull();
  });
});
