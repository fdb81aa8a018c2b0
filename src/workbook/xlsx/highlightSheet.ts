/**
 * Lays row fills onto a worksheet part as it streams: in each highlighted row, every cell between the
 * roster's first and last column is pointed at a copy of its style with the fill (a cell without a style
 * gets one; a missing cell is added). Everything else in the part passes through as written.
 */
import { columnLetters } from '../../core/grid';
import { Highlight } from '../port';
import { columnOf } from './sheetReader';
import { localName, prefixOf } from './xml';
import { StyleSheetPatch } from './styles';

/** Where the next markup construct ends: the index past its end, or -1 when more text is needed. */
function markupEnd(text: string, start: number): number {
  if (text.startsWith('<!--', start)) return endAfter(text, '-->', start);
  if (text.startsWith('<![CDATA[', start)) return endAfter(text, ']]>', start);
  if (text.startsWith('<?', start) || text.startsWith('<!', start)) return endAfter(text, '>', start);
  let quote = '';
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i + 1;
  }
  return -1;
}

function endAfter(text: string, marker: string, start: number): number {
  const at = text.indexOf(marker, start);
  return at < 0 ? -1 : at + marker.length;
}

const attributeOf = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(tag)?.slice(1).find((v) => v !== undefined);

function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`, 'u');
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/u, ` ${name}="${value}"$1`);
}

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
export async function* highlightSheet(source: AsyncIterable<string>, fills: SheetFills, styles: StyleSheetPatch): AsyncGenerator<string> {
  let buffer = '';
  let inData = false;
  let row = 0;
  let column = 0;
  let color: string | undefined;
  let prefix = '';
  /** The next column of the roster's range that this row has not yet written. */
  let next = 0;
  const filler = (upTo: number): string => {
    let out = '';
    for (; next <= Math.min(upTo, fills.lastColumn); next += 1) out += `<${prefix}c r="${columnLetters(next)}${row}" s="${styles.highlight(0, color!)}"/>`;
    return out;
  };
  const onTag = (tag: string): string => {
    if (tag[1] === '!' || tag[1] === '?') return tag;
    const closing = tag[1] === '/';
    const qname = /^<\/?([^\s/>]+)/u.exec(tag)?.[1] ?? '';
    const name = localName(qname);
    if (name === 'sheetData') inData = !closing && !tag.endsWith('/>');
    if (!inData) return tag;
    const selfClosing = tag.endsWith('/>');
    if (name === 'row') {
      if (closing) return color ? filler(fills.lastColumn) + tag : tag;
      const r = attributeOf(tag, 'r');
      row = r ? Number(r) : row + 1;
      column = 0;
      color = fills.byRow.get(row);
      prefix = prefixOf(qname);
      next = fills.firstColumn;
      if (color && selfClosing) return `${tag.replace(/\s*\/>$/u, '>')}${filler(fills.lastColumn)}</${qname}>`;
      return tag;
    }
    if (name !== 'c' || closing) return tag;
    const r = attributeOf(tag, 'r');
    column = r ? columnOf(r) : column + 1;
    if (!color || column < fills.firstColumn || column > fills.lastColumn) return color ? filler(column - 1) + tag : tag;
    const before = filler(column - 1);
    next = Math.max(next, column + 1);
    return before + withAttribute(tag, 's', String(styles.highlight(Number(attributeOf(tag, 's') ?? 0), color)));
  };
  const drain = (final: boolean): string => {
    let out = '';
    let position = 0;
    for (;;) {
      const start = buffer.indexOf('<', position);
      if (start < 0) {
        out += buffer.slice(position);
        buffer = '';
        return out;
      }
      out += buffer.slice(position, start);
      const end = markupEnd(buffer, start);
      if (end < 0) {
        if (final) throw new Error('worksheet ends inside a tag');
        buffer = buffer.slice(start);
        return out;
      }
      out += onTag(buffer.slice(start, end));
      position = end;
    }
  };
  for await (const chunk of source) {
    buffer += chunk;
    const out = drain(false);
    if (out) yield out;
  }
  const rest = drain(true);
  if (rest) yield rest;
}
