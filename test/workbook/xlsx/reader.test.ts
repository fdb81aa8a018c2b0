/**
 * The package reader on fixtures written part by part: the sheets listed without reading cells, values
 * read in every form the files take, stored results kept as they are, hidden sheets and rows said so,
 * memory and time that follow the values, not the formats.
 */
import { FIXTURES, ROSTER_ROWS, entityStrings, formattedToLastRow, rowPastBounds } from '../../../scripts/packageFixtures';
import { execute } from '../../../src/cli/execute';
import { NO_RESULT } from '../../../src/core/grid';
import { PackageWorkbook } from '../../../src/workbook/xlsx/packageWorkbook';
import { writeFixture } from './helpers';

const LONG_NAME = '附件一 二〇二六年度中层干部任职情况统计表(按单位汇总,含已调出人员名单)';

/** The fixture roster as values: blank remarks are empty cells. */
const rosterValues = () => ROSTER_ROWS.map((row) => row.map((value) => (value === '' ? null : value)));

async function opened<T>(path: string, work: (workbook: PackageWorkbook) => Promise<T>): Promise<T> {
  const workbook = await PackageWorkbook.open(path);
  try {
    return await work(workbook);
  } finally {
    workbook.close();
  }
}

describe('the package reader', () => {
  const kitchenSink = writeFixture('read-kitchen-sink.xlsx', FIXTURES['kitchen-sink'].make());

  it('lists the sheets in workbook order, chart sheets and names over 31 characters as written, with hidden ones marked', async () => {
    const sheets = await opened(kitchenSink, (workbook) => workbook.listSheets());
    expect(sheets).toEqual([
      { name: 'Sheet1', hidden: false, ours: false },
      { name: '图表', hidden: false, ours: false },
      { name: LONG_NAME, hidden: false, ours: false },
      { name: '旧备份', hidden: true, ours: false },
    ]);
    expect(LONG_NAME.length).toBeGreaterThan(31);
  });

  it('reads the named sheets only, in the order given, through absolute part paths', async () => {
    const grids = await opened(kitchenSink, (workbook) => workbook.readSheets(['旧备份', 'Sheet1']));
    expect(grids.map((grid) => [grid.name, grid.hidden])).toEqual([['旧备份', true], ['Sheet1', false]]);
    expect(grids[0].values).toEqual([['姓名', '单位'], ['旧人', '旧科']]);
  });

  it('reads shared and inline strings (phonetic runs left out), shared formulas\' results and stored 0, FALSE, "" and errors', async () => {
    const [roster] = await opened(kitchenSink, (workbook) => workbook.readSheets(['Sheet1']));
    const roster8 = roster.values.map((row) => row.slice(0, 8));
    expect(roster8).toEqual(rosterValues());
    expect(roster.values.map((row) => row[8])).toEqual(['年龄', ...ROSTER_ROWS.slice(1).map((row) => 2026 - Number(row[2].slice(0, 4)))]);
    expect(roster.values.map((row) => row[9])).toEqual(['核对', 0, false, '', { error: NO_RESULT }, null, { error: '#DIV/0!' }]);
    expect(roster.hiddenRows).toEqual([6]);
    expect(roster.firstRow).toBe(1);
  });

  it('reads a chart sheet as an empty grid', async () => {
    const [chart] = await opened(kitchenSink, (workbook) => workbook.readSheets(['图表']));
    expect(chart.values).toEqual([]);
  });

  it('reads prefixed XML with rows and cells without references, and dates in the 1904 system', async () => {
    const path = writeFixture('read-prefixed.xlsx', FIXTURES.prefixed.make());
    const [roster] = await opened(path, (workbook) => workbook.readSheets());
    const want = rosterValues();
    want[1][6] = new Date(Date.UTC(2015, 2, 1)) as unknown as string;
    expect(roster.values).toEqual(want);
    expect(roster.hiddenRows).toEqual([6]);
  });

  it('reads past whole-column validations and a formatted cell at row 1,048,576 without laying out a million rows', async () => {
    const path = writeFixture('read-validations.xlsx', FIXTURES.validations.make());
    const [roster] = await opened(path, (workbook) => workbook.readSheets());
    expect(roster.values).toEqual(rosterValues());
  });

  it('reads a sheet formatted on every row to 1,048,576 in bounded time and memory', async () => {
    const path = writeFixture('read-formatted.xlsx', formattedToLastRow());
    const heap = process.memoryUsage().heapUsed;
    const start = Date.now();
    const [roster] = await opened(path, (workbook) => workbook.readSheets());
    const seconds = (Date.now() - start) / 1000;
    expect(roster.values).toEqual(rosterValues());
    // ExcelJS took 38 s and 960 MB on such a sheet; the benchmark measures the command itself.
    expect(seconds).toBeLessThan(20);
    expect((process.memoryUsage().heapUsed - heap) / 2 ** 20).toBeLessThan(200);
  });

  it.each([
    ['a row numbered past 1,048,576', rowPastBounds, /^错误:无法读取 xl\/worksheets\/sheet1\.xml:第 231999999999940 行第 1 列超出工作表的范围/u],
    ['shared strings with a DTD of nested entities', entityStrings, /^错误:无法读取 xl\/sharedStrings\.xml:不是有效的 XML/u],
  ])('refuses %s with exit 2 and one line, at once and in little memory', async (name, make, message) => {
    const path = writeFixture(`damaged-${make.name}.xlsx`, make());
    const heap = process.memoryUsage().heapUsed;
    const start = Date.now();
    const outcome = await execute(['check', path, '--sheet', '花名册']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
    // Before, the row's number sized the grid: the process ran out of memory with a native stack trace.
    expect(Date.now() - start).toBeLessThan(5000);
    expect((process.memoryUsage().heapUsed - heap) / 2 ** 20).toBeLessThan(100);
  });

  it('refuses a zip that is not a workbook', async () => {
    const path = writeFixture('not-a-workbook.xlsx', { 'readme.txt': 'hello' });
    await expect(PackageWorkbook.open(path)).rejects.toThrow();
  });
});
