/**
 * 校验方案, 更新公示 and 重新编排 as the pane's buttons run them, on the strict Excel double.
 */
import { PlanBreaksRules } from '../../src/app/runNotice';
import { PLAN_MARKS } from '../../src/app/runValidate';
import { ActionKind, actionSummary, runAction } from '../../src/taskpane/actions';
import { TaskpaneHost } from '../../src/taskpane/taskpaneHost';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { settings } from '../helpers';
import { FakeWorkbook } from './fakeExcel';
import { roster } from './roster';

const FULL = { freezePanes: true, rangeAreas: true, mergedAreas: false };
const options = { asOf: '2026-11-22', settings: settings() };

function hostOf(workbook: FakeWorkbook): TaskpaneHost {
  return {
    kind: 'excel',
    run: (action) => action(new OfficeWorkbook(workbook.context(), FULL)),
    selectRow: async () => undefined,
    sheetNames: async () => workbook.sheets.map((s) => s.name),
    loadSettings: async () => undefined,
    saveSettings: async () => undefined,
  } as TaskpaneHost;
}

async function planned() {
  const workbook = new FakeWorkbook([{ name: '名册', values: roster(30) }]);
  const host = hostOf(workbook);
  const click = (kind: ActionKind) => runAction(kind, host, options);
  const first = await click('plan');
  if (first.kind !== 'plan') throw new Error('not a plan');
  const sheet = workbook.sheet('轮岗方案');
  const grid = sheet.valuesGrid();
  const header = grid.findIndex((row) => row.includes('拟任单位'));
  const col = (title: string) => grid[header].indexOf(title) + 1;
  const rowOf = (name: string) => grid.findIndex((row, i) => i > header && row[col('姓名') - 1] === name) + 1;
  return { workbook, sheet, click, plan: first.outcome.plan, col, rowOf };
}

describe('the edited plan through the pane’s buttons on the Excel double', () => {
  it('校验方案 marks the row that breaks a rule and keeps the roster’s marks; 更新公示 is refused until it is put right', async () => {
    const { workbook, sheet, click, plan, col, rowOf } = await planned();
    const rosterFills = workbook.sheet('名册').fills();
    expect(rosterFills.size).toBeGreaterThan(0);
    const moved = plan.assignments[0].mover.cadre;
    const row = rowOf(moved.name);
    const target = String(sheet.cellAt(row, col('拟任单位'))?.value);
    sheet.cell(row, col('拟任单位')).value = moved.unit;
    const result = await click('validate');
    if (result.kind !== 'validate') throw new Error('not a check');
    expect(result.outcome.validation.violations.map((v) => [v.planRow, v.rule])).toEqual([[row, 'same-unit']]);
    expect(actionSummary(result, 'zh-CN')).toContain(`第${row}行 ${moved.name}:拟任单位"${moved.unit}"就是本人现在的单位`);
    expect(actionSummary(result, 'en-US')).toContain(`Row ${row}, "${moved.name}": The target unit "${moved.unit}" is the cadre's own unit`);
    const marked = [...sheet.fills()].filter(([, fill]) => fill === PLAN_MARKS.violation).map(([cell]) => Number(cell.split(':')[0]));
    expect(new Set(marked)).toEqual(new Set([row]));
    expect(workbook.sheet('名册').fills()).toEqual(rosterFills);
    const names = workbook.sheets.map((s) => s.name);
    await expect(click('notice')).rejects.toThrow(PlanBreaksRules);
    expect(workbook.sheets.map((s) => s.name)).toEqual(names);

    sheet.cell(row, col('拟任单位')).value = target;
    const again = await click('validate');
    expect(again.kind === 'validate' && again.outcome.holds).toBe(true);
    expect([...sheet.fills()].filter(([, fill]) => fill === PLAN_MARKS.violation)).toEqual([]);
    const notice = await click('notice');
    if (notice.kind !== 'notice') throw new Error('not a notice');
    expect(notice.outcome.notice.rows).toHaveLength(plan.assignments.filter((a) => a.batch === 1).length);
    expect(actionSummary(notice, 'zh-CN')).toMatch(/^公示名单已按方案更新:第1批/u);
  });

  it('重新编排 keeps a locked move as edited and leaves a deleted row’s cadre in place', async () => {
    const { sheet, click, plan, col, rowOf } = await planned();
    const [kept, dropped] = plan.assignments;
    sheet.cell(rowOf(kept.mover.cadre.name), col('锁定')).value = '是';
    const gone = rowOf(dropped.mover.cadre.name);
    for (let c = 1; c <= 16; c += 1) sheet.cell(gone, c).value = '';
    const result = await click('replan');
    if (result.kind !== 'replan') throw new Error('not a re-plan');
    const again = result.outcome.plan;
    const lockedNow = again.assignments.find((a) => a.mover.cadre.row === kept.mover.cadre.row);
    expect(lockedNow && [lockedNow.to.unit, lockedNow.to.post, lockedNow.locked]).toEqual([kept.to.unit, kept.to.post, true]);
    expect(again.assignments.some((a) => a.mover.cadre.row === dropped.mover.cadre.row)).toBe(false);
    expect(again.movers.some((m) => m.cadre.row === dropped.mover.cadre.row)).toBe(false);
  });
});

describe('轮岗预测 as the pane’s button runs it, on the Excel double', () => {
  it('writes the forecast sheet with every cadre who falls due within three years, and says so in one line', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(30) }]);
    const host = hostOf(workbook);
    const result = await runAction('forecast', host, options);
    if (result.kind !== 'forecast') throw new Error('not a forecast');
    const { forecast, written } = result.outcome;
    expect(written.sheets).toEqual(['轮岗预测']);
    expect(forecast.until > options.asOf).toBe(true);
    // Every cadre of the forecast is on its sheet, by name.
    const names = new Set(workbook.sheet('轮岗预测').valuesGrid().flat());
    expect(forecast.cadres.length).toBeGreaterThan(0);
    for (const cadre of forecast.cadres) expect(names.has(cadre.name)).toBe(true);
    expect(actionSummary(result, 'zh-CN')).toContain(`另有 ${forecast.cadres.length} 人将到期`);
    expect(actionSummary(result, 'en-US')).toContain(`${forecast.cadres.length} more fall due by ${forecast.until}`);
  });
});
