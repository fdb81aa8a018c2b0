/**
 * Minimum-cost assignment: each row gets at most one column, each column at most one row. The
 * transportation solver with every supply and capacity one, the very code the planner runs.
 */
import { FORBIDDEN, solveTransport } from './transport';

export { FORBIDDEN };

export interface AssignmentProblem {
  rows: number;
  columns: number;
  /**
   * cost(row, column), or the same as one dense array, cost[row * columns + column]; FORBIDDEN where the
   * pair may not be matched; otherwise non-negative.
   */
  cost: ((row: number, column: number) => number) | Float64Array;
}

export interface AssignmentResult {
  /** columnOf[row]: the column matched to the row, or -1. */
  columnOf: Int32Array;
  matched: number;
  totalCost: number;
}

/**
 * Matches as many rows as any assignment can and, among those matchings, one of least total cost.
 * ```
 * solveAssignment({ rows: 2, columns: 2, cost: (r, c) => [[4, 1], [2, 8]][r][c] }).columnOf // [1, 0]
 * ```
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const { shipments, shipped, totalCost } = solveTransport({
    supplies: new Int32Array(problem.rows).fill(1),
    capacities: new Int32Array(problem.columns).fill(1),
    cost: problem.cost,
  });
  const columnOf = new Int32Array(problem.rows).fill(-1);
  for (const { source, sink } of shipments) columnOf[source] = sink;
  return { columnOf, matched: shipped, totalCost };
}
