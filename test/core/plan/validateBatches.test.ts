import fc from 'fast-check';
import { planSwaps } from '../../../src/core/plan/planner';
import { PlanMove } from '../../../src/core/plan/readPlanSheet';
import { validatePlan } from '../../../src/core/plan/validatePlan';
import { Row, checkOf, settings } from '../../helpers';

// 办公室 has three leaders (a 主任, two 副主任): one may leave per batch. 财务科 and 审计科 have a
// 副科长 each. Everyone has been in post since 2010, so all are due.
const rows: Row[] = [
  { name: '甲', unit: '办公室', post: '主任', rank: '正科', postStart: '2010.01' },
  { name: '乙', unit: '办公室', post: '副主任', rank: '副科', postStart: '2010.01' },
  { name: '丙', unit: '办公室', post: '副主任', rank: '副科', postStart: '2010.01' },
  { name: '丁', unit: '财务科', post: '副科长', rank: '副科', postStart: '2010.01' },
  { name: '戊', unit: '审计科', post: '副科长', rank: '副科', postStart: '2010.01' },
];
const check = checkOf(rows);
const move = (name: string, unit: string, post: string, batch: number | undefined, planRow: number): PlanMove => ({
  planRow, cadre: check.checked.find((entry) => entry.cadre.name === name)!.cadre, name, to: { unit, post }, locked: false, batch,
});
const rulesOf = (moves: PlanMove[]) => {
  const { violations, warnings } = validatePlan(check, moves, [], settings());
  return [...violations, ...warnings].filter((v) => v.rule.startsWith('batch-')).map((v) => [v.planRow, v.rule]);
};

describe('the batches of an edited plan', () => {
  it('warns on each leader of a unit that loses more than a third of its leaders in one batch', () => {
    const two = [move('乙', '财务科', '副科长', 1, 5), move('丙', '审计科', '副科长', 1, 6), move('丁', '办公室', '副主任', 1, 7), move('戊', '办公室', '副主任', 1, 8)];
    expect(rulesOf(two)).toEqual([[5, 'batch-leaders'], [6, 'batch-leaders']]);
    const message = validatePlan(check, two, [], settings()).warnings.find((w) => w.rule === 'batch-leaders')!;
    expect(message.message).toBe('办公室在第1批有2名领导干部交流,超过分批规则允许的1人(每批不超过领导班子的三分之一)');
    expect(message.messageEn).toBe('2 leaders of "办公室" move in batch 1, more than the 1 a batch allows (a third of the unit\'s leaders at most)');
    // 丙 and the one who takes 丙's post in batch 2: nothing to warn of; a blank 分批 counts as batch 1.
    expect(rulesOf([move('乙', '财务科', '副科长', undefined, 5), move('丙', '审计科', '副科长', 2, 6), move('丁', '办公室', '副主任', 1, 7), move('戊', '办公室', '副主任', 2, 8)])).toEqual([]);
  });

  it('refuses a move into a post before its holder leaves it', () => {
    // 丁 takes 戊's post in batch 1 while 戊 leaves in batch 2; 戊 takes 丁's: a swap split over two batches.
    const split = [move('丁', '审计科', '副科长', 1, 5), move('戊', '财务科', '副科长', 2, 6)];
    const { violations } = validatePlan(check, split, [], settings());
    expect(violations.map((v) => [v.planRow, v.rule])).toEqual([[5, 'batch-order']]);
    expect(violations[0].message).toBe('岗位审计科副科长的原任者戊在第2批才交流,本人不能早于其离任,在第1批到任');
    expect(rulesOf([move('丁', '审计科', '副科长', 2, 5), move('戊', '财务科', '副科长', 2, 6)])).toEqual([]);
  });
});

// Generated rosters with leaders: the planner's own batches break no batch rule, and warn only where it said so.
const UNITS = ['办公室', '财务科', '审计科', '人事科'];
const POSTS: [string, string][] = [['科长', '正科'], ['副科长', '副科'], ['副科长', '副科'], ['科员', '科员']];
const caseArb = fc.array(fc.record({ unit: fc.constantFrom(...UNITS), post: fc.constantFrom(...POSTS), year: fc.integer({ min: 2008, max: 2024 }) }), { minLength: 3, maxLength: 14 })
  .map((list) => list.map(({ unit, post: [post, rank], year }, i): Row => ({ name: `干部${i + 1}`, unit, post, rank, postStart: `${year}.03` })));

describe('the planner\'s batches against the batch rules of 校验方案', () => {
  it('never moves a cadre in before the holder leaves, and crowds a batch only where its plan says it must', () => {
    let batched = 0;
    fc.assert(fc.property(caseArb, (generated) => {
      const own = checkOf(generated);
      const plan = planSwaps(own, [], settings({ competitionShare: 0 }));
      const moves: PlanMove[] = plan.assignments.map((a, i) => ({ planRow: 5 + i, cadre: a.mover.cadre, name: a.mover.cadre.name, to: { unit: a.to.unit, post: a.to.post }, locked: false, batch: a.batch }));
      const { violations, warnings } = validatePlan(own, moves, [], settings());
      expect(violations.filter((v) => v.rule === 'batch-order')).toEqual([]);
      const crowded = new Set(warnings.filter((w) => w.rule === 'batch-leaders').map((w) => own.checked.find((e) => e.cadre.name === w.name)!.cadre.unit));
      for (const unit of crowded) expect(plan.warnings.some((line) => line.startsWith(`${unit}有`))).toBe(true);
      if (plan.batchStarts.length > 1) batched += 1;
    }), { numRuns: 300, seed: 18 });
    // Leaders leave in several batches in a fair share of the cases, so the rule is at work.
    expect(batched).toBeGreaterThan(30);
  });
});
