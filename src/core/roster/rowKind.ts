/**
 * What a row under the header is, when it is not a cadre: rosters are grouped under section rows
 * (一、局机关科室), counted in 合计/小计 rows, annotated below the table (注:, 填表人:) or beside it in merged
 * instruction blocks, and list empty posts (空岗) with no one's name.
 */
import { CellValue, cellText, isBlank } from '../grid';
import { normalizeCompact, normalizeText } from '../text';
import { Field } from './columns';

export type SkipKind = '分组标题' | '合计行' | '表注' | '空岗' | '隐藏行' | '不在册';

/** A row left out of the roster, with why; every such row is listed, so nobody vanishes without a trace. */
export interface Skipped {
  sheet: string;
  /** The row as Excel numbers it. */
  row: number;
  kind: SkipKind;
  /** The row's text as a person would read it, shortened. */
  text: string;
  /**
   * The last row of a merged block read by a host that shows its text in every row it spans (the
   * CLI's reader): rows `row`…`through` are one note, listed once. Absent for a single row.
   */
  through?: number;
}

/** A total row's first words (合计, 小计(局机关), …), on a roster or a quota sheet. */
export const SUBTOTAL = /^(合计|小计|总计|共计|累计|总人数|人数合计)/u;
/** A unit's total (局机关合计, 办公室小计:): two characters or more before the word, so no name reads as one. */
// Stryker disable next-line Regex: without its ^ the same texts match, .{2,} starting anywhere
const UNIT_TOTAL = /^.{2,}(合计|小计|总计|共计)[::]?$/u;
/** Whether a cell's compact text begins a total row (合计, 小计(局机关)) or totals a unit (局机关合计). */
export const isTotal = (compact: string): boolean => SUBTOTAL.test(compact) || UNIT_TOTAL.test(compact);
// Stryker disable next-line Regex: the colon is optional: any character or none after the word, the word alone decides
const NOTE = /^(注|附注|备注|说明|填表说明|导入说明|填表人|填报人|制表人|制表|审核人|审核|负责人|联系人|联系电话|填报单位|填表日期|制表日期|填报日期|统计时间|数据截至|单位负责人|分管领导)[::]?/u;
// Stryker disable next-line Regex: unanchored, it finds a number and a stop inside a lone text (附1.见说明): no name holds digits, a date has a digit after its stop, so it tells only a note from a title, both left out
const NUMBERED_NOTE = /^\d+[.、.]\D/u;
const SECTION_NUMBER = /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+部分)/u;
const UNIT_ENDING = /(局|机关|科室|科|室|处|中心|单位|部门|站|所|队|院|校|办|委|组|股|馆|部|公司)$/u;
/** A head count beside a section title: 12人, (共12人), (12); no one's data, in whatever column it stands. */
// Stryker disable next-line Regex: loosened, it takes words around a count (编制12人) as a count too, which changes only rows that hold no one's data
const COUNT = /^[(（]?[共计]?\d+人[)）]?$|^[(（][共计]?\d+[)）]$/u;
const isCount = (value: CellValue): boolean => typeof value === 'string' && COUNT.test(normalizeCompact(value));
const VACANT_NAME = new Set(['', '空岗', '空缺', '缺', '空', '暂缺', '待配', '待定', '/', '-', '—', '无']);
/** Personal data: any of these in a row means a person, even when the name is missing. */
const PERSONAL: Field[] = ['gender', 'birth', 'ethnicity', 'birthplace', 'politics', 'education', 'workStart', 'postStart', 'unitStart', 'relatives'];
/** A name is short; a cell far longer, or written in sentences, is a note. */
const LONGEST_NAME = 12;

/** The row's distinct texts, in order (a merged cell read by some hosts repeats its text across the cells it spans). */
function distinctTexts(cells: readonly CellValue[]): string[] {
  const texts: string[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const text = normalizeText(cellText(cell));
    if (!texts.includes(text)) texts.push(text);
  }
  return texts;
}

/** '8' for one row, '8-11' for a merged block listed once. */
export function skippedRows(skipped: Skipped): string {
  return skipped.through === undefined ? String(skipped.row) : `${skipped.row}-${skipped.through}`;
}

