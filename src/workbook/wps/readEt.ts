/**
 * Reading sheets through ET in bounded steps: each sheet's used range (one call for its bounds), its
 * values one Value2 per block of rows, the hidden rows by asking whole blocks of rows at once, and the
 * number formats only of the columns where a block holds numbers (only a number can be a date).
 */
import { SheetGrid } from '../../core/grid';
import { blockAddress } from '../office/addresses';
import { fromOfficeValue } from '../office/readSheets';
import { EtRange, EtWorksheet } from './et';
import { uniformGroups } from './groups';

/** Cells per Value2 read: a 10,000-row roster of a dozen columns is one read. */
export const CELLS_PER_BLOCK = 200_000;

interface Bounds {
  firstRow: number;
  firstColumn: number;
  rows: number;
  columns: number;
  /** Some cells of the used range are merged: ET cannot list the merged areas in one call as Office.js can. */
  merged: boolean;
}

/** The used range's bounds. */
export function usedBounds(sheet: EtWorksheet): Bounds {
  const used: EtRange = sheet.UsedRange;
  return { firstRow: used.Row, firstColumn: used.Column, rows: used.Rows.Count, columns: used.Columns.Count, merged: used.MergeCells !== false };
}

/** A Value2 as rows of columns: one cell's scalar becomes [[value]]. */
export function asRows(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return Array.isArray(value[0]) ? (value as unknown[][]) : [value];
}

/** Sheet rows from..to that are hidden, asked a block at a time. */
export function hiddenRows(sheet: EtWorksheet, from: number, to: number): number[] {
  const rows = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const groups = uniformGroups(rows, (group) => {
    const hidden = sheet.Range(`${group[0]}:${group[group.length - 1]}`).Hidden;
    return hidden === null ? undefined : hidden;
  });
  return groups.filter((group) => group.value === true).flatMap((group) => group.items);
}

/** Reads one sheet whole (hidden flag from the sheet list); `onMerged` hears of a sheet with merged cells. */
export function readSheet(sheet: EtWorksheet, name: string, hidden: boolean, onMerged: (name: string) => void = () => undefined): SheetGrid {
  const bounds = usedBounds(sheet);
  if (bounds.merged) onMerged(name);
  const grid: SheetGrid = { name, values: [], formats: [], firstRow: bounds.firstRow, firstColumn: bounds.firstColumn, hidden, hiddenRows: [] };
  const lastRow = bounds.firstRow + bounds.rows - 1;
  const lastColumn = bounds.firstColumn + bounds.columns - 1;
  const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_BLOCK / bounds.columns));
  for (let first = bounds.firstRow; first <= lastRow; first += rowsPerBlock) {
    const last = Math.min(first + rowsPerBlock - 1, lastRow);
    const values = asRows(sheet.Range(blockAddress(first, last, bounds.firstColumn, lastColumn)).Value2).map((row) => row.map(fromOfficeValue));
    const formats: (string | null)[][] = values.map((row) => row.map(() => null));
    for (let j = 0; j < bounds.columns; j += 1) {
      const numeric = values.map((row, i) => [row[j], i] as const).filter(([value]) => typeof value === 'number').map(([, i]) => i);
      const column = bounds.firstColumn + j;
      for (const group of uniformGroups(numeric, (part) => sheet.Range(blockAddress(first + part[0], first + part[part.length - 1], column, column)).NumberFormat ?? undefined)) {
        // A single cell always answers; a run answers for all its cells, numbers or not.
        for (const i of group.items) formats[i][j] = group.value ?? null;
      }
    }
    grid.values.push(...values);
    grid.formats!.push(...formats);
  }
  grid.hiddenRows = bounds.rows > 0 ? hiddenRows(sheet, bounds.firstRow, lastRow) : [];
  return grid;
}
