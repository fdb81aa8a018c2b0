import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { translateOfficeError } from '../../src/workbook/office/officeErrors';
import { runCheck } from '../../src/app/runCheck';
import { runPlan } from '../../src/app/runPlan';
import { AppError } from '../../src/workbook/port';
import { settings } from '../helpers';
import { FakeWorkbook } from './fakeExcel';

const FULL = { freezePanes: true, rangeAreas: true, mergedAreas: false };
const UNITS = ['办公室', '财务科', '审计科', '档案室', '信息中心', '政策法规科'];

/** A roster of n cadres under a title row, with dates as Excel gives them: serials with a date format. */
function roster(n: number): unknown[][] {
  const rows: unknown[][] = [['某局干部花名册'], ['姓名', '性别', '出生年月', '单位', '职务', '职级', '任现职时间', '身份证号']];
  for (let i = 0; i < n; i += 1) {
    rows.push([`干部${i}`, i % 3 ? '男' : '女', `19${70 + (i % 25)}.0${1 + (i % 9)}`, UNITS[i % UNITS.length], '科员', '科员', `20${10 + (i % 16)}.0${1 + (i % 9)}`, `11010519800101${String(i).padStart(4, '0')}`]);
  }
  return rows;
}

const options = { asOf: '2026-11-22', settings: settings() };

async function check(workbook: FakeWorkbook) {
  const port = new OfficeWorkbook(workbook.context(), FULL);
  const outcome = await runCheck(port, options);
  return { port, outcome };
}

describe('the Office.js adapter on a fake Excel', () => {
  it('never changes a roster value, and adds the 轮岗检查 sheet', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30) }]);
    const before = workbook.sheet('名册').valuesGrid();
    const { outcome } = await check(workbook);
    expect(outcome.written.sheets).toEqual(['轮岗检查']);
    expect(workbook.sheet('名册').valuesGrid()).toEqual(before);
    expect(workbook.sheet('轮岗检查').valuesGrid()[0][0]).toBe('轮岗检查结果');
  });

  it('fills flagged rows only and restores the earlier fills on 清除标记, touching nothing else', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30), fills: { A3: 'FFFF00', B3: '00FF00' } }]);
    const sheet = workbook.sheet('名册');
    const { outcome } = await check(workbook);
    const flagged = outcome.result.checked.filter((c) => c.status !== 'ok').map((c) => c.cadre.row);
    const ok = outcome.result.checked.filter((c) => c.status === 'ok').map((c) => c.cadre.row);
    expect(flagged).toContain(3);
    expect(sheet.cellAt(3, 1)?.fill).not.toBe('FFFF00');
    for (const row of flagged) expect(sheet.cellAt(row, 8)?.fill).toBeTruthy();
    for (const row of ok) expect(sheet.cellAt(row, 1)?.fill ?? null).toBeNull();

    // A second check over the first must not take the highlight for the user's own fill.
    await check(workbook);
    const values = sheet.valuesGrid();
    const restored = await new OfficeWorkbook(workbook.context(), FULL).clearHighlights();
    expect(restored).toBe(flagged.length);
    expect(sheet.cellAt(3, 1)?.fill).toBe('FFFF00');
    expect(sheet.cellAt(3, 2)?.fill).toBe('00FF00');
    expect(sheet.cellAt(3, 3)?.fill ?? null).toBeNull();
    for (const row of flagged.filter((r) => r !== 3)) expect(sheet.cellAt(row, 1)?.fill ?? null).toBeNull();
    expect(sheet.valuesGrid()).toEqual(values);
    expect(workbook.settingsStore.size).toBe(0);
    expect(await new OfficeWorkbook(workbook.context(), FULL).clearHighlights()).toBe(0);
  });

  it('gives new sheets free names and never overwrites one', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30) }, { name: '轮岗方案', values: [['去年的方案']] }]);
    const port = new OfficeWorkbook(workbook.context(), FULL);
    const outcome = await runPlan(port, options);
    expect(outcome.written.sheets).toEqual(['轮岗检查', '轮岗方案 (2)', '公示名单']);
    expect(workbook.sheet('轮岗方案').valuesGrid()).toEqual([['去年的方案']]);
    const again = await runPlan(new OfficeWorkbook(workbook.context(), FULL), options);
    expect(again.written.sheets).toEqual(['轮岗检查 (2)', '轮岗方案 (3)', '公示名单 (2)']);
  });

  it('reads dates that Excel gives as serial numbers with a date format', async () => {
    const values = roster(3);
    values[2][6] = 40179; // 2010-01-01
    const workbook = new FakeWorkbook([{ name: '名册', values }]);
    workbook.sheet('名册').cell(3, 7).numberFormat = 'yyyy-mm-dd';
    const { outcome } = await check(workbook);
    expect(outcome.result.checked[0].cadre.postStart).toEqual({ date: '2010-01-01', precision: 'day' });
  });

  it.each([10, 1000, 10000])('uses the same number of syncs for %i rows, and calls that grow no faster than the rows', async (n) => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(n) }]);
    const port = new OfficeWorkbook(workbook.context(), FULL);
    await runPlan(port, options);
    expect(port.syncs).toBe(4);
    const clear = new OfficeWorkbook(workbook.context(), FULL);
    await clear.clearHighlights();
    expect(clear.syncs).toBe(2);
    expect(workbook.counter.calls).toBeLessThan(200 + n * 2);
  });

  it('reads mixed fills cell by cell in one more sync only when a row has them', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(10), fills: { C3: 'FF0000' } }]);
    const port = new OfficeWorkbook(workbook.context(), FULL);
    await runCheck(port, options);
    expect(port.syncs).toBe(5);
    await new OfficeWorkbook(workbook.context(), FULL).clearHighlights();
    expect(workbook.sheet('名册').cellAt(3, 3)?.fill).toBe('FF0000');
    expect(workbook.sheet('名册').cellAt(3, 2)?.fill ?? null).toBeNull();
  });

  it('falls back to one range per block where RangeAreas are missing', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(20) }]);
    const port = new OfficeWorkbook(workbook.context(), { freezePanes: false, rangeAreas: false, mergedAreas: false });
    const { result } = await runCheck(port, options);
    const flagged = result.checked.find((c) => c.status !== 'ok')!;
    expect(workbook.sheet('名册').cellAt(flagged.cadre.row, 1)?.fill).toBeTruthy();
    await new OfficeWorkbook(workbook.context(), { freezePanes: false, rangeAreas: false, mergedAreas: false }).clearHighlights();
    expect(workbook.sheet('名册').cellAt(flagged.cadre.row, 1)?.fill ?? null).toBeNull();
  });

  it('refuses a protected roster in Chinese before writing anything', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(10) }]);
    workbook.sheet('名册').protected = true;
    const error = await check(workbook).catch((e) => translateOfficeError(e));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/受保护.*什么也没有写入/u);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['名册']);
    expect(workbook.settingsStore.size).toBe(0);
  });

  it('refuses a workbook whose structure is protected before writing anything', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(10) }]);
    workbook.protection.protected = true;
    await expect(check(workbook)).rejects.toThrow(/工作簿结构受保护/u);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['名册']);
    expect([...workbook.sheet('名册').store.values()].every((cell) => cell.fill === null)).toBe(true);
  });

  it('explains a cell being edited and a host without the API', () => {
    expect(translateOfficeError({ code: 'InvalidOperationInCellEditMode' }).message).toMatch(/编辑状态/u);
    expect(translateOfficeError({ code: 'ApiNotFound' }).message).toMatch(/不支持/u);
  });
});

