/**
 * Dense linear assignment, for transportation problems whose supplies and capacities are all one: each
 * row takes at most one column, the most rows matched, then the least cost. Jonker and Volgenant's
 * algorithm ("A shortest augmenting path algorithm for dense and sparse linear assignment problems",
 * Computing 38, 1987): column reduction with reduction transfer, two passes of augmenting row reduction,
 * then shortest augmenting paths that settle every column at the least distance at once. A rectangular
 * matrix is padded to a square one; a forbidden pair, and a row left out, are priced above every real
 * total, so fewer rows are matched only when no more can be.
 */
export interface DenseAssignment {
  /** columnOf[row]: the column, or -1. */
  columnOf: Int32Array;
}

/**
 * cost[row * columns + column], Infinity where forbidden; finite costs non-negative whole numbers. The
 * array is read, never changed: a square one without forbidden pairs is solved in place of a copy.
 */
export function solveDense(rows: number, columns: number, cost: Float64Array): DenseAssignment {
  let maxCost = 0;
  let forbidden = false;
  for (let k = 0; k < cost.length; k += 1) {
    const price = cost[k];
    if (price === Number.POSITIVE_INFINITY) forbidden = true;
    else if (price > maxCost) maxCost = price;
  }
  // Every row is matched, to a forbidden pair or a padding column at this price if need be: a total
  // with one such match more exceeds every total with one fewer, so the real pairs are as many as can be.
  const out = (maxCost + 1) * (rows + 1);
  const n = Math.max(rows, columns);
  const c = rows === columns && !forbidden ? cost : squared(rows, columns, cost, out);
  const x = new Int32Array(n).fill(-1);
  const y = new Int32Array(n).fill(-1);
  const v = new Float64Array(n);
  let free = columnReduction(n, c, x, y, v);
  for (let pass = 0; pass < 2 && free.length > 0; pass += 1) free = augmentingRowReduction(n, c, x, y, v, free);
  augment(n, c, x, y, v, free);
  const columnOf = new Int32Array(rows).fill(-1);
  for (let i = 0; i < rows; i += 1) {
    const j = x[i];
    if (j < columns && c[i * n + j] !== out) columnOf[i] = j;
  }
  return { columnOf };
}

/** The n×n matrix, n the larger side, with forbidden pairs and padding columns at the price `out`. */
function squared(rows: number, columns: number, cost: Float64Array, out: number): Float64Array {
  const n = Math.max(rows, columns);
  // Padding rows cost nothing anywhere: they take the columns no real row needs.
  const c = new Float64Array(n * n);
  for (let i = 0; i < rows; i += 1) {
    const from = i * columns;
    const to = i * n;
    for (let j = 0; j < columns; j += 1) {
      const price = cost[from + j];
      c[to + j] = price === Number.POSITIVE_INFINITY ? out : price;
    }
    for (let j = columns; j < n; j += 1) c[to + j] = out;
  }
  return c;
}

/**
 * Each column's dual is its least cost, and it goes to that row if the row has none yet; a row that
 * got exactly one column passes its slack to it (reduction transfer). Returns the rows left free.
 */
function columnReduction(n: number, c: Float64Array, x: Int32Array, y: Int32Array, v: Float64Array): Int32Array {
  const rowOfLeast = new Int32Array(n);
  v.fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i += 1) {
    const offset = i * n;
    for (let j = 0; j < n; j += 1) if (c[offset + j] < v[j]) { v[j] = c[offset + j]; rowOfLeast[j] = i; }
  }
  const unique = new Uint8Array(n).fill(1);
  for (let j = n - 1; j >= 0; j -= 1) {
    const i = rowOfLeast[j];
    if (x[i] < 0) { x[i] = j; y[j] = i; } else unique[i] = 0;
  }
  const free = new Int32Array(n);
  let freeCount = 0;
  for (let i = 0; i < n; i += 1) {
    if (x[i] < 0) { free[freeCount++] = i; continue; }
    if (!unique[i]) continue;
    const own = x[i];
    const offset = i * n;
    let least = Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j += 1) {
      const reduced = c[offset + j] - v[j];
      if (reduced < least && j !== own) least = reduced;
    }
    v[own] -= least;
  }
  return free.subarray(0, freeCount);
}

