/**
 * Minimum-cost transportation: sources with supplies, sinks with capacities, a whole-number cost per
 * allowed pair. Ships as much as any plan can and, among those plans, one of least total cost, by the
 * primal-dual method (successive shortest paths, many at a time): every source first ships what it can
 * along its cheapest pairs (a row reduction); then, in phases, one Dijkstra search with a binary heap from
 * all sources still waiting finds the shortest distance to a sink with room and updates the potentials,
 * and depth-first searches push as much as they can along paths of zero reduced cost, moving earlier
 * shipments aside. One extra sink, "unserved", takes any amount at a price above every real plan's total,
 * so the least-cost answer ships the most first.
 *
 * Invariants: reduced costs are never negative; shipments run along pairs of zero reduced cost; every sink
 * with room has potential 0 and every other sink a potential ≤ 0, so a search may stop at the first sink
 * with room it settles (or reaches at the distance it is settling), and only the nodes it settled change
 * potential.
 */
import { solveDense } from './lap';
import { MinHeap } from './minHeap';

/** A cost that marks a pair as impossible. */
export const FORBIDDEN = Number.POSITIVE_INFINITY;

export interface TransportProblem {
  supplies: ArrayLike<number>;
  capacities: ArrayLike<number>;
  /**
   * cost(source, sink), or the same as one dense array, cost[source * sinks + sink]; FORBIDDEN where not
   * allowed; finite costs must be non-negative whole numbers. The array is never changed.
   */
  cost: ((source: number, sink: number) => number) | Float64Array;
}

/** One shipment: `amount` units from `source` to `sink`. */
export interface Shipment {
  source: number;
  sink: number;
  amount: number;
}

export interface TransportResult {
  /** The shipments, by source then sink. */
  shipments: Shipment[];
  shipped: number;
  totalCost: number;
}

/**
 * Solves the problem. Deterministic: sources and sinks are tried in index order.
 * ```
 * solveTransport({ supplies: [2], capacities: [1, 1], cost: (_, j) => j }).shipped // 2
 * ```
 */
export function solveTransport(problem: TransportProblem): TransportResult {
  const cost = denseCost(problem);
  return isUnit(problem) ? solveUnit(problem, cost) : new Transport(problem, cost).solve();
}

/** The costs as one dense array, row by row: the solvers' inner loops then read memory in order. */
function denseCost({ supplies, capacities, cost }: TransportProblem): Float64Array {
  const rows = supplies.length;
  const columns = capacities.length;
  if (typeof cost !== 'function') {
    if (cost.length !== rows * columns) throw new RangeError(`${cost.length} costs for ${rows} × ${columns} pairs`);
    return cost;
  }
  const dense = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i += 1) for (let j = 0; j < columns; j += 1) dense[i * columns + j] = cost(i, j);
  return dense;
}

const isUnit = ({ supplies, capacities }: TransportProblem): boolean =>
  Array.prototype.every.call(supplies, (s: number) => s === 1) && Array.prototype.every.call(capacities, (c: number) => c === 1);

/** Every supply and capacity one: an assignment, solved over dense arrays (lap.ts). */
function solveUnit(problem: TransportProblem, cost: Float64Array): TransportResult {
  const rows = problem.supplies.length;
  const columns = problem.capacities.length;
  const { columnOf } = solveDense(rows, columns, cost);
  const shipments: Shipment[] = [];
  let totalCost = 0;
  columnOf.forEach((sink, source) => {
    if (sink < 0) return;
    shipments.push({ source, sink, amount: 1 });
    totalCost += cost[source * columns + sink];
  });
  return { shipments, shipped: shipments.length, totalCost };
}

/** The solver's state; methods rather than closures, so that the engine optimizes them once for all runs. */
class Transport {
  private readonly C: number;
  private readonly R: number;
  private readonly T: number;
  /** The problem's costs, cost[i * R + j], read in place; the last sink, "unserved", costs `unserved` from every source. */
  private readonly cost: Float64Array;
  private readonly unserved: number;
  private readonly supply: Int32Array;
  private readonly room: Int32Array;
  /** Amounts shipped, by i * T + j: at most sources + sinks pairs carry flow, so a map, not a C × T array. */
  private readonly flow = new Map<number, number>();
  /** Sources with flow into each sink. */
  private readonly into: number[][];
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly done: Uint8Array;
  private readonly heap = new MinHeap();
  private readonly touched: number[] = [];
  private readonly settled: number[] = [];

