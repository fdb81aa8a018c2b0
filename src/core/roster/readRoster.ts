/**
 * Turns the roster's sheets into cadres, problems and the rows left out. Every non-blank row under the
 * header is either a cadre (whatever is wrong with it, listed as problems) or a skipped row listed with
 * its kind: a section title, a subtotal, a note, an empty post, a hidden row, a person no longer here.
 */
import { CellValue, NO_RESULT, SheetGrid, columnLetters, isBlank } from '../grid';
import { normalizeCompact } from '../text';
import { Cadre, Problem } from './cadre';
import { DATE_FIELDS, DateField, Field, HEADER_WORDS } from './columns';
import { ColumnMap, HeaderMatch } from './header';
import { MonthStyle, monthStyleOf } from './dateCell';
import { RowReader } from './rowReader';
import { MissingColumn, problemAt } from './problemWords';
import { Skipped, rowText, sectionOf, skipKindOf } from './rowKind';
import { RosterNotFound, RosterPart, SheetChoice, chooseRoster } from './sheetChoice';

export { RosterNotFound } from './sheetChoice';

/** One sheet of the roster: where its header and data are, and where the unit of its rows comes from. */
export interface RosterSheet {
  name: string;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** The column letters of each known field on this sheet. */
  letters: Partial<Record<Field, string>>;
}

export interface Roster {
  /** The first roster sheet, for messages; `sheets` lists them all. */
  sheet: string;
  headerRow: number;
  /** The header of each known column found, as written. */
  columns: Partial<Record<Field, string>>;
  cadres: Cadre[];
  problems: Problem[];
  /** The first sheet's data columns, for highlighting whole rows. */
  firstColumn: number;
  lastColumn: number;
  sheets: RosterSheet[];
  /** Rows that are not cadres, in sheet and row order. */
  skipped: Skipped[];
  choice: SheetChoice;
  /** Header cells of the roster not read as any field. */
  unused: string[];
  /** The first sheet's header cells as written, in column order, blank ones left out: what a column may be mapped to. */
  headers: string[];
  /** Names borne by more than one row: perhaps two people, never merged. */
  duplicates: { name: string; rows: { sheet: string; row: number }[] }[];
}

export interface ReadOptions {
  /** The roster sheet, when the user names it. */
  sheetName?: string;
  /** Read hidden rows too (by default only what the user can see is checked). */
  includeHiddenRows?: boolean;
  /** Field → header, where the guess is wrong. */
  columnMap?: ColumnMap;
}

/** Remarks that say the person is no longer on the roster. */
const GONE = ['已调出', '调离', '已退休', '离职', '去世', '已故'];
/** An export's status that says so (员工状态: 离职). */
const GONE_STATES = ['离职', '退休', '调出', '调离', '去世', '已故', '辞职', '辞退', '解聘', '死亡'];

/** Why a cadre read from a row is no longer on the roster (the text listed for the row), or undefined. */
function goneBecause(reader: RowReader, index: number, titles: HeaderMatch['titles'], cadre: Cadre): string | undefined {
  const remarks = normalizeCompact(cadre.remarks);
  if (GONE.some((word) => remarks.includes(word))) return `${cadre.name}(备注:${cadre.remarks})`;
  const state = reader.filled(index, 'state');
  const stateWords = normalizeCompact(state);
  if (GONE_STATES.some((word) => stateWords.includes(word))) return `${cadre.name}(${titles.state}:${state})`;
  const left = reader.filled(index, 'leftOn');
  return left ? `${cadre.name}(${titles.leftOn}:${left})` : undefined;
}

/** Columns whose absence limits what the rules can say. */
const EXPECTED: MissingColumn[] = ['postStart', 'birth', 'gender', 'rank'];

/** A sheet name that names no unit (Sheet1, 花名册 …), so it cannot stand for one. */
const GENERIC_SHEET = /^(sheet|工作表)\s*\d*$|花名册|名册|名单|干部|人员|员工|信息表|汇总|统计/iu;

const blankRow = (row: readonly CellValue[]) =>
  row.every((cell) => isBlank(cell) || (typeof cell === 'object' && cell !== null && !(cell instanceof Date) && cell.error === NO_RESULT));

function width(grid: SheetGrid): number {
  return grid.values.reduce((most, row) => Math.max(most, row.length), 1);
}

function lettersOf(part: RosterPart): Partial<Record<Field, string>> {
  const letters: Partial<Record<Field, string>> = {};
  for (const [field, column] of Object.entries(part.header.columns) as [Field, number][]) letters[field] = columnLetters(part.grid.firstColumn + column);
  return letters;
}

