import fc from 'fast-check';
import { CellValue } from '../../../src/core/grid';
import { planSwaps } from '../../../src/core/plan/planner';
import { PlanMove, readPlanSheet } from '../../../src/core/plan/readPlanSheet';
import { PlanValidation, validatePlan } from '../../../src/core/plan/validatePlan';
import { planSheet } from '../../../src/core/sheets/planSheet';
import { checkOf, grid, settings } from '../../helpers';
import { caseArb } from './arbitraries';
import { runs } from '../runs';
import { CheckResult } from '../../../src/core/check';

const vacancies = [{ row: 2, unit: '档案室', post: '科员', rank: '科员' }, { row: 3, unit: '宣传科', post: '科员', rank: '科员' }];
const cadre = (name: string) => check.checked.find((entry) => entry.cadre.name === name)?.cadre;
const move = (planRow: number, name: string, unit: string, post = '科员'): PlanMove => ({ planRow, cadre: cadre(name), name, to: { unit, post }, locked: false });
// One roster, one edited plan: row 10 and 13/14 are lawful, each later row breaks one rule, row 21 is a warning.
// Built in each test, so that a mutation run counts the code they reach as covered by that test.
let check: CheckResult;
let edited: PlanMove[];
beforeEach(() => {
  check = checkOf([
    { name: '甲', unit: '办公室', postStart: '2010.01' },
    { name: '乙', unit: '财务科', postStart: '2010.01' },
    { name: '丙', unit: '审计科', postStart: '2010.01' },
    { name: '丁', unit: '宣传科', post: '副科长', rank: '副科', postStart: '2010.01' },
    { name: '戊', unit: '人事科', postStart: '2010.01', relatives: '己(配偶)' },
    { name: '己', unit: '档案室', post: '主任', rank: '正科', postStart: '2024.01' },
    { name: '庚', unit: '法规科', postStart: '2010.01', history: '宣传科(2015.01-2023.06)' },
    { name: '辛', unit: '办公室', postStart: '2010.01', remarks: '借调' },
    { name: '壬', unit: '信息科', postStart: '2024.01' },
    { name: '癸', unit: '财务科', post: '副科长', rank: '副科', postStart: '2010.01' },
    { name: '子', unit: '法规科', postStart: '2010.01' },
    { name: '卯', unit: '宣传科', postStart: '2010.01' },
    { name: '辰', unit: '办公室', postStart: '2024.01' },
  ]);
  edited = [
    move(10, '甲', '财务科'),
    move(11, '乙', '财务科'),
    move(12, '丙', '宣传科', '副科长'),
    move(13, '丁', '财务科', '副科长'),
    move(14, '癸', '宣传科', '副科长'),
    move(15, '戊', '档案室'),
    move(16, '庚', '宣传科'),
    move(17, '辛', '审计科'),
    move(18, '子', '财务科'),
    move(19, '丑', '办公室'),
    move(20, '卯', '信息科'),
    move(21, '辰', '法规科'),
  ];
});

