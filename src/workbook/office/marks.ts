/**
 * What highlighting replaced, kept in the workbook's own settings so that 清除标记 can put it back in
 * any later session, on any machine the workbook travels to.
 */

/** The settings key of the record. */
export const MARKS_KEY = 'rotationPlanner.marks';

/** The fills highlighting replaced on one sheet: per row a fill (RRGGBB) or null for none. */
export interface MarksRecord {
  sheet: string;
  firstColumn: number;
  lastColumn: number;
  /** [row, fill before] for rows whose cells shared one fill. */
  rows: [number, string | null][];
  /** [address, fill before] for the cells of rows whose cells had different fills. */
  cells: [string, string | null][];
}

/**
 * The record after highlighting more rows: what was remembered first stays, so re-running a check over
 * its own highlight never takes the highlight for the user's fill.
 */
export function mergeMarks(earlier: MarksRecord | undefined, later: MarksRecord): MarksRecord {
  if (!earlier || earlier.sheet !== later.sheet) return later;
  const knownRows = new Set(earlier.rows.map(([row]) => row));
  const knownCells = new Set(earlier.cells.map(([address]) => address));
  const cellRows = new Set(earlier.cells.map(([address]) => Number(/\d+$/u.exec(address)?.[0])));
  return {
    ...earlier,
    firstColumn: Math.min(earlier.firstColumn, later.firstColumn),
    lastColumn: Math.max(earlier.lastColumn, later.lastColumn),
    rows: [...earlier.rows, ...later.rows.filter(([row]) => !knownRows.has(row) && !cellRows.has(row))],
    cells: [...earlier.cells, ...later.cells.filter(([address]) => !knownCells.has(address) && !knownRows.has(Number(/\d+$/u.exec(address)?.[0])))],
  };
}

/** Reads a stored record, or undefined when there is none or it is not one of ours. */
export function parseMarks(value: unknown): MarksRecord | undefined {
  const record = typeof value === 'string' ? safeParse(value) : value;
  if (!record || typeof record !== 'object') return undefined;
  const r = record as Partial<MarksRecord>;
  if (typeof r.sheet !== 'string' || !Array.isArray(r.rows) || !Array.isArray(r.cells)) return undefined;
  return r as MarksRecord;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
