/**
 * The plan when relatives both move. Alone, each rank's placement is a transportation problem solved
 * exactly (groupSolve.ts); what couples movers is 回避 between two relatives who both move, which no
 * transportation problem can say. Branch and bound over those pairs: solve every rank without the pairs
 * (a bound: no plan that keeps them does better), find the first pair that ends in one unit, and branch
 * on which of the two keeps out of it (a unit closed to one, or, for one who stays there, that one must
 * move). Every plan that keeps the rule lies in one branch or the other, so the best plan found is the
 * best there is: the most placed, then the least cost. Only the rank whose limits changed is solved
 * again; search order and tie-breaking are fixed, so the same input gives the same plan.
 */
import { Group, GroupContext, GroupSolution, Limits, groupSolver } from './groupSolve';

export interface CoupledProblem {
  ctx: GroupContext;
  groups: readonly Group[];
  /** Pairs of movers who are relatives, [earlier, later] in row order, sorted. */
  pairs: readonly [number, number][];
}

interface Node {
  closed: Map<number, Set<string>>;
  mustMove: Set<number>;
}

/** The best plan: placed[mover] is the slot, or -1; undefined when no plan keeps the locked moves. */
export function solveCoupled(problem: CoupledProblem): Int32Array | undefined {
  const { ctx, groups, pairs } = problem;
  const cache = new Map<string, GroupSolution>();
  const solvers = groups.map((group) => groupSolver(ctx, group));
  const solutionOf = (g: number, node: Node): GroupSolution => {
    // Stryker disable next-line MethodExpression,ConditionalExpression: keying on every mover of the group, limited or not, makes keys finer, never coarser: the same solutions (speed only; false times out)
    const limited = groups[g].movers.filter((m) => node.closed.has(m) || node.mustMove.has(m));
    // Stryker disable next-line MethodExpression: unsorted, the same closed units added in another order make another key: a cache miss, the same solution (speed only)
    const key = `${g}|${limited.map((m) => `${m}:${[...(node.closed.get(m) ?? [])].sort().join(',')}${node.mustMove.has(m) ? '!' : ''}`).join(';')}`;
    let solution = cache.get(key);
    // Stryker disable next-line ConditionalExpression: solving again instead of reusing the cache gives the same solution (speed only)
    if (!solution) {
      const limits: Limits = { closed: node.closed, mustMove: node.mustMove };
      solution = solvers[g](limits);
      cache.set(key, solution);
    }
    return solution;
  };
  const evaluate = (node: Node): { bound: number; placed: Int32Array } | undefined => {
    // Stryker disable next-line UnaryOperator: every mover is in one group (groupsOf in planner.ts), whose solution overwrites the start value
    const placed = new Int32Array(ctx.movers.length).fill(-1);
    let bound = 0;
    for (let g = 0; g < groups.length; g += 1) {
      const solution = solutionOf(g, node);
      if (!solution.feasible) return undefined;
      bound += solution.objective;
      groups[g].movers.forEach((m, k) => { placed[m] = solution.slotOf[k]; });
    }
    return { bound, placed };
  };
  const endUnit = (placed: Int32Array, m: number): string => (placed[m] >= 0 ? ctx.slots[placed[m]].unit : ctx.movers[m].cadre.unit);
  const clashes = (placed: Int32Array, first: boolean): [number, number, string][] => {
    const found: [number, number, string][] = [];
    for (const [a, b] of pairs) {
      const unit = endUnit(placed, a);
      if (unit === endUnit(placed, b) && (placed[a] >= 0 || placed[b] >= 0)) {
        found.push([a, b, unit]);
        // Stryker disable next-line ConditionalExpression: false lists every clash where the search takes the first, the same branch; true closes one clash a round in the first plan to prune by: the search below stays exact, so the count and cost are the same; it may end at another of the equal optima
        if (first) break;
      }
    }
    return found;
  };
  /** The branch where mover m does not end in unit. */
  const keepOut = (node: Node, m: number, unit: string, placed: Int32Array): Node => {
    // Stryker disable next-line ConditionalExpression: closing a stayer's own unit forbids the stay as mustMove does, and the own unit is closed to every mover already (barriersOf): the same limits (true times out)
    if (placed[m] < 0) return { closed: node.closed, mustMove: new Set([...node.mustMove, m]) };
    const closed = new Map(node.closed);
    // Stryker disable next-line ArrayDeclaration: an extra closed unit named "Stryker was here" closes nothing in a roster without that unit (`[]` times out)
    closed.set(m, new Set([...(node.closed.get(m) ?? []), unit]));
    return { closed, mustMove: node.mustMove };
  };
  let best = Number.POSITIVE_INFINITY;
  let bestPlaced: Int32Array | undefined;
  // A first plan to prune by: close each clash's unit to the one who moved into it (the later row if both
  // did), all clashes at once, until none is left. Closing units never makes a plan impossible, and each
  // round closes at least one, so this ends. Often it is already as good as the bound, and the search
  // below only confirms it.
  for (let node: Node = { closed: new Map(), mustMove: new Set() }; ;) {
    // Closing a locked mover's unit leaves no plan: the search below then starts without a bound.
    const result = evaluate(node);
    if (!result) break;
    // Stryker disable next-line BooleanLiteral: closing one clash a round changes only the first plan to prune by: the search below stays exact, so the count and cost are the same; it may end at another of the equal optima
    const found = clashes(result.placed, false);
    if (found.length === 0) {
      best = result.bound;
      bestPlaced = result.placed;
      break;
    }
    // Stryker disable next-line EqualityOperator: `> 0` closes the unit to the earlier mover when the later one takes slot 0, in the first plan to prune by only: the search below stays exact, so the count and cost are the same; it may end at another of the equal optima (`<` is killed)
    for (const [a, b, unit] of found) node = keepOut(node, result.placed[b] >= 0 ? b : a, unit, result.placed);
  }
  const stack: Node[] = [{ closed: new Map(), mustMove: new Set() }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const result = evaluate(node);
    if (!result || result.bound >= best) continue;
    // Stryker disable next-line BooleanLiteral: listing every clash and branching on the first is the same branch (speed only)
    const [clash] = clashes(result.placed, true);
    if (!clash) {
      best = result.bound;
      bestPlaced = result.placed;
      continue;
    }
    const [a, b, unit] = clash;
    // The later row gives way first; the branch where the earlier one does is searched after.
    stack.push(keepOut(node, a, unit, result.placed), keepOut(node, b, unit, result.placed));
  }
  return bestPlaced;
}
