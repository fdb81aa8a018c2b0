/**
 * Which sheets are the roster: the one a person would choose, with the sheets that share its header
 * (one sheet per unit), and why, and why not each of the others.
 */
import { SheetGrid, cellText } from '../grid';
import { cleanName } from '../text';
import { headerKey } from './columns';
import { ColumnMap, HeaderMatch, OUTPUT_SHEET_PREFIXES, findHeader } from './header';
import { skipKindOf } from './rowKind';
import { Refused } from '../refusalWords';

/** A sheet as listed before its cells are read (the port's SheetInfo). */
export interface SheetInfoLike {
  name: string;
  hidden: boolean;
  ours: boolean;
}

/** Why a hidden sheet is not the roster unless named. */
export const HIDDEN_SHEET_REASON = '隐藏的工作表(备份等),如确是花名册请指定工作表';

// Stryker disable next-line ConditionalExpression: names alike as written are alike trimmed
const sameName = (a: string, b: string) => a === b || a.trim() === b.trim();

/**
 * The sheets worth reading to find the roster: the visible ones the tool did not write, plus the named
 * sheets (the roster, the vacancies) even when hidden. `sheetsToRead([{ name: '备份', hidden: true, ours: false }], '备份')` is ['备份'].
 */
export function sheetsToRead(infos: readonly SheetInfoLike[], ...named: (string | undefined)[]): string[] {
  const wanted = (name: string) => named.some((candidate) => candidate !== undefined && sameName(name, candidate));
  return infos.filter((info) => wanted(info.name) || (!info.hidden && !info.ours)).map((info) => info.name);
}

export interface RosterPart {
  grid: SheetGrid;
  header: HeaderMatch;
}

export interface SheetChoice {
  /** The sheets read as the roster, in workbook order. */
  taken: string[];
  /** Why these, in the user's words. */
  reason: string;
  /** Every other sheet, with why it is not (part of) the roster. */
  others: { sheet: string; reason: string }[];
}

/** Why no roster could be found, in the user's words. */
export class RosterNotFound extends Refused {}

const PREFERRED = /花名册|名册|干部/u;
/** A sheet where more than this share of the names repeat is a history table (任职记录, 薪酬调整记录). */
const REPEAT_SHARE = 0.5;

/** The names of a sheet's cadre rows (section, note and subtotal rows and error values left out). */
function namesOf(part: RosterPart): string[] {
  const column = part.header.columns.name as number;
  return part.grid.values.slice(part.header.index + part.header.depth).flatMap((row) => {
    const cell = row[column] ?? null;
    // Stryker disable next-line ConditionalExpression: a blank cell gives no name either way
    if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return [];
    const name = cleanName(cellText(cell));
    return name.length > 0 && skipKindOf(row, part.header.columns) === undefined ? [name] : [];
  });
}

/** The share of names that occur more than once, when there are enough to tell. */
function repeatedShare(names: readonly string[]): number {
  if (names.length < 4) return 0;
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return names.filter((name) => (counts.get(name) as number) > 1).length / names.length;
}

const signature = (header: HeaderMatch): string =>
  Object.entries(header.titles).map(([field, title]) => `${field}=${headerKey(title as string)}`).sort()
    // Stryker disable next-line StringLiteral: each piece begins with its field's name and '=', so pieces run together stay apart
    .join('|');

/** Why a sheet that has a header cannot be the roster, or undefined when it can. */
function disqualified(grid: SheetGrid, header: HeaderMatch): string | undefined {
  if (OUTPUT_SHEET_PREFIXES.some((prefix) => grid.name.startsWith(prefix))) return '本工具生成的工作表';
  if (grid.hidden) return HIDDEN_SHEET_REASON;
  if (header.planColumns) return '含拟任单位/拟任职务等列,是交流方案,不是花名册';
  return undefined;
}

/** Why a sheet whose names mostly repeat is a record table (任职记录, 薪酬调整记录), or undefined. */
function recordTable(names: readonly string[]): string | undefined {
  const share = repeatedShare(names);
  return share > REPEAT_SHARE ? `${names.length}行中${Math.round(share * names.length)}行姓名重复,是记录表,不是花名册` : undefined;
}

const rank = (part: RosterPart, names: number): [number, number, number] => [PREFERRED.test(part.grid.name) ? 1 : 0, part.header.score, names];
// Stryker disable next-line EqualityOperator: where two ranks differ, > and >= agree
const better = (a: [number, number, number], b: [number, number, number]): boolean => a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];

