/**
 * Finds the roster in a workbook: the sheet whose header best matches the known columns, the header
 * row (below any title rows), and the column of each known field.
 */
import { SheetGrid, cellText } from '../grid';
import { Field, matchHeader } from './columns';

/** How far down a sheet a header may sit (title rows, notes above the table). */
const HEADER_SEARCH_ROWS = 30;

/** Sheets this tool writes; never taken for the roster unless the user names them. */
export const OUTPUT_SHEET_PREFIXES = ['轮岗检查', '轮岗方案', '公示名单', '轮岗预测'] as const;

export interface HeaderMatch {
  /** Index into the grid's values. */
  index: number;
  /** The header row as Excel numbers it. */
  row: number;
  /** Index into the row's values of each field's column. */
  columns: Partial<Record<Field, number>>;
  /** The header text of each field's column, as written in the sheet. */
  titles: Partial<Record<Field, string>>;
  score: number;
}

/** The fields one row would give as a header, each to its best-scoring column. */
function matchRow(cells: readonly unknown[]): Omit<HeaderMatch, 'index' | 'row'> {
  const best: Partial<Record<Field, { column: number; score: number; title: string }>> = {};
  cells.forEach((cell, column) => {
    const title = cellText(cell as never).trim();
    const match = matchHeader(title);
    if (match && match.score > (best[match.field]?.score ?? 0)) best[match.field] = { column, score: match.score, title };
  });
  const columns: HeaderMatch['columns'] = {};
  const titles: HeaderMatch['titles'] = {};
  let score = 0;
  for (const [field, hit] of Object.entries(best) as [Field, { column: number; score: number; title: string }][]) {
    columns[field] = hit.column;
    titles[field] = hit.title;
    score += hit.score >= 100 ? 2 : 1;
  }
  return { columns, titles, score };
}

/** The header row of a sheet: the best-matching of its first rows that names a name and a unit column. */
export function findHeader(grid: SheetGrid): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const match = matchRow(grid.values[index]);
    if (match.columns.name === undefined || match.columns.unit === undefined) continue;
    if (!best || match.score > best.score) best = { ...match, index, row: grid.firstRow + index };
  }
  return best;
}

/** Why no roster could be found, in the user's words. */
export class RosterNotFound extends Error {}

/**
 * The roster sheet and its header. A named sheet is taken as it is; otherwise the sheet with the best
 * header wins, ties going to the one with more rows, then to the first. The tool's own output sheets are
 * passed over so that re-running never reads last run's plan as the roster.
 */
export function findRoster(sheets: readonly SheetGrid[], sheetName?: string): { grid: SheetGrid; header: HeaderMatch } {
  if (sheetName !== undefined) {
    const grid = sheets.find((sheet) => sheet.name === sheetName || sheet.name.trim() === sheetName.trim());
    if (!grid) throw new RosterNotFound(`工作簿中没有名为"${sheetName}"的工作表。现有工作表:${sheets.map((s) => s.name).join('、')}`);
    const header = findHeader(grid);
    if (!header) throw new RosterNotFound(`工作表"${grid.name}"中找不到同时含"姓名"和"单位/部门/科室"的表头行,请检查表头。`);
    return { grid, header };
  }
  let found: { grid: SheetGrid; header: HeaderMatch } | undefined;
  for (const grid of sheets) {
    if (OUTPUT_SHEET_PREFIXES.some((prefix) => grid.name.startsWith(prefix))) continue;
    const header = findHeader(grid);
    if (!header) continue;
    if (!found || header.score > found.header.score || (header.score === found.header.score && grid.values.length > found.grid.values.length)) {
      found = { grid, header };
    }
  }
  if (!found) throw new RosterNotFound('未找到干部花名册:没有哪个工作表的表头同时含"姓名"和"单位/部门/科室"列。请确认花名册的表头,或用 --sheet 指定工作表。');
  return found;
}
