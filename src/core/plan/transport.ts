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
 * with room it settles, and only the nodes it settled change potential.
 */
import { MinHeap } from './minHeap';

/** A cost that marks a pair as impossible. */
export const FORBIDDEN = Number.POSITIVE_INFINITY;

export interface TransportProblem {
  supplies: ArrayLike<number>;
  capacities: ArrayLike<number>;
  /** cost(source, sink), FORBIDDEN where not allowed; finite costs must be non-negative whole numbers. */
  cost: (source: number, sink: number) => number;
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
  return new Transport(problem).solve();
}

/** The solver's state; methods rather than closures, so that the engine optimizes them once for all runs. */
class Transport {
  private readonly C: number;
  private readonly R: number;
  private readonly T: number;
  /** cost[i * T + j], the last sink being "unserved". */
  private readonly cost: Float64Array;
  private readonly supply: Int32Array;
  private readonly room: Int32Array;
  private readonly flow: Int32Array;
  /** Sources with flow into each sink. */
  private readonly into: number[][];
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly prev: Int32Array;
  private readonly done: Uint8Array;
  private readonly heap = new MinHeap();
  private readonly touched: number[] = [];
  private readonly settled: number[] = [];

  constructor(problem: TransportProblem) {
    const C = problem.supplies.length;
    const R = problem.capacities.length;
    const T = R + 1;
    this.C = C;
    this.R = R;
    this.T = T;
    this.cost = new Float64Array(C * T);
    let maxCost = 0;
    let totalSupply = 0;
    for (let i = 0; i < C; i += 1) {
      totalSupply += problem.supplies[i];
      for (let j = 0; j < R; j += 1) {
        const c = problem.cost(i, j);
        this.cost[i * T + j] = c;
        if (c !== FORBIDDEN && c > maxCost) maxCost = c;
      }
    }
    // Serving one more unit must beat any saving in cost: the price of not serving exceeds every real total.
    const unserved = (maxCost + 1) * (totalSupply + 1);
    for (let i = 0; i < C; i += 1) this.cost[i * T + R] = unserved;
    this.supply = Int32Array.from(problem.supplies);
    this.room = new Int32Array(T);
    for (let j = 0; j < R; j += 1) this.room[j] = problem.capacities[j];
    this.room[R] = totalSupply;
    this.flow = new Int32Array(C * T);
    this.into = Array.from({ length: T }, () => []);
    const N = C + T;
    this.potential = new Float64Array(N);
    this.dist = new Float64Array(N).fill(Number.POSITIVE_INFINITY);
    this.prev = new Int32Array(N).fill(-1);
    this.done = new Uint8Array(N);
  }

  solve(): TransportResult {
    this.rowReduction();
    while (this.search()) this.pushAlongTightPaths();
    const { C, R, T, flow } = this;
    const shipments: Shipment[] = [];
    let shipped = 0;
    let totalCost = 0;
    for (let i = 0; i < C; i += 1) {
      for (let j = 0; j < R; j += 1) {
        const amount = flow[i * T + j];
        if (amount === 0) continue;
        shipments.push({ source: i, sink: j, amount });
        shipped += amount;
        totalCost += amount * this.cost[i * T + j];
      }
    }
    return { shipments, shipped, totalCost };
  }

  private ship(i: number, j: number, amount: number): void {
    const key = i * this.T + j;
    const before = this.flow[key];
    this.flow[key] = before + amount;
    if (before + amount === 0) this.into[j].splice(this.into[j].indexOf(i), 1);
    else if (before === 0) this.into[j].push(i);
    this.supply[i] -= amount;
    this.room[j] -= amount;
  }

  /** Each source ships along its cheapest pairs while they have room; potentials make those pairs tight. */
  private rowReduction(): void {
    const { C, T, cost, supply, room } = this;
    for (let i = 0; i < C; i += 1) {
      let least = Number.POSITIVE_INFINITY;
      for (let j = 0; j < T; j += 1) least = Math.min(least, cost[i * T + j]);
      this.potential[i] = -least;
      for (let j = 0; j < T && supply[i] > 0; j += 1) {
        if (cost[i * T + j] === least && room[j] > 0) this.ship(i, j, Math.min(supply[i], room[j]));
      }
    }
  }

  private relax(v: number, d: number, from: number): void {
    if (this.done[v] || d >= this.dist[v]) return;
    if (this.dist[v] === Number.POSITIVE_INFINITY) this.touched.push(v);
    this.dist[v] = d;
    this.prev[v] = from;
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
    const { C, T, cost, potential, dist, done, heap, settled } = this;
    const top = this.waitingTop();
    if (top === undefined) return false;
    for (let i = 0; i < C; i += 1) if (this.supply[i] > 0) this.relax(i, top - potential[i], -1);
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
        for (const i of this.into[j]) this.relax(i, d - cost[i * T + j] - potential[i] + potential[u], u);
      } else {
        const pu = potential[u];
        const row = u * T;
        for (let j = 0; j < T; j += 1) {
          const c = cost[row + j];
          if (c !== FORBIDDEN) this.relax(C + j, d + c + pu - potential[C + j], u);
        }
      }
    }
    // The "unserved" sink always has room, so a target is always found.
    const reach = dist[target];
    for (const v of settled) potential[v] += dist[v] - reach;
    for (const v of this.touched) { dist[v] = Number.POSITIVE_INFINITY; this.prev[v] = -1; done[v] = 0; }
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
    const { C, T, cost, potential, supply, room, flow } = this;
    const top = this.waitingTop()!;
    const dead = this.done; // reused: cleared below
    const onPath = new Uint8Array(C + T);
    const next = new Int32Array(C + T);
    const stack: number[] = [];
    const tight = (i: number, j: number): boolean => cost[i * T + j] !== FORBIDDEN && cost[i * T + j] + potential[i] - potential[C + j] === 0;
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
            for (let j = next[u]; j < T && v < 0; j = ++next[u]) if (!dead[C + j] && !onPath[C + j] && tight(u, j)) v = C + j;
          } else {
            for (const i of this.into[u - C]) if (!dead[i] && !onPath[i]) { v = i; break; }
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
        for (let k = 1; k + 1 < stack.length; k += 2) amount = Math.min(amount, flow[stack[k + 1] * T + (stack[k] - C)]);
        for (let k = 0; k + 1 < stack.length; k += 2) {
          this.ship(stack[k], stack[k + 1] - C, amount);
          if (k + 2 < stack.length) this.ship(stack[k + 2], stack[k + 1] - C, -amount);
        }
        for (const v of stack) onPath[v] = 0;
        stack.length = 0;
      }
    }
    dead.fill(0);
  }
}
