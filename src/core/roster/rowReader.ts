/**
 * Reads one roster row into a cadre; what is wrong with a cell is listed as a problem with its sheet,
 * row and column, and the rest is still read.
 */
import { CellValue, NO_RESULT, SheetGrid, cellText, columnLetters, isBlank } from '../grid';
import { RosterDate } from '../dates';
import { cleanName, normalizeCompact, normalizeText } from '../text';
import { Cadre, Gender, Problem } from './cadre';
import { DATE_FIELDS, DateField, Field, HEADER_WORDS } from './columns';
import { HeaderMatch } from './header';
import { MonthStyle, fail, readDateCell } from './dateCell';
import { Issue, problemAt } from './problemWords';
import { readHistory, readRelatives } from './relatives';
import { postAfterUnit, splitUnitPost } from './unitPost';

const YES = new Set(['是', '√', '✓', '✔', 'Y', 'YES', '1', 'TRUE', '重点', '重点岗位']);
const NO = new Set(['否', '×', '✗', 'N', 'NO', '0', 'FALSE', '非重点', '一般', '一般岗位', '非重点岗位']);

/** What is wrong with a cell that is an error value. */
export function errorIssue(value: { error: string }): Issue {
  return value.error === NO_RESULT ? { kind: 'noResult' } : { kind: 'errorValue', error: value.error };
}

/** What a cell holds when it means nothing: '/' or '无' in a unit or post column. */
const PLACEHOLDERS = new Set(['/', '\\', '-', '—', '–', '无']);

const isError = (value: CellValue): value is { error: string } => value !== null && typeof value === 'object' && !(value instanceof Date);

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

export class RowReader {
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
    return normalizeText(this.lines(index, field));
  }

  /** The cell's text as typed, its line breaks kept (a cell listing one entry a line), or '' for an error value. */
  lines(index: number, field: Field): string {
    const value = this.cell(index, field);
    return isError(value) ? '' : cellText(value);
  }

  /** The cell's text, or '' where it holds a placeholder ('/', '无'). */
  filled(index: number, field: Field): string {
    const text = this.text(index, field);
    return PLACEHOLDERS.has(text) ? '' : text;
  }

  report(index: number, field: Field, issue: Issue): void {
    const column = this.header.columns[field];
    const row = this.grid.firstRow + index;
    const title = this.header.titles[field] ?? HEADER_WORDS[field][0];
    const cell = column === undefined ? undefined : `${columnLetters(this.grid.firstColumn + column)}${row}`;
    this.problems.push(problemAt({ sheet: this.grid.name, row, column: title, ...(cell ? { cell } : {}) }, issue));
  }

  date(index: number, field: DateField): RosterDate | undefined {
    const value = this.cell(index, field);
    if (this.header.columns[field] === undefined) return undefined;
    if (isBlank(value)) {
      if (field === 'postStart') this.report(index, field, { kind: 'blankPostStart', title: this.header.titles[field] as string });
      if (field === 'birth') this.report(index, field, { kind: 'blankBirth', title: this.header.titles[field] as string });
      return undefined;
    }
    const format = this.grid.formats?.[index]?.[this.header.columns[field] as number];
    const result = isError(value) ? fail(errorIssue(value)) : readDateCell(value, format, this.styles[field] ?? 'unknown');
    if (result.ok) return result.value;
    this.report(index, field, result.issue);
    return undefined;
  }

  /** Unit and post, from their columns or split from a combined 单位及职务 column; `fallbackUnit` where neither gives one. */
  private unitAndPost(index: number, fallbackUnit: string): { unit: string; post: string } {
    const combined = this.header.columns.unitPost !== undefined ? splitUnitPost(this.text(index, 'unitPost')) : undefined;
    const unit = this.header.columns.unit !== undefined ? this.filled(index, 'unit') : combined?.unit ?? fallbackUnit;
    if (this.header.columns.post !== undefined) return { unit, post: this.filled(index, 'post') };
    if (!combined) return { unit, post: '' };
    // Beside a unit column of its own, the post is what follows that unit in the cell, else the cell's own split.
    // Stryker disable next-line ConditionalExpression: without a unit column the unit is the cell's own split, which the cell starts with, and what follows it is the split's post
    const afterUnit = this.header.columns.unit !== undefined ? postAfterUnit(this.text(index, 'unitPost'), unit) : undefined;
    return { unit, post: afterUnit ?? combined.post };
  }

  /** The columns few rosters have (聘任时间, 聘期, 聘期起止, 任本单位正副职时间), only where the roster has them. */
  private optional(index: number): Partial<Cadre> {
    const has = (field: Field) => this.header.columns[field] !== undefined;
    const found: Partial<Cadre> = {};
    if (has('termStart')) found.termStart = this.date(index, 'termStart');
    if (has('termLength')) found.termLength = this.text(index, 'termLength');
    if (has('termRange')) found.termRange = this.text(index, 'termRange');
    if (has('leadershipStart')) found.leadershipStart = this.date(index, 'leadershipStart');
    return found;
  }

  cadre(index: number, fallbackUnit: string): Cadre {
    const value = (field: Field) => this.cell(index, field);
    for (const field of Object.keys(this.header.columns) as Field[]) {
      const v = value(field);
      if (isError(v) && !(DATE_FIELDS as readonly string[]).includes(field)) this.report(index, field, errorIssue(v));
    }
    const name = cleanName(this.text(index, 'name'));
    const { unit, post } = this.unitAndPost(index, fallbackUnit);
    if (!name) this.report(index, 'name', { kind: 'blankName' });
    if (!unit && !isError(value('unit')) && !isError(value('unitPost'))) this.report(index, this.header.columns.unit === undefined && this.header.columns.unitPost !== undefined ? 'unitPost' : 'unit', { kind: 'blankUnit' });
    const genderText = this.text(index, 'gender');
    const gender = readGender(genderText);
    if (this.header.columns.gender !== undefined && !gender && !isError(value('gender'))) {
      this.report(index, 'gender', genderText ? { kind: 'unknownGender', text: genderText } : { kind: 'blankGender' });
    }
    const keyFlagValue = value('keyFlag');
    const keyFlag = isBlank(keyFlagValue) || isError(keyFlagValue) ? undefined : readFlag(keyFlagValue);
    if (!isBlank(keyFlagValue) && !isError(keyFlagValue) && keyFlag === undefined) this.report(index, 'keyFlag', { kind: 'unknownFlag', text: cellText(keyFlagValue) });
    return {
      sheet: this.grid.name,
      row: this.grid.firstRow + index,
      name,
      gender,
      birth: this.date(index, 'birth'),
      unit,
      post,
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
      joined: this.date(index, 'joined'),
      remarks: this.text(index, 'remarks'),
      relatives: readRelatives(this.lines(index, 'relatives')),
      wish: this.text(index, 'wish'),
      history: readHistory(this.lines(index, 'history')),
      ...this.optional(index),
    };
  }
}
