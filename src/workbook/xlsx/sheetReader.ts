/**
 * Reads a worksheet part as it streams: only cells that hold a value are kept, so memory follows the
 * values, never the sheet's stated dimension, its formats or its validations. Rows and cells without a
 * reference follow the one before (ECMA-376 part 1, §18.3.1.73 and §18.3.1.4); names may carry a prefix.
 */
import { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { CellValue, NO_RESULT, SheetGrid } from '../../core/grid';
import { isDateFormat } from '../../core/roster/dateCell';
import { localName, unescapeXstring } from './xml';
import { textChunks } from './zipReader';
import { CLOSE, EMPTY, OPEN, TagScanner, attributeIn, decodeEntities } from './tagScanner';

/** Feeds a part's bytes to a saxes parser, a chunk at a time. */
export async function parseStream(stream: Readable, parser: SaxesParser): Promise<void> {
  for await (const text of textChunks(stream)) parser.write(text);
  parser.close();
}

/** Column number of a cell reference's letters: 'AB12' gives 28; 0 when there are none. */
export function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** Row number of a cell reference: 'AB12' gives 12. */
export const rowOf = (reference: string): number => Number(reference.replace(/^[A-Za-z$]+|\$/gu, '')) || 0;

/**
 * Excel's day serial as a date (midnight UTC, its time of day kept), in the workbook's date system. In the
 * 1900 system serials before 60 are a day later than a count from 1899-12-30 gives, as fromExcelSerial reads them.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  return new Date(Math.round((days - 25569) * 86_400_000));
}

/** What the reader needs of the workbook: shared strings, each style's number format, the date system. */
export interface ReadContext {
  sharedStrings: readonly string[];
  formatOfStyle: (style: number) => string | null;
  date1904: boolean;
}

/** A cell's value from its type, its stored text and its number format. */
export function decodeCell(type: string, text: string | undefined, format: string | null, context: ReadContext, hasFormula: boolean): CellValue {
  if (text === undefined) return hasFormula ? { error: NO_RESULT } : null;
  switch (type) {
    case 's': return context.sharedStrings[Number(text)] ?? '';
    case 'str': case 'inlineStr': return unescapeXstring(text);
    case 'b': return text === '1' || text === 'true';
    case 'e': return { error: text };
    case 'd': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text.trim() === '') return hasFormula ? { error: NO_RESULT } : null;
      const number = Number(text);
      if (Number.isNaN(number)) return text;
      return isDateFormat(format) ? serialToDate(number, context.date1904) : number;
    }
  }
}

interface Merge { top: number; left: number; bottom: number; right: number }

/** A sheet's bounds (ECMA-376 part 1, §18.3.1.73 and Excel's specifications): 1,048,576 rows, 16,384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** Thrown for a cell or row past the sheet's bounds: no spreadsheet writes one, the file is damaged. */
export class OutOfBounds extends Error {
  constructor(readonly row: number, readonly column: number) {
    super(`cell at row ${row}, column ${column} is outside the sheet`);
  }
}

/** How far below the last value a merged block is spread. */
const MERGE_ROWS_PAST_VALUES = 200;

/** A sheet's values row by row, only rows that hold one, before they are laid out as a grid. */
class Cells {
  /** Row arrays by 0-based row; a row's array is as long as its last value. */
  readonly rows: (CellValue | undefined)[][] = [];
  readonly formats: (string | null | undefined)[][] = [];
  lastRow = 0;
  lastColumn = 0;

  set(row: number, column: number, value: CellValue, format: string | null): void {
    // Rows and columns index arrays: one past the bounds would make memory follow a damaged number.
    if (row > MAX_ROW || column > MAX_COLUMN) throw new OutOfBounds(row, column);
    (this.rows[row - 1] ??= [])[column - 1] = value;
    if (typeof value === 'number') (this.formats[row - 1] ??= [])[column - 1] = format;
    if (row > this.lastRow) this.lastRow = row;
    if (column > this.lastColumn) this.lastColumn = column;
  }

  /** Each merged area's other cells take the value of its top-left cell, as Excel shows them (within the values). */
  spread(merges: Merge[]): void {
    const lastRow = this.lastRow;
    for (const { top, left, bottom, right } of merges) {
      const value = this.rows[top - 1]?.[left - 1];
      if (value === undefined || value === null) continue;
      const format = this.formats[top - 1]?.[left - 1] ?? null;
      // A block below the last value (a note under the table) is spread as Excel shows it, but never
      // down a whole column: past the values, no further than MERGE_ROWS_PAST_VALUES rows.
      const end = Math.min(bottom, Math.max(lastRow, top + MERGE_ROWS_PAST_VALUES));
      for (let row = top; row <= end; row += 1) {
        for (let column = left; column <= right; column += 1) if (row !== top || column !== left) this.set(row, column, value, format);
      }
    }
  }

