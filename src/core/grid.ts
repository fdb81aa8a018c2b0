/**
 * A sheet as plain values, the form in which every workbook adapter hands a sheet to the core.
 */

/** One cell's value: what Excel holds, with errors (#N/A) as `{ error }`. */
export type CellValue = string | number | boolean | Date | null | { error: string };

/** A sheet's used range as values, with the number formats that tell a date serial from a number. */
export interface SheetGrid {
  name: string;
  /** values[r][c] is the cell at sheet row `firstRow + r`, column `firstColumn + c` (both 1-based). */
  values: CellValue[][];
  /** Number formats in the same shape as `values`, where the host gives them. */
  formats?: (string | null)[][];
  firstRow: number;
  firstColumn: number;
  /** The sheet is hidden (or very hidden) in the workbook. */
  hidden?: boolean;
  /** Sheet rows (1-based, ascending) that are hidden by hand or by a filter. */
  hiddenRows?: number[];
}

/**
 * The error text a cell carries when it holds a formula whose result the file does not store (a file
 * written by a script and never recalculated): `{ error: NO_RESULT }`.
 */
export const NO_RESULT = '#NO_RESULT';

/** Whether a cell holds nothing a person typed. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}

/** The text a person sees in a cell, for messages and for text columns. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.error;
  return String(value);
}

/** The column letters of a 1-based column number: `columnLetters(28) === 'AB'`. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
