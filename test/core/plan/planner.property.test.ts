import fc from 'fast-check';
import { planSwaps } from '../../../src/core/plan/planner';
import { Plan } from '../../../src/core/plan/planTypes';
import { Vacancy } from '../../../src/core/plan/vacancies';
import { CheckResult } from '../../../src/core/check';
import { checkOf, settings } from '../../helpers';
import { caseArb } from './arbitraries';
import { OracleInput, bestPlan, moversAndPosts, scoreOf } from '../../../bench/bruteForce';
import { runs } from '../runs';

const oracleInput = (check: CheckResult, vacancies: Vacancy[], includeSuggested: boolean): OracleInput => ({
  check, vacancies, includeSuggested, noReturnYears: 5, keyVacancy: (v) => /财务|审计/u.test(v.unit),
});

/** Where each cadre ends: the plan's target unit for a placed mover, their unit for everyone else. */
function endUnits(check: CheckResult, plan: Plan): string[] {
  const target = new Map(plan.assignments.map((a) => [a.mover.cadre, a.to.unit]));
  return check.checked.map(({ cadre }) => target.get(cadre) ?? cadre.unit);
}

describe('the planner on generated rosters, against brute force', () => {
  it('places as many as any plan can and, among those, pays the least, relatives included', () => {
    let coupled = 0;
    let busy = 0;
    const total = runs(400);
    fc.assert(
      fc.property(caseArb, ({ rows, vacancies, includeSuggested }) => {
        const check = checkOf(rows);
        const input = oracleInput(check, vacancies, includeSuggested);
        const { movers, relatives } = moversAndPosts(input);
        // The brute force would take too long past seven movers.
        fc.pre(movers.length <= 7);
        if (movers.some((m) => movers.some((o) => relatives[m.index].has(o.index)))) coupled += 1;
        const plan = planSwaps(check, vacancies, settings({ includeSuggested, competitionShare: 0 }));
        if (plan.assignments.length >= 2) busy += 1;
        expect(scoreOf(input, plan)).toEqual(bestPlan(input));
      }),
      { numRuns: total, seed: 13 },
    );
    // The cases are worth their name: many have relatives who both move, many place several.
    expect(coupled).toBeGreaterThan(total * 0.3);
    expect(busy).toBeGreaterThan(total * 0.3);
  });

  it('obeys every hard rule and fills each post at most once', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, vacancies, includeSuggested }) => {
        const check = checkOf(rows);
        const plan = planSwaps(check, vacancies, settings({ includeSuggested, competitionShare: 0 }));
        const { movers, relatives } = moversAndPosts(oracleInput(check, vacancies, includeSuggested));
        const ends = endUnits(check, plan);
        const index = new Map(check.checked.map((c, i) => [c.cadre, i]));
        expect(new Set(plan.assignments.map((a) => a.to)).size).toBe(plan.assignments.length);
        // A post is given only when its holder leaves it.
        const stayers = new Set(plan.unplaced.map((u) => u.mover.cadre));
        for (const { to } of plan.assignments) if (to.freedBy) expect(stayers.has(to.freedBy)).toBe(false);
        for (const { mover, to } of plan.assignments) {
          const i = index.get(mover.cadre)!;
          const m = movers.find((o) => o.index === i)!;
          expect(m).toBeDefined();
          expect(to.unit).not.toBe(mover.cadre.unit);
          expect(to.rank).toBe(mover.cadre.rank);
          for (const other of relatives[i]) expect(ends[other]).not.toBe(to.unit);
          expect(m.closed.has(to.unit)).toBe(false);
        }
        expect(plan.assignments.length + plan.unplaced.length).toBe(movers.length);
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives the same plan for the same roster', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, vacancies }) => {
        const summary = (plan: Plan) => plan.assignments.map((a) => `${a.mover.cadre.row}>${a.to.unit}/${a.to.post}`).join(',');
        expect(summary(planSwaps(checkOf(rows), vacancies, settings()))).toBe(summary(planSwaps(checkOf(rows), vacancies, settings())));
      }),
      { numRuns: runs(100) },
    );
  });
});
