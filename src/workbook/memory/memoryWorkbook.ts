/**
 * A workbook held in memory: the browser preview's demo workbook and the use cases' test double.
 * It keeps values, cell fills and the specs of the sheets written, so a page can show them as tables.
 */
import { CellValue, SheetGrid } from '../../core/grid';
import { SheetSpec, freeSheetName } from '../../core/sheets/sheetSpec';
import { WorkbookChanges, WorkbookPort, WrittenChanges, highlightedRows } from '../port';

export interface MemorySheet {
  name: string;
  /** Values from A1. */
  values: CellValue[][];
  /** Number formats from A1, where known (dates as serials need them). */
  formats?: (string | null)[][];
  /** Cell fills, keyed 'row:column' (1-based), RRGGBB. */
  fills: Map<string, string>;
  /** For sheets the tool wrote: how they were described. */
  spec?: SheetSpec;
  /** The sheet is hidden, and the rows (1-based) hidden in it, as SheetGrid says. */
  hidden?: boolean;
  hiddenRows?: number[];
}

const key = (row: number, column: number): string => `${row}:${column}`;

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[];
  /** Fills replaced by highlighting, per sheet: cell key → the fill before (null for none). */
  private readonly replaced = new Map<string, Map<string, string | null>>();

  constructor(sheets: { name: string; values: CellValue[][]; formats?: (string | null)[][]; fills?: Map<string, string>; hidden?: boolean; hiddenRows?: number[] }[]) {
    this.sheets = sheets.map((sheet) => ({ name: sheet.name, values: sheet.values, formats: sheet.formats, fills: new Map(sheet.fills ?? []), hidden: sheet.hidden, hiddenRows: sheet.hiddenRows }));
  }

  async readSheets(): Promise<SheetGrid[]> {
    return this.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values, formats: sheet.formats, firstRow: 1, firstColumn: 1, hidden: sheet.hidden ?? false, hiddenRows: sheet.hiddenRows ?? [] }));
  }

  async write(changes: WorkbookChanges): Promise<WrittenChanges> {
    for (const { sheet: name, firstColumn, lastColumn, rows } of changes.highlights ?? []) {
      const sheet = this.sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const replaced = this.replaced.get(name) ?? new Map<string, string | null>();
      this.replaced.set(name, replaced);
      for (const { row, color } of rows) {
        for (let column = firstColumn; column <= lastColumn; column += 1) {
          const cell = key(row, column);
          if (!replaced.has(cell)) replaced.set(cell, sheet.fills.get(cell) ?? null);
          sheet.fills.set(cell, color);
        }
      }
    }
    const names: string[] = [];
    for (const spec of changes.sheets) {
      const name = freeSheetName(spec.name, this.sheets.map((sheet) => sheet.name));
      this.sheets.push({ name, values: spec.rows.map((row) => [...row]), fills: new Map(), spec: { ...spec, name } });
      names.push(name);
    }
    return { sheets: names, highlightedRows: highlightedRows(changes) };
  }

  async clearHighlights(): Promise<number> {
    const rows = new Set<string>();
    for (const [name, replaced] of this.replaced) {
      const sheet = this.sheets.find((candidate) => candidate.name === name);
      if (!sheet) continue;
      for (const [cell, fill] of replaced) {
        if (fill === null) sheet.fills.delete(cell);
        else sheet.fills.set(cell, fill);
        rows.add(`${name}:${cell.split(':')[0]}`);
      }
    }
    this.replaced.clear();
    return rows.size;
  }
}
