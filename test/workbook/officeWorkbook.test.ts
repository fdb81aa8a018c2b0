import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { translateOfficeError } from '../../src/workbook/office/officeErrors';
import { MARKS_KEY } from '../../src/workbook/office/marks';
import { runCheck } from '../../src/app/runCheck';
import { runPlan } from '../../src/app/runPlan';
import { AppError } from '../../src/workbook/port';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { settings } from '../helpers';
import { FakeWorkbook, officeError, typedInput, validSheetName } from './fakeExcel';
import { roster } from './roster';

const FULL = { freezePanes: true, rangeAreas: true, mergedAreas: false };
const options = { asOf: '2026-11-22', settings: settings() };

async function check(workbook: FakeWorkbook, support = FULL) {
  const port = new OfficeWorkbook(workbook.context(), support);
  const outcome = await runCheck(port, options);
  return { port, outcome };
}

const clear = (workbook: FakeWorkbook, support = FULL) => new OfficeWorkbook(workbook.context(), support).clearHighlights();

describe('the Office.js adapter on the strict Excel double', () => {
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
    expect(await clear(workbook)).toBe(flagged.length);
    expect(sheet.cellAt(3, 1)?.fill).toBe('FFFF00');
    expect(sheet.cellAt(3, 2)?.fill).toBe('00FF00');
    expect(sheet.cellAt(3, 3)?.fill ?? null).toBeNull();
    for (const row of flagged.filter((r) => r !== 3)) expect(sheet.cellAt(row, 1)?.fill ?? null).toBeNull();
    expect(sheet.valuesGrid()).toEqual(values);
    expect(workbook.settingsStore.has(MARKS_KEY)).toBe(false);
    expect(await clear(workbook)).toBe(0);
  });

  it('reads the record an earlier version kept under its settings key, and puts its fills back', async () => {
    // A workbook highlighted by the first version: its record (rows and cells, under rotationPlanner.marks)
    // says row 4 had no fill and row 5 none but a green B5; the red fills there are that version's highlight.
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30), fills: { 'A4:H5': 'FFC7CE' } }]);
    workbook.settingsStore.set('rotationPlanner.marks', JSON.stringify({ sheet: '名册', firstColumn: 1, lastColumn: 8, rows: [[4, null]], cells: 'ABCDEFGH'.split('').map((letter) => [`${letter}5`, letter === 'B' ? '00FF00' : null]) }));
    expect(await clear(workbook)).toBe(2);
    const sheet = workbook.sheet('名册');
    expect([1, 8].map((column) => sheet.cellAt(4, column)?.fill ?? null)).toEqual([null, null]);
    expect([1, 2, 3].map((column) => sheet.cellAt(5, column)?.fill ?? null)).toEqual([null, '00FF00', null]);
    expect(workbook.settingsStore.has('rotationPlanner.marks')).toBe(false);
  });

  it('writes text as text: a month such as 1985.10 stays 1985.10 on the 公示名单, and no string becomes a date or a formula', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(40) }]);
    const outcome = await runPlan(new OfficeWorkbook(workbook.context(), FULL), options);
    const notice = workbook.sheet(outcome.written.sheets[2]).valuesGrid().flat();
    const births = outcome.notice.rows.map((row) => String(row[3]));
    expect(births.filter((birth) => /\.10$/u.test(birth)).length).toBeGreaterThan(0);
    for (const birth of births) expect(notice).toContain(birth);
    for (const name of outcome.written.sheets) {
      for (const cell of workbook.sheet(name).store.values()) if (cell.numberFormat === '@') expect(typeof cell.value).toBe('string');
    }
  });

  it('sets column widths in points: 5.25 a unit, so the landscape sheets fit A4 as in the other hosts', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(40) }]);
    const outcome = await runPlan(new OfficeWorkbook(workbook.context(), FULL), options);
    const memory = new MemoryWorkbook([{ name: '名册', values: roster(40) as never }]);
    await runPlan(memory, options);
    // A4 across less the margins (0.5 inch each side) is 770 points.
    const printable = { landscape: (297 / 25.4 - 1) * 72, portrait: (210 / 25.4 - 1) * 72 };
    for (const [index, name] of outcome.written.sheets.entries()) {
      const spec = memory.sheets[index + 1].spec!;
      const points = spec.columnWidths!.map((_, column) => workbook.sheet(name).columnPoints.get(column + 1));
      expect(points).toEqual(spec.columnWidths!.map((units) => units * 5.25));
      expect(points.reduce((sum, width) => sum! + width!, 0)).toBeLessThan(printable[spec.print!.orientation]);
    }
  });

  it('replaces its own unedited sheets on a re-run and keeps an edited one, never touching a sheet not its own', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30) }, { name: '轮岗方案', values: [['去年的方案']] }]);
    const first = await runPlan(new OfficeWorkbook(workbook.context(), FULL), options);
    expect(first.written.sheets).toEqual(['轮岗检查', '轮岗方案 (2)', '公示名单']);
    expect(workbook.sheet('轮岗方案').valuesGrid()).toEqual([['去年的方案']]);
    const again = await runPlan(new OfficeWorkbook(workbook.context(), FULL), options);
    expect(again.written.sheets).toEqual(['轮岗检查', '轮岗方案 (2)', '公示名单']);
    expect(again.written.replaced.sort()).toEqual(['公示名单', '轮岗方案 (2)', '轮岗检查'].sort());
    expect(workbook.sheets.map((s) => s.name)).toHaveLength(5);
    // Staff edit the plan: it is kept and the new one takes a free name.
    workbook.sheet('轮岗方案 (2)').cell(7, 2).value = '改过的人选';
    const third = await runPlan(new OfficeWorkbook(workbook.context(), FULL), options);
    expect(third.written.kept).toEqual(['轮岗方案 (2)']);
    expect(third.written.sheets).toEqual(['轮岗检查', '轮岗方案 (3)', '公示名单']);
    expect(workbook.sheet('轮岗方案 (2)').cellAt(7, 2)?.value).toBe('改过的人选');
    expect(workbook.sheet('轮岗方案').valuesGrid()).toEqual([['去年的方案']]);
  });

  it('reads dates that Excel gives as serial numbers with a date format', async () => {
    const values = roster(3);
    values[2][6] = 40179; // 2010-01-01
    const workbook = new FakeWorkbook([{ name: '名册', values }], { api: '1.4' });
    workbook.sheet('名册').cell(3, 7).numberFormat = 'yyyy-mm-dd';
    const { outcome } = await check(workbook, { freezePanes: false, rangeAreas: false, mergedAreas: false });
    expect(outcome.result.checked[0].cadre.postStart).toEqual({ date: '2010-01-01', precision: 'day' });
  });

  it('reads a roster that does not start at A1, with merged units and hidden rows', async () => {
    const values = roster(6).map((row) => [null, ...row]);
    const workbook = new FakeWorkbook([{ name: '名册', values: [[], [], ...values] }]);
    const sheet = workbook.sheet('名册');
    sheet.cell(6, 5).value = '';
    sheet.merges.push({ r1: 5, c1: 5, r2: 6, c2: 5 });
    sheet.hiddenRows.add(8);
    const port = new OfficeWorkbook(workbook.context(), { ...FULL, mergedAreas: true });
    const [grid] = await port.readSheets(['名册']);
    expect([grid.firstRow, grid.firstColumn]).toEqual([3, 2]);
    expect(grid.values[3][3]).toBe(grid.values[2][3]);
    expect(grid.hiddenRows).toEqual([8]);
  });

  it.each([200, 10000])('spends the same syncs per action at %i rows', async (n) => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(n) }], { web: true });
    const counts: number[] = [];
    for (const action of [(p: OfficeWorkbook) => runCheck(p, options), (p: OfficeWorkbook) => runPlan(p, options), (p: OfficeWorkbook) => p.clearHighlights()]) {
      const port = new OfficeWorkbook(workbook.context(), FULL);
      await action(port);
      counts.push(port.syncs);
    }
    // check: list, used ranges, values, fills, writes, print set-up; plan adds our earlier sheets' values
    // to the fills' sync; clear: list, our fills still there, restore.
    expect(counts).toEqual([6, 6, 3]);
    expect(Math.max(...workbook.counter.requests, ...workbook.counter.responses)).toBeLessThan(5 * 1024 * 1024);
  });

  it('remembers a user-coloured column as runs, so 5,000 rows keep a small record, and puts it back', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(5000), fills: { 'C3:C5002': 'FFFF00' } }], { web: true });
    await check(workbook);
    const record = workbook.settingsStore.get(MARKS_KEY)!;
    expect(Buffer.byteLength(record, 'utf8')).toBeLessThan(100_000);
    await clear(workbook);
    const sheet = workbook.sheet('名册');
    for (let r = 3; r <= 5002; r += 1) {
      expect(sheet.cellAt(r, 3)?.fill).toBe('FFFF00');
      expect(sheet.cellAt(r, 1)?.fill ?? null).toBeNull();
    }
  });

  it('gives rows no longer flagged their own fill back on a re-check', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30), fills: { 'A3:H3': 'CCCCFF' } }]);
    const { outcome } = await check(workbook);
    const row = outcome.result.checked.find((c) => c.status === 'due')!.cadre.row;
    workbook.sheet('名册').cell(row, 7).value = '2026.01';
    const again = await check(workbook);
    expect(again.outcome.result.checked.find((c) => c.cadre.row === row)!.status).toBe('ok');
    expect(workbook.sheet('名册').cellAt(row, 1)?.fill ?? null).toBe(row === 3 ? 'CCCCFF' : null);
    await clear(workbook);
    expect(workbook.sheet('名册').cellAt(3, 1)?.fill).toBe('CCCCFF');
  });

  it('leaves a row alone on 清除标记 when it no longer carries our colour (re-coloured, or moved by a sort)', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30) }]);
    const { outcome } = await check(workbook);
    const row = outcome.result.checked.find((c) => c.status !== 'ok')!.cadre.row;
    for (let c = 1; c <= 8; c += 1) workbook.sheet('名册').cell(row, c).fill = 'ABCDEF';
    await clear(workbook);
    expect(workbook.sheet('名册').cellAt(row, 1)?.fill).toBe('ABCDEF');
  });

  it('marks and clears a roster over two sheets, keeping both records', async () => {
    const workbook = new FakeWorkbook([{ name: '一科', values: roster(10), fills: { B4: '00FF00' } }, { name: '二科', values: roster(10), fills: { 'A5:H5': 'FF00FF' } }]);
    const port = new OfficeWorkbook(workbook.context(), FULL);
    await port.listSheets();
    await port.write({ sheets: [], highlights: [{ sheet: '一科', firstColumn: 1, lastColumn: 8, rows: [{ row: 4, color: 'FFC7CE' }] }, { sheet: '二科', firstColumn: 1, lastColumn: 8, rows: [{ row: 5, color: 'FFEB9C' }] }] });
    expect(workbook.sheet('一科').cellAt(4, 2)?.fill).toBe('FFC7CE');
    expect(workbook.sheet('二科').cellAt(5, 1)?.fill).toBe('FFEB9C');
    expect(await clear(workbook)).toBe(2);
    expect(workbook.sheet('一科').cellAt(4, 2)?.fill).toBe('00FF00');
    expect(workbook.sheet('一科').cellAt(4, 1)?.fill ?? null).toBeNull();
    expect(workbook.sheet('二科').cellAt(5, 3)?.fill).toBe('FF00FF');
  });

  it('marks a protected roster that allows formatting, and refuses one that does not, before writing anything', async () => {
    const allowed = new FakeWorkbook([{ name: '名册', values: roster(10) }]);
    Object.assign(allowed.sheet('名册'), { protected: true, allowFormatCells: true });
    const { outcome } = await check(allowed);
    expect(outcome.written.highlightedRows).toBeGreaterThan(0);
    expect(await clear(allowed)).toBe(outcome.written.highlightedRows);

    const refused = new FakeWorkbook([{ name: '名册', values: roster(10) }]);
    refused.sheet('名册').protected = true;
    const error = await check(refused).catch((e) => translateOfficeError(e));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/受保护.*什么也没有写入/u);
    expect(refused.sheets.map((s) => s.name)).toEqual(['名册']);
    expect(refused.settingsStore.size).toBe(0);
  });

  it('checks protection before 清除标记', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(10) }]);
    await check(workbook);
    const fills = workbook.sheet('名册').fills();
    workbook.sheet('名册').protected = true;
    await expect(clear(workbook)).rejects.toThrow(/受保护.*什么也没有改动/u);
    expect(workbook.sheet('名册').fills()).toEqual(fills);
    expect(workbook.settingsStore.has(MARKS_KEY)).toBe(true);
  });

  it('refuses a workbook whose structure is protected before writing anything', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(10) }]);
    workbook.structureProtected = true;
    await expect(check(workbook)).rejects.toThrow(/工作簿结构受保护/u);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['名册']);
    expect([...workbook.sheet('名册').store.values()].every((cell) => cell.fill === null)).toBe(true);
  });

  it('sets up printing on its own: a host that refuses it loses nothing else, and the user is told', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30) }]);
    workbook.failPageLayout = true;
    const outcome = await runPlan(new OfficeWorkbook(workbook.context(), FULL), options);
    expect(outcome.written.sheets).toHaveLength(3);
    expect(workbook.sheet('公示名单').valuesGrid().length).toBeGreaterThan(5);
    expect(outcome.written.notes?.[0]['zh-CN']).toMatch(/打印/u);
    expect(outcome.written.notes?.[0]['en-US']).toMatch(/did not take the print set-up/u);
  });

  it('explains Office errors by their code, whatever language the message is in', () => {
    expect(translateOfficeError({ code: 'InvalidOperationInCellEditMode' }).message).toMatch(/编辑状态/u);
    expect(translateOfficeError({ code: 'ApiNotFound' }).message).toMatch(/不支持/u);
    expect(translateOfficeError({ code: 'AccessDenied', message: 'Die Zelle ist schreibgeschützt.' }).message).toMatch(/受保护/u);
    expect(translateOfficeError({ code: 'ResponsePayloadSizeLimitExceeded' }).message).toMatch(/大小限制/u);
    expect(translateOfficeError({ message: 'The sheet is protected' }).message).not.toMatch(/受保护/u);
  });
});