  constructor(problem: TransportProblem, cost: Float64Array) {
    const C = problem.supplies.length;
    const R = problem.capacities.length;
    const T = R + 1;
    this.C = C;
    this.R = R;
    this.T = T;
    this.cost = cost;
    let maxCost = 0;
    let totalSupply = 0;
    for (let i = 0; i < C; i += 1) totalSupply += problem.supplies[i];
    for (let k = 0; k < cost.length; k += 1) if (cost[k] !== FORBIDDEN && cost[k] > maxCost) maxCost = cost[k];
    // Serving one more unit must beat any saving in cost: the price of not serving exceeds every real total.
    this.unserved = (maxCost + 1) * (totalSupply + 1);
    this.supply = Int32Array.from(problem.supplies);
    this.room = new Int32Array(T);
    for (let j = 0; j < R; j += 1) this.room[j] = problem.capacities[j];
    this.room[R] = totalSupply;
    this.into = Array.from({ length: T }, () => []);
    const N = C + T;
    this.potential = new Float64Array(N);
    this.dist = new Float64Array(N).fill(Number.POSITIVE_INFINITY);
    this.done = new Uint8Array(N);
  }

  private costOf(i: number, j: number): number {
    return j === this.R ? this.unserved : this.cost[i * this.R + j];
  }

  solve(): TransportResult {
    this.rowReduction();
    while (this.search()) this.pushAlongTightPaths();
    const { R, T, flow } = this;
    const shipments: Shipment[] = [];
    let shipped = 0;
    let totalCost = 0;
    for (const key of [...flow.keys()].sort((a, b) => a - b)) {
      const i = Math.floor(key / T);
      const j = key - i * T;
      if (j === R) continue;
      const amount = flow.get(key)!;
      shipments.push({ source: i, sink: j, amount });
      shipped += amount;
      totalCost += amount * this.cost[i * R + j];
    }
    return { shipments, shipped, totalCost };
  }

  private ship(i: number, j: number, amount: number): void {
    const key = i * this.T + j;
    const before = this.flow.get(key) ?? 0;
    if (before + amount === 0) {
      this.flow.delete(key);
      this.into[j].splice(this.into[j].indexOf(i), 1);
    } else {
      this.flow.set(key, before + amount);
      if (before === 0) this.into[j].push(i);
    }
    this.supply[i] -= amount;
    this.room[j] -= amount;
  }

  /** Each source ships along its cheapest pairs while they have room; potentials make those pairs tight. */
  private rowReduction(): void {
    const { C, R, T, cost, supply, room, unserved } = this;
    for (let i = 0; i < C; i += 1) {
      const row = i * R;
      let least = unserved;
      for (let j = 0; j < R; j += 1) if (cost[row + j] < least) least = cost[row + j];
      this.potential[i] = -least;
      for (let j = 0; j < T && supply[i] > 0; j += 1) {
        if (room[j] > 0 && this.costOf(i, j) === least) this.ship(i, j, Math.min(supply[i], room[j]));
      }
    }
  }
  private relax(v: number, d: number): void {
    if (this.done[v] || d >= this.dist[v]) return;
    if (this.dist[v] === Number.POSITIVE_INFINITY) this.touched.push(v);
    this.dist[v] = d;
    this.heap.push(d, v);
  }

  /** The highest potential among sources still waiting, or undefined when none waits. */
  private waitingTop(): number | undefined {
    let top: number | undefined;
    for (let i = 0; i < this.C; i += 1) if (this.supply[i] > 0 && (top === undefined || this.potential[i] > top)) top = this.potential[i];
    return top;
  }

