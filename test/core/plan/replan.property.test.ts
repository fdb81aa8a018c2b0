import fc from 'fast-check';
import { KeepPlan, LockedMovesClash, planSwaps } from '../../../src/core/plan/planner';
import { cadreId } from '../../../src/core/sheets/planSheet';
import { checkOf, settings } from '../../helpers';
import { caseArb } from './arbitraries';
import { OracleInput, bestPlan, scoreOf } from '../../../bench/bruteForce';
import { runs } from '../runs';

const flags = fc.array(fc.boolean(), { minLength: 9, maxLength: 9 });

describe('planning again around locked moves, against brute force', () => {
  it('keeps every locked move, leaves out the deleted, and is as good as any plan for the rest', () => {
    let withLocks = 0;
    let replanned = 0;
    let clashes = 0;
    const total = runs(400);
    fc.assert(
      fc.property(caseArb, flags, flags, ({ rows, vacancies, includeSuggested }, lockFlags, deleteFlags) => {
        const check = checkOf(rows);
        const options = settings({ includeSuggested, competitionShare: 0 });
        const first = planSwaps(check, vacancies, options);
        fc.pre(first.movers.length <= 7);
        const index = new Map(check.checked.map((entry, i) => [entry.cadre, i]));
        const lockedMoves = first.assignments.filter((_, i) => lockFlags[i]);
        const locked = new Map(lockedMoves.map(({ mover, to }) => [index.get(mover.cadre)!, { unit: to.unit, post: to.post }]));
        // A deleted row: that mover does not move this round.
        const movable = new Set(first.movers.filter((_, i) => !deleteFlags[i]).map((mover) => index.get(mover.cadre)!));
        const keep: KeepPlan = {
          locked: lockedMoves.map(({ mover, to }) => ({ cadre: mover.cadre, to: { unit: to.unit, post: to.post } })),
          movable: new Set([...movable].map((i) => cadreId(check.checked[i].cadre))),
        };
        const input: OracleInput = { check, vacancies, includeSuggested, noReturnYears: 5, keyVacancy: (v) => /财务|审计/u.test(v.unit), locked, movable };
        const best = bestPlan(input);
        if (locked.size > 0) withLocks += 1;
        if (best.placed < 0) {
          clashes += 1;
          expect(() => planSwaps(check, vacancies, options, [], keep)).toThrow(LockedMovesClash);
          return;
        }
        const again = planSwaps(check, vacancies, options, [], keep);
        replanned += 1;
        for (const { mover, to } of lockedMoves) {
          const kept = again.assignments.find((a) => a.mover.cadre === mover.cadre);
          expect(kept && [kept.to.unit, kept.to.post, kept.locked]).toEqual([to.unit, to.post, true]);
        }
        for (const { mover } of again.assignments) expect(movable.has(index.get(mover.cadre)!) || locked.has(index.get(mover.cadre)!)).toBe(true);
        expect(scoreOf(input, again)).toEqual(best);
      }),
      { numRuns: total, seed: 21 },
    );
    expect(withLocks).toBeGreaterThan(total * 0.375);
    expect(replanned).toBeGreaterThan(total * 0.5);
    expect(clashes).toBeGreaterThan(total * 0.0125);
  });
});
