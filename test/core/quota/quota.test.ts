import fc from 'fast-check';
import { planSwaps } from '../../../src/core/plan/planner';
import { Vacancy } from '../../../src/core/plan/vacancies';
import { CheckResult } from '../../../src/core/check';
import { Cadre } from '../../../src/core/roster/cadre';
import { quotaCounts, quotaExcess, quotaLineText, quotaLineTextEn } from '../../../src/core/quota/quota';
import { Quota, QuotaSheetNotFound, readQuotas } from '../../../src/core/quota/quotaSheet';
import { OracleInput, bestPlan, scoreOf } from '../../../bench/bruteForce';
import { checkOf, grid, Row, settings } from '../../helpers';
import { runs } from '../runs';

const quota = (unit: string, rank: string, count: number, post = ''): Quota => ({ row: 0, unit, rank, post, quota: count });

describe('readQuotas', () => {
  // As an office keeps it: a title, the header, a 合计 row, a note below.
  const sheet = grid('职数核定表', [
    ['某局内设机构领导职数核定表'],
    ['序号', '单位', '职级', '核定职数', '备注'],
    [1, '财务科', '正科', 1, null],
    [2, '财务科', '副科', '２', null],
    [3, '办公室', '副科', '两', null],
    [null, '合计', null, 3, null],
  ]);

  it('reads every row, full-width digits too, and lists a count it cannot read', () => {
    const { sheet: name, quotas, problems } = readQuotas([sheet], []);
    expect(name).toBe('职数核定表');
    expect(quotas).toEqual([
      { row: 3, unit: '财务科', rank: '正科', post: '', quota: 1 },
      { row: 4, unit: '财务科', rank: '副科', post: '', quota: 2 },
    ]);
    expect(problems).toEqual([{ sheet: '职数核定表', row: 5, column: '核定职数', message: '核定职数"两"无效,应为整数', issue: { kind: 'badQuotaCount', text: '两' } }]);
  });
  it('is not the vacancy sheet, nor the roster', () => {
    const vacancies = grid('空缺岗位', [['单位', '职务', '职级', '数量'], ['办公室', '副主任', '副科', 1]]);
    const roster = grid('花名册', [['姓名', '单位', '职级', '核定职数'], ['张三', '办公室', '副科', 1]]);
    expect(readQuotas([vacancies, roster], []).quotas).toEqual([]);
  });
  it('reads a sheet named by the user, with posts instead of ranks', () => {
    const byPost = grid('领导职数', [['部门', '职务', '职数'], ['办公室', '主任', 1]]);
    expect(readQuotas([byPost], [], '领导职数').quotas).toEqual([{ row: 2, unit: '办公室', rank: '', post: '主任', quota: 1 }]);
    expect(() => readQuotas([byPost], [], '职数')).toThrow(QuotaSheetNotFound);
  });
});

describe('quotaCounts and quotaExcess', () => {
  // Built in each test, so that a mutation run counts the code they reach as covered by that test.
  let check: CheckResult;
  let cadres: Cadre[];
  beforeEach(() => {
    check = checkOf([
      { name: '甲', unit: '财务科', post: '科长', rank: '正科' },
      { name: '乙', unit: '财务科', post: '副科长', rank: '副科' },
      { name: '丙', unit: '财务科', post: '副科长', rank: '副科级' },
      { name: '丁', unit: '办公室', post: '副主任', rank: '副科' },
    ]);
    cadres = check.checked.map((entry) => entry.cadre);
  });
  const quotas = [quota('财务科', '副科', 1), quota('办公室', '副科', 2), quota('办公室', '', 1, '主任')];

  it('counts today: 财务科 has two 副科 for one post, 办公室 one for two, no 正职 for its 主任', () => {
    const lines = quotaCounts(cadres, [], quotas);
    expect(lines.map(({ count, over, under }) => [count, over, under])).toEqual([[2, 1, 0], [1, 0, 1], [0, 0, 1]]);
    expect(lines.map((line) => quotaLineText(line))).toEqual([
      '财务科 副科:核定1,实有2,超职数1', '办公室 副科:核定2,实有1,空缺1', '办公室 主任:核定1,实有0,空缺1',
    ]);
    expect(quotaLineTextEn(lines[0])).toBe('财务科, 副科: quota 1, 2 in post, 1 over quota');
  });
  it('counts after moves, and the moves given are not changed', () => {
    const moves = Object.freeze([{ cadre: cadres[1], unit: '办公室', post: '副主任' }, { cadre: cadres[0], unit: '办公室', post: '主任' }]);
    expect(quotaExcess(cadres, moves, quotas)).toEqual([]);
    expect(quotaCounts(cadres, moves, quotas).map((line) => line.count)).toEqual([1, 2, 1]);
    expect(quotaExcess(cadres, [{ cadre: cadres[3], unit: '财务科' }], quotas).map((line) => line.over)).toEqual([2]);
  });
});

