/**
 * Reads an edited 轮岗方案 sheet back: each move's cadre (by 编号, checked against the name), target,
 * 锁定 and 分批, and the cadres listed as not placed; rows it cannot read are problems, never guesses.
 * Staff may sort the moves, insert or delete rows, move columns and type a row by hand (a name and, where
 * two cadres share it, the 原单位 or the 编号).
 */
import { CellValue, SheetGrid, cellText, isBlank } from '../grid';
import { Cadre, Problem } from '../roster/cadre';
import { Issue, problemAt } from '../roster/problemWords';
import { Roster } from '../roster/readRoster';
import { cleanName, normalizeCompact, normalizeText } from '../text';
import { cadreId } from '../sheets/planSheet';
import { Refused } from '../refusalWords';

/** One move as the sheet has it now. */
export interface PlanMove {
  /** The plan sheet's row, as Excel numbers it. */
  planRow: number;
  /** The roster's cadre; undefined when the row names nobody on the roster. */
  cadre?: Cadre;
  /** The name as written on the row. */
  name: string;
  to: { unit: string; post: string };
  locked: boolean;
  /** 分批 as written; undefined when blank. */
  batch?: number;
}

export interface PlanSheetRead {
  sheet: string;
  moves: PlanMove[];
  /** The cadres of the 未能安排人员 table: still to move, though the plan found them no post. */
  held: Cadre[];
  problems: Problem[];
}

/** What the reader needs of the roster: its cadres (as checked) and its sheets. */
export type RosterCadres = Pick<Roster, 'cadres' | 'sheets'>;

/** The sheet has no moves table (no header with 姓名, 拟任单位 and 拟任职务). */
export class PlanSheetUnreadable extends Refused {}

const LOCKED = new Set(['是', '√', '✓', '✔', 'Y', 'YES', '1', '锁定', 'TRUE']);
const UNLOCKED = new Set(['', '否', '×', 'N', 'NO', '0', 'FALSE']);

type Columns = Partial<Record<'id' | 'name' | 'from' | 'unit' | 'post' | 'lock' | 'batch', number>>;
const TITLES: Record<keyof Columns, string[]> = {
  id: ['编号'], name: ['姓名'], from: ['原单位', '单位'], unit: ['拟任单位'], post: ['拟任职务'], lock: ['锁定'], batch: ['分批'],
};

function columnsOf(row: readonly CellValue[]): Columns {
  const columns: Columns = {};
  row.forEach((cell, index) => {
    const text = normalizeCompact(cellText(cell));
    for (const [field, titles] of Object.entries(TITLES) as [keyof Columns, string[]][]) {
      if (titles.includes(text) && columns[field] === undefined) columns[field] = index;
    }
  });
  return columns;
}

/** Finds cadres by 编号 and name, as a plan row names them. */
function finder(roster: RosterCadres): (id: string, name: string, from: string) => Cadre | { issue: Issue } | undefined {
  const byId = new Map(roster.cadres.map((cadre) => [cadreId(cadre), cadre]));
  const byName = new Map<string, Cadre[]>();
  for (const cadre of roster.cadres) byName.set(cadre.name, [...(byName.get(cadre.name) ?? []), cadre]);
  const single = roster.sheets.length === 1 ? roster.sheets[0].name : undefined;
  return (id, name, from) => {
    const key = /^\d+$/u.test(id) && single !== undefined ? `${single}!${id}` : id;
    const named = byId.get(key);
    if (named && (name === '' || named.name === name)) return named;
    if (name === '') return { issue: id === '' ? { kind: 'blankName' } : { kind: 'planUnknownId', id, example: cadreId(roster.cadres[0]) } };
    const same = byName.get(name) ?? [];
    const here = same.length > 1 && from !== '' ? same.filter((cadre) => cadre.unit === from) : same;
    if (here.length === 1) return here[0];
    if (here.length > 1) return { issue: { kind: 'planAmbiguousName', name, ids: here.map(cadreId) } };
    return undefined;
  };
}

function lockOf(cell: CellValue | undefined): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const text = normalizeCompact(cellText(cell)).toUpperCase();
  return LOCKED.has(text) ? true : UNLOCKED.has(text) ? false : undefined;
}

