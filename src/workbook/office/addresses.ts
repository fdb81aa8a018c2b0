/**
 * A1 addresses for the Office.js adapter, and the grouping of highlighted rows into as few ranges as
 * possible: consecutive rows of one fill become one block, blocks of one fill one RangeAreas.
 */
import { columnLetters } from '../../core/grid';
import { RowFill } from '../port';

/** 'A4:T9' */
export function blockAddress(firstRow: number, lastRow: number, firstColumn: number, lastColumn: number): string {
  return `${columnLetters(firstColumn)}${firstRow}:${columnLetters(lastColumn)}${lastRow}`;
}

export interface RowBlock {
  first: number;
  last: number;
}

/** Sorted rows as runs of consecutive rows: [4, 5, 6, 9] gives [{4–6}, {9–9}]. */
export function rowBlocks(rows: readonly number[]): RowBlock[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: RowBlock[] = [];
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.last === row - 1) last.last = row;
    else blocks.push({ first: row, last: row });
  }
  return blocks;
}

/** Rows grouped by fill, each as blocks: one entry per distinct color. */
export function blocksByColor(fills: readonly RowFill[]): Map<string, RowBlock[]> {
  const rowsByColor = new Map<string, number[]>();
  for (const { row, color } of fills) {
    const rows = rowsByColor.get(color) ?? [];
    rows.push(row);
    rowsByColor.set(color, rows);
  }
  return new Map([...rowsByColor].map(([color, rows]) => [color, rowBlocks(rows)]));
}

/** Splits a list into parts of at most `size`, for address lists that Excel takes in one call. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