describe('the planner under quotas', () => {
  it('leaves a vacancy open rather than take a unit over its quota', () => {
    const check = checkOf([
      { name: '甲', unit: '财务科', rank: '科员', postStart: '2015.01' },
      { name: '乙', unit: '办公室', rank: '科员' },
      { name: '丙', unit: '宣传科', rank: '科员' },
    ]);
    const vacancy: Vacancy[] = [{ row: 2, unit: '办公室', post: '科员', rank: '科员' }];
    const open = planSwaps(check, vacancy, settings({ competitionShare: 0 }));
    expect(open.assignments.map((a) => a.to.unit)).toEqual(['办公室']);
    const capped = planSwaps(check, vacancy, settings({ competitionShare: 0 }), [quota('办公室', '科员', 1)]);
    expect(capped.assignments).toEqual([]);
    expect(capped.unplaced.map((u) => u.mover.cadre.name)).toEqual(['甲']);
    expect(capped.warnings).toEqual(['办公室 科员已满核定职数1,空缺岗位(第2行)未安排']);
    expect(open.warnings).toEqual([]);
  });
});

// Generated small rosters, each with quotas; the best plan by brute force under the same rule.
const UNITS = ['办公室', '财务科', '审计科'];
const RANKS = ['科员', '副科'];
const NAMES = ['甲', '乙', '丙', '丁', '戊', '己'];
const rowArb: fc.Arbitrary<Row> = fc.record({
  name: fc.constantFrom(...NAMES),
  unit: fc.constantFrom(...UNITS),
  rank: fc.constantFrom(...RANKS),
  postStart: fc.integer({ min: 2012, max: 2024 }).map((year) => `${year}.03`),
  relatives: fc.oneof(fc.constant(''), fc.constant(''), fc.constantFrom(...NAMES).map((name) => `${name}(配偶)`)),
  wish: fc.oneof(fc.constant(''), fc.constantFrom(...UNITS)),
});
const vacancyArb = fc.array(fc.record({ unit: fc.constantFrom(...UNITS), rank: fc.constantFrom(...RANKS) }), { maxLength: 3 })
  .map((list) => list.map(({ unit, rank }, k): Vacancy => ({ row: k + 2, unit, post: rank === '副科' ? '副科长' : '科员', rank })));
const quotaArb = fc.array(fc.record({ unit: fc.constantFrom(...UNITS), rank: fc.constantFrom(...RANKS), count: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 6 })
  .map((list) => list.map(({ unit, rank, count }) => quota(unit, rank, count)));
const caseArb = fc.record({ rows: fc.array(rowArb, { minLength: 2, maxLength: 7 }), vacancies: vacancyArb, quotas: quotaArb });

describe('plans on generated rosters with quotas', () => {
  it('never take a unit over quota, and place and pay as the best plan under the rule does', () => {
    let limited = 0;
    const total = runs(300);
    fc.assert(
      fc.property(caseArb, ({ rows, vacancies, quotas }) => {
        const check = checkOf(rows);
        const cadres = check.checked.map((entry) => entry.cadre);
        // The rule, counted here by plain loops: no unit ends with more of a rank than max(quota, today).
        // A vacancy filled is a mover who ends in its unit, so where every cadre ends says it all.
        const within = (endUnit: (cadre: number) => string): boolean => quotas.every((q) => {
          const today = cadres.filter((c) => c.unit === q.unit && c.rank === q.rank).length;
          const after = cadres.filter((c, i) => endUnit(i) === q.unit && c.rank === q.rank).length;
          return after <= Math.max(q.quota, today);
        });
        const input: OracleInput = {
          check, vacancies, includeSuggested: false, noReturnYears: 5, keyVacancy: (v) => /财务|审计/u.test(v.unit),
          endsAllowed: within,
        };
        const best = bestPlan(input);
        const plan = planSwaps(check, vacancies, settings({ competitionShare: 0 }), quotas);
        const free = bestPlan({ ...input, endsAllowed: undefined });
        if (free.placed !== best.placed || free.cost !== best.cost) limited += 1;
        expect(scoreOf(input, plan)).toEqual(best);
        const moves = plan.assignments.map((a) => ({ cadre: a.mover.cadre, unit: a.to.unit, post: a.to.post }));
        const target = new Map(moves.map((m) => [m.cadre, m.unit]));
        expect(within((i) => target.get(cadres[i]) ?? cadres[i].unit)).toBe(true);
        // quotaExcess agrees: whatever it finds over quota after the plan was over quota before it, and no further.
        const before = new Map(quotaCounts(cadres, [], quotas).map((line) => [line.quota, line.count]));
        for (const line of quotaExcess(cadres, moves, quotas)) expect(line.count).toBeLessThanOrEqual(before.get(line.quota)!);
      }),
      { numRuns: total, seed: 16 },
    );
    // The quotas bind in a fair share of the cases, so the test is about them.
    expect(limited).toBeGreaterThan(total / 15);
  });
});
