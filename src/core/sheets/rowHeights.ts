/**
 * Row heights that fit wrapped text. Excel grows a row to its wrapped text only when the row is edited,
 * never for merged cells, and some readers never do: a sheet that prints whole sets them.
 */
import { cellText } from '../grid';
import { SheetSpec } from './sheetSpec';

/**
 * Width units of one character at 11 pt. A unit is 7 pixels (widthUnits.ts, whatever the host's own
 * unit); a CJK or full-width character is 11 pt (14.7 px), about 2.1 units; Latin about one.
 */
function charUnits(code: number): number {
  if (code >= 0x2e80) return 2.1;
  if (code >= 0x41 && code <= 0x5a) return 1.2;
  return 1.05;
}

/** More than any character's units, by a margin that no sum's rounding reaches. */
const WIDEST = 2.2;

/** The width units `text` takes at `fontSize` pt (11 pt is Excel's unit). */
export function textUnits(text: string, fontSize = 11): number {
  let units = 0;
  for (let i = 0; i < text.length; i += 1) units += charUnits(text.charCodeAt(i));
  return (units * fontSize) / 11;
}

/** How many lines `text` wraps to in a cell `width` units wide, breaking anywhere as Chinese text does. */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  const room = Math.max(1, width - 1);
  // Text that would fit were every character wider than a CJK one is one line.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,StringLiteral: a shortcut only: text it does not take is measured character by character, with the same count (rowHeights.lines.test.ts)
  if (text.length * WIDEST * fontSize <= room * 11 && !text.includes('\n')) return 1;
  return text.split('\n').reduce((lines, paragraph) => {
    let line = 0;
    let count = 1;
    for (let i = 0; i < paragraph.length; i += 1) {
      const units = (charUnits(paragraph.charCodeAt(i)) * fontSize) / 11;
      if (line + units > room && line > 0) {
        count += 1;
        line = 0;
      }
      line += units;
    }
    return lines + count;
  }, 0);
}

/** The points a row needs for `lines` lines at `fontSize`, with CJK fonts' line spacing (宋体 1.3, 微软雅黑 1.32). */
export const heightFor = (lines: number, fontSize = 11): number => Math.ceil(lines * fontSize * 1.36 + 5);

/**
 * The spec with every row that holds wrapped text as tall as its tallest cell needs (merged cells
 * count their merged width), keeping any taller height already set. Inputs are not changed.
 */
export function fitRowHeights(spec: SheetSpec): SheetSpec {
  // Per row, per column: whether the cell wraps and its font size, laid on block by block (later wins).
  const wraps: (boolean | undefined)[][] = [];
  const sizes: (number | undefined)[][] = [];
  for (const { row, column, rows = 1, columns = 1, style } of spec.styles ?? []) {
    // Stryker disable next-line ConditionalExpression: a block with neither wrap nor size lays nothing on its cells, skipped or not (speed only)
    if (style.wrap === undefined && style.fontSize === undefined) continue;
    for (let r = row; r < row + rows; r += 1) {
      const wrapRow = (wraps[r] ??= []);
      const sizeRow = (sizes[r] ??= []);
      for (let c = column; c < column + columns; c += 1) {
        if (style.wrap !== undefined) wrapRow[c] = style.wrap;
        if (style.fontSize !== undefined) sizeRow[c] = style.fontSize;
      }
    }
  }
  const spans: number[][] = [];
  for (const merge of spec.merges ?? []) if ((merge.rows ?? 1) === 1) (spans[merge.row] ??= [])[merge.column] = merge.columns ?? 1;
  const widths = spec.columnWidths ?? [];
  const edges = [0];
  for (let c = 0; c < Math.max(widths.length, ...spec.rows.slice(0, 1).map((r) => r.length)) + 64; c += 1) edges.push(edges[c] + (widths[c] ?? 8.43));
  const widthOf = (column: number, span: number): number => edges[column + span] - edges[column];
  const rowHeights: Record<number, number> = { ...spec.rowHeights };
  spec.rows.forEach((values, row) => {
    const wrapRow = wraps[row];
    if (!wrapRow) return;
    let needed = 0;
    values.forEach((value, column) => {
      if (!wrapRow[column]) return;
      const text = cellText(value);
      if (text === '') return;
      // Stryker disable next-line OptionalChaining: sizes[row] is set wherever wraps[row] is, and only such rows get here
      const fontSize = sizes[row]?.[column] ?? 11;
      const width = widthOf(column, spans[row]?.[column] ?? 1);
      needed = Math.max(needed, heightFor(wrappedLines(text, width, fontSize), fontSize));
    });
    if (needed > (rowHeights[row] ?? 0)) rowHeights[row] = needed;
  });
  return { ...spec, rowHeights };
}
