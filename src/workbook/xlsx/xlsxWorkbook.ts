/**
 * The workbook port on an .xlsx file through ExcelJS, for the command line. It reads the file once and
 * keeps the changes as instructions; save() writes the copy, laying them on as it streams (see
 * streamCopy). The input file is never written.
 */
import ExcelJS from 'exceljs';
import { CellValue, NO_RESULT, SheetGrid } from '../../core/grid';
import { SheetSpec, freeSheetName } from '../../core/sheets/sheetSpec';
import { Highlight, SheetInfo, WorkbookChanges, WorkbookPort, WrittenChanges, highlightedRows } from '../port';
import { writeStreaming } from './streamCopy';

/** An ExcelJS cell value as a plain value: formulas give their result, rich text its text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return { error: NO_RESULT };
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
  const hiddenRows: number[] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    if (row.hidden) hiddenRows.push(r);
    const rowValues: CellValue[] = new Array(width).fill(null);
    const rowFormats: (string | null)[] = new Array(width).fill(null);
    if (row.hasValues) {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        rowValues[column - 1] = plainValue(cell.value);
        // Only numbers need their format (a date serial looks like any other number).
        if (typeof rowValues[column - 1] === 'number') rowFormats[column - 1] = cell.numFmt ?? null;
      });
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { name: sheet.name, values, formats, firstRow: 1, firstColumn: 1, hidden: sheet.state !== 'visible', hiddenRows };
}

export class XlsxWorkbook implements WorkbookPort {
  private highlights: Highlight[] = [];
  private readonly added: { name: string; spec: SheetSpec }[] = [];

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Opens an .xlsx file. */
  static async open(path: string): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return new XlsxWorkbook(workbook);
  }

  /** Writes the workbook with the changes to `path`. */
  async save(path: string): Promise<void> {
    await writeStreaming(this.workbook, path, this.highlights, this.added);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((sheet) => ({ name: sheet.name, hidden: sheet.state !== 'visible', ours: false }));
  }

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    return names.map((name) => this.workbook.worksheets.find((sheet) => sheet.name === name)).filter((sheet): sheet is ExcelJS.Worksheet => sheet !== undefined).map(gridOf);
  }

  async write(changes: WorkbookChanges): Promise<WrittenChanges> {
    if (changes.highlights && changes.highlights.length > 0) {
      for (const { sheet } of changes.highlights) if (!this.workbook.getWorksheet(sheet)) throw new Error(`no sheet ${sheet}`);
      // Highlighting again replaces the earlier instruction: the file's own fills are what remains beneath.
      this.highlights = changes.highlights;
    }
    const names: string[] = [];
    for (const spec of changes.sheets) {
      const name = freeSheetName(spec.name, [...this.workbook.worksheets.map((sheet) => sheet.name), ...this.added.map((sheet) => sheet.name)]);
      this.added.push({ name, spec });
      names.push(name);
    }
    return { sheets: names, highlightedRows: highlightedRows(changes), replaced: [], kept: [] };
  }

  async clearHighlights(): Promise<number> {
    const rows = highlightedRows({ highlights: this.highlights, sheets: [] });
    this.highlights = [];
    return rows;
  }
}