  /** The grid from A1, each row padded in place to the widest row; rows without values share one empty row. */
  grid(name: string, hidden: boolean, hiddenRows: number[]): SheetGrid {
    const width = this.lastColumn;
    const emptyValues = Object.freeze(new Array<CellValue>(width).fill(null)) as CellValue[];
    const emptyFormats = Object.freeze(new Array<string | null>(width).fill(null)) as (string | null)[];
    const pad = <T>(row: (T | undefined)[] | undefined, empty: T[]): T[] => {
      if (!row) return empty;
      for (let c = 0; c < width; c += 1) if (row[c] === undefined) row[c] = null as T;
      return row as T[];
    };
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = 0; r < this.lastRow; r += 1) {
      values.push(pad(this.rows[r], emptyValues));
      formats.push(pad(this.formats[r], emptyFormats));
    }
    return { name, values, formats, firstRow: 1, firstColumn: 1, hidden, hiddenRows: hiddenRows.filter((row) => row <= this.lastRow) };
  }
}

function parseRange(ref: string): Merge | undefined {
  const [from, to = from] = ref.split(':');
  const merge = { top: rowOf(from), left: columnOf(from), bottom: Math.min(rowOf(to), MAX_ROW), right: Math.min(columnOf(to), MAX_COLUMN) };
  return merge.top > 0 && merge.left > 0 && merge.bottom >= merge.top && merge.right >= merge.left ? merge : undefined;
}

const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';

/** Reads a worksheet part into a grid of its values (from A1), with hidden rows; merged areas show their value in every cell. */
export async function readWorksheet(stream: Readable, name: string, hidden: boolean, context: ReadContext, spreadMerges = true): Promise<SheetGrid> {
  const cells = new Cells();
  const hiddenRows: number[] = [];
  const merges: Merge[] = [];
  let row = 0;
  let column = 0;
  let type = 'n';
  let style = 0;
  let hasFormula = false;
  let text: string | undefined;
  let capture = false;
  let inCell = false;
  let phonetic = 0;
  const endCell = () => {
    inCell = false;
    capture = false;
    const format = context.formatOfStyle(style);
    const value = decodeCell(type, text === undefined ? undefined : decodeEntities(text), format, context, hasFormula);
    if (value !== null && row > 0 && column > 0) cells.set(row, column, value, format);
  };
  const scanner = new TagScanner((raw, qname, kind) => {
    const local = qname.includes(':') ? localName(qname) : qname;
    if (kind === CLOSE) {
      if (local === 'v' || local === 't') capture = false;
      else if (local === 'c') endCell();
      else if (local === 'rPh') phonetic -= 1;
      return;
    }
    if (local === 'row') {
      const r = attributeIn(raw, 'r');
      row = r ? Number(r) : row + 1;
      column = 0;
      if (raw.includes('hidden') && isTrue(attributeIn(raw, 'hidden'))) hiddenRows.push(row);
    } else if (local === 'c') {
      const r = attributeIn(raw, 'r');
      column = r ? columnOf(r) : column + 1;
      type = attributeIn(raw, 't') ?? 'n';
      style = Number(attributeIn(raw, 's') ?? 0);
      hasFormula = false;
      text = undefined;
      inCell = true;
      if (kind === EMPTY) endCell();
    } else if (!inCell) {
      if (local === 'mergeCell') {
        const merge = parseRange(attributeIn(raw, 'ref') ?? '');
        if (merge) merges.push(merge);
      }
    } else if (local === 'f') hasFormula = true;
    else if (local === 'rPh') phonetic += kind === OPEN ? 1 : 0;
    else if ((local === 'v' || (local === 't' && phonetic === 0))) {
      text = text ?? '';
      capture = kind === OPEN;
    }
  }, (chunk, cdata) => {
    if (capture) text += cdata ? chunk.replace(/&/g, '&amp;') : chunk;
  });
  for await (const text of textChunks(stream)) scanner.feed(text);
  scanner.feed('', true);
  if (spreadMerges) cells.spread(merges);
  return cells.grid(name, hidden, hiddenRows);
}

/** Reads the shared strings part: each item's text, phonetic runs left out. */
export async function readSharedStrings(stream: Readable): Promise<string[]> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    if (local === 'si') current = '';
    else if (local === 'rPh') phonetic += 1;
    else if (local === 't' && phonetic === 0) inText = true;
  });
  parser.on('text', (chunk) => { if (inText) current += chunk; });
  parser.on('cdata', (chunk) => { if (inText) current += chunk; });
  parser.on('closetag', (tag) => {
    const local = localName(tag.name);
    if (local === 't') inText = false;
    else if (local === 'rPh') phonetic -= 1;
    else if (local === 'si') strings.push(unescapeXstring(current));
  });
  await parseStream(stream, parser);
  return strings;
}
