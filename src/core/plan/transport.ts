/**
 * Minimum-cost transportation: sources with supplies, sinks with capacities, a cost per allowed pair.
 * Ships as much as any plan can and, among those plans, one of least total cost, by successive shortest
 * paths with potentials (the Hungarian method generalized to counts): every source first ships what it
 * can along its cheapest pairs (a row reduction), then each unit still waiting is sent along a shortest
 * path over reduced costs, found by Dijkstra with a binary heap, that may move earlier shipments aside.
 * One extra sink, "unserved", takes any amount at a price above every real plan's total, so the least-cost
 * answer ships the most first.
 *
 * Invariant: every sink with room has potential 0 and every other sink a potential ≤ 0, so the first sink
 * with room that Dijkstra reaches ends a shortest path; only the nodes a search settles change potential.
 */
import { MinHeap } from './minHeap';

/** A cost that marks a pair as impossible. */
export const FORBIDDEN = Number.POSITIVE_INFINITY;

export interface TransportProblem {
  supplies: ArrayLike<number>;
  capacities: ArrayLike<number>;
  /** cost(source, sink), FORBIDDEN where not allowed; finite costs must be non-negative. */
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
 * Solves the problem. Deterministic: sources are served in index order, ties to the lowest sink.
 * ```
 * solveTransport({ supplies: [2], capacities: [1, 1], cost: (_, j) => j }).shipped // 2
 * ```
 */
export function solveTransport(problem: TransportProblem): TransportResult {
  const C = problem.supplies.length;
  const R = problem.capacities.length;
  const T = R + 1; // sink R is "unserved"
  const cost = new Float64Array(C * R);
  let maxCost = 0;
  let totalSupply = 0;
  for (let i = 0; i < C; i += 1) {
    totalSupply += problem.supplies[i];
    for (let j = 0; j < R; j += 1) {
      const c = problem.cost(i, j);
      cost[i * R + j] = c;
      if (c !== FORBIDDEN && c > maxCost) maxCost = c;
    }
  }
  // Serving one more unit must beat any saving in cost: the price of not serving exceeds every real total.
  const unserved = (maxCost + 1) * (totalSupply + 1);
  const costOf = (i: number, j: number): number => (j === R ? unserved : cost[i * R + j]);
  const supply = Int32Array.from(problem.supplies);
  const room = new Int32Array(T);
  for (let j = 0; j < R; j += 1) room[j] = problem.capacities[j];
  room[R] = totalSupply;
  const flow = new Map<number, number>(); // key i * T + j
  const into: number[][] = Array.from({ length: T }, () => []); // sources with flow into each sink
  const potential = new Float64Array(C + T);
  const ship = (i: number, j: number, amount: number): void => {
    const key = i * T + j;
    const before = flow.get(key) ?? 0;
    const after = before + amount;
    if (after === 0) {
      flow.delete(key);
      into[j].splice(into[j].indexOf(i), 1);
    } else {
      flow.set(key, after);
      if (before === 0) into[j].push(i);
    }
    supply[i] -= amount;
    room[j] -= amount;
  };
  rowReduction();
  const search = shortestPaths(C, T, costOf, room, into, potential);
  for (let s = 0; s < C; s += 1) {
    while (supply[s] > 0) {
      const path = search(s);
      let amount = Math.min(supply[s], room[path[0] - C]);
      for (let k = 1; k < path.length - 1; k += 2) amount = Math.min(amount, flow.get(path[k] * T + (path[k + 1] - C))!);
      // The path runs sink, source, sink, …, source s: forward pairs gain, backward pairs lose.
      for (let k = 0; k < path.length - 1; k += 2) {
        ship(path[k + 1], path[k] - C, amount);
        if (k + 2 < path.length) ship(path[k + 1], path[k + 2] - C, -amount);
      }
    }
  }
  const shipments: Shipment[] = [];
  let shipped = 0;
  let totalCost = 0;
  const keys = [...flow.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const i = Math.floor(key / T);
    const j = key - i * T;
    if (j === R) continue;
    const amount = flow.get(key)!;
    shipments.push({ source: i, sink: j, amount });
    shipped += amount;
    totalCost += amount * cost[i * R + j];
  }
  return { shipments, shipped, totalCost };

  /** Each source ships along its cheapest pairs while they have room; potentials make those pairs tight. */
  function rowReduction(): void {
    for (let i = 0; i < C; i += 1) {
      let least = unserved;
      for (let j = 0; j < R; j += 1) least = Math.min(least, cost[i * R + j]);
      potential[i] = -least;
      for (let j = 0; j < T && supply[i] > 0; j += 1) {
        if (costOf(i, j) === least && room[j] > 0) ship(i, j, Math.min(supply[i], room[j]));
      }
    }
  }
}

/**
 * Dijkstra over reduced costs from one source to the nearest sink with room, through sinks already
 * full (stepping back along a shipment to its source). Returns the path as node indexes from the sink
 * back to the source (sinks are C + j), and updates the potentials of the nodes it settled.
 */
function shortestPaths(
  C: number, T: number, costOf: (i: number, j: number) => number,
  room: Int32Array, into: number[][], potential: Float64Array,
): (source: number) => number[] {
  const N = C + T;
  const dist = new Float64Array(N).fill(Number.POSITIVE_INFINITY);
  const prev = new Int32Array(N).fill(-1);
  const done = new Uint8Array(N);
  const heap = new MinHeap();
  const touched: number[] = [];
  const settled: number[] = [];
  const relax = (v: number, d: number, from: number): void => {
    if (done[v] || d >= dist[v]) return;
    if (dist[v] === Number.POSITIVE_INFINITY) touched.push(v);
    dist[v] = d;
    prev[v] = from;
    heap.push(d, v);
  };
  return (source) => {
    relax(source, 0, -1);
    let target = -1;
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      settled.push(u);
      const d = dist[u];
      if (u >= C) {
        const j = u - C;
        if (room[j] > 0) { target = u; break; }
        for (const i of into[j]) relax(i, d - costOf(i, j) - potential[i] + potential[u], u);
      } else {
        const pu = potential[u];
        for (let j = 0; j < T; j += 1) {
          const c = costOf(u, j);
          if (c !== Number.POSITIVE_INFINITY) relax(C + j, d + c + pu - potential[C + j], u);
        }
      }
    }
    // The "unserved" sink always has room, so a target is always found.
    const reach = dist[target];
    for (const v of settled) potential[v] += dist[v] - reach;
    const path: number[] = [];
    for (let v = target; v >= 0; v = prev[v]) path.push(v);
    for (const v of touched) { dist[v] = Number.POSITIVE_INFINITY; prev[v] = -1; done[v] = 0; }
    touched.length = 0;
    settled.length = 0;
    heap.clear();
    return path;
  };
}
