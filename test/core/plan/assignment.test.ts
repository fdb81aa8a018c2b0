import fc from 'fast-check';
import { munkres } from 'munkres';
import { FORBIDDEN, solveAssignment } from '../../../src/core/plan/assignment';
import { runs } from '../runs';

/** Every injective partial assignment, by brute force: the most pairs, then the least cost. */
function bruteForce(cost: number[][]): { matched: number; totalCost: number } {
  const rows = cost.length;
  const columns = cost[0]?.length ?? 0;
  let best = { matched: 0, totalCost: 0 };
  const used = new Array(columns).fill(false);
  const walk = (row: number, matched: number, total: number): void => {
    if (row === rows) {
      if (matched > best.matched || (matched === best.matched && total < best.totalCost)) best = { matched, totalCost: total };
      return;
    }
    walk(row + 1, matched, total);
    for (let c = 0; c < columns; c += 1) {
      if (used[c] || cost[row][c] === FORBIDDEN) continue;
      used[c] = true;
      walk(row + 1, matched + 1, total + cost[row][c]);
      used[c] = false;
    }
  };
  walk(0, 0, 0);
  return best;
}

const solve = (cost: number[][]) => solveAssignment({ rows: cost.length, columns: cost[0]?.length ?? 0, cost: (r, c) => cost[r][c] });

describe('solveAssignment', () => {
  it('finds the cheapest perfect assignment', () => {
    const result = solve([[4, 1, 3], [2, 0, 5], [3, 2, 2]]);
    expect(Array.from(result.columnOf)).toEqual([1, 0, 2]);
    expect(result.totalCost).toBe(5);
  });

  it('places everyone where taking the cheapest post in row order would strand someone', () => {
    // Row 0 prefers column 0, the only column row 1 may take.
    const result = solve([[1, 5], [2, FORBIDDEN]]);
    expect(Array.from(result.columnOf)).toEqual([1, 0]);
    expect(result.matched).toBe(2);
  });

  it('never uses a forbidden pair, even when that leaves a row unmatched', () => {
    const result = solve([[FORBIDDEN, FORBIDDEN], [1, 2]]);
    expect(Array.from(result.columnOf)).toEqual([-1, 0]);
  });

  it('handles more rows than columns and empty problems', () => {
    const result = solve([[3], [1], [2]]);
    expect(Array.from(result.columnOf)).toEqual([-1, 0, -1]);
    expect(solve([]).matched).toBe(0);
  });

  it('matches brute force on small random problems: most pairs, then least cost', () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(FORBIDDEN));
    const matrix = fc.integer({ min: 1, max: 6 }).chain((rows) =>
      fc.integer({ min: 1, max: 6 }).chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
    );
    fc.assert(
      fc.property(matrix, (cost) => {
        const result = solve(cost);
        const expected = bruteForce(cost);
        expect({ matched: result.matched, totalCost: result.totalCost }).toEqual(expected);
        const columns = Array.from(result.columnOf).filter((c) => c >= 0);
        expect(new Set(columns).size).toBe(columns.length);
      }),
      { numRuns: runs(400) },
    );
  });

  it('matches brute force where row reduction leaves many rows to the shortest paths', () => {
    // Products a[i]·b[j] make every row prefer the same columns: the reductions settle few rows, so
    // several augmenting paths run one after another and each depends on the duals the last one left.
    const side = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 7 });
    const problem = fc.record({ a: side, b: side, forbidden: fc.array(fc.nat(48), { maxLength: 6 }) });
    fc.assert(
      fc.property(problem, ({ a, b, forbidden }) => {
        const cost = a.map((x, i) => b.map((y, j) => (forbidden.includes(i * b.length + j) ? FORBIDDEN : x * y)));
        const result = solve(cost);
        expect({ matched: result.matched, totalCost: result.totalCost }).toEqual(bruteForce(cost));
      }),
      { numRuns: runs(300) },
    );
  });

  it('matches munkres@2 on larger square problems full of equal costs', () => {
    // Few distinct costs make long runs of ties, where augmenting row reduction can cycle and the
    // shortest paths settle many columns at once; munkres@2 is an independent Hungarian implementation.
    const problem = fc.record({ n: fc.integer({ min: 20, max: 90 }), top: fc.integer({ min: 1, max: 4 }), seed: fc.integer() });
    fc.assert(
      fc.property(problem, ({ n, top, seed }) => {
        let state = seed >>> 0 || 1;
        const next = (): number => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state % (top + 1); };
        const cost = Array.from({ length: n }, () => Array.from({ length: n }, next));
        const theirs = munkres(cost).reduce((sum, [r, c]) => sum + cost[r][c], 0);
        const ours = solve(cost);
        expect({ matched: ours.matched, totalCost: ours.totalCost }).toEqual({ matched: n, totalCost: theirs });
      }),
      { numRuns: runs(60) },
    );
  });

  it('matches brute force where the row reduction stops at its bound on steps and passes a row on', () => {
    // In each, a pass of augmenting row reduction runs into its bound on steps (steps ≥ position × n) while
    // placing a row: on the first, at a column no row holds; on the second, displacing row 0.
    const cases = [
      [[4, 7, 3, 0], [4, 5, 2, 3], [7, 9, 4, 3]],
      [[24, 10, 28], [1, 10, 4], [12, 11, FORBIDDEN], [15, 16, 28]],
    ];
    for (const cost of cases) {
      const result = solve(cost);
      const pairs = Array.from(result.columnOf).flatMap((c, r) => (c < 0 ? [] : [[r, c]]));
      expect(new Set(pairs.map(([, c]) => c)).size).toBe(pairs.length);
      for (const [r, c] of pairs) expect(cost[r][c]).not.toBe(FORBIDDEN);
      expect({ matched: pairs.length, totalCost: pairs.reduce((sum, [r, c]) => sum + cost[r][c], 0) }).toEqual(bruteForce(cost));
      expect({ matched: result.matched, totalCost: result.totalCost }).toEqual(bruteForce(cost));
    }
  });

  it('gives the same answer every time', () => {
    const cost = [[1, 1, 1], [1, 1, 1], [1, 1, 1]];
    expect(Array.from(solve(cost).columnOf)).toEqual(Array.from(solve(cost).columnOf));
  });
});