/** The unit a section title names: '一、局机关科室(12人)' gives '局机关科室'. */
export function sectionUnit(title: string): string {
  return normalizeText(title).replace(SECTION_NUMBER, '').replace(/[(（][^)）]*[)）]$/u, '').replace(/[::]$/u, '').trim();
}

/** The unit a section row names: its last text that is no head count ('一' | '局机关' | '12人' gives '局机关'). */
export function sectionOf(cells: readonly CellValue[]): string {
  const words = distinctTexts(cells).filter((text) => !isCount(text));
  // Stryker disable next-line StringLiteral: a section row always has a text that is no count
  return sectionUnit(words[words.length - 1] ?? '');
}

/** A row's text for a listing: its distinct texts joined, at most 40 characters. */
export function rowText(cells: readonly CellValue[]): string {
  const text = distinctTexts(cells).join(' ');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const isSentence = (text: string): boolean => text.length > LONGEST_NAME || /[,。;;,]/u.test(text);
/** A numbered title, or a note where the unit it would name is a sentence. */
const numberedKind = (title: string): SkipKind => (isSentence(sectionUnit(title)) ? '表注' : '分组标题');

/**
 * The kind of a non-blank row that is not a cadre, or undefined for a cadre's row.
 * `columns` are the header's field columns; the name column decides most cases.
 */
export function skipKindOf(cells: readonly CellValue[], columns: Partial<Record<Field, number>>): SkipKind | undefined {
  // Stryker disable next-line ConditionalExpression: cells[undefined] is undefined, read as null all the same
  const cell = (field: Field) => (columns[field] === undefined ? null : cells[columns[field] as number] ?? null);
  const nameCell = cell('name');
  // The common case first, without looking at every cell: a name beside personal data of its own. The
  // shortcut only spares work: every row it lets through, the full reading below finds a cadre too.
  // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut only: the full reading gives the same
  if (!isBlank(nameCell)) {
    const short = normalizeCompact(cellText(nameCell));
    // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression: fewer rows through the shortcut: the full reading gives the same
    const own = PERSONAL.some((field) => !isBlank(cell(field)) && !isCount(cell(field)) && cellText(cell(field)) !== cellText(nameCell));
    const lead = normalizeCompact(cellText(cells.find((value) => !isBlank(value)) ?? null));
    // Stryker disable next-line ConditionalExpression: a shortcut only: the full reading gives the same
    if (own && !NOTE.test(short) && !isSentence(short) && !isTotal(lead)) return undefined;
  }
  const texts = distinctTexts(cells);
  if (texts.length === 0) return undefined;
  const noPerson = PERSONAL.every((field) => isBlank(cell(field)) || isCount(cell(field)));
  const first = normalizeCompact(texts[0]);
  if (isTotal(first) || (noPerson && texts.some((text) => isTotal(normalizeCompact(text))))) return '合计行';
  if (noPerson) {
    // A section title may have its number in a column of its own ('一' | '局机关') and its head count beside it ('12人').
    const words = texts.filter((text) => !isCount(text));
    if (words.length === 2 && /^[一二三四五六七八九十]+[、.．]?$/u.test(words[0])) return '分组标题';
    // Stryker disable next-line ConditionalExpression: a numbered title beside more words than its count reads as a title too; no roster seen writes such a row
    if (words.length === 1 && SECTION_NUMBER.test(normalizeCompact(words[0]))) return numberedKind(words[0]);
  }
  const name = normalizeCompact(cellText(cell('name')));
  if (texts.length === 1) {
    if (NOTE.test(first) || NUMBERED_NOTE.test(first)) return '表注';
    if (SECTION_NUMBER.test(first)) return numberedKind(texts[0]);
    if (isSentence(first)) return '表注';
    // One short text alone: a section title where it spans the row or names a unit, else a cadre with
    // little data (a lone date or 男/女 in a personal column is a cadre whose name is missing).
    const filled = cells.filter((value) => !isBlank(value)).length;
    if (filled === 1 && !noPerson && /\d|^[男女]$/u.test(first)) return undefined;
    // The same text in several cells is one merged block (some hosts repeat its text in every cell it spans).
    if (filled > 1 || name !== first || UNIT_ENDING.test(first)) return '分组标题';
    return undefined;
  }
  if (name && (NOTE.test(name) || isSentence(name))) return '表注';
  if (VACANT_NAME.has(name) && noPerson) return '空岗';
  return undefined;
}
