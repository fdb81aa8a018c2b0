/**
 * Turns a roster sheet into cadres and problems. Every non-blank row gives one cadre, whatever is wrong
 * with it; what is wrong is listed as a problem with its row and column, and the rest is still read.
 */
import { CellValue, SheetGrid, cellText, columnLetters, isBlank } from '../grid';
import { RosterDate } from '../dates';
import { cleanName, normalizeCompact, normalizeText } from '../text';
import { Cadre, Gender, Problem } from './cadre';
import { Field, HEADER_WORDS } from './columns';
import { HeaderMatch, findRoster } from './header';
import { MonthStyle, monthStyleOf, readDateCell } from './dateCell';
import { readHistory, readRelatives } from './relatives';

export interface Roster {
  sheet: string;
  headerRow: number;
  /** The header of each known column found, as written. */
  columns: Partial<Record<Field, string>>;
  cadres: Cadre[];
  problems: Problem[];
  /** The data rows' range in the sheet, for highlighting whole rows. */
  firstColumn: number;
  lastColumn: number;
}

const DATE_FIELDS = ['birth', 'postStart', 'unitStart', 'workStart'] as const;
type DateField = (typeof DATE_FIELDS)[number];

const YES = new Set(['是', '√', '✓', '✔', 'Y', 'YES', '1', 'TRUE', '重点', '重点岗位']);
const NO = new Set(['否', '×', '✗', 'N', 'NO', '0', 'FALSE', '非重点', '一般', '一般岗位', '非重点岗位']);

/** Columns whose absence limits what the rules can say, and what is lost. */
const EXPECTED: [Field, string][] = [
  ['postStart', '无法计算任现职年限'],
  ['birth', '无法判断年龄和临近退休暂缓'],
  ['gender', '无法判断退休年龄'],
  ['rank', '方案按职务名称区分同职级'],
];

function readGender(value: string): Gender | undefined {
  const key = normalizeCompact(value).toUpperCase();
  if (['男', 'M', 'MALE', '男性'].includes(key)) return 'male';
  if (['女', 'F', 'FEMALE', '女性'].includes(key)) return 'female';
  return undefined;
}

function readFlag(value: CellValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const key = normalizeCompact(cellText(value)).toUpperCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

class RowReader {
  constructor(
    private readonly grid: SheetGrid,
    private readonly header: HeaderMatch,
    private readonly styles: Partial<Record<DateField, MonthStyle>>,
    private readonly problems: Problem[],
  ) {}

  cell(index: number, field: Field): CellValue {
    const column = this.header.columns[field];
    return column === undefined ? null : this.grid.values[index][column] ?? null;
  }

  text(index: number, field: Field): string {
    const value = this.cell(index, field);
    return typeof value === 'object' && value !== null && !(value instanceof Date) ? '' : normalizeText(cellText(value));
  }

  report(index: number, field: Field, message: string): void {
    const column = this.header.columns[field] ?? 0;
    const row = this.grid.firstRow + index;
    const title = this.header.titles[field] ?? HEADER_WORDS[field][0];
    this.problems.push({ row, column: title, message, cell: `${columnLetters(this.grid.firstColumn + column)}${row}` });
  }

  date(index: number, field: DateField): RosterDate | undefined {
    const value = this.cell(index, field);
    if (this.header.columns[field] === undefined) return undefined;
    if (isBlank(value)) {
      if (field === 'postStart') this.report(index, field, `${this.header.titles[field]}为空,无法计算任现职年限`);
      if (field === 'birth') this.report(index, field, `${this.header.titles[field]}为空,无法判断年龄`);
      return undefined;
    }
    const format = this.grid.formats?.[index]?.[this.header.columns[field] as number];
    const result = readDateCell(value, format, this.styles[field] ?? 'unknown');
    if (result.ok) return result.value;
    this.report(index, field, result.message);
    return undefined;
  }

  cadre(index: number): Cadre {
    const value = (field: Field) => this.cell(index, field);
    const errorCells = (Object.keys(this.header.columns) as Field[]).filter((field) => {
      const v = value(field);
      return v !== null && typeof v === 'object' && !(v instanceof Date) && !DATE_FIELDS.includes(field as DateField);
    });
    for (const field of errorCells) this.report(index, field, `单元格为错误值${cellText(value(field))}`);
    const name = cleanName(this.text(index, 'name'));
    const unit = this.text(index, 'unit');
    if (!name) this.report(index, 'name', '姓名为空');
    if (!unit) this.report(index, 'unit', '单位为空');
    const genderText = this.text(index, 'gender');
    const gender = readGender(genderText);
    if (this.header.columns.gender !== undefined && !gender) {
      this.report(index, 'gender', genderText ? `无法识别的性别"${genderText}"` : '性别为空');
    }
    const keyFlagValue = value('keyFlag');
    const keyFlag = isBlank(keyFlagValue) ? undefined : readFlag(keyFlagValue);
    if (!isBlank(keyFlagValue) && keyFlag === undefined) this.report(index, 'keyFlag', `无法识别"${cellText(keyFlagValue)}",应为"是"或"否"`);
    return {
      row: this.grid.firstRow + index,
      name,
      gender,
      birth: this.date(index, 'birth'),
      unit,
      post: this.text(index, 'post'),
      rank: normalizeCompact(this.text(index, 'rank')),
      category: this.text(index, 'category'),
      keyFlag,
      postStart: this.date(index, 'postStart'),
      unitStart: this.date(index, 'unitStart'),
      ethnicity: this.text(index, 'ethnicity'),
      birthplace: this.text(index, 'birthplace'),
      politics: this.text(index, 'politics'),
      education: this.text(index, 'education'),
      workStart: this.date(index, 'workStart'),
      remarks: this.text(index, 'remarks'),
      relatives: readRelatives(this.text(index, 'relatives')),
      wish: this.text(index, 'wish'),
      history: readHistory(this.text(index, 'history')),
    };
  }
}

/** Reads the roster of a grid whose header is known. */
export function readRosterGrid(grid: SheetGrid, header: HeaderMatch): Roster {
  const problems: Problem[] = [];
  for (const [field, loss] of EXPECTED) {
    if (header.columns[field] === undefined) {
      problems.push({ row: header.row, column: HEADER_WORDS[field][0], message: `未找到"${HEADER_WORDS[field][0]}"列,${loss}` });
    }
  }
  const rows = grid.values.slice(header.index + 1);
  const styles: Partial<Record<DateField, MonthStyle>> = {};
  for (const field of DATE_FIELDS) {
    const column = header.columns[field];
    if (column !== undefined) styles[field] = monthStyleOf(rows.map((row) => row[column] ?? null));
  }
  const reader = new RowReader(grid, header, styles, problems);
  const cadres: Cadre[] = [];
  for (let index = header.index + 1; index < grid.values.length; index += 1) {
    if (grid.values[index].every(isBlank)) continue;
    cadres.push(reader.cadre(index));
  }
  const width = grid.values.reduce((most, row) => Math.max(most, row.length), 1);
  return {
    sheet: grid.name,
    headerRow: header.row,
    columns: header.titles,
    cadres,
    problems,
    firstColumn: grid.firstColumn,
    lastColumn: grid.firstColumn + width - 1,
  };
}

/**
 * Finds the roster among a workbook's sheets (or takes the named one) and reads it.
 * Throws RosterNotFound, with a message for the user, when no sheet has a name and a unit column.
 */
export function readRoster(sheets: readonly SheetGrid[], sheetName?: string): Roster {
  const { grid, header } = findRoster(sheets, sheetName);
  return readRosterGrid(grid, header);
}
