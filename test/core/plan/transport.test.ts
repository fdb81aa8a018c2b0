import fc from 'fast-check';
import { FORBIDDEN, TransportResult, solveTransport } from '../../../src/core/plan/transport';
import { runs } from '../runs';

/** The best plan by brute force over units: most shipped, then least cost. */
function bruteForce(supplies: number[], capacities: number[], cost: number[][]): { shipped: number; totalCost: number } {
  const units = supplies.flatMap((count, source) => new Array(count).fill(source));
  const room = [...capacities];
  let best = { shipped: 0, totalCost: 0 };
  const walk = (k: number, shipped: number, total: number): void => {
    if (k === units.length) {
      if (shipped > best.shipped || (shipped === best.shipped && total < best.totalCost)) best = { shipped, totalCost: total };
      return;
    }
    walk(k + 1, shipped, total);
    for (let j = 0; j < room.length; j += 1) {
      const c = cost[units[k]][j];
      if (room[j] === 0 || c === FORBIDDEN) continue;
      room[j] -= 1;
      walk(k + 1, shipped + 1, total + c);
      room[j] += 1;
    }
  };
  walk(0, 0, 0);
  return best;
}

const flowOf = (result: TransportResult, source: number, sink: number): number =>
  result.shipments.find((s) => s.source === source && s.sink === sink)?.amount ?? 0;

describe('solveTransport', () => {
  it('matches brute force with supplies and capacities above one', () => {
    const problem = fc.integer({ min: 1, max: 3 }).chain((sources) =>
      fc.integer({ min: 1, max: 3 }).chain((sinks) =>
        fc.record({
          supplies: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: sources, maxLength: sources }),
          capacities: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: sinks, maxLength: sinks }),
          cost: fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(FORBIDDEN)), { minLength: sinks, maxLength: sinks }), { minLength: sources, maxLength: sources }),
        })));
    fc.assert(
      fc.property(problem, ({ supplies, capacities, cost }) => {
        const result = solveTransport({ supplies, capacities, cost: (i, j) => cost[i][j] });
        expect({ shipped: result.shipped, totalCost: result.totalCost }).toEqual(bruteForce(supplies, capacities, cost));
        supplies.forEach((supply, i) => {
          const sent = capacities.reduce((sum, _, j) => sum + flowOf(result, i, j), 0);
          expect(sent).toBeLessThanOrEqual(supply);
        });
        capacities.forEach((capacity, j) => {
          const got = supplies.reduce((sum, _, i) => sum + flowOf(result, i, j), 0);
          expect(got).toBeLessThanOrEqual(capacity);
          supplies.forEach((_, i) => {
            if (cost[i][j] === FORBIDDEN) expect(flowOf(result, i, j)).toBe(0);
          });
        });
      }),
      { numRuns: runs(1000) },
    );
  });
});