describe('merged cells read through Office.js', () => {
  it('give every cell of a merged area the top-left value', async () => {
    const { spreadMerged } = await import('../../src/workbook/office/officeWorkbook');
    const grid = { name: 's', values: [['办公室', '张三'], [null, '李四'], [null, '王五']], firstRow: 3, firstColumn: 2 };
    spreadMerged(grid, ['s!B3:B4']);
    expect(grid.values.map((row) => row[0])).toEqual(['办公室', '办公室', null]);
  });
});

describe('highlighting again', () => {
  it('reads no fills for rows an earlier highlight covers, so a plan after a check costs three syncs', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(100) }]);
    const first = new OfficeWorkbook(workbook.context(), FULL);
    await runCheck(first, options);
    expect(first.syncs).toBe(4);
    const second = new OfficeWorkbook(workbook.context(), FULL);
    await runPlan(second, options);
    expect(second.syncs).toBe(3);
    await new OfficeWorkbook(workbook.context(), FULL).clearHighlights();
    expect([...workbook.sheet('名册').store.values()].every((cell) => cell.fill === null)).toBe(true);
  });
});

describe('large writes', () => {
  it('split the new sheets\' values across requests only past the payload budget', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(60000) }]);
    const port = new OfficeWorkbook(workbook.context(), FULL);
    const outcome = await runPlan(port, options);
    expect(port.syncs).toBeGreaterThan(4);
    const plan = workbook.sheet(outcome.written.sheets[1]).valuesGrid();
    expect(plan.length).toBeGreaterThan(2000);
    const header = plan.findIndex((row) => row[0] === '序号' && row[1] === '姓名');
    expect(plan[header + 1][1]).toBe(outcome.plan.assignments[0].mover.cadre.name);
  });
});

describe('an Excel without ExcelApi 1.9', () => {
  it('still remembers mixed fills, cell by cell, and puts them back', async () => {
    const OLD = { freezePanes: false, rangeAreas: false, mergedAreas: false };
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(10), fills: { C3: 'FF0000' } }]);
    const port = new OfficeWorkbook(workbook.context(), OLD);
    await runCheck(port, options);
    expect(port.syncs).toBe(5);
    expect(workbook.sheet('名册').cellAt(3, 3)?.fill).not.toBe('FF0000');
    await new OfficeWorkbook(workbook.context(), OLD).clearHighlights();
    expect(workbook.sheet('名册').cellAt(3, 3)?.fill).toBe('FF0000');
    expect(workbook.sheet('名册').cellAt(3, 2)?.fill ?? null).toBeNull();
  });
});
