import { addDays, addYears } from '../../../src/core/dates';
import { PlanMove } from '../../../src/core/plan/readPlanSheet';
import { validatePlan } from '../../../src/core/plan/validatePlan';
import { CheckResult } from '../../../src/core/check';
import { Row, checkOf, settings } from '../../helpers';

// 甲 left 财务科 in 2021 and goes back to it; 乙 (财务科, a key post) goes to 审计科 (key too); 丙 to 办公室.
const rows: Row[] = [
  { name: '甲', unit: '办公室', postStart: '2010.01', history: '财务科(2015.01-2021.11)' },
  { name: '乙', unit: '财务科', postStart: '2010.01' },
  { name: '丙', unit: '审计科', postStart: '2010.01' },
];
const cycle = (check: CheckResult): PlanMove[] => [['甲', '财务科'], ['乙', '审计科'], ['丙', '办公室']].map(([name, unit], i) => ({
  planRow: 5 + i, cadre: check.checked.find((entry) => entry.cadre.name === name)!.cadre, name, to: { unit, post: '科员' }, locked: false,
}));
const findings = (check: CheckResult) => {
  const { violations, warnings } = validatePlan(check, cycle(check), [], settings());
  return [...violations, ...warnings].map((v) => [v.name, v.rule]);
};

describe('the edges of an edited plan\'s rules', () => {
  it('refuses a return on the very day the no-return years end, and allows it the day after', () => {
    const left = checkOf(rows).checked[0].cadre.history[0].left as string;
    const onTheDay = checkOf(rows, addYears(left, settings().noReturnYears));
    expect(findings(onTheDay)).toEqual([['甲', 'return'], ['乙', 'key-to-key']]);
    const dayAfter = checkOf(rows, addDays(addYears(left, settings().noReturnYears), 1));
    expect(findings(dayAfter)).toEqual([['乙', 'key-to-key']]);
  });

  it('warns of a move of a cadre whose rotation is only due soon', () => {
    // 丙 in post since 2022.03 in 审计科 (a key post, five years): due 2027-03, within the six months' warning.
    const soon = checkOf([rows[0], rows[1], { ...rows[2], postStart: '2022.03' }], '2026-11-22');
    expect(soon.checked[2].status).toBe('warning');
    expect(findings(soon)).toEqual([['乙', 'key-to-key'], ['丙', 'not-due']]);
  });
});

describe('the key posts and relatives of an edited plan', () => {
  it('warns of a move from a key post into a listed vacancy that is a key post, and of none into one that is not', () => {
    const check = checkOf([{ name: '乙', unit: '财务科', postStart: '2010.01' }]);
    const into = (unit: string): PlanMove[] => [{ planRow: 5, cadre: check.checked[0].cadre, name: '乙', to: { unit, post: '科员' }, locked: false }];
    const vacancies = [{ row: 2, unit: '审计科', post: '科员', rank: '科员' }, { row: 3, unit: '办公室', post: '科员', rank: '科员' }];
    expect(validatePlan(check, into('审计科'), vacancies, settings()).warnings.map((w) => [w.name, w.rule, w.message])).toEqual([['乙', 'key-to-key', '由重点岗位交流到重点岗位审计科科员,宜加强监督']]);
    expect(validatePlan(check, into('办公室'), vacancies, settings()).warnings).toEqual([]);
  });

  it('names the relation of the relative who ends in the same unit, on either row, among several relatives', () => {
    const check = checkOf([
      { name: '戊', unit: '人事科', postStart: '2010.01', relatives: '庚(配偶),卯(兄弟)' },
      { name: '卯', unit: '宣传科', postStart: '2010.01', relatives: '辛(父子),戊(兄弟)' },
      { name: '庚', unit: '办公室', postStart: '2024.01' },
      { name: '辛', unit: '法规科', postStart: '2024.01' },
    ]);
    const moves: PlanMove[] = [['戊', 5], ['卯', 6]].map(([name, planRow]) => ({
      planRow: planRow as number, cadre: check.checked.find((entry) => entry.cadre.name === name)!.cadre, name: name as string, to: { unit: '信息科', post: '科员' }, locked: false,
    }));
    const vacancies = [{ row: 2, unit: '信息科', post: '科员', rank: '科员' }, { row: 3, unit: '信息科', post: '科员', rank: '科员' }];
    expect(validatePlan(check, moves, vacancies, settings()).violations.map((v) => [v.planRow, v.message])).toEqual([
      [5, '亲属卯(兄弟)交流后也在信息科,须回避'],
      [6, '亲属戊(兄弟)交流后也在信息科,须回避'],
    ]);
    const oneSided = checkOf([{ name: '戊', unit: '人事科', postStart: '2010.01', relatives: '庚(配偶),卯(兄弟)' }, { name: '卯', unit: '宣传科', postStart: '2010.01', relatives: '辛(父子)' }, { name: '庚', unit: '办公室', postStart: '2024.01' }, { name: '辛', unit: '法规科', postStart: '2024.01' }]);
    const again = moves.map((m) => ({ ...m, cadre: oneSided.checked.find((entry) => entry.cadre.name === m.name)!.cadre }));
    expect(validatePlan(oneSided, again, vacancies, settings()).violations.map((v) => [v.planRow, v.message])).toEqual([
      [5, '亲属卯(兄弟)交流后也在信息科,须回避'],
      [6, '亲属戊(兄弟)交流后也在信息科,须回避'],
    ]);
  });
});

