/**
 * Reading a sheet spec as a person sees the laid-out sheet: the style a cell ends with, a row's values.
 */
import { CellStyle, SheetSpec } from '../../../src/core/sheets/sheetSpec';

/** The style a cell ends with, the blocks laid on in order (later keys win), as each adapter applies them. */
export function styleAt(sheet: SheetSpec, row: number, column: number): CellStyle {
  const style: CellStyle = {};
  for (const block of sheet.styles ?? []) {
    if (row >= block.row && row < block.row + (block.rows ?? 1) && column >= block.column && column < block.column + (block.columns ?? 1)) Object.assign(style, block.style);
  }
  return style;
}

/** The first row whose first cell is `first`, or -1. */
export const rowOf = (sheet: SheetSpec, first: string): number => sheet.rows.findIndex((row) => row[0] === first);

/** A row's values with the merged-over holes left out. */
export const shown = (sheet: SheetSpec, row: number): unknown[] => sheet.rows[row].filter((value) => value !== undefined);

/** Merges as comparable text, sorted: 'row:column+columns'. */
export const mergeList = (sheet: SheetSpec): string[] =>
  (sheet.merges ?? []).map((merge) => `${merge.row}:${merge.column}+${merge.columns ?? 1}${merge.rows && merge.rows > 1 ? `x${merge.rows}` : ''}`).sort();

export const HEADER_STYLE: CellStyle = { bold: true, fill: 'DDEBF7', border: true, align: 'center', wrap: true };
export const BODY_STYLE: CellStyle = { border: true, wrap: true, verticalAlign: 'top' };

/**
 * The style blocks and merges that cover no cell. The Office adapter addresses a block by its first and
 * last row (blockAddress): a block of no rows would name the row above it too (A12:N11 is A11:N12 to
 * Excel) and style it.
 */
export const emptyBlocks = (sheet: SheetSpec): unknown[] =>
  [...(sheet.styles ?? []), ...(sheet.merges ?? [])].filter((block) => (block.rows ?? 1) < 1 || (block.columns ?? 1) < 1);
