/**
 * Finds a sheet's roster header: the header row (below any title rows, over one row or two where a
 * merged group header such as 任职情况 sits above its columns) and the column of each known field.
 */
import { CellValue, SheetGrid, cellText, isBlank } from '../grid';
import { Field, HEADER_WORDS, fieldOfWord, headerKey, matchHeader } from './columns';

/** How far down a sheet a header may sit (title rows, notes above the table). */
const HEADER_SEARCH_ROWS = 30;

/** Sheets this tool writes; never taken for the roster unless the user names them. */
export const OUTPUT_SHEET_PREFIXES = ['轮岗检查', '轮岗方案', '公示名单', '轮岗预测'] as const;

/** A field mapped by the user to a header (the `columnMap` setting): field → header text. */
export type ColumnMap = Readonly<Record<string, string>>;

export interface HeaderMatch {
  /** Index into the grid's values of the header's first row. */
  index: number;
  /** The header row as Excel numbers it (its last row, when the header spans two). */
  row: number;
  /** How many rows the header spans: data begin at `index + depth`. */
  depth: 1 | 2;
  /** Index into the row's values of each field's column. */
  columns: Partial<Record<Field, number>>;
  /** The header text of each field's column, as written in the sheet. */
  titles: Partial<Record<Field, string>>;
  /** Header cells not read as any field, as written; a column that lost to another for one field says which. */
  unused: string[];
  /** The header names plan columns (拟任单位, 拟任职务): a plan, never the roster. */
  planColumns: boolean;
  score: number;
}

type Hit = { column: number; score: number; title: string };

/** The fields one row of header texts gives, each to its best-scoring column (or the column the user mapped). */
function matchTexts(texts: readonly string[], columnMap: ColumnMap): Omit<HeaderMatch, 'index' | 'row' | 'depth'> {
  const best: Partial<Record<Field, Hit>> = {};
  const losers: { title: string; field: Field }[] = [];
  const mapped = new Map<string, Field>();
  for (const [word, header] of Object.entries(columnMap)) {
    const field = fieldOfWord(word);
    if (field) mapped.set(headerKey(header), field);
  }
  texts.forEach((title, column) => {
    const forced = mapped.get(headerKey(title));
    const match = forced ? { field: forced, score: 1000 } : matchHeader(title);
    if (!match) return;
    const previous = best[match.field];
    if (match.score > (previous?.score ?? 0)) {
      if (previous) losers.push({ title: previous.title, field: match.field });
      best[match.field] = { column, score: match.score, title };
    } else {
      losers.push({ title, field: match.field });
    }
  });
  // A column the user mapped to another field is that field's only.
  for (const [key, field] of mapped) {
    for (const other of Object.keys(best) as Field[]) {
      if (other !== field && headerKey(best[other]!.title) === key) delete best[other];
    }
  }
  const columns: HeaderMatch['columns'] = {};
  const titles: HeaderMatch['titles'] = {};
  let score = 0;
  for (const [field, hit] of Object.entries(best) as [Field, Hit][]) {
    columns[field] = hit.column;
    titles[field] = hit.title;
    score += hit.score >= 100 ? 2 : 1;
  }
  const used = new Set(Object.values(columns));
  const unused = texts.flatMap((title, column) => {
    if (used.has(column) || title === '') return [];
    const lost = losers.find((loser) => loser.title === title);
    return [lost ? `${title}(未用,"${HEADER_WORDS[lost.field][0]}"取"${titles[lost.field]}")` : title];
  });
  const planColumns = texts.some((title) => /拟任|拟调|拟交流/u.test(headerKey(title)));
  return { columns, titles, unused, planColumns, score };
}

const textsOf = (cells: readonly CellValue[]): string[] => cells.map((cell) => cellText(cell).trim());

/** A two-row header read as one: each column's lower text, or the upper one where the lower is blank (a cell merged down). */
function mergedTexts(upper: readonly CellValue[], lower: readonly CellValue[]): string[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, c) => cellText((isBlank(lower[c]) ? upper[c] : lower[c]) ?? null).trim());
}

/** A header names a roster when it has a name column and a unit, or at least three other known columns. */
function isRosterHeader(match: Omit<HeaderMatch, 'index' | 'row' | 'depth'>): boolean {
  if (match.columns.name === undefined) return false;
  const others = Object.keys(match.columns).length - 1;
  return match.columns.unit !== undefined || match.columns.unitPost !== undefined || others >= 3;
}

/**
 * The header of a sheet: the best-matching of its first rows (or pairs of rows) that names a roster.
 * `columnMap` maps a field to a header text when the guess is wrong: `{ unitStart: '入职日期' }`.
 */
export function findHeader(grid: SheetGrid, columnMap: ColumnMap = {}): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const single = matchTexts(textsOf(grid.values[index]), columnMap);
    let found: HeaderMatch = { ...single, index, row: grid.firstRow + index, depth: 1 };
    if (index + 1 < grid.values.length) {
      const below = matchTexts(textsOf(grid.values[index + 1]), columnMap);
      const pair = matchTexts(mergedTexts(grid.values[index], grid.values[index + 1]), columnMap);
      if (pair.score > single.score && pair.score > below.score && Object.keys(below.columns).length > 0) {
        found = { ...pair, index, row: grid.firstRow + index + 1, depth: 2 };
      }
    }
    if (!isRosterHeader(found)) continue;
    if (!best || found.score > best.score) best = found;
  }
  return best;
}