describe('the ranks and batches an edited plan names', () => {
  it('names the rank a post\'s title gives when its holder\'s 职级 is blank', () => {
    // 乙's 职级 is blank: 科长 reads as a chief's post (正职), which a 副科 may not take.
    const check = checkOf([
      { name: '甲', unit: '办公室', post: '副科长', rank: '副科级', postStart: '2010.01' },
      { name: '乙', unit: '财务科', post: '科长', rank: '', postStart: '2010.01' },
    ]);
    const moves: PlanMove[] = [{ planRow: 5, cadre: check.checked[0].cadre, name: '甲', to: { unit: '财务科', post: '科长' }, locked: false }];
    expect(validatePlan(check, moves, [], settings()).violations.map((v) => [v.rule, v.message])).toEqual([
      ['rank', '拟任岗位财务科科长的职级为正职,与本人职级副科级不同,轮岗须同职级'],
    ]);
  });

  it('gives the post that falls free first to the mover of the earlier plan row, whatever order the moves come in', () => {
    // 审计科 has two 副科长 posts: a vacancy, free from the start, and 戊's, free once 戊 leaves in batch 2.
    // 丙 (row 5) and 乙 (row 6) arrive in batch 1: 丙 takes the vacancy, so 乙 is the one who comes too early.
    const check = checkOf([
      { name: '乙', unit: '办公室', post: '副主任', rank: '副科', postStart: '2010.01' },
      { name: '丙', unit: '办公室', post: '副主任', rank: '副科', postStart: '2010.01' },
      { name: '戊', unit: '审计科', post: '副科长', rank: '副科', postStart: '2010.01' },
    ]);
    const move = (name: string, unit: string, post: string, batch: number, planRow: number): PlanMove => ({
      planRow, cadre: check.checked.find((entry) => entry.cadre.name === name)!.cadre, name, to: { unit, post }, locked: false, batch,
    });
    const vacancies = [{ row: 2, unit: '审计科', post: '副科长', rank: '副科' }];
    const inRows = [move('丙', '审计科', '副科长', 1, 5), move('乙', '审计科', '副科长', 1, 6), move('戊', '办公室', '副主任', 2, 7)];
    const early = (moves: PlanMove[]) => validatePlan(check, moves, vacancies, settings()).violations.filter((v) => v.rule === 'batch-order').map((v) => [v.planRow, v.name]);
    expect(early(inRows)).toEqual([[6, '乙']]);
    expect(early([inRows[1], inRows[0], inRows[2]])).toEqual([[6, '乙']]);
    // 丙 alone in batch 1 takes the vacancy, whichever of the two posts the plan was read as giving.
    expect(early([inRows[0], inRows[2]])).toEqual([]);
    expect(validatePlan(check, [inRows[0], inRows[2]], vacancies, settings()).violations).toEqual([]);
  });
  it('matches a mover only with the posts of their own rank that fall free, not a post of the same title and another rank', () => {
    // 审计科 has two 科员 posts: 丁's (职级 科员), free in batch 2, and 戊's (一级科员), free in batch 1.
    // 甲, a 科员, arrives in batch 1: the post of its rank is still 丁's, so 甲 comes too early.
    const check = checkOf([
      { name: '甲', unit: '办公室', postStart: '2010.01' },
      { name: '丁', unit: '审计科', postStart: '2010.01' },
      { name: '戊', unit: '审计科', rank: '一级科员', postStart: '2010.01' },
    ]);
    const move = (name: string, unit: string, batch: number, planRow: number): PlanMove => ({
      planRow, cadre: check.checked.find((entry) => entry.cadre.name === name)!.cadre, name, to: { unit, post: '科员' }, locked: false, batch,
    });
    const vacancies = [{ row: 2, unit: '财务科', post: '科员', rank: '一级科员' }];
    const moves = [move('甲', '审计科', 1, 5), move('丁', '办公室', 2, 6), move('戊', '财务科', 1, 7)];
    expect(validatePlan(check, moves, vacancies, settings()).violations.map((v) => [v.planRow, v.rule])).toEqual([[5, 'batch-order']]);
  });
});