  /**
   * Dijkstra over reduced costs from every waiting source at once (each starting at its potential's gap
   * below the highest, the reduced cost of an arc from a common root), through sinks already full
   * (stepping back along a shipment to its source), to the nearest sink with room. Updates the potentials
   * of the settled nodes, which makes every shortest path tight. False when nothing waits.
   */
  private search(): boolean {
    const { C, R, cost, potential, dist, done, heap, settled } = this;
    const top = this.waitingTop();
    if (top === undefined) return false;
    for (let i = 0; i < C; i += 1) if (this.supply[i] > 0) this.relax(i, top - potential[i]);
    let target = -1;
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      settled.push(u);
      const d = dist[u];
      if (u >= C) {
        const j = u - C;
        if (this.room[j] > 0) { target = u; break; }
        for (const i of this.into[j]) this.relax(i, d - this.costOf(i, j) - potential[i] + potential[u]);
      } else {
        const pu = potential[u];
        const row = u * R;
        for (let j = 0; j < R; j += 1) {
          const c = cost[row + j];
          if (c === FORBIDDEN) continue;
          const distance = d + c + pu - potential[C + j];
          this.relax(C + j, distance);
          // A sink with room as near as the node being settled is as near as any node left: the search ends.
          if (distance === d && this.room[j] > 0) { target = C + j; break; }
        }
        if (target >= 0) break;
        this.relax(C + R, d + this.unserved + pu - potential[C + R]);
      }
    }
    // The "unserved" sink always has room, so a target is always found.
    const reach = dist[target];
    for (const v of settled) potential[v] += dist[v] - reach;
    for (const v of this.touched) { dist[v] = Number.POSITIVE_INFINITY; done[v] = 0; }
    this.touched.length = 0;
    settled.length = 0;
    heap.clear();
    return true;
  }

  /**
   * Pushes flow from the waiting sources of highest potential (those the last search reached first) along
   * paths of zero reduced cost to sinks with room, depth first, until no such path is left or found. A
   * path missed here is found by the next search at distance 0, so this only needs to be quick.
   */
  private pushAlongTightPaths(): void {
    const { C, R, T, cost, potential, supply, room, flow, into } = this;
    const top = this.waitingTop()!;
    const dead = this.done; // reused: cleared below
    const onPath = new Uint8Array(C + T);
    // The next sink a source tries, and the next of a sink's shippers it tries: each list is scanned once.
    const next = new Int32Array(C + T);
    const stack: number[] = [];
    for (let s = 0; s < C; s += 1) {
      if (supply[s] === 0 || potential[s] !== top) continue;
      while (supply[s] > 0 && !dead[s]) {
        stack.push(s);
        onPath[s] = 1;
        while (stack.length > 0) {
          const u = stack[stack.length - 1];
          if (u >= C && room[u - C] > 0) break;
          let v = -1;
          if (u < C) {
            const row = u * R;
            const pu = potential[u];
            for (let j = next[u]; j < T; j += 1) {
              if (dead[C + j] || onPath[C + j]) continue;
              const c = j === R ? this.unserved : cost[row + j];
              if (c !== FORBIDDEN && c + pu - potential[C + j] === 0) { v = C + j; next[u] = j; break; }
            }
            if (v < 0) next[u] = T;
          } else {
            const shippers = into[u - C];
            for (let k = next[u]; k < shippers.length; k += 1) {
              const i = shippers[k];
              if (!dead[i] && !onPath[i]) { v = i; next[u] = k + 1; break; }
            }
          }
          if (v < 0) {
            dead[u] = 1;
            onPath[u] = 0;
            stack.pop();
          } else {
            onPath[v] = 1;
            stack.push(v);
          }
        }
        if (stack.length === 0) break;
        // stack: s, sink, source, sink, …, sink with room. Forward pairs gain, backward pairs lose.
        let amount = Math.min(supply[s], room[stack[stack.length - 1] - C]);
        for (let k = 1; k + 1 < stack.length; k += 2) amount = Math.min(amount, flow.get(stack[k + 1] * T + (stack[k] - C))!);
        for (let k = 0; k + 1 < stack.length; k += 2) {
          this.ship(stack[k], stack[k + 1] - C, amount);
          if (k + 2 < stack.length) this.ship(stack[k + 2], stack[k + 1] - C, -amount);
          next[stack[k + 1]] = 0; // its shippers changed
        }
        for (const v of stack) onPath[v] = 0;
        stack.length = 0;
      }
    }
    dead.fill(0);
  }
}
