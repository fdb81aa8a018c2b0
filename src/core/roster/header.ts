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
  /** Every header cell's text, by column ('' for a blank one). */
  cells: readonly string[];
  /** The header names plan columns (拟任单位, 拟任职务): a plan, never the roster. */
  planColumns: boolean;
  score: number;
}

type Hit = { column: number; score: number; title: string };

/** A header row's matches: every column that names a field, best first per field. */
type Matches = Omit<HeaderMatch, 'index' | 'row' | 'depth'> & { hits: Partial<Record<Field, Hit[]>> };

/** The columns, titles, unused cells and score a choice of one column per field gives. */
function settle(texts: readonly string[], hits: Partial<Record<Field, Hit[]>>, chosen: Partial<Record<Field, Hit>>): Omit<HeaderMatch, 'index' | 'row' | 'depth' | 'planColumns' | 'cells'> {
  const columns: HeaderMatch['columns'] = {};
  const titles: HeaderMatch['titles'] = {};
  let score = 0;
  for (const [field, hit] of Object.entries(chosen) as [Field, Hit][]) {
    columns[field] = hit.column;
    titles[field] = hit.title;
    score += hit.score >= 100 ? 2 : 1;
  }
  const used = new Set(Object.values(columns));
  const unused = texts.flatMap((title, column) => {
    if (used.has(column) || title === '') return [];
    const lost = (Object.keys(hits) as Field[]).find((field) => chosen[field] && hits[field]!.some((hit) => hit.column === column));
    return [lost ? `${title}(未用,"${HEADER_WORDS[lost][0]}"取"${titles[lost]}")` : title];
  });
  return { columns, titles, unused, score };
}

/** The fields one row of header texts gives, each to its best-scoring column (or the column the user mapped). */
function matchTexts(texts: readonly string[], columnMap: ColumnMap): Matches {
  const hits: Partial<Record<Field, Hit[]>> = {};
  const mapped = new Map<string, Field>();
  for (const [word, header] of Object.entries(columnMap)) {
    const field = fieldOfWord(word);
    if (field) mapped.set(headerKey(header), field);
  }
  texts.forEach((title, column) => {
    const forced = mapped.get(headerKey(title));
    const match = forced ? { field: forced, score: 1000 } : matchHeader(title);
    if (match) (hits[match.field] ??= []).push({ column, score: match.score, title });
  });
  // A column the user mapped to a field is that field's only; the earlier of equal scores wins.
  // Stryker disable next-line ArrowFunction: a column gives one hit only, so no other field's list holds a mapped column and the filter below removes nothing either way
  const forcedColumns = new Set(Object.values(hits).flatMap((list) => list!.filter((hit) => hit.score === 1000).map((hit) => hit.column)));
  const chosen: Partial<Record<Field, Hit>> = {};
  for (const [field, list] of Object.entries(hits) as [Field, Hit[]][]) {
    // Stryker disable next-line MethodExpression: a column gives one hit only, so no list holds another field's mapped column: the filter keeps every hit
    const open = list.filter((hit) => hit.score === 1000 || !forcedColumns.has(hit.column));
    open.sort((a, b) => b.score - a.score || a.column - b.column);
    hits[field] = open;
    if (open.length > 0) chosen[field] = open[0];
  }
  const planColumns = texts.some((title) => /拟任|拟调|拟交流/u.test(headerKey(title)));
  return { ...settle(texts, hits, chosen), planColumns, hits, cells: texts };
}

/**
 * Where the best column for a field is blank in every data row and another column for it is filled
 * (an export's empty 职务 beside its 职位), the filled one is read. A column the user mapped stays.
 */
function preferFilled(grid: SheetGrid, found: HeaderMatch & Matches): HeaderMatch {
  const rows = grid.values.slice(found.index + found.depth);
  const filled = (column: number) => rows.some((row) => !isBlank(row[column] ?? null) && cellText(row[column] ?? null).trim() !== '');
  const chosen: Partial<Record<Field, Hit>> = {};
  // Stryker disable next-line BooleanLiteral: settling an unchanged choice again gives the same columns, titles and unused cells
  let changed = false;
  for (const [field, list] of Object.entries(found.hits) as [Field, Hit[]][]) {
    if (list.length === 0) continue;
    const [first] = list;
    const taken = new Set(Object.values(found.columns));
    const better = first.score < 1000 && !filled(first.column) ? list.find((hit) => hit !== first && !taken.has(hit.column) && filled(hit.column)) : undefined;
    chosen[field] = better ?? first;
    changed ||= better !== undefined;
  }
  const { hits, ...match } = found;
  return changed ? { ...match, ...settle(found.cells, hits, chosen), score: found.score } : match;
}

/** A header cell's text as messages quote it: a line break typed to fit a narrow column ('任现职\n时间') folded away. */
const headerText = (cell: CellValue | undefined): string => cellText(cell ?? null).replace(/\s*[\r\n]+\s*/gu, '').trim();

const textsOf = (cells: readonly CellValue[]): string[] => cells.map(headerText);

/** A two-row header read as one: each column's lower text, or the upper one where the lower is blank (a cell merged down). */
function mergedTexts(upper: readonly CellValue[], lower: readonly CellValue[]): string[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, c) => headerText(isBlank(lower[c]) ? upper[c] : lower[c]));
}

/** A header names a roster when it has a name column and a unit, or at least three other known columns. */
function isRosterHeader(match: Matches): boolean {
  if (match.columns.name === undefined) return false;
  const others = Object.keys(match.columns).length - 1;
  return match.columns.unit !== undefined || match.columns.unitPost !== undefined || others >= 3;
}

/**
 * The header of a sheet: the best-matching of its first rows (or pairs of rows) that names a roster.
 * `columnMap` maps a field to a header text when the guess is wrong: `{ unitStart: '入职日期' }`.
 */
export function findHeader(grid: SheetGrid, columnMap: ColumnMap = {}): HeaderMatch | undefined {
  let best: (HeaderMatch & Matches) | undefined;
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const single = matchTexts(textsOf(grid.values[index]), columnMap);
    let found: HeaderMatch & Matches = { ...single, index, row: grid.firstRow + index, depth: 1 };
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
  return best && preferFilled(grid, best);
}
