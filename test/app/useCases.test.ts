import { runCheck } from '../../src/app/runCheck';
import { runPlan } from '../../src/app/runPlan';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { AppError } from '../../src/workbook/port';
import { HEADER, Row, rowValues, settings } from '../helpers';

const options = { asOf: '2026-11-22', settings: settings() };
const workbookOf = (rows: Row[], extra: { name: string; values: unknown[][] }[] = []) =>
  new MemoryWorkbook([{ name: '花名册', values: [HEADER, ...rows.map(rowValues)] }, ...(extra as never[])]);
const untouched = (workbook: MemoryWorkbook, sheets: number) => {
  expect(workbook.sheets).toHaveLength(sheets);
  expect(workbook.sheets.every((sheet) => sheet.fills.size === 0)).toBe(true);
};

describe('input the use cases cannot use is refused in Chinese, with nothing written', () => {
  it('a workbook with no roster-like sheet', async () => {
    const workbook = new MemoryWorkbook([{ name: '说明', values: [['本表为通知'], ['联系人:张三']] }, { name: '空表', values: [] }]);
    await expect(runCheck(workbook, options)).rejects.toThrow(AppError);
    await expect(runPlan(workbook, options)).rejects.toThrow(/未找到干部花名册/u);
    untouched(workbook, 2);
  });

  it('a roster with a header and no one under it', async () => {
    const workbook = workbookOf([]);
    await expect(runCheck(workbook, options)).rejects.toThrow(/没有干部数据/u);
    untouched(workbook, 1);
  });

  it('a roster whose every row is left out, saying how many of each kind', async () => {
    const workbook = new MemoryWorkbook([{ name: '工作经历', values: [
      ['姓名', '部门', '职位', '入职日期', '离职日期'],
      ['甲', '办公室', '科员', '2020-01-01', '2022-01-01'],
      ['乙', '财务科', '科员', '2021-01-01', '2023-06-30'],
      ['合计', '2人'],
    ] }]);
    await expect(runCheck(workbook, options)).rejects.toThrow('其下3行均未纳入:不在册2行、合计行1行。');
    untouched(workbook, 1);
  });

  it('a roster of one cadre, which cannot be planned', async () => {
    const workbook = workbookOf([{ name: '甲', unit: '财务科', postStart: '2010.01' }]);
    await expect(runPlan(workbook, options)).rejects.toThrow(/只有1名干部,无法编排/u);
    untouched(workbook, 1);
    const { written } = await runCheck(workbook, options);
    expect(written.sheets).toEqual(['轮岗检查']);
  });

  it('a roster where nobody is due: the plan is refused, the check marks nothing', async () => {
    const rows = [{ name: '甲', unit: '财务科', postStart: '2025.01' }, { name: '乙', unit: '办公室', postStart: '2024.06' }];
    const workbook = workbookOf(rows);
    await expect(runPlan(workbook, options)).rejects.toThrow(/没有应轮岗人员,未生成方案/u);
    const { note, written } = await runCheck(workbook, options);
    expect(note).toMatch(/共2人,没有应轮岗.*未作标记/u);
    expect(written.sheets).toEqual([]);
    untouched(workbook, 1);
  });

  it('points to the suggested when only they could move', async () => {
    const workbook = workbookOf([{ name: '甲', unit: '档案室', birth: '1995.01', postStart: '2020.01' }, { name: '乙', unit: '办公室', postStart: '2025.01' }]);
    await expect(runPlan(workbook, options)).rejects.toThrow(/1名建议轮岗人员/u);
  });
});

describe('re-running', () => {
  it('replaces its own unedited sheets, keeps an edited one beside the new, and keeps the roster', async () => {
    const rows = [{ name: '甲', unit: '财务科', postStart: '2010.01' }, { name: '乙', unit: '办公室', postStart: '2010.01' }];
    const workbook = workbookOf(rows);
    const values = JSON.stringify(workbook.sheets[0].values);
    const first = await runPlan(workbook, options);
    const second = await runPlan(workbook, options);
    expect(first.written.sheets).toEqual(['轮岗检查', '轮岗方案', '公示名单']);
    expect(second.written.sheets).toEqual(['轮岗检查', '轮岗方案', '公示名单']);
    expect(second.written.replaced).toEqual(['轮岗检查', '轮岗方案', '公示名单']);
    workbook.sheets.find((sheet) => sheet.name === '轮岗方案')!.values[6][1] = '改过';
    const third = await runPlan(workbook, options);
    expect(third.written.kept).toEqual(['轮岗方案']);
    expect(third.written.sheets).toEqual(['轮岗检查', '轮岗方案 (2)', '公示名单']);
    expect(workbook.sheets).toHaveLength(5);
    expect(JSON.stringify(workbook.sheets[0].values)).toBe(values);
    expect(await workbook.clearHighlights()).toBe(2);
    expect(workbook.sheets[0].fills.size).toBe(0);
  });
});