/**
 * One pass of augmenting row reduction: each free row takes its column of least reduced cost, lowering
 * that column's dual to the row's second least so that the row it displaces looks elsewhere; a row
 * displaced while the dual really fell is reconsidered at once. Returns the rows still free.
 */
function augmentingRowReduction(n: number, c: Float64Array, x: Int32Array, y: Int32Array, v: Float64Array, free: Int32Array): Int32Array {
  const queue = free.slice();
  let current = 0;
  let stillFree = 0;
  let steps = 0;
  while (current < queue.length) {
    steps += 1;
    const i = queue[current++];
    const offset = i * n;
    let j1 = 0;
    let least = c[offset] - v[0];
    let j2 = -1;
    let second = Number.POSITIVE_INFINITY;
    for (let j = 1; j < n; j += 1) {
      const h = c[offset + j] - v[j];
      if (h < second) {
        if (h >= least) { second = h; j2 = j; } else { second = least; least = h; j2 = j1; j1 = j; }
      }
    }
    let i0 = y[j1];
    const lowered = v[j1] - (second - least);
    const lowers = lowered < v[j1];
    // The bound on steps keeps a run of equal costs from cycling (as in the reference implementation).
    if (steps < current * n) {
      if (lowers) v[j1] = lowered;
      else if (i0 >= 0 && j2 >= 0) { j1 = j2; i0 = y[j2]; }
      if (i0 >= 0) {
        if (lowers) queue[--current] = i0;
        else queue[stillFree++] = i0;
      }
    } else if (i0 >= 0) queue[stillFree++] = i0;
    x[i] = j1;
    y[j1] = i;
  }
  return queue.subarray(0, stillFree);
}

/**
 * Shortest augmenting paths (Dijkstra over reduced costs), one per free row. Columns at the least
 * distance are settled together as a block (`cols[low..high)`), so a run of equal costs costs one scan.
 */
function augment(n: number, c: Float64Array, x: Int32Array, y: Int32Array, v: Float64Array, free: Int32Array): void {
  const distance = new Float64Array(n);
  const pred = new Int32Array(n);
  const cols = new Int32Array(n);
  for (let f = 0; f < free.length; f += 1) {
    const start = free[f];
    const startOffset = start * n;
    for (let j = 0; j < n; j += 1) { cols[j] = j; distance[j] = c[startOffset + j] - v[j]; pred[j] = start; }
    // cols[0..settled) are settled; cols[low..high) are at the least distance, still to be scanned.
    let low = 0;
    let high = 0;
    let settled = 0;
    let blockDistance = 0;
    let sink = -1;
    while (sink < 0) {
      if (low === high) {
        settled = low;
        high = low + 1;
        let least = distance[cols[low]];
        for (let k = high; k < n; k += 1) {
          const j = cols[k];
          if (distance[j] > least) continue;
          if (distance[j] < least) { high = low; least = distance[j]; }
          cols[k] = cols[high];
          cols[high++] = j;
        }
        blockDistance = least;
        for (let k = low; k < high; k += 1) if (y[cols[k]] < 0) { sink = cols[k]; break; }
      }
      while (sink < 0 && low !== high) {
        const j0 = cols[low++];
        const i = y[j0];
        const least = distance[j0];
        const offset = i * n;
        const h = c[offset + j0] - v[j0] - least;
        for (let k = high; k < n; k += 1) {
          const j = cols[k];
          const reduced = c[offset + j] - v[j] - h;
          if (reduced >= distance[j]) continue;
          distance[j] = reduced;
          pred[j] = i;
          if (reduced !== least) continue;
          if (y[j] < 0) { sink = j; break; }
          cols[k] = cols[high];
          cols[high++] = j;
        }
      }
    }
    for (let k = 0; k < settled; k += 1) v[cols[k]] += distance[cols[k]] - blockDistance;
    for (let i = -1, j = sink; i !== start;) {
      i = pred[j];
      y[j] = i;
      const previous = x[i];
      x[i] = j;
      j = previous;
    }
  }
}
