/**
 * A workbook held in memory: the browser preview's demo workbook and the use cases' test double.
 * It keeps values, cell fills and the specs of the sheets written, so a page can show them as tables.
 */
import { CellValue, SheetGrid } from '../../core/grid';
import { fingerprintOf } from '../../core/sheets/fingerprint';
import { SheetSpec } from '../../core/sheets/sheetSpec';
import { OwnSheet, candidatesFor, placeSheets } from '../ownSheets';
import { SheetInfo, WorkbookChanges, WorkbookPort, WrittenChanges, highlightedRows } from '../port';

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
  hidden?: boolean;
  /** Sheet rows (1-based) hidden by hand or by a filter. */
  hiddenRows?: number[];
}

const key = (row: number, column: number): string => `${row}:${column}`;

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[];
  /** Fills replaced by highlighting, per sheet: cell key → the fill before (null for none). */
  private readonly replaced = new Map<string, Map<string, string | null>>();
  /** Fill written per cell by highlighting, so a row no longer highlighted can be given its own back. */
  private readonly written = new Map<string, Map<string, string>>();
  /** The sheets we wrote, with the fingerprint of their values then. */
  private own: OwnSheet[] = [];

  constructor(sheets: { name: string; values: CellValue[][]; formats?: (string | null)[][]; fills?: Map<string, string>; hidden?: boolean; hiddenRows?: number[] }[]) {
    this.sheets = sheets.map((sheet) => ({ name: sheet.name, values: sheet.values, formats: sheet.formats, fills: new Map(sheet.fills ?? []), hidden: sheet.hidden, hiddenRows: sheet.hiddenRows }));
  }

  async listSheets(): Promise<SheetInfo[]> {
    const ours = new Set(this.own.map((own) => own.name));
    return this.sheets.map((sheet) => ({ name: sheet.name, hidden: sheet.hidden ?? false, ours: ours.has(sheet.name) }));
  }

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    return names.map((name) => {
      const sheet = this.sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      return { name, values: sheet.values, formats: sheet.formats, firstRow: 1, firstColumn: 1, hidden: sheet.hidden, hiddenRows: sheet.hiddenRows };
    });
  }

  /** Gives rows of an earlier highlight that this one leaves out their own fills back. */
  private releaseRows(name: string, sheet: MemorySheet, keep: Set<number>): void {
    const replaced = this.replaced.get(name);
    const written = this.written.get(name);
    if (!replaced || !written) return;
    for (const [cell, fill] of replaced) {
      if (keep.has(Number(cell.split(':')[0]))) continue;
      if (sheet.fills.get(cell) === written.get(cell)) {
        if (fill === null) sheet.fills.delete(cell);
        else sheet.fills.set(cell, fill);
      }
      replaced.delete(cell);
      written.delete(cell);
    }
  }

  async write(changes: WorkbookChanges): Promise<WrittenChanges> {
    for (const { sheet: name, firstColumn, lastColumn, rows } of changes.highlights ?? []) {
      const sheet = this.sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      this.releaseRows(name, sheet, new Set(rows.map(({ row }) => row)));
      const replaced = this.replaced.get(name) ?? new Map<string, string | null>();
      const written = this.written.get(name) ?? new Map<string, string>();
      this.replaced.set(name, replaced);
      this.written.set(name, written);
      for (const { row, color } of rows) {
        for (let column = firstColumn; column <= lastColumn; column += 1) {
          const cell = key(row, column);
          if (!replaced.has(cell)) replaced.set(cell, sheet.fills.get(cell) ?? null);
          sheet.fills.set(cell, color);
          written.set(cell, color);
        }
      }
    }
    const existing = this.sheets.map((sheet) => sheet.name);
    const now = new Map(candidatesFor(changes.sheets, this.own, existing).map((own) => [own.name, fingerprintOf(this.sheets.find((sheet) => sheet.name === own.name)!.values)]));
    const placement = placeSheets(changes.sheets, this.own, existing, now);
    for (const name of placement.replaced) this.sheets.splice(this.sheets.findIndex((sheet) => sheet.name === name), 1);
    changes.sheets.forEach((spec, i) => {
      const name = placement.names[i];
      this.sheets.push({ name, values: spec.rows.map((row) => [...row]), fills: new Map(), spec: { ...spec, name } });
    });
    this.own = placement.record;
    return { sheets: placement.names, highlightedRows: highlightedRows(changes), replaced: placement.replaced, kept: placement.kept };
  }

  async clearHighlights(): Promise<number> {
    const rows = new Set<string>();
    for (const [name, replaced] of this.replaced) {
      const sheet = this.sheets.find((candidate) => candidate.name === name);
      if (!sheet) continue;
      const written = this.written.get(name);
      for (const [cell, fill] of replaced) {
        // Only cells that still carry the fill we wrote: a fill the user changed since is theirs.
        if (sheet.fills.get(cell) === written?.get(cell)) {
          if (fill === null) sheet.fills.delete(cell);
          else sheet.fills.set(cell, fill);
        }
        rows.add(`${name}:${cell.split(':')[0]}`);
      }
    }
    this.replaced.clear();
    this.written.clear();
    return rows.size;
  }
}
