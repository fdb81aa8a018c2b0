/**
 * Minimum-cost transportation: sources with supplies, sinks with capacities, a cost per allowed pair.
 * Ships as much as any plan can and, among those plans, one of least total cost, by successive shortest
 * paths with potentials (the Hungarian method generalized to counts, as Jonker and Volgenant shape it):
 * sources are served one at a time, each by a Dijkstra search over reduced costs that stops at the first
 * sink with room. One extra sink, "unserved", takes any amount at a price above every real plan's total,
 * so the least-cost answer ships the most first; and a later, cheaper source can still take a sink from an
 * earlier one by sending that one to "unserved" when nothing else is free.
 */

/** A cost that marks a pair as impossible. */
export const FORBIDDEN = Number.POSITIVE_INFINITY;

export interface TransportProblem {
  supplies: ArrayLike<number>;
  capacities: ArrayLike<number>;
  /** cost(source, sink), FORBIDDEN where not allowed; finite costs must be non-negative. */
  cost: (source: number, sink: number) => number;
}

export interface TransportResult {
  /** flow[source * sinks + sink]: how much goes from source to sink. */
  flow: Int32Array;
  shipped: number;
  totalCost: number;
}

/**
 * Solves the problem. Deterministic: sources are served in index order and ties go to the lowest index.
 * ```
 * solveTransport({ supplies: [2], capacities: [1, 1], cost: (_, j) => j }).shipped // 2
 * ```
 */
export function solveTransport(problem: TransportProblem): TransportResult {
  const C = problem.supplies.length;
  const realSinks = problem.capacities.length;
  const T = realSinks + 1; // the last sink is "unserved"
  const N = C + T; // nodes: sources 0..C-1, sinks C..C+T-1
  const cost = new Float64Array(C * T);
  let maxCost = 0;
  for (let i = 0; i < C; i += 1) {
    for (let j = 0; j < realSinks; j += 1) {
      const c = problem.cost(i, j);
      cost[i * T + j] = c;
      if (c !== FORBIDDEN && c > maxCost) maxCost = c;
    }
  }
  let totalSupply = 0;
  for (let i = 0; i < C; i += 1) totalSupply += problem.supplies[i];
  // Serving one more unit must beat any saving in cost: the price of not serving exceeds every real total.
  const unserved = (maxCost + 1) * (totalSupply + 1);
  for (let i = 0; i < C; i += 1) cost[i * T + realSinks] = unserved;
  const flow = new Int32Array(C * T);
  const supply = Int32Array.from(problem.supplies);
  const room = new Int32Array(T);
  room.set(Array.from(problem.capacities));
  room[realSinks] = totalSupply;
  const potential = new Float64Array(N);
  const dist = new Float64Array(N);
  const prev = new Int32Array(N);
  const done = new Uint8Array(N);
  let shipped = 0;
  for (let s = 0; s < C; s += 1) {
    while (supply[s] > 0) {
      const target = shortestPath(s);
      if (target < 0) break;
      shipped += augment(s, target);
    }
  }
  const result = new Int32Array(C * realSinks);
  let totalCost = 0;
  for (let i = 0; i < C; i += 1) {
    for (let j = 0; j < realSinks; j += 1) {
      const k = i * T + j;
      result[i * realSinks + j] = flow[k];
      if (flow[k] > 0) totalCost += flow[k] * cost[k];
    }
    shipped -= flow[i * T + realSinks];
  }
  return { flow: result, shipped, totalCost };

  /** Dijkstra from source s over reduced costs; the nearest sink with room, or -1. Updates potentials. */
  function shortestPath(s: number): number {
    dist.fill(Number.POSITIVE_INFINITY);
    done.fill(0);
    dist[s] = 0;
    prev[s] = -1;
    let target = -1;
    for (;;) {
      let u = -1;
      let best = Number.POSITIVE_INFINITY;
      for (let v = 0; v < N; v += 1) if (!done[v] && dist[v] < best) { best = dist[v]; u = v; }
      if (u < 0) break;
      done[u] = 1;
      if (u >= C) {
        const j = u - C;
        if (room[j] > 0) { target = u; break; }
        for (let i = 0; i < C; i += 1) {
          if (flow[i * T + j] <= 0 || done[i]) continue;
          const d = best - cost[i * T + j] + potential[u] - potential[i];
          if (d < dist[i]) { dist[i] = d; prev[i] = u; }
        }
      } else {
        const row = u * T;
        const pu = potential[u];
        for (let j = 0; j < T; j += 1) {
          const c = cost[row + j];
          if (c === FORBIDDEN || done[C + j]) continue;
          const d = best + c + pu - potential[C + j];
          if (d < dist[C + j]) { dist[C + j] = d; prev[C + j] = u; }
        }
      }
    }
    if (target < 0) return -1;
    const reach = dist[target];
    for (let v = 0; v < N; v += 1) potential[v] += Math.min(dist[v], reach);
    return target;
  }

  /** Pushes the most the path to `target` allows; returns the amount. */
  function augment(s: number, target: number): number {
    let amount = Math.min(supply[s], room[target - C]);
    for (let v = target; prev[v] >= 0; v = prev[v]) {
      const u = prev[v];
      if (u >= C) amount = Math.min(amount, flow[v * T + (u - C)]); // a backward step: undo flow v→u
    }
    for (let v = target; prev[v] >= 0; v = prev[v]) {
      const u = prev[v];
      if (u < C) flow[u * T + (v - C)] += amount;
      else flow[v * T + (u - C)] -= amount;
    }
    supply[s] -= amount;
    room[target - C] -= amount;
    return amount;
  }
}
