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

/** Rows and columns of an A1 block: parseBlock('Sheet1!B3:D4') gives { r1: 3, c1: 2, r2: 4, c2: 4 }. */
export function parseBlock(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const [first, last = first] = (address.split('!').pop() as string).replace(/\$/gu, '').split(':');
  const part = (ref: string) => {
    const match = /^([A-Z]+)(\d+)$/u.exec(ref);
    if (!match) throw new Error(`not a cell address: ${ref}`);
    return { c: match[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), r: Number(match[2]) };
  };
  const a = part(first);
  const b = part(last);
  return { r1: a.r, c1: a.c, r2: b.r, c2: b.c };
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
