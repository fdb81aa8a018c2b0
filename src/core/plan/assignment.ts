/**
 * Minimum-cost assignment (the Hungarian method with potentials, in the shortest-augmenting-path form of
 * Jonker and Volgenant): each row gets at most one column, each column at most one row.
 */

/** A cost that marks a pair as impossible; such pairs are never part of a returned assignment. */
export const FORBIDDEN = Number.POSITIVE_INFINITY;

export interface AssignmentProblem {
  rows: number;
  columns: number;
  /** cost(row, column); FORBIDDEN where the pair may not be matched. Costs are finite non-negative otherwise. */
  cost: (row: number, column: number) => number;
}

export interface AssignmentResult {
  /** columnOf[row]: the column matched to the row, or -1. */
  columnOf: Int32Array;
  /** Matched pairs. */
  matched: number;
  /** The sum of the matched pairs' costs. */
  totalCost: number;
}

/**
 * Matches as many rows as any assignment can and, among those matchings, one of least total cost.
 * Forbidden pairs are priced above any set of allowed ones, so minimizing the price first minimizes how
 * many are forced, which is the same as maximizing the matched count. Deterministic: ties go to the
 * lowest column index. Memory is O(rows + columns) beyond the cost function; time O(rows² · columns)
 * in the worst case, far less when most rows find a free column at once, as roster plans do.
 *
 * ```
 * solveAssignment({ rows: 2, columns: 2, cost: (r, c) => [[4, 1], [2, 8]][r][c] }).columnOf // [1, 0]
 * ```
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const transpose = problem.rows > problem.columns;
  const n = transpose ? problem.columns : problem.rows;
  const m = transpose ? problem.rows : problem.columns;
  const raw = transpose ? (i: number, j: number) => problem.cost(j, i) : problem.cost;
  let maxAllowed = 0;
  for (let i = 0; i < n; i += 1) for (let j = 0; j < m; j += 1) {
    const c = raw(i, j);
    if (c !== FORBIDDEN && c > maxAllowed) maxAllowed = c;
  }
  // Each forced (forbidden) pair costs more than every allowed pair together could save.
  const penalty = (maxAllowed + 1) * (n + 1);
  const cost = (i: number, j: number): number => {
    const c = raw(i, j);
    return c === FORBIDDEN ? penalty : c;
  };
  const rowOf = hungarian(n, m, cost);
  const columnOf = new Int32Array(problem.rows).fill(-1);
  let matched = 0;
  let totalCost = 0;
  for (let j = 0; j < m; j += 1) {
    const i = rowOf[j];
    if (i < 0 || raw(i, j) === FORBIDDEN) continue;
    const [row, column] = transpose ? [j, i] : [i, j];
    columnOf[row] = column;
    matched += 1;
    totalCost += problem.cost(row, column);
  }
  return { columnOf, matched, totalCost };
}

/**
 * The square-or-wide core (n ≤ m): potentials u, v and one Dijkstra-like search per row over reduced
 * costs, stopping at the first free column reached. Returns rowOf[column] (-1 where unmatched).
 */
function hungarian(n: number, m: number, cost: (i: number, j: number) => number): Int32Array {
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfColumn = new Int32Array(m + 1); // 1-based rows, 0 = free; column 0 is the search's root
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i += 1) {
    rowOfColumn[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfColumn[j0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      const ui0 = u[i0];
      for (let j = 1; j <= m; j += 1) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - ui0 - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (used[j]) {
          u[rowOfColumn[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (rowOfColumn[j0] !== 0);
    do {
      const j1 = way[j0];
      rowOfColumn[j0] = rowOfColumn[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowOf = new Int32Array(m).fill(-1);
  for (let j = 1; j <= m; j += 1) if (rowOfColumn[j] > 0) rowOf[j - 1] = rowOfColumn[j] - 1;
  return rowOf;
}
