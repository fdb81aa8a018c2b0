import { runCheck } from '../../src/app/runCheck';
import { runPlan } from '../../src/app/runPlan';
import { checkJson } from '../../src/core/check';
import { checkSheet } from '../../src/core/sheets/checkSheet';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { HEADER, Row, rowValues, settings } from '../helpers';

// A roster, a quota sheet as an office keeps it (title, 单位/职级/核定职数, 合计) and a vacancy sheet.
const ROWS: Row[] = [
  { name: '甲', unit: '财务科', post: '副科长', rank: '副科', postStart: '2015.01' }, // due: 11 years in the post
  { name: '乙', unit: '办公室', post: '副主任', rank: '副科' },
  { name: '丙', unit: '办公室', post: '副主任', rank: '副科' },
  { name: '丁', unit: '审计科', post: '副科长', rank: '副科' },
];
const QUOTAS = [
  ['2026年内设机构领导职数核定表'],
  ['单位', '职级', '核定职数'],
  ['财务科', '副科', 1],
  ['办公室', '副科', 2],
  ['审计科', '副科', 2],
  ['宣传科', '副科', 1],
  ['合计', null, 6],
];
const VACANCIES = [['单位', '职务', '职级'], ['办公室', '副主任', '副科'], ['宣传科', '副科长', '副科']];
const workbook = (vacancies = VACANCIES) => new MemoryWorkbook([
  { name: '花名册', values: [HEADER, ...ROWS.map(rowValues)] },
  { name: '职数', values: QUOTAS },
  { name: '空缺岗位', values: vacancies },
] as never[]);
const options = { asOf: '2026-11-22', settings: settings({ competitionShare: 0 }) };

describe('post quotas in the check and the plan', () => {
  it('lists every unit and rank under its quota, on the sheet and in the JSON', async () => {
    const { result, written } = await runCheck(workbook(), options);
    // 审计科 has 1 of 2, 宣传科 0 of 1; 财务科 and 办公室 are at quota.
    expect((checkJson(result) as { quotas: unknown[] }).quotas).toEqual([
      { row: 3, unit: '财务科', rank: '副科', quota: 1, count: 1, over: 0, under: 0 },
      { row: 4, unit: '办公室', rank: '副科', quota: 2, count: 2, over: 0, under: 0 },
      { row: 5, unit: '审计科', rank: '副科', quota: 2, count: 1, over: 0, under: 1 },
      { row: 6, unit: '宣传科', rank: '副科', quota: 1, count: 0, over: 0, under: 1 },
    ]);
    // Nobody but 甲 is flagged, yet the sheet is written, with the quota rows off their quota.
    expect(written.sheets).toEqual(['轮岗检查']);
    const rows = checkSheet(result).rows;
    const title = rows.findIndex((row) => row[0] === '职数核对(职数表"职数",2处与核定职数不符)');
    expect(rows.slice(title + 1, title + 4)).toEqual([
      ['序号', '行号', '单位', '职级或职务', '核定职数', '实有人数', '情况'],
      [1, 5, '审计科', '副科', 2, 1, '空缺1'],
      [2, 6, '宣传科', '副科', 1, 0, '空缺1'],
    ]);
  });

  it('fills no vacancy of a unit at quota: 甲 goes to 宣传科 or 审计科, never to 办公室', async () => {
    const outcome = await runPlan(workbook(), options);
    expect(outcome.vacancySheet).toBe('空缺岗位');
    expect(outcome.plan.assignments).toHaveLength(1);
    expect(outcome.plan.assignments[0].to.unit).not.toBe('办公室');
    // Only the 办公室 vacancy: 甲 stays rather than take it over quota (审计科 has no post falling free).
    const capped = await runPlan(workbook([['单位', '职务', '职级'], ['办公室', '副主任', '副科']]), options);
    expect(capped.plan.assignments).toEqual([]);
    expect(capped.plan.unplaced.map((u) => u.mover.cadre.name)).toEqual(['甲']);
  });

  it('says when the quota sheet named is not there', async () => {
    await expect(runCheck(workbook(), { ...options, settings: settings({ quotaSheet: '核定职数' }) })).rejects.toThrow(/没有名为"核定职数"的职数表/u);
  });
});
