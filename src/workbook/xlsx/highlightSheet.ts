/**
 * Lays row fills onto a worksheet part as it streams: in each highlighted row, every cell between the
 * roster's first and last column is pointed at a copy of its style with the fill (a cell without a style
 * gets one; a missing cell is added). Everything else in the part passes through as written.
 */
import { columnLetters } from '../../core/grid';
import { Highlight } from '../port';
import { columnOf } from './sheetReader';
import { localName, prefixOf } from './xml';
import { CLOSE, EMPTY, OPEN, TagScanner, attributeIn, withAttributeIn } from './tagScanner';
import { StyleSheetPatch } from './styles';

/** The fills of one sheet's highlight, by row. */
export interface SheetFills {
  byRow: Map<number, string>;
  firstColumn: number;
  lastColumn: number;
}

export function sheetFills(highlight: Highlight): SheetFills {
  return { byRow: new Map(highlight.rows.map(({ row, color }) => [row, color])), firstColumn: highlight.firstColumn, lastColumn: highlight.lastColumn };
}

/** The worksheet text with the fills laid on, chunk by chunk. */
export async function* highlightSheet(source: AsyncIterable<string> | Iterable<string>, fills: SheetFills, styles: Pick<StyleSheetPatch, 'highlight'>): AsyncGenerator<string> {
  let inData = false;
  let row = 0;
  let column = 0;
  let color: string | undefined;
  let prefix = '';
  /** The next column of the roster's range that this row has not yet written. */
  let next = 0;
  // Rows come in ascending order (§18.3.1.73): past the last highlighted one, the rest passes unread.
  const lastRow = Math.max(0, ...fills.byRow.keys());
  let done = false;
  const filler = (upTo: number): string => {
    let out = '';
    for (; next <= Math.min(upTo, fills.lastColumn); next += 1) out += `<${prefix}c r="${columnLetters(next)}${row}" s="${styles.highlight(0, color!)}"/>`;
    return out;
  };
  const scanner = new TagScanner((raw, qname, kind) => {
    const name = qname.includes(':') ? localName(qname) : qname;
    if (name === 'sheetData') inData = kind === OPEN;
    if (!inData) return undefined;
    if (name === 'row') {
      if (kind === CLOSE) return color ? filler(fills.lastColumn) + raw : undefined;
      const r = attributeIn(raw, 'r');
      row = r ? Number(r) : row + 1;
      column = 0;
      color = fills.byRow.get(row);
      if (row > lastRow) done = true;
      prefix = prefixOf(qname);
      next = fills.firstColumn;
      if (color && kind === EMPTY) return `${raw.replace(/\s*\/>$/, '>')}${filler(fills.lastColumn)}</${qname}>`;
      // A row without a fill passes through unread, up to the next row's tag.
      if (!color && kind === OPEN) scanner.skipTo = `<${qname}`;
      return undefined;
    }
    if (name !== 'c' || kind === CLOSE || !color) return undefined;
    const r = attributeIn(raw, 'r');
    column = r ? columnOf(r) : column + 1;
    if (column < fills.firstColumn || column > fills.lastColumn) return filler(column - 1) + raw;
    const before = filler(column - 1);
    next = Math.max(next, column + 1);
    return before + withAttributeIn(raw, 's', String(styles.highlight(Number(attributeIn(raw, 's') ?? 0), color)));
  }, undefined, true);
  for await (const chunk of source) {
    if (done) {
      yield chunk;
      continue;
    }
    const out = scanner.feed(chunk);
    // Once done, what the scanner held back of this chunk goes out as it is.
    const all = done ? out + scanner.takePending() : out;
    if (all) yield all;
  }
  if (!done) {
    const rest = scanner.feed('', true);
    if (rest) yield rest;
  }
}