/** Reads one sheet's rows under its header into cadres and skipped rows. */
function readPart(part: RosterPart, includeHidden: boolean, problems: Problem[], cadres: Cadre[], skipped: Skipped[]): void {
  const { grid, header } = part;
  const first = header.index + header.depth;
  const styles: Partial<Record<DateField, MonthStyle>> = {};
  for (const field of DATE_FIELDS) {
    const column = header.columns[field];
    if (column !== undefined) styles[field] = monthStyleOf(grid.values.slice(first).map((row) => row[column] ?? null));
  }
  const reader = new RowReader(grid, header, styles, problems);
  const hidden = new Set(includeHidden ? [] : grid.hiddenRows ?? []);
  // The unit of a sheet without a unit column: its name, then each section row's (the reader takes it only there).
  let section = GENERIC_SHEET.test(grid.name) ? '' : grid.name.trim();
  const skip = (index: number, kind: Skipped['kind'], text: string) => {
    const row = grid.firstRow + index;
    const last = skipped[skipped.length - 1];
    // A row repeating the one above it, both left out alike, is a merged block shown in every row.
    const block = last && kind !== '隐藏行' && last.sheet === grid.name && last.kind === kind && last.text === text && (last.through ?? last.row) === row - 1;
    if (block) last.through = row;
    else skipped.push({ sheet: grid.name, row, kind, text });
  };
  for (let index = first; index < grid.values.length; index += 1) {
    const values = grid.values[index];
    if (blankRow(values)) continue;
    if (hidden.has(grid.firstRow + index)) {
      skip(index, '隐藏行', rowText(values));
      continue;
    }
    const kind = skipKindOf(values, header.columns);
    if (kind) {
      const text = rowText(values);
      if (kind === '分组标题') section = sectionOf(values);
      skip(index, kind, text);
      continue;
    }
    const before = problems.length;
    const cadre = reader.cadre(index, section);
    const gone = goneBecause(reader, index, header.titles, cadre);
    if (gone) {
      problems.splice(before);
      skip(index, '不在册', gone);
      continue;
    }
    cadres.push(cadre);
  }
}

function duplicatesOf(cadres: readonly Cadre[]): Roster['duplicates'] {
  // Each name's first cadre, in the order names first come; rows are listed only for a name seen again.
  const first = new Map<string, Cadre>();
  const again = new Map<string, Cadre[]>();
  for (const cadre of cadres) {
    if (!cadre.name) continue;
    if (!first.has(cadre.name)) {
      first.set(cadre.name, cadre);
      continue;
    }
    const more = again.get(cadre.name);
    if (more) more.push(cadre);
    else again.set(cadre.name, [cadre]);
  }
  const rowOf = ({ sheet, row }: Cadre) => ({ sheet, row });
  return [...first].flatMap(([name, cadre]) => {
    const more = again.get(name);
    return more ? [{ name, rows: [cadre, ...more].map(rowOf) }] : [];
  });
}

/** Reads the chosen roster sheets. */
export function readRosterParts(parts: readonly RosterPart[], choice: SheetChoice, options: ReadOptions = {}): Roster {
  const [main] = parts;
  const problems: Problem[] = [];
  for (const field of EXPECTED) {
    const word = HEADER_WORDS[field][0];
    if (main.header.columns[field] === undefined) problems.push(problemAt({ sheet: main.grid.name, row: main.header.row, column: word }, { kind: 'missingColumn', field, word }));
  }
  const cadres: Cadre[] = [];
  const skipped: Skipped[] = [];
  for (const part of parts) readPart(part, options.includeHiddenRows ?? false, problems, cadres, skipped);
  const unitKnown = main.header.columns.unit !== undefined || main.header.columns.unitPost !== undefined;
  if (!unitKnown && cadres.length > 0 && cadres.every((cadre) => cadre.unit === '')) {
    throw new RosterNotFound({ kind: 'noUnitColumn', sheet: main.grid.name });
  }
  const sheets = parts.map((part) => ({
    name: part.grid.name,
    headerRow: part.header.row,
    firstColumn: part.grid.firstColumn,
    lastColumn: part.grid.firstColumn + width(part.grid) - 1,
    letters: lettersOf(part),
  }));
  return {
    sheet: main.grid.name,
    headerRow: main.header.row,
    columns: main.header.titles,
    cadres,
    problems,
    firstColumn: sheets[0].firstColumn,
    lastColumn: sheets[0].lastColumn,
    sheets,
    skipped,
    choice,
    unused: main.header.unused,
    headers: main.header.cells.filter((cell) => cell !== ''),
    duplicates: duplicatesOf(cadres),
  };
}

/**
 * Finds the roster among a workbook's sheets (or takes the named one) and reads it.
 * Throws RosterNotFound, with a message for the user, when no sheet is a roster.
 */
export function readRoster(sheets: readonly SheetGrid[], options: ReadOptions = {}): Roster {
  const { parts, choice } = chooseRoster(sheets, options.sheetName, options.columnMap);
  return readRosterParts(parts, choice, options);
}