function named(sheets: readonly SheetGrid[], sheetName: string, columnMap: ColumnMap): { parts: RosterPart[]; choice: SheetChoice } {
  const grid = sheets.find((sheet) => sameName(sheet.name, sheetName));
  if (!grid) throw new RosterNotFound({ kind: 'noSuchSheet', role: 'roster', sheet: sheetName, existing: sheets.map((s) => s.name) });
  const header = findHeader(grid, columnMap);
  if (!header) throw new RosterNotFound({ kind: 'noRosterHeader', sheet: grid.name });
  const others = sheets.filter((sheet) => sheet !== grid).map((sheet) => ({ sheet: sheet.name, reason: '未指定' }));
  return { parts: [{ grid, header }], choice: { taken: [grid.name], reason: `按指定读取工作表"${grid.name}"`, others } };
}

/**
 * The roster among sheets read: a named sheet as it is; otherwise the best visible sheet that is not a
 * plan, a record table or ours (names with 花名册/名册/干部 first, then the fuller header, then more
 * rows), with every other qualifying sheet of the same header that is not a copy of it.
 */
export function chooseRoster(sheets: readonly SheetGrid[], sheetName?: string, columnMap: ColumnMap = {}): { parts: RosterPart[]; choice: SheetChoice } {
  if (sheetName !== undefined) return named(sheets, sheetName, columnMap);
  const others: SheetChoice['others'] = [];
  const candidates: { part: RosterPart; names: string[] }[] = [];
  for (const grid of sheets) {
    const header = findHeader(grid, columnMap);
    if (!header) {
      others.push({ sheet: grid.name, reason: '没有含"姓名"等列的表头' });
      continue;
    }
    const why = disqualified(grid, header);
    if (why) {
      others.push({ sheet: grid.name, reason: why });
      continue;
    }
    // Stryker disable next-line ArrayDeclaration: a sheet alone never reads its names; several have theirs read below
    candidates.push({ part: { grid, header }, names: [] });
  }
  // The names tell sheets apart; a sheet alone that can be the roster is taken without reading them.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: names read for one sheet alone change nothing: it is taken, record table or not
  if (candidates.length > 1) for (const candidate of candidates) candidate.names = namesOf(candidate.part);
  // A record table is no roster where a sheet of other people's names is at hand; alone, it is taken.
  const records = candidates.filter((candidate) => recordTable(candidate.names) !== undefined);
  if (records.length < candidates.length) {
    for (const record of records) {
      others.push({ sheet: record.part.grid.name, reason: recordTable(record.names) as string });
      candidates.splice(candidates.indexOf(record), 1);
    }
  }
  let best = candidates[0];
  for (const candidate of candidates) if (better(rank(candidate.part, candidate.names.length), rank(best.part, best.names.length))) best = candidate;
  if (!best) throw new RosterNotFound({ kind: 'noRoster' });
  const known = new Set(best.names);
  const taken = candidates.filter((candidate) => {
    if (candidate === best) return true;
    const copy = candidate.names.filter((name) => known.has(name)).length * 2 >= Math.max(candidate.names.length, 1);
    if (signature(candidate.part.header) !== signature(best.part.header)) others.push({ sheet: candidate.part.grid.name, reason: `表头与"${best.part.grid.name}"不同,未合并` });
    else if (copy) others.push({ sheet: candidate.part.grid.name, reason: `人员与"${best.part.grid.name}"大多重复,是副本` });
    else return true;
    return false;
  });
  const names = taken.map((candidate) => candidate.part.grid.name);
  const columns = Object.keys(best.part.header.columns).length;
  const reason = names.length > 1
    ? `工作表${names.map((name) => `"${name}"`).join('、')}表头相同,合为一份花名册`
    : `工作表"${names[0]}"表头识别出${columns}列${PREFERRED.test(names[0]) ? ',表名含花名册/名册/干部' : ''}${candidates.length > 1 ? ',在可作花名册的工作表中最合适' : ''}`;
  const order = new Map(sheets.map((sheet, index) => [sheet.name, index]));
  others.sort((a, b) => (order.get(a.sheet) as number) - (order.get(b.sheet) as number));
  return { parts: taken.map((candidate) => candidate.part), choice: { taken: names, reason, others } };
}
