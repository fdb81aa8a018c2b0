import fc from 'fast-check';
import { FORBIDDEN, solveAssignment } from '../../../src/core/plan/assignment';
import { solveTransport } from '../../../src/core/plan/transport';

/**
 * The most pairs, then the least cost: every choice of a column or none for each row, counted through
 * in base columns + 1 (the digit `columns` meaning none), keeping the choices that use no column twice.
 */
function bruteForce(rows: number, columns: number, cost: Float64Array): { matched: number; totalCost: number } {
  let best = { matched: 0, totalCost: 0 };
  const choices = (columns + 1) ** rows;
  for (let code = 0; code < choices; code += 1) {
    const taken = new Set<number>();
    let rest = code;
    let matched = 0;
    let totalCost = 0;
    let allowed = true;
    for (let row = 0; row < rows && allowed; row += 1) {
      const column = rest % (columns + 1);
      rest = Math.floor(rest / (columns + 1));
      if (column === columns) continue;
      const price = cost[row * columns + column];
      allowed = price !== FORBIDDEN && !taken.has(column);
      taken.add(column);
      matched += 1;
      totalCost += price;
    }
    if (allowed && (matched > best.matched || (matched === best.matched && totalCost < best.totalCost))) best = { matched, totalCost };
  }
  return best;
}

const denseProblem = fc.integer({ min: 1, max: 5 }).chain((rows) =>
  fc.integer({ min: 1, max: 5 }).chain((columns) =>
    fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(FORBIDDEN)), { minLength: rows * columns, maxLength: rows * columns })
      .map((cells) => ({ rows, columns, cost: Float64Array.from(cells) }))));

describe('costs given as one dense array', () => {
  it('solveAssignment matches brute force and leaves the array as it was', () => {
    fc.assert(
      fc.property(denseProblem, ({ rows, columns, cost }) => {
        const before = Array.from(cost);
        const result = solveAssignment({ rows, columns, cost });
        expect({ matched: result.matched, totalCost: result.totalCost }).toEqual(bruteForce(rows, columns, cost));
        expect(Array.from(cost)).toEqual(before);
        const pairs = Array.from(result.columnOf).flatMap((c, r) => (c < 0 ? [] : [[r, c]]));
        expect(new Set(pairs.map(([, c]) => c)).size).toBe(pairs.length);
        for (const [r, c] of pairs) expect(cost[r * columns + c]).not.toBe(FORBIDDEN);
      }),
      { numRuns: 400 },
    );
  });

  it('solveTransport gives the same plan from the array as from the function, supplies above one too', () => {
    const problem = denseProblem.chain(({ rows, columns, cost }) => fc.record({
      supplies: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: rows, maxLength: rows }),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: columns, maxLength: columns }),
      cost: fc.constant(cost),
    }));
    fc.assert(
      fc.property(problem, ({ supplies, capacities, cost }) => {
        const before = Array.from(cost);
        const fromArray = solveTransport({ supplies, capacities, cost });
        const fromFunction = solveTransport({ supplies, capacities, cost: (i, j) => before[i * capacities.length + j] });
        expect(fromArray).toEqual(fromFunction);
        expect(Array.from(cost)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an array whose length is not sources × sinks', () => {
    expect(() => solveTransport({ supplies: [1, 1], capacities: [1, 1], cost: new Float64Array(3) })).toThrow(RangeError);
  });
});
