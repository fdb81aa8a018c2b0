/**
 * Dense linear assignment, for transportation problems whose supplies and capacities are all one: each
 * row takes at most one column, the most rows matched, then the least cost. Shortest augmenting paths
 * over plain arrays, one row at a time (Jonker and Volgenant's scheme as D. F. Crouse, "On implementing
 * 2D rectangular assignment algorithms", IEEE TAES 2016, gives it for rectangular matrices). A forbidden
 * pair, and a row left out, are priced above every real total, so fewer rows are matched only when no
 * more can be.
 */
export interface DenseAssignment {
  /** columnOf[row]: the column, or -1. */
  columnOf: Int32Array;
}

/**
 * cost[row * columns + column], Infinity where forbidden; finite costs non-negative whole numbers. The
 * array is overwritten (forbidden pairs take the price of leaving a row out).
 */
export function solveDense(rows: number, columns: number, cost: Float64Array): DenseAssignment {
  let maxCost = 0;
  for (let k = 0; k < cost.length; k += 1) if (cost[k] !== Number.POSITIVE_INFINITY && cost[k] > maxCost) maxCost = cost[k];
  // Every row is matched, to a forbidden pair or a padding column at this price if need be: a total
  // with one such match more exceeds every total with one fewer, so the real pairs are as many as can be.
  const out = (maxCost + 1) * (rows + 1);
  for (let k = 0; k < cost.length; k += 1) if (cost[k] === Number.POSITIVE_INFINITY) cost[k] = out;
  const n = Math.max(columns, rows);
  const u = new Float64Array(rows);
  const v = new Float64Array(n);
  const shortest = new Float64Array(n);
  const path = new Int32Array(n).fill(-1);
  const col4row = new Int32Array(rows).fill(-1);
  const row4col = new Int32Array(n).fill(-1);
  const seenRow = new Uint8Array(rows);
  const seenCol = new Uint8Array(n);
  const remaining = new Int32Array(n);
  if (rows === columns) columnReduction(rows, cost, v, col4row, row4col);
  augmentingRowReduction(rows, columns, n, cost, out, v, col4row, row4col);
  // Rows matched so far hold a column of least reduced cost; each row's dual is that least cost.
  for (let row = 0; row < rows; row += 1) {
    let least = Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j += 1) least = Math.min(least, (j < columns ? cost[row * columns + j] : out) - v[j]);
    u[row] = least;
  }
  for (let row = 0; row < rows; row += 1) {
    if (col4row[row] >= 0) continue;
    shortest.fill(Number.POSITIVE_INFINITY);
    seenRow.fill(0);
    seenCol.fill(0);
    // Reversed, so that among equal columns the lowest index is taken.
    for (let k = 0; k < n; k += 1) remaining[k] = n - k - 1;
    let left = n;
    let minVal = 0;
    let sink = -1;
    let i = row;
    while (sink < 0) {
      seenRow[i] = 1;
      let index = -1;
      let lowest = Number.POSITIVE_INFINITY;
      const base = minVal - u[i];
      const offset = i * columns;
      for (let k = 0; k < left; k += 1) {
        const j = remaining[k];
        const r = base + (j < columns ? cost[offset + j] : out) - v[j];
        if (r < shortest[j]) { path[j] = i; shortest[j] = r; }
        if (shortest[j] < lowest || (shortest[j] === lowest && row4col[j] < 0)) { lowest = shortest[j]; index = k; }
      }
      minVal = lowest;
      const j = remaining[index];
      if (row4col[j] < 0) sink = j;
      else i = row4col[j];
      seenCol[j] = 1;
      remaining[index] = remaining[--left];
    }
    u[row] += minVal;
    for (let r = 0; r < rows; r += 1) if (seenRow[r] && r !== row) u[r] += minVal - shortest[col4row[r]];
    for (let j = 0; j < n; j += 1) if (seenCol[j]) v[j] -= minVal - shortest[j];
    for (let j = sink; ;) {
      const r = path[j];
      row4col[j] = r;
      const previous = col4row[r];
      col4row[r] = j;
      j = previous;
      if (r === row) break;
    }
  }
  const columnOf = new Int32Array(rows).fill(-1);
  for (let r = 0; r < rows; r += 1) {
    const j = col4row[r];
    if (j < columns && cost[r * columns + j] !== out) columnOf[r] = j;
  }
  return { columnOf };
}

/**
 * Jonker and Volgenant's augmenting row reduction: each free row takes its column of least reduced
 * cost, lowering that column's dual to its second least so that the row it displaces looks elsewhere.
 * Duals only fall, which never makes a matched row's column less than its least, and free columns keep
 * dual 0. Two passes, as in their paper; the rows still free are left to the shortest paths.
 */
function augmentingRowReduction(rows: number, columns: number, n: number, cost: Float64Array, out: number, v: Float64Array, col4row: Int32Array, row4col: Int32Array): void {
  let free = Array.from({ length: rows }, (_, i) => i).filter((i) => col4row[i] < 0);
  for (let pass = 0; pass < 2 && free.length > 0; pass += 1) {
    const stillFree: number[] = [];
    let k = 0;
    const queue = free;
    while (k < queue.length) {
      const i = queue[k++];
      let least = Number.POSITIVE_INFINITY;
      let second = Number.POSITIVE_INFINITY;
      let j1 = -1;
      let j2 = -1;
      for (let j = 0; j < n; j += 1) {
        const h = (j < columns ? cost[i * columns + j] : out) - v[j];
        if (h < second) {
          if (h >= least) { second = h; j2 = j; } else { second = least; least = h; j2 = j1; j1 = j; }
        }
      }
      let i0 = row4col[j1];
      if (least < second) v[j1] -= second - least;
      else if (i0 >= 0 && j2 >= 0) { j1 = j2; i0 = row4col[j2]; }
      if (i0 >= 0) col4row[i0] = -1;
      row4col[j1] = i;
      col4row[i] = j1;
      if (i0 >= 0) {
        // Reconsidered at once while the lowered dual made a real difference, otherwise next pass.
        if (least < second) queue[--k] = i0;
        else stillFree.push(i0);
      }
    }
    free = stillFree;
  }
}

/**
 * For a square matrix, where every column ends matched and so its dual may be anything: each column's
 * dual is its least cost, and a column goes to the row of that least cost when the row is still free.
 */
function columnReduction(n: number, cost: Float64Array, v: Float64Array, col4row: Int32Array, row4col: Int32Array): void {
  for (let j = 0; j < n; j += 1) {
    let least = Number.POSITIVE_INFINITY;
    let at = 0;
    for (let i = 0; i < n; i += 1) if (cost[i * n + j] < least) { least = cost[i * n + j]; at = i; }
    v[j] = least;
    if (col4row[at] < 0) { col4row[at] = j; row4col[j] = at; }
  }
}
