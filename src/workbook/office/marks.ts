/**
 * What highlighting replaced, kept in the workbook's own settings so that 清除标记 can put it back in
 * any later session, on any machine the workbook travels to. Per roster sheet, runs of rows: rows in a
 * run are consecutive, got the same fill from us and had the same fills before, so a roster of 10,000
 * rows with one column the user coloured is a few runs, not 80,000 cells.
 */

/** The settings key of the record. */
export const MARKS_KEY = 'rotationPlanner.marks';

/** A row's fills before: one fill (RRGGBB, or null for none) across the row, or [first, last column, fill] runs. */
export type RowBefore = string | null | [number, number, string | null][];
/** Rows [first, count] that we filled with `wrote` (RRGGBB, '' when not known) and that had `before`. */
export type MarkRun = [number, number, string, RowBefore];

export interface SheetMarks {
  sheet: string;
  firstColumn: number;
  lastColumn: number;
  runs: MarkRun[];
}

export interface MarksRecord {
  v: 2;
  sheets: SheetMarks[];
}

export interface RowMark {
  row: number;
  wrote: string;
  before: RowBefore;
}

/** Every row of the runs. */
export function expandRuns(runs: readonly MarkRun[]): RowMark[] {
  return runs.flatMap(([first, count, wrote, before]) => Array.from({ length: count }, (_, i) => ({ row: first + i, wrote, before })));
}

/** Rows as runs: consecutive rows with the same fill written and the same fills before share one. */
export function compactRuns(rows: readonly RowMark[]): MarkRun[] {
  const runs: MarkRun[] = [];
  // Stryker disable next-line StringLiteral: the first mark starts a run whatever the key holds
  let key = '';
  for (const mark of [...rows].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    const markKey = JSON.stringify([mark.wrote, mark.before]);
    if (last && last[0] + last[1] === mark.row && markKey === key) last[1] += 1;
    else runs.push([mark.row, 1, mark.wrote, mark.before]);
    key = markKey;
  }
  return runs;
}

/** Reads a stored record, or undefined when there is none or it is not one of ours; the first version (one sheet, rows and cells) is read too. */
export function parseMarks(value: unknown): MarksRecord | undefined {
  const record = typeof value === 'string' ? safeParse(value) : value;
  if (!record || typeof record !== 'object') return undefined;
  const r = record as Partial<MarksRecord> & { sheet?: unknown; rows?: unknown; cells?: unknown; firstColumn?: number; lastColumn?: number };
  if (r.v === 2 && Array.isArray(r.sheets)) return r as MarksRecord;
  if (typeof r.sheet === 'string' && Array.isArray(r.rows) && Array.isArray(r.cells)) return fromFirstVersion(r as never);
  return undefined;
}

/** The first record kept [row, fill] and [address, fill]; what we wrote was not kept, so any fill is ours. */
function fromFirstVersion(old: { sheet: string; firstColumn: number; lastColumn: number; rows: [number, string | null][]; cells: [string, string | null][] }): MarksRecord {
  const marks: RowMark[] = old.rows.map(([row, fill]) => ({ row, wrote: '', before: fill }));
  const cellsByRow = new Map<number, [number, number, string | null][]>();
  for (const [address, fill] of old.cells) {
    const match = /^([A-Z]+)(\d+)$/u.exec(address);
    if (!match) continue;
    const column = match[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(match[2]);
    cellsByRow.set(row, [...(cellsByRow.get(row) ?? []), [column, column, fill]]);
  }
  for (const [row, before] of cellsByRow) marks.push({ row, wrote: '', before: before.sort((a, b) => a[0] - b[0]) });
  return { v: 2, sheets: [{ sheet: old.sheet, firstColumn: old.firstColumn, lastColumn: old.lastColumn, runs: compactRuns(marks) }] };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
