import fc from 'fast-check';
import { checkRoster } from '../../../src/core/check';
import { PlanMove } from '../../../src/core/plan/readPlanSheet';
import { validatePlan } from '../../../src/core/plan/validatePlan';
import { Quota } from '../../../src/core/quota/quotaSheet';
import { Row, rosterOf, settings } from '../../helpers';

const quota = (unit: string, rank: string, count: number): Quota => ({ row: 2, unit, rank, post: '', quota: count });

// Four 科员 due (long in post), two each in 财务科 and 审计科; 办公室 has one 科员 and a quota of 2 科员.
const rows: Row[] = [
  { name: '甲', unit: '财务科', postStart: '2010.01' },
  { name: '乙', unit: '财务科', postStart: '2010.01' },
  { name: '丙', unit: '审计科', postStart: '2010.01' },
  { name: '丁', unit: '审计科', postStart: '2010.01' },
  { name: '戊', unit: '办公室', postStart: '2025.01' },
];
const checkWith = (quotas: Quota[]) => checkRoster(rosterOf(rows), settings(), '2026-11-22', { quotas, problems: [] });
const moveOf = (check: ReturnType<typeof checkWith>, name: string, unit: string, planRow: number): PlanMove => ({
  planRow, cadre: check.checked.find((entry) => entry.cadre.name === name)!.cadre, name, to: { unit, post: '科员' }, locked: false,
});

describe('an edited plan against the post quotas (职数)', () => {
  it('marks each move into a unit the moves take over its quota, and no other', () => {
    const check = checkWith([quota('办公室', '科员', 2)]);
    // 办公室: 戊 + 甲 + 丙 = 3 科员 against 2. 乙 ↔ 丁 swap between 财务科 and 审计科, which have no quota row.
    // 甲 and 丙 take posts nobody frees, so post-not-free is reported too; only the quota rule is looked at here.
    const moves = [moveOf(check, '甲', '办公室', 5), moveOf(check, '乙', '审计科', 6), moveOf(check, '丙', '办公室', 7), moveOf(check, '丁', '财务科', 8)];
    const quotaRows = validatePlan(check, moves, [], settings()).violations.filter((v) => v.rule === 'over-quota');
    expect(quotaRows.map((v) => [v.planRow, v.name])).toEqual([[5, '甲'], [7, '丙']]);
    expect(quotaRows[0].message).toBe('交流后办公室科员共3人,超过核定职数2');
    expect(quotaRows[0].messageEn).toBe('After the moves "办公室" has 3 of "科员", over its quota of 2');
  });

  it('lets moves reach the quota, and a unit already over it keep today\'s count', () => {
    const within = checkWith([quota('办公室', '科员', 2)]);
    expect(validatePlan(within, [moveOf(within, '甲', '办公室', 5)], [], settings()).violations.filter((v) => v.rule === 'over-quota')).toEqual([]);
    // 财务科 has 2 科员 against a quota of 1: one out and one in keeps 2, allowed; one more in makes 3, not.
    const over = checkWith([quota('财务科', '科员', 1)]);
    const swap = [moveOf(over, '甲', '审计科', 5), moveOf(over, '丙', '财务科', 6)];
    expect(validatePlan(over, swap, [], settings()).violations.filter((v) => v.rule === 'over-quota')).toEqual([]);
    const more = validatePlan(over, [...swap, moveOf(over, '戊', '财务科', 7)], [], settings()).violations.filter((v) => v.rule === 'over-quota');
    expect(more.map((v) => v.planRow)).toEqual([6, 7]);
    expect(more[0].message).toBe('交流后财务科科员共3人,超过核定职数1(现有2人,交流不得再增加)');
  });

  it('checks nothing against quotas where the workbook has none', () => {
    const none = checkWith([]);
    const all = ['甲', '乙', '丙', '丁'].map((name, i) => moveOf(none, name, '办公室', 5 + i));
    expect(validatePlan(none, all, [], settings()).violations.filter((v) => v.rule === 'over-quota')).toEqual([]);
  });
});

// Edited plans on generated rosters: the rule counted by plain loops, the rows expected by hand from it.
const UNITS = ['办公室', '财务科', '审计科'];
const RANKS = ['科员', '副科'];
const caseArb = fc.record({
  rows: fc.array(fc.record({ unit: fc.constantFrom(...UNITS), rank: fc.constantFrom(...RANKS) }), { minLength: 2, maxLength: 8 }),
  quotas: fc.array(fc.record({ unit: fc.constantFrom(...UNITS), rank: fc.constantFrom(...RANKS), count: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 4 }),
  targets: fc.array(fc.option(fc.constantFrom(...UNITS), { nil: undefined }), { minLength: 8, maxLength: 8 }),
});

describe('the quota rule on generated edited plans', () => {
  it('flags exactly the moves into a unit left over max(quota, today) for their rank', () => {
    let flagged = 0;
    fc.assert(fc.property(caseArb, ({ rows, quotas: drawn, targets }) => {
      const roster: Row[] = rows.map((row, i) => ({ name: `干部${i + 1}`, unit: row.unit, rank: row.rank, post: row.rank === '副科' ? '副科长' : '科员', postStart: '2010.01' }));
      const quotas = drawn.map((q, i) => ({ row: i + 2, unit: q.unit, rank: q.rank, post: '', quota: q.count }));
      const check = checkRoster(rosterOf(roster), settings(), '2026-11-22', { quotas, problems: [] });
      const moves: PlanMove[] = check.checked.flatMap((entry, i) => (targets[i] === undefined ? [] : [{
        planRow: 10 + i, cadre: entry.cadre, name: entry.cadre.name, to: { unit: targets[i] as string, post: entry.cadre.post }, locked: false,
      }]));
      const end = (i: number) => moves.find((m) => m.cadre === check.checked[i].cadre)?.to.unit ?? check.checked[i].cadre.unit;
      const breached = quotas.filter((q) => {
        const today = roster.filter((r) => r.unit === q.unit && r.rank === q.rank).length;
        const after = roster.filter((r, i) => end(i) === q.unit && r.rank === q.rank).length;
        return after > Math.max(q.quota, today);
      });
      const expected = moves.filter((m) => breached.some((q) => q.unit === m.to.unit && m.cadre!.unit !== q.unit && q.rank === m.cadre!.rank))
        .flatMap((m) => breached.filter((q) => q.unit === m.to.unit && q.rank === m.cadre!.rank).map(() => m.planRow));
      const found = validatePlan(check, moves, [], settings()).violations.filter((v) => v.rule === 'over-quota').map((v) => v.planRow);
      expect([...found].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
      if (found.length > 0) flagged += 1;
    }), { numRuns: 300, seed: 17 });
    // The rule bites in a fair share of the cases.
    expect(flagged).toBeGreaterThan(30);
  });
});