describe('the strict double itself', () => {
  it('parses strings like typed input unless the cell is text or the string starts with an apostrophe', () => {
    expect(typedInput('1985.10', 'General').value).toBe(1985.1);
    expect(typedInput('1985.10', '@').value).toBe('1985.10');
    expect(typedInput("'1985.10", 'General').value).toBe('1985.10');
    expect(typedInput('2026-11-23', 'General').value).toBe(46349);
    expect(typedInput('50%', 'General').value).toBe(0.5);
    expect(typedInput('=A1', 'General').formula).toBe('=A1');
  });

  it('refuses reads before sync, long address lists, bad sheet names and APIs above the set', async () => {
    const workbook = new FakeWorkbook([{ name: 's', values: [['a']] }], { api: '1.4' });
    const range = workbook.sheet('s').getRange('A1').load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/u);
    await workbook.context().sync();
    expect(range.values).toEqual([['a']]);
    expect(() => workbook.sheet('s').getRanges('A1')).toThrow(/1\.9/u);
    const modern = new FakeWorkbook([{ name: 's', values: [] }]);
    expect(() => modern.sheet('s').getRanges(Array.from({ length: 1000 }, (_, i) => `A${i + 1}:H${i + 1}`).join(','))).toThrow(/characters/u);
    expect(validSheetName('轮岗方案 (2)')).toBe(true);
    expect(['a/b', 'x'.repeat(32), "'a", 'a[1]', ''].some(validSheetName)).toBe(false);
  });

  it('fails a batch run without delayForCellEdit while a cell is edited, and delays one run with it', async () => {
    const workbook = new FakeWorkbook([{ name: 's', values: [['a']] }]);
    workbook.editing = true;
    await expect(workbook.run(async () => 1)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    const delayed = workbook.run({ delayForCellEdit: true }, async () => 2);
    workbook.endEdit();
    await expect(delayed).resolves.toBe(2);
    expect(officeError('X', 'y')).toMatchObject({ code: 'X' });
  });
});
