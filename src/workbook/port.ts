/**
 * What the use cases need of a workbook, whatever hosts it: Excel through Office.js, an .xlsx file
 * through ExcelJS, or the in-memory demo. Each call is one round trip to the host.
 */
import { SheetGrid } from '../core/grid';
import { SheetSpec } from '../core/sheets/sheetSpec';

/** One row's fill across the roster's columns. */
export interface RowFill {
  row: number;
  /** RRGGBB */
  color: string;
}

/** Row fills on the roster sheet, between two columns (1-based, inclusive). */
export interface Highlight {
  sheet: string;
  firstColumn: number;
  lastColumn: number;
  rows: RowFill[];
}

export interface WorkbookChanges {
  /** Row fills, one entry per roster sheet (a roster may span several sheets); none or empty for no fills. */
  highlights?: Highlight[];
  sheets: SheetSpec[];
}

export interface WrittenChanges {
  /** The names the new sheets got, in the order given. */
  sheets: string[];
  highlightedRows: number;
}

export interface WorkbookPort {
  /** Every sheet's used range as values (and number formats, where the host gives them). */
  readSheets(): Promise<SheetGrid[]>;
  /**
   * Fills the roster's rows and adds the new sheets, each under a free name. Never changes a value,
   * never deletes or overwrites a sheet. The fills replaced are remembered, so clearHighlights can put
   * them back; highlighting again over an earlier highlight keeps the first-remembered fills.
   */
  write(changes: WorkbookChanges): Promise<WrittenChanges>;
  /** Puts back the fills that highlighting replaced, touching nothing else; the number of rows restored. */
  clearHighlights(): Promise<number>;
}

/** How many rows the changes fill, over every sheet. */
export function highlightedRows(changes: WorkbookChanges): number {
  return (changes.highlights ?? []).reduce((sum, highlight) => sum + highlight.rows.length, 0);
}

/** A failure the user can act on: the message is for them, the cause for the log. */
export class AppError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'AppError';
  }
}