describe('checking an edited plan', () => {
  // Built in each test, so that a mutation run counts the code they reach as covered by that test.
  let result: PlanValidation;
  beforeEach(() => {
    result = validatePlan(check, edited, vacancies, settings());
  });

  it('reports each planted violation on its row with its rule, and nothing else', () => {
    expect(result.moves).toBe(12);
    expect(result.violations.map((v) => [v.planRow, v.rule])).toEqual([
      [11, 'same-unit'], [12, 'rank'], [15, 'relative'], [16, 'return'], [17, 'exempt'], [18, 'post-taken'], [19, 'not-on-roster'], [20, 'post-not-free'],
    ]);
    expect(result.warnings.map((v) => [v.planRow, v.rule])).toEqual([[21, 'not-due']]);
  });

  it('names the roster row and the cadre, and says it in staff’s words and in English', () => {
    const byRule = Object.fromEntries(result.violations.map((v) => [v.rule, v]));
    expect(byRule['same-unit']).toMatchObject({ sheet: '花名册', row: 3, name: '乙', message: '拟任单位"财务科"就是本人现在的单位,轮岗须到其他单位' });
    expect(byRule.rank.message).toBe('拟任岗位宣传科副科长的职级为副科,与本人职级科员不同,轮岗须同职级');
    expect(byRule.relative.message).toBe('亲属己(配偶)交流后也在档案室,须回避');
    expect(byRule.return.message).toBe('宣传科是本人2023年6月1日离开的单位,近5年内不得回原单位');
    expect(byRule.exempt.message).toMatch(/^本人暂缓轮岗,不应交流\(.*暂缓:备注注明"借调"/u);
    expect(byRule['post-taken'].message).toBe('岗位财务科科员已安排给第10行的甲,同一岗位只能安排一人');
    expect(byRule['not-on-roster']).toMatchObject({ name: '丑', message: '花名册中没有"丑"' });
    expect(byRule['not-on-roster'].row).toBeUndefined();
    expect(byRule['post-not-free'].message).toBe('岗位信息科科员未空出:现任壬不在本方案中交流');
    expect(byRule['post-not-free'].messageEn).toBe('The post "信息科科员" is not free: its holder "壬" does not move in this plan');
  });

  it('finds a post the plan never frees, and relatives who both move into one unit', () => {
    const withRelative = checkOf([
      { name: '甲', unit: '办公室', postStart: '2010.01' },
      { name: '戊', unit: '人事科', postStart: '2010.01', relatives: '卯(兄弟)' },
      { name: '卯', unit: '宣传科', postStart: '2010.01' },
      { name: '壬', unit: '信息科', postStart: '2010.01' },
    ]);
    const found = (name: string) => withRelative.checked.find((entry) => entry.cadre.name === name)?.cadre;
    const moves = [move(5, '甲', '财务科', '科长'), move(6, '戊', '信息科'), move(7, '卯', '信息科'), move(8, '壬', '办公室')].map((m) => ({ ...m, cadre: found(m.name) }));
    const { violations } = validatePlan(withRelative, moves, [{ row: 2, unit: '信息科', post: '科员', rank: '科员' }], settings());
    expect(violations.map((v) => [v.planRow, v.rule, v.message])).toEqual([
      [5, 'post-not-free', '岗位财务科科长不是本方案空出的岗位,也不在空缺岗位表中'],
      [6, 'relative', '亲属卯(兄弟)交流后也在信息科,须回避'],
      [7, 'relative', '亲属戊(兄弟)交流后也在信息科,须回避'],
    ]);
  });

  it('does not change the moves it checks', () => {
    const copy = JSON.stringify(edited);
    validatePlan(check, edited, vacancies, settings());
    expect(JSON.stringify(edited)).toBe(copy);
  });
});

describe('an untouched plan on generated rosters', () => {
  it('validates clean after the sheet is written and read back', () => {
    let moved = 0;
    const total = runs(300);
    fc.assert(
      fc.property(caseArb, ({ rows, vacancies: listed, includeSuggested }) => {
        const generated = checkOf(rows);
        const options = settings({ includeSuggested, competitionShare: 0 });
        const plan = planSwaps(generated, listed, options);
        const values = planSheet(plan, options).rows.map((row): CellValue[] => Array.from(row, (cell) => cell ?? null));
        const read = readPlanSheet(grid('轮岗方案', values), generated.roster);
        expect(read.problems).toEqual([]);
        expect(read.moves).toHaveLength(plan.assignments.length);
        moved += plan.assignments.length > 0 ? 1 : 0;
        expect(validatePlan(generated, read.moves, listed, options).violations).toEqual([]);
      }),
      { numRuns: total, seed: 15 },
    );
    expect(moved).toBeGreaterThan(total * 0.5);
  });
});