function batchOf(cell: CellValue | undefined): number | undefined | 'bad' {
  if (isBlank(cell)) return undefined;
  const text = normalizeCompact(cellText(cell));
  const match = /^(?:第)?(\d+)(?:批)?$/u.exec(text);
  return match && Number(match[1]) >= 1 ? Number(match[1]) : 'bad';
}

/** The cadres of the 未能安排人员 table, found by its title. */
function heldOf(grid: SheetGrid, find: ReturnType<typeof finder>): Cadre[] {
  const title = grid.values.findIndex((row) => /^未能安排人员/u.test(normalizeCompact(cellText(row[0]))));
  if (title < 0 || title + 1 >= grid.values.length) return [];
  const columns = columnsOf(grid.values[title + 1]);
  const held: Cadre[] = [];
  for (let index = title + 2; index < grid.values.length && !grid.values[index].every(isBlank); index += 1) {
    const row = grid.values[index];
    // Stryker disable next-line StringLiteral: a held row read by a column its table lacks names nobody either way: the row is left out, as a row with a blank or an unknown name is
    const text = (column: number | undefined) => (column === undefined ? '' : normalizeText(cellText(row[column])));
    const found = find(normalizeCompact(text(columns.id)), cleanName(text(columns.name)), text(columns.from));
    if (found && !('issue' in found)) held.push(found);
  }
  return held;
}

/**
 * The moves of a plan sheet, each with its row. `readPlanSheet(grid, roster).moves[0]` is
 * `{ planRow: 12, cadre, name: '张三', to: { unit: '办公室', post: '科员' }, locked: false, batch: 1 }`.
 * Throws PlanSheetUnreadable when the sheet has no moves table.
 */
export function readPlanSheet(grid: SheetGrid, roster: RosterCadres): PlanSheetRead {
  const headerIndex = grid.values.findIndex((row) => {
    const columns = columnsOf(row);
    return columns.name !== undefined && columns.unit !== undefined && columns.post !== undefined;
  });
  if (headerIndex < 0) throw new PlanSheetUnreadable({ kind: 'noPlanHeader', sheet: grid.name });
  const columns = columnsOf(grid.values[headerIndex]);
  const find = finder(roster);
  const moves: PlanMove[] = [];
  const problems: Problem[] = [];
  const seen = new Map<Cadre, number>();
  for (let index = headerIndex + 1; index < grid.values.length; index += 1) {
    const row = grid.values[index];
    if (row.every(isBlank)) continue;
    const planRow = grid.firstRow + index;
    const text = (column: number | undefined) => (column === undefined ? '' : normalizeText(cellText(row[column])));
    const problem = (column: string, issue: Issue) => problems.push(problemAt({ sheet: grid.name, row: planRow, column }, issue));
    const name = cleanName(text(columns.name));
    const found = find(normalizeCompact(text(columns.id)), name, text(columns.from));
    const to = { unit: text(columns.unit), post: text(columns.post) };
    const locked = lockOf(columns.lock === undefined ? null : row[columns.lock]);
    const batch = batchOf(columns.batch === undefined ? null : row[columns.batch]);
    if (found && 'issue' in found) problem(name === '' ? '姓名' : '编号', found.issue);
    else if (to.unit === '') problem('拟任单位', { kind: 'planBlankUnit', name });
    else if (to.post === '') problem('拟任职务', { kind: 'planBlankPost', name });
    else if (locked === undefined) problem('锁定', { kind: 'planBadLock', text: text(columns.lock) });
    else if (batch === 'bad') problem('分批', { kind: 'planBadBatch', text: text(columns.batch) });
    else if (found && seen.has(found)) problem('姓名', { kind: 'planDuplicate', name, row: seen.get(found) ?? 0 });
    else {
      if (found) seen.set(found, planRow);
      moves.push({ planRow, cadre: found, name: found?.name ?? name, to, locked, ...(batch === undefined ? {} : { batch }) });
    }
  }
  return { sheet: grid.name, moves, held: heldOf(grid, find).filter((cadre) => !seen.has(cadre)), problems };
}
