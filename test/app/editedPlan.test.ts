import { runNotice, PlanBreaksRules } from '../../src/app/runNotice';
import { runPlan } from '../../src/app/runPlan';
import { PLAN_MARKS, runValidate } from '../../src/app/runValidate';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { HEADER, Row, rowValues, settings } from '../helpers';

const options = { asOf: '2026-11-22', settings: settings() };
const ROWS: Row[] = [
  { name: '甲', unit: '办公室', postStart: '2010.01' },
  { name: '乙', unit: '档案室', postStart: '2010.01' },
  { name: '丙', unit: '宣传科', postStart: '2010.01' },
  { name: '丁', unit: '信息科', postStart: '2010.01', remarks: '借调' },
];

async function planned() {
  const workbook = new MemoryWorkbook([{ name: '花名册', values: [HEADER, ...ROWS.map(rowValues)] }]);
  await runPlan(workbook, options);
  const sheet = workbook.sheets.find((s) => s.name === '轮岗方案')!;
  const header = sheet.values.findIndex((row) => row.includes('拟任单位'));
  const col = (title: string) => sheet.values[header].indexOf(title);
  const rowOf = (name: string) => sheet.values.findIndex((row, i) => i > header && row[col('姓名')] === name);
  return { workbook, sheet, header, col, rowOf };
}

describe('the edited plan on the memory workbook', () => {
  it('marks the rows that break a rule red and nothing else, and refuses the notice', async () => {
    const { workbook, sheet, col, rowOf } = await planned();
    const jia = rowOf('甲');
    sheet.values[jia][col('拟任单位')] = '办公室';
    const hand = [...sheet.values[jia]].fill(null);
    hand[col('姓名')] = '丁';
    hand[col('拟任单位')] = sheet.values[rowOf('乙')][col('拟任单位')];
    hand[col('拟任职务')] = '科员';
    sheet.values.push(hand);
    const outcome = await runValidate(workbook, options);
    expect(outcome.holds).toBe(false);
    expect(outcome.validation.violations.map((v) => [v.planRow, v.rule])).toEqual([
      [jia + 1, 'same-unit'], [sheet.values.length, 'exempt'], [sheet.values.length, 'post-taken'],
    ]);
    const marked = new Set([...sheet.fills].filter(([, color]) => color === PLAN_MARKS.violation).map(([cell]) => Number(cell.split(':')[0])));
    expect([...marked].sort((a, b) => a - b)).toEqual([jia + 1, sheet.values.length]);
    const before = workbook.sheets.map((s) => s.name);
    await expect(runNotice(workbook, options)).rejects.toThrow(PlanBreaksRules);
    expect(workbook.sheets.map((s) => s.name)).toEqual(before);
  });

  it('marks nothing once the plan is put right, and writes the notice from it', async () => {
    const { workbook, sheet, col, rowOf } = await planned();
    sheet.values[rowOf('甲')][col('拟任单位')] = '办公室';
    await runValidate(workbook, options);
    sheet.values[rowOf('甲')][col('拟任单位')] = sheet.values[rowOf('丙')][col('原单位')];
    const again = await runValidate(workbook, options);
    expect(again.holds).toBe(true);
    expect([...sheet.fills.values()]).toEqual([]);
    const { notice, written } = await runNotice(workbook, options);
    expect(written.sheets).toEqual(['公示名单']);
    expect(notice.rows.map((row) => row[notice.columns.indexOf('姓名')])).toEqual(sheet.values.slice(rowOf('甲')).filter((row) => row[col('姓名')]).map((row) => row[col('姓名')]));
  });
});
