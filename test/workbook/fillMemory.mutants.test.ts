// Reading the fills that highlighting will replace, against the strict double of Excel: the fills of each
// row as worked out by hand from the sheet, the reads each API level makes, and the syncs a payload budget
// spends. Each sync count is derived from the budget's rule (a sync when the next command would pass the
// budget, and one at the end of each stage) and the costs fillMemory.ts states: COMMAND_BYTES a command,
// three commands and the address for a range's fill, two commands and 70 bytes a cell for getCellProperties.
import { rowFills } from '../../src/workbook/office/fillMemory';
import { ApiSupport, detectApiSupport } from '../../src/workbook/office/apiSupport';
import { COMMAND_BYTES, PayloadBudget } from '../../src/workbook/office/payload';
import { ApiVersion, FakeRange, FakeWorkbook } from './fakeExcel';

const SHEET = '名册';

async function read(fills: Record<string, string>, rows: number[], lastColumn: number, api: ApiVersion = '1.13', budget?: number) {
  const workbook = new FakeWorkbook([{ name: SHEET, values: [['姓名']], fills }], { api });
  const support: ApiSupport = detectApiSupport((name, version) => workbook.isSetSupported(name, version));
  const cellReads = jest.spyOn(FakeRange.prototype, 'getCellProperties');
  try {
    const result = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      return rowFills(sheet, rows, 1, lastColumn, support, new PayloadBudget(() => context.sync(), budget));
    });
    return { fills: Object.fromEntries(result), syncs: workbook.counter.syncs, cellReads: cellReads.mock.calls.length };
  } finally {
    cellReads.mockRestore();
  }
}

// Rows 2–3 have no fill; rows 5–7 differ: 5 is yellow with a green D, 6 has a red C, 7 a white A and a red
// B–C; column D is green in all three, so of block 5–7 only the pieces A, B and C are mixed.
const SHEET_FILLS = { 'A5:C5': 'FFFF00', 'D5:D7': '00B050', C6: 'FF0000', A7: 'FFFFFF', 'B7:C7': 'FF0000' };
const ROWS = [2, 3, 5, 6, 7];

describe('the fills of the rows highlighting replaces', () => {
  it('are one fill a row where the row has one, and column runs where it does not, white told from none', async () => {
    for (const api of ['1.9', '1.13'] as ApiVersion[]) {
      const { fills, syncs, cellReads } = await read(SHEET_FILLS, ROWS, 4, api);
      expect(fills).toEqual({
        2: null,
        3: null,
        5: [[1, 3, 'FFFF00'], [4, 4, '00B050']],
        6: [[1, 2, null], [3, 3, 'FF0000'], [4, 4, '00B050']],
        7: [[1, 1, 'FFFFFF'], [2, 3, 'FF0000'], [4, 4, '00B050']],
      });
      // One sync for the blocks, one for their column pieces, one for the cells of the three mixed pieces.
      expect([syncs, cellReads]).toEqual([3, 3]);
    }
  });

  it('are read a cell at a time without getCellProperties under ExcelApi 1.4, white taken for none', async () => {
    const { fills, syncs, cellReads } = await read(SHEET_FILLS, ROWS, 4, '1.4');
    expect(fills).toEqual({
      2: null,
      3: null,
      5: [[1, 3, 'FFFF00'], [4, 4, '00B050']],
      6: [[1, 2, null], [3, 3, 'FF0000'], [4, 4, '00B050']],
      7: [[1, 1, null], [2, 3, 'FF0000'], [4, 4, '00B050']],
    });
    expect([syncs, cellReads]).toEqual([3, 0]);
  });

  it('read no cell where every column piece of a mixed block has one fill, and nothing at all for no rows', async () => {
    const { fills, syncs, cellReads } = await read({ 'A5:A6': 'FFFF00' }, [5, 6], 2);
    expect(fills).toEqual({ 5: [[1, 1, 'FFFF00'], [2, 2, null]], 6: [[1, 1, 'FFFF00'], [2, 2, null]] });
    expect([syncs, cellReads]).toEqual([2, 0]);
    expect(await read({}, [], 4)).toEqual({ fills: {}, syncs: 0, cellReads: 0 });
  });
});

describe('the syncs a tight payload budget spends on them', () => {
  const range = 3 * COMMAND_BYTES + 'A2:A2'.length;

  it('counts three commands and the address for each range read', async () => {
    // Three single-row blocks of column A, one byte short of two ranges a sync: each range has its own sync.
    const { fills, syncs } = await read({}, [2, 4, 6], 1, '1.13', 2 * range - 1);
    expect(fills).toEqual({ 2: null, 4: null, 6: null });
    expect(syncs).toBe(3);
  });

  it('counts two commands and 70 bytes a cell for each mixed piece read with getCellProperties', async () => {
    // Block A2:C5 (one sync), its three pieces A2:A5, B2:B5, C2:C5 (one sync each, two do not fit), all
    // mixed, each 4 cells: 280 bytes of response. At 559 bytes one piece a sync: 1 + 3 + 3; at 560 two.
    const mixed = { A2: 'FF0000', B3: 'FF0000', C4: 'FF0000' };
    const at559 = await read(mixed, [2, 3, 4, 5], 3, '1.13', 559);
    expect(at559.fills[2]).toEqual([[1, 1, 'FF0000'], [2, 3, null]]);
    expect([at559.syncs, at559.cellReads]).toEqual([7, 3]);
    expect((await read(mixed, [2, 3, 4, 5], 3, '1.13', 560)).syncs).toBe(6);
    // Pieces of two rows: 140 bytes of response each, so at 479 bytes the requests (240 each) bind: 1 + 3 + 3.
    const short = { A2: 'FF0000', B3: 'FF0000', C2: 'FF0000' };
    const at479 = await read(short, [2, 3], 3, '1.13', 479);
    expect(at479.fills).toEqual({ 2: [[1, 1, 'FF0000'], [2, 2, null], [3, 3, 'FF0000']], 3: [[1, 1, null], [2, 2, 'FF0000'], [3, 3, null]] });
    expect(at479.syncs).toBe(7);
  });
});
