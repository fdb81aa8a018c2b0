import fc from 'fast-check';
import munkres from 'munkres-js';
import { planSwaps } from '../../../src/core/plan/planner';
import { rankKey } from '../../../src/core/plan/rankKey';
import { relativesIndex } from '../../../src/core/plan/relativesIndex';
import { Plan } from '../../../src/core/plan/planTypes';
import { CheckResult } from '../../../src/core/check';
import { addYears } from '../../../src/core/dates';
import { checkOf, Row, settings } from '../../helpers';

const UNITS = ['办公室', '财务科', '审计科', '档案室', '信息中心'];
const RANKS = ['科员', '副科', '正科'];
const NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑'];

const rowArb: fc.Arbitrary<Row> = fc.record({
  name: fc.constantFrom(...NAMES),
  unit: fc.constantFrom(...UNITS),
  rank: fc.constantFrom(...RANKS),
  postStart: fc.integer({ min: 2008, max: 2025 }).map((year) => `${year}.03`),
  remarks: fc.constantFrom('', '', '', '借调'),
  relatives: fc.oneof(fc.constant(''), fc.constant(''), fc.constantFrom(...NAMES).map((name) => `${name}(配偶)`)),
  history: fc.oneof(fc.constant(''), fc.constantFrom(...UNITS).map((unit) => `${unit}(2015.01-2023.06)`)),
  wish: fc.oneof(fc.constant(''), fc.constantFrom(...UNITS)),
});
const rosterArb = fc.array(rowArb, { minLength: 1, maxLength: 18 });

/** Where each cadre ends: the plan's target unit for a placed mover, their unit for everyone else. */
function endUnits(check: CheckResult, plan: Plan): string[] {
  const target = new Map(plan.assignments.map((a) => [a.mover.cadre, a.to.unit]));
  return check.checked.map(({ cadre }) => target.get(cadre) ?? cadre.unit);
}

/**
 * The most movers any plan can place, where a mover who is not placed keeps their post: the least number
 * of stayers in an assignment of movers to the movers' own posts in which a mover may "take" their own
 * post (stay) at price 1, an allowed move costs 0 and a forbidden one more than everyone staying.
 * Solved by munkres-js, an implementation independent of ours.
 */
function mostPlaceable(allowed: boolean[][]): number {
  const n = allowed.length;
  if (n === 0) return 0;
  const matrix = allowed.map((row, i) => row.map((ok, j) => (i === j ? 1 : ok ? 0 : n + 1)));
  const stayers = munkres(matrix).reduce((sum, [i, j]) => sum + matrix[i][j], 0);
  return n - stayers;
}

describe('the planner on generated rosters', () => {
  it('obeys every hard rule and fills each post at most once', () => {
    fc.assert(
      fc.property(rosterArb, fc.boolean(), (rows, includeSuggested) => {
        const check = checkOf(rows);
        const plan = planSwaps(check, [], settings({ includeSuggested }));
        const ends = endUnits(check, plan);
        const relatives = relativesIndex(check.checked.map((c) => c.cadre));
        const index = new Map(check.checked.map((c, i) => [c.cadre, i]));
        const since = addYears(check.asOf, -5);
        expect(new Set(plan.assignments.map((a) => a.to)).size).toBe(plan.assignments.length);
        // A post is given only when its holder leaves it.
        const stayers = new Set(plan.unplaced.map((u) => u.mover.cadre));
        for (const { to } of plan.assignments) if (to.freedBy) expect(stayers.has(to.freedBy)).toBe(false);
        for (const { mover, to } of plan.assignments) {
          const i = index.get(mover.cadre)!;
          expect(check.checked[i].status === 'due' || (includeSuggested && check.checked[i].status === 'suggested')).toBe(true);
          expect(to.unit).not.toBe(mover.cadre.unit);
          expect(to.rankKey).toBe(rankKey(mover.cadre.rank, mover.cadre.post));
          for (const other of relatives[i]) expect(ends[other]).not.toBe(to.unit);
          expect(mover.cadre.history.some((past) => past.unit === to.unit && past.left! >= since)).toBe(false);
        }
        expect(plan.assignments.length + plan.unplaced.length).toBe(plan.movers.length);
        for (const u of plan.unplaced) expect(u.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('places as many as any plan can, where no two movers are relatives', () => {
    fc.assert(
      fc.property(rosterArb, (rows) => {
        const check = checkOf(rows);
        const plan = planSwaps(check, [], settings());
        const relatives = relativesIndex(check.checked.map((c) => c.cadre));
        const moverIdx = check.checked.flatMap((c, i) => (c.status === 'due' ? [i] : []));
        const movers = new Set(moverIdx);
        fc.pre(moverIdx.every((i) => relatives[i].every((other) => !movers.has(other))));
        const since = addYears(check.asOf, -5);
        const posts = moverIdx.map((i) => check.checked[i].cadre);
        const allowed = moverIdx.map((i) => {
          const { cadre } = check.checked[i];
          const closed = new Set([cadre.unit, ...relatives[i].map((o) => check.checked[o].cadre.unit), ...cadre.history.filter((p) => p.left! >= since).map((p) => p.unit)]);
          return posts.map((post) => post.rank === cadre.rank && !closed.has(post.unit));
        });
        expect(plan.assignments.length).toBe(mostPlaceable(allowed));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same plan for the same roster', () => {
    fc.assert(
      fc.property(rosterArb, (rows) => {
        const summary = (plan: Plan) => plan.assignments.map((a) => `${a.mover.cadre.row}>${a.to.unit}/${a.to.post}`).join(',');
        expect(summary(planSwaps(checkOf(rows), [], settings()))).toBe(summary(planSwaps(checkOf(rows), [], settings())));
      }),
      { numRuns: 100 },
    );
  });
});
