/**
 * The workbook port on an .xlsx file through ExcelJS, for the command line. It reads the file once,
 * applies the changes in memory and writes a copy; the input file is never written.
 */
import ExcelJS from 'exceljs';
import { CellValue, SheetGrid } from '../../core/grid';
import { freeSheetName } from '../../core/sheets/sheetSpec';
import { WorkbookChanges, WorkbookPort, WrittenChanges } from '../port';
import { renderSheet } from './renderSheet';

/** An ExcelJS cell value as a plain value: formulas give their result, rich text its text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      return typeof result === 'object' && !(result instanceof Date) ? { error: String((result as { error: string }).error) } : (result as CellValue);
    }
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  }
  return String(value);
}

function gridOf(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const rowValues: CellValue[] = new Array(width).fill(null);
    const rowFormats: (string | null)[] = new Array(width).fill(null);
    if (row.hasValues) {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        rowValues[column - 1] = plainValue(cell.value);
        rowFormats[column - 1] = cell.numFmt ?? null;
      });
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { name: sheet.name, values, formats, firstRow: 1, firstColumn: 1 };
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly replaced = new Map<string, Map<string, ExcelJS.Fill | undefined>>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Opens an .xlsx file. */
  static async open(path: string): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return new XlsxWorkbook(workbook);
  }

  /** Writes the workbook, changes and all, to `path`. */
  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async readSheets(): Promise<SheetGrid[]> {
    return this.workbook.worksheets.map(gridOf);
  }

  async write(changes: WorkbookChanges): Promise<WrittenChanges> {
    if (changes.highlight) {
      const { sheet: name, firstColumn, lastColumn, rows } = changes.highlight;
      const sheet = this.workbook.getWorksheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const replaced = this.replaced.get(name) ?? new Map<string, ExcelJS.Fill | undefined>();
      this.replaced.set(name, replaced);
      const fills = new Map<string, ExcelJS.Fill>();
      for (const { row, color } of rows) {
        const fill = fills.get(color) ?? fills.set(color, { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color}` } }).get(color)!;
        for (let column = firstColumn; column <= lastColumn; column += 1) {
          const cell = sheet.getCell(row, column);
          if (!replaced.has(cell.address)) replaced.set(cell.address, cell.fill);
          // A new style object per cell: ExcelJS hands every cell of one style in the file the same
          // object, so setting cell.fill would paint all of them.
          cell.style = { ...cell.style, fill };
        }
      }
    }
    const names: string[] = [];
    for (const spec of changes.sheets) {
      const name = freeSheetName(spec.name, this.workbook.worksheets.map((sheet) => sheet.name));
      renderSheet(this.workbook.addWorksheet(name), spec);
      names.push(name);
    }
    return { sheets: names, highlightedRows: changes.highlight?.rows.length ?? 0 };
  }

  async clearHighlights(): Promise<number> {
    let rows = 0;
    for (const [name, replaced] of this.replaced) {
      const sheet = this.workbook.getWorksheet(name);
      if (!sheet) continue;
      const restored = new Set<number>();
      for (const [address, fill] of replaced) {
        const cell = sheet.getCell(address);
        cell.style = { ...cell.style, fill: fill as ExcelJS.Fill };
        if (!fill) delete (cell.style as { fill?: unknown }).fill;
        restored.add(Number(cell.row));
      }
      rows += restored.size;
    }
    this.replaced.clear();
    return rows;
  }
}
